import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database-types.js';
import { SQLITE_MEMORY } from './store-url.js';

/** How long a writer waits for another connection's lock before SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;

/** An open SQLite database: the Kysely instance plus the raw handle migrations lock with. */
export interface SqliteConnection {
  readonly db: Kysely<Database>;
  readonly handle: BetterSqlite3.Database;
}

/**
 * Opens (creating if needed) a SQLite file in WAL mode. WAL lets readers run beside the one
 * writer; synchronous=NORMAL skips the fsync on every commit (it syncs at checkpoints), which in
 * WAL mode can lose the last commits on power loss — not on a process crash — and never corrupts.
 */
export function openSqlite(path: string): SqliteConnection {
  if (path !== SQLITE_MEMORY) mkdirSync(dirname(resolve(path)), { recursive: true });
  const handle = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT_MS });
  try {
    handle.pragma('journal_mode = WAL');
    handle.pragma('synchronous = NORMAL');
    handle.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    handle.pragma('foreign_keys = ON');
  } catch (error) {
    handle.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
  return { db, handle };
}
