import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Database, StoreDialect } from './database-types.js';
import { createGovernanceRepository, type GovernanceRepository } from './governance-repository.js';
import { createKeyRepository, type KeyRepository } from './key-repository.js';
import { openPostgres } from './postgres-connection.js';
import { createRequestLogRepository, type RequestLogRepository } from './request-log-repository.js';
import { openSqlite } from './sqlite-connection.js';
import { migratePostgres, migrateSqlite } from './store-migrator.js';
import { parseStoreUrl, type StoreLocation } from './store-url.js';

/** The gateway's database: repositories over one migrated connection (pool). */
export interface Store {
  /** The raw SQLite handle (embedded store only), for prepared hot-path inserts. */
  readonly sqliteHandle?: BetterSqlite3.Database;
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
    sqliteHandle: connection.sqliteHandle,
    keys: createKeyRepository(db),
    requestLog: createRequestLogRepository(db, location.dialect, connection.sqliteHandle),
    governance: createGovernanceRepository(db),
    close: connection.close,
  };
}

interface Connection {
  readonly db: Kysely<Database>;
  /** The raw handle, for the request log's prepared insert. */
  readonly sqliteHandle?: BetterSqlite3.Database;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

async function connect(location: StoreLocation, options: OpenStoreOptions): Promise<Connection> {
  if (location.dialect === 'postgres') {
    const db = await openPostgres(location.connectionString, options.schema);
    return { db, migrate: () => migratePostgres(db), close: () => db.destroy() };
  }
  const { db, handle } = openSqlite(location.path);
  return {
    db,
    sqliteHandle: handle,
    migrate: () => migrateSqlite(db, handle),
    async close() {
      await db.destroy();
      // Kysely only closes the handle once it has used it; a failed first migration may not have.
      if (handle.open) handle.close();
    },
  };
}
