import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../database-types.js';

export const ROLLUP_KEY = 'granularity, tenant, bucket_start, project, key_id, model';
export const ROLLUP_COLUMNS = `${ROLLUP_KEY}, requests, input_tokens, output_tokens, cost_micros, estimated_requests, incomplete_requests`;
const SUMMED = ['requests', 'input_tokens', 'output_tokens', 'cost_micros', 'estimated_requests', 'incomplete_requests'];

/**
 * The usage ledger: `usage_events` (append-only, one row per metered request, id = idempotency
 * key) and `usage_rollups` (hourly and daily UTC sums per tenant, project, key and model). A
 * trigger adds each newly inserted event to its two rollup rows inside the inserting statement,
 * so the rollups move exactly when an event row is created: a replayed event that hits
 * `ON CONFLICT (id) DO NOTHING` inserts nothing and adds nothing. `project` is '' in rollups when
 * an event has none, because NULLs never match in a unique key.
 */
export function ledgerMigration(dialect: StoreDialect): Migration {
  const flag = dialect === 'postgres' ? 'boolean' : 'integer';
  return {
    async up(db: Kysely<any>): Promise<void> {
      let events = db.schema
        .createTable('usage_events')
        .addColumn('id', 'text', (column) => column.primaryKey())
        .addColumn('ts', 'bigint', (column) => column.notNull())
        .addColumn('tenant', 'text', (column) => column.notNull())
        .addColumn('project', 'text')
        .addColumn('key_id', 'text', (column) => column.notNull())
        .addColumn('end_user', 'text')
        .addColumn('model', 'text', (column) => column.notNull())
        .addColumn('provider', 'text', (column) => column.notNull())
        .addColumn('deployment', 'text')
        .addColumn('upstream_model', 'text', (column) => column.notNull());
      for (const name of ['input_tokens', 'uncached_input_tokens', 'cache_read_tokens', 'cache_write_tokens', 'output_tokens']) {
        events = events.addColumn(name, 'bigint', (column) => column.notNull());
      }
      await events
        .addColumn('reasoning_tokens', 'bigint')
        .addColumn('cost_micros', 'bigint', (column) => column.notNull())
        .addColumn('source', 'text', (column) => column.notNull())
        .addColumn('complete', flag, (column) => column.notNull())
        .addColumn('prices', 'text', (column) => column.notNull())
        .addColumn('batch', flag, (column) => column.notNull())
        .execute();
      await db.schema.createIndex('usage_events_tenant_ts_idx').on('usage_events').columns(['tenant', 'ts']).execute();
      await db.schema.createIndex('usage_events_key_ts_idx').on('usage_events').columns(['key_id', 'ts']).execute();
      await db.schema.createIndex('usage_events_ts_idx').on('usage_events').column('ts').execute();

      let rollups = db.schema
        .createTable('usage_rollups')
        .addColumn('granularity', 'text', (column) => column.notNull())
        .addColumn('bucket_start', 'bigint', (column) => column.notNull())
        .addColumn('tenant', 'text', (column) => column.notNull())
        .addColumn('project', 'text', (column) => column.notNull())
        .addColumn('key_id', 'text', (column) => column.notNull())
        .addColumn('model', 'text', (column) => column.notNull());
      for (const name of SUMMED) rollups = rollups.addColumn(name, 'bigint', (column) => column.notNull());
      await rollups.addPrimaryKeyConstraint('usage_rollups_pk', ROLLUP_KEY.split(', ') as any).execute();
      await db.schema
        .createIndex('usage_rollups_key_idx')
        .on('usage_rollups')
        .columns(['granularity', 'key_id', 'bucket_start'])
        .execute();

      for (const statement of dialect === 'postgres' ? postgresTrigger() : sqliteTrigger()) {
        await sql.raw(statement).execute(db);
      }
    },
    async down(db: Kysely<any>): Promise<void> {
      // Dropping the table drops its trigger; PostgreSQL keeps the function.
      await db.schema.dropTable('usage_events').execute();
      await db.schema.dropTable('usage_rollups').execute();
      if (dialect === 'postgres') await sql.raw('DROP FUNCTION IF EXISTS usage_events_rollup()').execute(db);
    },
  };
}

export const addExcluded = (table: string) => SUMMED.map((name) => `${name} = ${table}.${name} + excluded.${name}`).join(', ');

// SQLite has row-level triggers only: two upserts per inserted event.
export function sqliteTrigger(): string[] {
  const upsert = (granularity: string, width: number) => `
    INSERT INTO usage_rollups (${ROLLUP_COLUMNS})
    VALUES ('${granularity}', NEW.tenant, NEW.ts - NEW.ts % ${width}, COALESCE(NEW.project, ''), NEW.key_id, NEW.model,
            1, NEW.input_tokens, NEW.output_tokens, NEW.cost_micros, NEW.source <> 'reported', NOT NEW.complete)
    ON CONFLICT (${ROLLUP_KEY}) DO UPDATE SET ${addExcluded('usage_rollups')};`;
  return [`CREATE TRIGGER usage_events_rollup AFTER INSERT ON usage_events BEGIN ${upsert('hour', 3_600_000)} ${upsert('day', 86_400_000)} END`];
}

// PostgreSQL aggregates the whole statement's inserted rows (a transition table) in one upsert,
// ordered by key so concurrent writers lock rollup rows in the same order. search_path is pinned
// to the schema the function is created in.
function postgresTrigger(): string[] {
  return [
    `CREATE FUNCTION usage_events_rollup() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
     BEGIN
       INSERT INTO usage_rollups AS r (${ROLLUP_COLUMNS})
       SELECT g.granularity, e.tenant, e.ts - e.ts % g.width AS bucket, COALESCE(e.project, '') AS project, e.key_id, e.model,
              count(*), sum(e.input_tokens), sum(e.output_tokens), sum(e.cost_micros),
              count(*) FILTER (WHERE e.source <> 'reported'), count(*) FILTER (WHERE NOT e.complete)
       FROM inserted e CROSS JOIN (VALUES ('hour', 3600000::bigint), ('day', 86400000::bigint)) AS g(granularity, width)
       GROUP BY g.granularity, bucket, e.tenant, 4, e.key_id, e.model
       ORDER BY g.granularity, e.tenant, bucket, 4, e.key_id, e.model
       ON CONFLICT (${ROLLUP_KEY}) DO UPDATE SET ${addExcluded('r')};
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER usage_events_rollup AFTER INSERT ON usage_events REFERENCING NEW TABLE AS inserted
     FOR EACH STATEMENT EXECUTE FUNCTION usage_events_rollup()`,
  ];
}
