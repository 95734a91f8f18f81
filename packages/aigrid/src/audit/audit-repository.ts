import { sql, type Kysely, type Selectable } from 'kysely';
import type { StoreDialect } from '../store/database-types.js';
import type { AuditCheckpoint } from './audit-checkpoint.js';
import type { AuditCheckpointsTable, AuditEntriesTable, AuditTables } from './audit-tables.js';

/** An entry as stored: details still as their canonical JSON text, with the leaf hash written at append. */
export interface StoredAuditEntry {
  readonly seq: number;
  readonly ts: string;
  readonly actor: string;
  readonly action: string;
  readonly target: string;
  readonly detailsJson: string;
  readonly leafHash: string;
}

/** Reads the audit tables. */
export interface AuditReader {
  /** How many entries were appended, by the head counter (rows may since have been deleted). */
  appendedCount(): Promise<number>;
  /** Up to `limit` entries with seq ≥ `from`, oldest first. */
  entriesFrom(from: number, limit: number): Promise<StoredAuditEntry[]>;
  /** Up to `limit` entries with seq < `before` (default: all), newest first; only `action`'s when given. */
  latestEntries(limit: number, before?: number, action?: string): Promise<StoredAuditEntry[]>;
  entry(seq: number): Promise<StoredAuditEntry | undefined>;
  /** Stored leaf hashes of seqs in [from, to), oldest first, with their seqs. */
  leafHashes(from: number, to: number): Promise<Array<{ seq: number; leafHash: string }>>;
  /** Every checkpoint, smallest tree first. */
  checkpoints(): Promise<AuditCheckpoint[]>;
  latestCheckpoint(): Promise<AuditCheckpoint | undefined>;
}

/** Writes, only available while holding the log's lock. */
export interface AuditWriter extends AuditReader {
  insertEntry(entry: StoredAuditEntry): Promise<void>;
  setAppendedCount(count: number): Promise<void>;
  insertCheckpoint(checkpoint: AuditCheckpoint): Promise<void>;
}

/** The audit tables of one store. */
export interface AuditRepository extends AuditReader {
  /**
   * Runs `work` in a transaction that holds the log's write lock, so appends and checkpoints from
   * every process happen one at a time: SQLite takes the database write lock up front
   * (`BEGIN IMMEDIATE`); PostgreSQL locks the head row (`SELECT … FOR UPDATE`).
   */
  locked<T>(work: (writer: AuditWriter) => Promise<T>): Promise<T>;
}

/** Creates the repository over a store's (migrated) database. */
export function createAuditRepository(database: Kysely<any>, dialect: StoreDialect): AuditRepository {
  const db = database as Kysely<AuditTables>;
  return {
    ...readerOver(db),
    locked: (work) => (dialect === 'postgres' ? lockedPostgres(db, work) : lockedSqlite(db, work)),
  };
}

async function lockedPostgres<T>(db: Kysely<AuditTables>, work: (writer: AuditWriter) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    // Held until commit: a second appender waits here, then reads the head this one wrote.
    await trx.selectFrom('audit_head').select('next_seq').where('id', '=', 1).forUpdate().executeTakeFirstOrThrow();
    return work(writerOver(trx));
  });
}

async function lockedSqlite<T>(db: Kysely<AuditTables>, work: (writer: AuditWriter) => Promise<T>): Promise<T> {
  // A deferred transaction that reads and then writes fails with SQLITE_BUSY when another process
  // wrote in between; IMMEDIATE takes the write lock first and waits on busy_timeout instead.
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    try {
      const result = await work(writerOver(connection));
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => undefined);
      throw error;
    }
  });
}

function readerOver(db: Kysely<AuditTables>): AuditReader {
  const entries = () => db.selectFrom('audit_entries').selectAll();
  return {
    async appendedCount() {
      const row = await db.selectFrom('audit_head').select('next_seq').where('id', '=', 1).executeTakeFirst();
      return Number(row?.next_seq ?? 0);
    },
    async entriesFrom(from, limit) {
      return (await entries().where('seq', '>=', from).orderBy('seq').limit(limit).execute()).map(toEntry);
    },
    async latestEntries(limit, before, action) {
      let query = entries().orderBy('seq', 'desc').limit(limit);
      if (before !== undefined) query = query.where('seq', '<', before);
      // Indexed on (action, seq) since migration 0007.
      if (action !== undefined) query = query.where('action', '=', action);
      return (await query.execute()).map(toEntry);
    },
    async entry(seq) {
      const row = await entries().where('seq', '=', seq).executeTakeFirst();
      return row && toEntry(row);
    },
    async leafHashes(from, to) {
      const rows = await db
        .selectFrom('audit_entries')
        .select(['seq', 'leaf_hash'])
        .where('seq', '>=', from)
        .where('seq', '<', to)
        .orderBy('seq')
        .execute();
      return rows.map((row) => ({ seq: Number(row.seq), leafHash: row.leaf_hash }));
    },
    async checkpoints() {
      return (await db.selectFrom('audit_checkpoints').selectAll().orderBy('tree_size').execute()).map(toCheckpoint);
    },
    async latestCheckpoint() {
      const row = await db.selectFrom('audit_checkpoints').selectAll().orderBy('tree_size', 'desc').limit(1).executeTakeFirst();
      return row && toCheckpoint(row);
    },
  };
}

function writerOver(db: Kysely<AuditTables>): AuditWriter {
  return {
    ...readerOver(db),
    async insertEntry(entry) {
      const { seq, ts, actor, action, target, detailsJson, leafHash } = entry;
      await db.insertInto('audit_entries').values({ seq, ts, actor, action, target, details: detailsJson, leaf_hash: leafHash }).execute();
    },
    async setAppendedCount(count) {
      await db.updateTable('audit_head').set({ next_seq: count }).where('id', '=', 1).execute();
    },
    async insertCheckpoint(checkpoint) {
      await db
        .insertInto('audit_checkpoints')
        .values({
          tree_size: checkpoint.treeSize,
          root_hash: checkpoint.rootHash,
          ts: checkpoint.ts,
          previous_hash: checkpoint.previousCheckpointHash,
          signature: checkpoint.signature,
          key_id: checkpoint.keyId,
          public_key: checkpoint.publicKey,
          next_key_id: checkpoint.nextKeyId,
        })
        .execute();
    },
  };
}

function toEntry(row: Selectable<AuditEntriesTable>): StoredAuditEntry {
  const { ts, actor, action, target } = row;
  return { seq: Number(row.seq), ts, actor, action, target, detailsJson: row.details, leafHash: row.leaf_hash };
}

function toCheckpoint(row: Selectable<AuditCheckpointsTable>): AuditCheckpoint {
  return {
    treeSize: Number(row.tree_size),
    rootHash: row.root_hash,
    ts: row.ts,
    previousCheckpointHash: row.previous_hash,
    keyId: row.key_id,
    nextKeyId: row.next_key_id,
    signature: row.signature,
    publicKey: row.public_key,
  };
}
