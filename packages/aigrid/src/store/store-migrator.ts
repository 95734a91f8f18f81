import { Migrator, sql, type Kysely } from 'kysely';
import type BetterSqlite3 from 'better-sqlite3';
import type { Database } from './database-types.js';
import { createMigrationProvider } from './migrations/migration-provider.js';

/**
 * Brings a PostgreSQL database up to date. Kysely's PostgreSQL adapter holds a session advisory
 * lock around the run, so several gateway processes starting at once migrate exactly once.
 * The migration tables are pinned to the connection's current schema: Kysely's existence check
 * otherwise matches a `kysely_migration` table in any schema of the database.
 */
export async function migratePostgres(db: Kysely<Database>): Promise<void> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('PostgreSQL has no current schema: check search_path');
  const migrator = new Migrator({
    db,
    provider: createMigrationProvider('postgres'),
    migrationTableSchema: schema,
  });
  throwOnFailure(await migrator.migrateToLatest());
}

/**
 * Brings a SQLite database up to date. Kysely takes no cross-process lock for SQLite, and a
 * deferred transaction that read first fails with SQLITE_BUSY when another process wrote, so
 * the whole run happens inside our own `BEGIN IMMEDIATE`: a second process waits on
 * busy_timeout, then finds nothing left to do.
 */
export async function migrateSqlite(
  db: Kysely<Database>,
  handle: BetterSqlite3.Database,
): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: createMigrationProvider('sqlite'),
    disableTransactions: true,
  });
  handle.exec('BEGIN IMMEDIATE');
  try {
    throwOnFailure(await migrator.migrateToLatest());
    handle.exec('COMMIT');
  } catch (error) {
    if (handle.inTransaction) handle.exec('ROLLBACK');
    throw error;
  }
}

function throwOnFailure(result: { error?: unknown; results?: ReadonlyArray<{ status: string; migrationName: string }> }): void {
  if (result.error === undefined) return;
  const failed = result.results?.find((item) => item.status === 'Error')?.migrationName;
  const where = failed ? ` in ${failed}` : '';
  throw new Error(`database migration failed${where}: ${String(result.error)}`, {
    cause: result.error,
  });
}
