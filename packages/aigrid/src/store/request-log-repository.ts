import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, RequestLogTable, StoreDialect } from './database-types.js';
import type { InsertSpec, SqliteRow, SqliteRowInserter } from './insert-spec.js';

/** Rows per INSERT statement: 14 columns × 500 stays far below both engines' parameter limits. */
const ROWS_PER_STATEMENT = 500;
const DEFAULT_LIST_LIMIT = 100;

/** One request as the gateway logged it. Token counts the provider did not report are null. */
export interface RequestLogEntry {
  id: string;
  /** Milliseconds since the epoch. */
  ts: number;
  keyId: string | null;
  tenant: string | null;
  model: string | null;
  provider: string | null;
  endpoint: string;
  status: number;
  errorCode: string | null;
  latencyMs: number;
  upstreamMs: number | null;
  inputTokens: number | null;
  outputTokens: number | null;
  streamed: boolean;
  /** Deployment that answered (or was last tried); null where no routing happened. */
  deployment?: string | null;
  /** Upstream attempts made, retries and fallbacks included. */
  attempts?: number | null;
  /** Policy that governed the request. */
  policy?: string | null;
  /** Guard detector hits: types and counts, never the values. */
  guardFindings?: LoggedFinding[] | null;
}

/**
 * One detector type's hits in a request. `uncertain` marks candidates that scored below their
 * detector's threshold, logged when they decided the outcome (a policy with `on_uncertain = "local"`).
 */
export interface LoggedFinding {
  readonly type: string;
  readonly count: number;
  readonly uncertain?: boolean;
}

export const REQUEST_LOG_INSERT: InsertSpec = {
  table: 'request_log',
  columns: [
    'id', 'ts', 'key_id', 'tenant', 'model', 'provider', 'endpoint', 'status', 'error_code',
    'latency_ms', 'upstream_ms', 'input_tokens', 'output_tokens', 'streamed', 'deployment', 'attempts',
    'policy', 'guard_findings',
  ],
};

/** Stores request-log entries. */
export interface RequestLogRepository {
  /** Inserts in one transaction; an id already stored is skipped, so replays never duplicate. */
  insertMany(entries: RequestLogEntry[]): Promise<void>;
  /** Entries newest first (default limit 100). `since` is inclusive, in epoch milliseconds. */
  list(filter?: { tenant?: string; since?: number; limit?: number }): Promise<RequestLogEntry[]>;
  count(): Promise<number>;
}

/** Creates a request-log repository over a migrated database. */
export function createRequestLogRepository(
  db: Kysely<Database>,
  dialect: StoreDialect,
  sqliteInserter?: SqliteRowInserter,
): RequestLogRepository {
  return {
    async insertMany(entries) {
      if (entries.length === 0) return;
      const rows = entries.map((entry) => requestLogRow(entry, dialect));
      if (sqliteInserter) {
        await sqliteInserter.insert(REQUEST_LOG_INSERT, rows as SqliteRow[]);
        return;
      }
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
          await trx
            .insertInto('request_log')
            .values(rows.slice(start, start + ROWS_PER_STATEMENT))
            .onConflict((conflict) => conflict.column('id').doNothing())
            .execute();
        }
      });
    },

    async list(filter = {}) {
      let query = db
        .selectFrom('request_log')
        .selectAll()
        .orderBy('ts', 'desc')
        .orderBy('id', 'desc')
        .limit(filter.limit ?? DEFAULT_LIST_LIMIT);
      if (filter.tenant !== undefined) query = query.where('tenant', '=', filter.tenant);
      if (filter.since !== undefined) query = query.where('ts', '>=', filter.since);
      return (await query.execute()).map(toEntry);
    },

    async count() {
      const row = await db
        .selectFrom('request_log')
        .select((eb) => eb.fn.countAll().as('total'))
        .executeTakeFirstOrThrow();
      return Number(row.total);
    },
  };
}

/** An entry as its table row. */
export function requestLogRow(entry: RequestLogEntry, dialect: StoreDialect): Insertable<RequestLogTable> {
  return {
    id: entry.id,
    ts: entry.ts,
    key_id: entry.keyId,
    tenant: entry.tenant,
    model: entry.model,
    provider: entry.provider,
    endpoint: entry.endpoint,
    status: entry.status,
    error_code: entry.errorCode,
    latency_ms: entry.latencyMs,
    upstream_ms: entry.upstreamMs,
    // `?? null` so an entry built with undefined (unknown) is stored as unknown, never as 0.
    input_tokens: entry.inputTokens ?? null,
    output_tokens: entry.outputTokens ?? null,
    // better-sqlite3 cannot bind booleans.
    streamed: dialect === 'sqlite' ? Number(entry.streamed) : entry.streamed,
    deployment: entry.deployment ?? null,
    attempts: entry.attempts ?? null,
    policy: entry.policy ?? null,
    guard_findings: entry.guardFindings ? JSON.stringify(entry.guardFindings) : null,
  };
}

function toEntry(row: Selectable<RequestLogTable>): RequestLogEntry {
  return {
    id: row.id,
    ts: Number(row.ts),
    keyId: row.key_id,
    tenant: row.tenant,
    model: row.model,
    provider: row.provider,
    endpoint: row.endpoint,
    status: row.status,
    errorCode: row.error_code,
    latencyMs: row.latency_ms,
    upstreamMs: row.upstream_ms,
    inputTokens: row.input_tokens,
    outputTokens: row.output_tokens,
    streamed: Boolean(row.streamed),
    deployment: row.deployment,
    attempts: row.attempts,
    policy: row.policy,
    guardFindings: row.guard_findings ? JSON.parse(row.guard_findings) : null,
  };
}
