import { USAGE_EVENTS_INSERT, usageEventRow } from './ledger-repository.js';
import type { UsageEvent } from '../spec/usage-event.js';
import { REQUEST_LOG_INSERT, requestLogRow, type RequestLogEntry } from './request-log-repository.js';
import { columnValues, type InsertSpec } from './insert-spec.js';

/** One served request as journaled: its request-log row, plus its usage event when it is metered. */
export type RequestRecord = RequestLogEntry & { usage?: UsageEvent };

/** Rows for one table, as value arrays in `spec.columns` order, inserted with others in one transaction. */
export interface InsertBatch {
  spec: InsertSpec;
  rows: unknown[][];
}

/**
 * A record's journal line is a JSON array, not an object: `[2, <request-log values>, <usage
 * values> | null]`, each list in its table's insert column order (`REQUEST_LOG_INSERT`,
 * `USAGE_EVENTS_INSERT`) holding the entry's own values (booleans as booleans, findings and
 * prices as JSON). Without keys a line is a third of the object's size, and the insert thread
 * binds it as parsed, where an object line cost it a parse and a row object per table (a quarter
 * of a record's insert). Lines of earlier versions are objects (a `RequestRecord`); they are
 * still read.
 */
export const RECORD_LINE_VERSION = 2;
const LOG_VALUES = REQUEST_LOG_INSERT.columns.length;
const LOG_END = 1 + LOG_VALUES;
/** Column positions whose values SQLite binds converted (see `sqliteLogValues`, `sqliteEventValues`). */
const LOG_STREAMED = REQUEST_LOG_INSERT.columns.indexOf('streamed');
const LOG_FINDINGS = REQUEST_LOG_INSERT.columns.indexOf('guard_findings');
const EVENT_COMPLETE = USAGE_EVENTS_INSERT.columns.indexOf('complete');
const EVENT_PRICES = USAGE_EVENTS_INSERT.columns.indexOf('prices');
const EVENT_BATCH = USAGE_EVENTS_INSERT.columns.indexOf('batch');

/** A record as its journal line (see `RECORD_LINE_VERSION`). Undefined values are written as null. */
export function encodeRecordLine(record: RequestRecord): string {
  const event = record.usage;
  return JSON.stringify([
    RECORD_LINE_VERSION,
    record.id,
    record.ts,
    record.keyId,
    record.tenant,
    record.model,
    record.provider,
    record.endpoint,
    record.status,
    record.errorCode,
    record.latencyMs,
    record.upstreamMs,
    record.inputTokens,
    record.outputTokens,
    record.streamed,
    record.deployment,
    record.attempts,
    record.policy,
    record.guardFindings,
    event === undefined
      ? null
      : [
          event.id,
          event.ts,
          event.tenant,
          event.project,
          event.keyId,
          event.endUser,
          event.model,
          event.provider,
          event.deployment,
          event.upstreamModel,
          event.inputTokens,
          event.uncachedInputTokens,
          event.cacheReadTokens,
          event.cacheWriteTokens,
          event.outputTokens,
          event.reasoningTokens,
          event.costMicros,
          event.source,
          event.complete,
          event.prices,
          event.batch,
        ],
  ]);
}

const isLine = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value[0] === RECORD_LINE_VERSION && value.length === LOG_END + 1;

/**
 * A parsed journal line as a record, either form; undefined when it has neither shape. The
 * fields are not checked here (see `parseRequestRecord`).
 */
export function recordFromLine(value: unknown): RequestRecord | undefined {
  if (!isLine(value)) return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as RequestRecord) : undefined;
  const v = value as any[];
  const record: RequestRecord = {
    id: v[1],
    ts: v[2],
    keyId: v[3],
    tenant: v[4],
    model: v[5],
    provider: v[6],
    endpoint: v[7],
    status: v[8],
    errorCode: v[9],
    latencyMs: v[10],
    upstreamMs: v[11],
    inputTokens: v[12],
    outputTokens: v[13],
    streamed: v[14],
    deployment: v[15],
    attempts: v[16],
    policy: v[17],
    guardFindings: v[18],
  };
  const e = v[LOG_END];
  if (Array.isArray(e)) {
    record.usage = {
      id: e[0],
      ts: e[1],
      tenant: e[2],
      project: e[3],
      keyId: e[4],
      endUser: e[5],
      model: e[6],
      provider: e[7],
      deployment: e[8],
      upstreamModel: e[9],
      inputTokens: e[10],
      uncachedInputTokens: e[11],
      cacheReadTokens: e[12],
      cacheWriteTokens: e[13],
      outputTokens: e[14],
      reasoningTokens: e[15],
      costMicros: e[16],
      source: e[17],
      complete: e[18],
      prices: e[19],
      batch: e[20],
    };
  } else if (e !== null) {
    // Neither an event nor its absence: damage, kept visible to the usage-event check.
    record.usage = e;
  }
  return record;
}

/** Records from their journal lines, either form. */
export function parseRecordLines(lines: readonly string[]): RequestRecord[] {
  const records: RequestRecord[] = new Array(lines.length);
  for (let index = 0; index < lines.length; index++) records[index] = recordFromLine(JSON.parse(lines[index]))!;
  return records;
}

/**
 * The embedded store's rows for a batch of journal lines: request-log rows first, then usage
 * events, so one transaction writes both (an event's rollup reads its own row).
 */
export function requestRecordBatches(lines: readonly string[]): InsertBatch[] {
  const rows: unknown[][] = new Array(lines.length);
  const events: unknown[][] = [];
  for (let index = 0; index < lines.length; index++) {
    const value: unknown = JSON.parse(lines[index]);
    if (isLine(value)) {
      rows[index] = sqliteLogValues(value);
      const event = value[LOG_END];
      if (event !== null) events.push(sqliteEventValues(event as unknown[]));
      continue;
    }
    // A line of an earlier version.
    const record = value as RequestRecord;
    rows[index] = columnValues(REQUEST_LOG_INSERT, requestLogRow(record, 'sqlite'));
    if (record.usage) events.push(columnValues(USAGE_EVENTS_INSERT, usageEventRow(record.usage, 'sqlite')));
  }
  const batches: InsertBatch[] = [{ spec: REQUEST_LOG_INSERT, rows }];
  if (events.length > 0) batches.push({ spec: USAGE_EVENTS_INSERT, rows: events });
  return batches;
}

// SQLite binds neither booleans nor objects: what `requestLogRow` and `usageEventRow` convert.
function sqliteLogValues(line: unknown[]): unknown[] {
  const values = line.slice(1, LOG_END);
  values[LOG_STREAMED] = values[LOG_STREAMED] ? 1 : 0;
  const findings = values[LOG_FINDINGS];
  values[LOG_FINDINGS] = findings ? JSON.stringify(findings) : null;
  return values;
}

function sqliteEventValues(values: unknown[]): unknown[] {
  values[EVENT_COMPLETE] = values[EVENT_COMPLETE] ? 1 : 0;
  values[EVENT_PRICES] = JSON.stringify(values[EVENT_PRICES]);
  values[EVENT_BATCH] = values[EVENT_BATCH] ? 1 : 0;
  return values;
}
