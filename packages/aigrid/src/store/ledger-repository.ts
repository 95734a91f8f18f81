import { CompiledQuery, type Insertable, type Kysely, type Selectable } from 'kysely';
import type { StoreDialect } from './database-types.js';
import type { InsertSpec, SqliteRow, SqliteRowInserter } from './insert-spec.js';
import { ledgerDb, type LedgerDatabase, type UsageEventsTable } from './ledger-tables.js';
import { SQLITE_ROLLUP_ROW_UPSERT, sqliteRollupRows, type RollupSourceRow } from './ledger-rollups.js';
import type { UsageEvent, UsageSource } from '../spec/usage-event.js';

/** Rows per INSERT: 21 columns × 200 stays far below both engines' parameter limits. */
const ROWS_PER_STATEMENT = 200;
const DEFAULT_LIST_LIMIT = 100;

/** Stores usage events; the rollups follow (PostgreSQL: by trigger, migration 0004; SQLite: per batch, ledger-rollups.ts). */
export interface LedgerRepository {
  /**
   * Inserts events; an id already stored is skipped, and so is its rollup contribution. Each
   * statement is atomic on its own, so a failure part-way leaves only whole events behind and a
   * retry completes the rest. Resolves to the number of events newly inserted.
   */
  insertMany(events: readonly UsageEvent[]): Promise<number>;
  get(id: string): Promise<UsageEvent | undefined>;
  /** Events newest first (default limit 100); `since` inclusive, `until` exclusive, epoch ms. */
  list(filter?: { tenant?: string; since?: number; until?: number; limit?: number }): Promise<UsageEvent[]>;
  count(): Promise<number>;
}

/**
 * A ledger repository over a migrated store database (`store.db`). Events are inserted sorted by
 * tenant, key and model, so concurrent writers update shared rollup rows in the same order.
 */
export function createLedgerRepository(database: Kysely<any>, dialect: StoreDialect, sqliteInserter?: SqliteRowInserter): LedgerRepository {
  const db = ledgerDb(database);
  return {
    async insertMany(events) {
      const unique = new Map(events.map((event) => [event.id, event]));
      const rows = [...unique.values()].sort(byRollupKey).map((event) => usageEventRow(event, dialect));
      if (sqliteInserter) return sqliteInserter.insert(USAGE_EVENTS_INSERT, rows as SqliteRow[]);
      if (dialect === 'sqlite') {
        // No insert thread (a caller's own handle): the same batch rollup, through Kysely.
        return db.transaction().execute(async (trx) => {
          const ids = new Set(await insertEvents(trx, rows));
          const inserted = rows.filter((row) => ids.has(row.id)) as unknown as RollupSourceRow[];
          for (const values of sqliteRollupRows(inserted)) await trx.executeQuery(CompiledQuery.raw(SQLITE_ROLLUP_ROW_UPSERT, values));
          return ids.size;
        });
      }
      return (await insertEvents(db, rows)).length;
    },

    async get(id) {
      const row = await db.selectFrom('usage_events').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toEvent(row) : undefined;
    },

    async list(filter = {}) {
      let query = db
        .selectFrom('usage_events')
        .selectAll()
        .orderBy('ts', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit ?? DEFAULT_LIST_LIMIT);
      if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
      if (filter.since !== undefined) query = query.where('ts', '>=', filter.since);
      if (filter.until !== undefined) query = query.where('ts', '<', filter.until);
      return (await query.execute()).map(toEvent);
    },

    async count() {
      const row = await db
        .selectFrom('usage_events')
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow();
      return Number(row.total);
    },
  };
}

/** Inserts rows in statements of ROWS_PER_STATEMENT, skipping ids already stored; the ids inserted. */
async function insertEvents(db: Kysely<LedgerDatabase>, rows: Insertable<UsageEventsTable>[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const result = await db
      .insertInto('usage_events')
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflict((conflict) => conflict.column('id').doNothing())
      .returning('id')
      .execute();
    for (const row of result) ids.push(row.id);
  }
  return ids;
}

function byRollupKey(a: UsageEvent, b: UsageEvent): number {
  return compare(a.tenant, b.tenant) || compare(a.project ?? '', b.project ?? '') || compare(a.keyId, b.keyId) || compare(a.model, b.model) || a.ts - b.ts;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const USAGE_EVENTS_INSERT: InsertSpec = {
  table: 'usage_events',
  afterInsert: 'usage-rollups',
  columns: [
    'id', 'ts', 'tenant', 'project', 'key_id', 'end_user', 'model', 'provider', 'deployment', 'upstream_model',
    'input_tokens', 'uncached_input_tokens', 'cache_read_tokens', 'cache_write_tokens', 'output_tokens',
    'reasoning_tokens', 'cost_micros', 'source', 'complete', 'prices', 'batch',
  ],
};

/** An event as its table row. */
export function usageEventRow(event: UsageEvent, dialect: StoreDialect): Insertable<UsageEventsTable> {
  // better-sqlite3 cannot bind booleans.
  const flag = (value: boolean) => (dialect === 'sqlite' ? Number(value) : value);
  return {
    id: event.id,
    ts: event.ts,
    tenant: event.tenant,
    project: event.project,
    key_id: event.keyId,
    end_user: event.endUser,
    model: event.model,
    provider: event.provider,
    deployment: event.deployment,
    upstream_model: event.upstreamModel,
    input_tokens: event.inputTokens,
    uncached_input_tokens: event.uncachedInputTokens,
    cache_read_tokens: event.cacheReadTokens,
    cache_write_tokens: event.cacheWriteTokens,
    output_tokens: event.outputTokens,
    reasoning_tokens: event.reasoningTokens,
    cost_micros: event.costMicros,
    source: event.source,
    complete: flag(event.complete),
    prices: JSON.stringify(event.prices),
    batch: flag(event.batch),
  };
}

function toEvent(row: Selectable<UsageEventsTable>): UsageEvent {
  return {
    id: row.id,
    ts: Number(row.ts),
    tenant: row.tenant,
    project: row.project,
    keyId: row.key_id,
    endUser: row.end_user,
    model: row.model,
    provider: row.provider,
    deployment: row.deployment,
    upstreamModel: row.upstream_model,
    inputTokens: Number(row.input_tokens),
    uncachedInputTokens: Number(row.uncached_input_tokens),
    cacheReadTokens: Number(row.cache_read_tokens),
    cacheWriteTokens: Number(row.cache_write_tokens),
    outputTokens: Number(row.output_tokens),
    reasoningTokens: row.reasoning_tokens === null ? null : Number(row.reasoning_tokens),
    costMicros: Number(row.cost_micros),
    source: row.source as UsageSource,
    complete: Boolean(row.complete),
    prices: JSON.parse(row.prices),
    batch: Boolean(row.batch),
  };
}
