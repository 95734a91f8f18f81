import { USAGE_EVENTS_INSERT, usageEventRow } from '../metering/ledger-repository.js';
import type { UsageEvent } from '../metering/usage-event.js';
import { REQUEST_LOG_INSERT, requestLogRow, type RequestLogEntry } from './request-log-repository.js';
import type { InsertSpec, SqliteRow } from './sqlite-row-insert.js';

/**
 * One served request as journaled: its request-log row, plus its usage event when it is metered.
 * The row's fields stay at the top level, so the line is also a plain request-log entry.
 */
export type RequestRecord = RequestLogEntry & { usage?: UsageEvent };

/** Rows for one table, inserted in a batch with others in one transaction. */
export interface InsertBatch {
  spec: InsertSpec;
  rows: SqliteRow[];
}

/**
 * The embedded store's rows for a batch of request records: request-log rows first, then usage
 * events, so one transaction writes both (an event's rollup reads its own row).
 */
export function requestRecordBatches(records: readonly RequestRecord[]): InsertBatch[] {
  const rows: SqliteRow[] = new Array(records.length);
  const events: SqliteRow[] = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    rows[index] = requestLogRow(record, 'sqlite') as SqliteRow;
    if (record.usage) events.push(usageEventRow(record.usage, 'sqlite') as SqliteRow);
  }
  const batches: InsertBatch[] = [{ spec: REQUEST_LOG_INSERT, rows }];
  if (events.length > 0) batches.push({ spec: USAGE_EVENTS_INSERT, rows: events });
  return batches;
}

/** Records from their journal lines (each one record's JSON). */
export function parseRecordLines(lines: readonly string[]): RequestRecord[] {
  const records: RequestRecord[] = new Array(lines.length);
  for (let index = 0; index < lines.length; index++) records[index] = JSON.parse(lines[index]) as RequestRecord;
  return records;
}
