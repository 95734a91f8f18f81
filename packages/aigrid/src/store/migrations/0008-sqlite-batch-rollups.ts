import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../database-types.js';
import { sqliteTrigger } from './0004-ledger.js';

/**
 * SQLite only: the per-row rollup trigger goes. It ran two upserts for every event, more than the
 * event insert itself; the ledger now adds a whole batch's newly inserted events to the rollups,
 * one upsert per rollup group, inside the batch's own transaction (see `ledger-rollups.ts`).
 * PostgreSQL's trigger already works per statement and stays.
 */
export function sqliteBatchRollupsMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      if (dialect === 'sqlite') await sql.raw('DROP TRIGGER IF EXISTS usage_events_rollup').execute(db);
    },
    async down(db: Kysely<any>): Promise<void> {
      if (dialect !== 'sqlite') return;
      for (const statement of sqliteTrigger()) await sql.raw(statement).execute(db);
    },
  };
}
