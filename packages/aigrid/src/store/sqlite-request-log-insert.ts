import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable } from 'kysely';
import type { RequestLogTable } from './database-types.js';

const COLUMNS = [
  'id', 'ts', 'key_id', 'tenant', 'model', 'provider', 'endpoint', 'status', 'error_code',
  'latency_ms', 'upstream_ms', 'input_tokens', 'output_tokens', 'streamed', 'deployment', 'attempts',
  'policy', 'guard_findings',
] as const;

/**
 * SQLite's request-log insert as one prepared statement run per row inside a transaction. The
 * batch insert runs on the gateway's event loop, and compiling a fresh multi-row statement for
 * every batch (as the query builder does) cost several times more than re-running a prepared one.
 */
export function createSqliteRequestLogInsert(handle: BetterSqlite3.Database): (rows: Insertable<RequestLogTable>[]) => void {
  const statement = handle.prepare(
    `INSERT INTO request_log (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((column) => `@${column}`).join(', ')}) ON CONFLICT (id) DO NOTHING`,
  );
  return handle.transaction((rows: Insertable<RequestLogTable>[]) => {
    for (const row of rows) statement.run(row);
  });
}
