import pg from 'pg';
import { PostgresDialect, sql, Kysely } from 'kysely';
import type { Database } from './database-types.js';

const INT8_OID = 20;
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Opens a pooled PostgreSQL connection. With `schema`, the schema is created when missing and
 * every pooled connection gets it as its search_path, so several stores can share one database.
 */
export async function openPostgres(
  connectionString: string,
  schema: string | undefined,
): Promise<Kysely<Database>> {
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`invalid PostgreSQL schema name "${schema}": use letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
    // Our bigints are millisecond timestamps and counts, far below 2^53: read them as numbers.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client that loses its connection emits 'error' on the pool; unhandled, that would
  // crash the process. pg already drops the client, and the next query reports any real outage.
  pool.on('error', () => undefined);
  // A connection that drops while its client is checked out (mid-query) makes the client emit
  // 'error' with no pool listener attached: an uncaught exception that would crash the gateway.
  // The query itself already rejects with that error, and the pool discards the broken client.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (schema !== undefined) await createSchema(db, schema);
    return db;
  } catch (error) {
    await db.destroy();
    throw error;
  }
}

async function createSchema(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    // Two processes racing on "if not exists" can still collide in the catalog; the loser is fine.
    const code = (error as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}
