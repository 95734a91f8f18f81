import type { Kysely } from 'kysely';
import type { Database, StoreDialect } from './database-types.js';
import { createGovernanceRepository, type GovernanceRepository } from './governance-repository.js';
import { createKeyRepository, type KeyRepository } from './key-repository.js';
import { openPostgres } from './postgres-connection.js';
import { createRequestLogRepository, type RequestLogRepository } from './request-log-repository.js';
import { openSqlite } from './sqlite-connection.js';
import { threadedInserter } from './sqlite-insert-thread.js';
import { inProcessInserter } from './sqlite-row-insert.js';
import { type SqliteRowInserter } from './insert-spec.js';
import { migratePostgres, migrateSqlite } from './store-migrator.js';
import { parseStoreUrl, SQLITE_MEMORY, type StoreLocation } from './store-url.js';

/** The gateway's database: repositories over one migrated connection (pool). */
export interface Store {
  /** Embedded store only: batch inserts for the append-only tables, off the event loop for files. */
  readonly sqliteInserter?: SqliteRowInserter;
  readonly dialect: StoreDialect;
  readonly db: Kysely<Database>;
  readonly keys: KeyRepository;
  readonly requestLog: RequestLogRepository;
  /** Tenants, projects, budgets and limits managed through the admin API and CLI. */
  readonly governance: GovernanceRepository;
  /** Closes the connection or pool. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** PostgreSQL only: schema to create (when missing) and use as search_path. Ignored by SQLite. */
  schema?: string;
}

/**
 * Opens `sqlite:<path>` (parent folders are created; `sqlite::memory:` for a private in-memory
 * database) or a `postgres://` / `postgresql://` URL, and runs pending migrations before
 * returning. Safe to call from several processes at once against the same database.
 */
export async function openStore(url: string, options: OpenStoreOptions = {}): Promise<Store> {
  const location = parseStoreUrl(url);
  const connection = await connect(location, options);
  try {
    await connection.migrate();
  } catch (error) {
    await connection.close();
    throw error;
  }
  const { db } = connection;
  return {
    dialect: location.dialect,
    db,
    sqliteInserter: connection.sqliteInserter,
    keys: createKeyRepository(db),
    requestLog: createRequestLogRepository(db, location.dialect, connection.sqliteInserter),
    governance: createGovernanceRepository(db),
    close: connection.close,
  };
}

interface Connection {
  readonly db: Kysely<Database>;
  readonly sqliteInserter?: SqliteRowInserter;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

async function connect(location: StoreLocation, options: OpenStoreOptions): Promise<Connection> {
  if (location.dialect === 'postgres') {
    const db = await openPostgres(location.connectionString, options.schema);
    return { db, migrate: () => migratePostgres(db), close: () => db.destroy() };
  }
  const { db, handle } = openSqlite(location.path);
  // A file can be opened again by the insert thread; a private in-memory database cannot.
  const inserter = location.path === SQLITE_MEMORY ? inProcessInserter(handle) : threadedInserter(location.path);
  return {
    db,
    sqliteInserter: inserter,
    migrate: () => migrateSqlite(db, handle),
    async close() {
      await inserter.close();
      await db.destroy();
      // Kysely only closes the handle once it has used it; a failed first migration may not have.
      if (handle.open) handle.close();
    },
  };
}
