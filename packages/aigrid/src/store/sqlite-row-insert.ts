import type BetterSqlite3 from 'better-sqlite3';
import { SQLITE_ROLLUP_ROW_UPSERT, sqliteRollupRows, type RollupSourceRow } from '../metering/ledger-rollups.js';
import { parseRecordLines, requestRecordBatches, type InsertBatch } from './request-record-rows.js';

/** A table the hot path appends to: rows are objects keyed by these column names. */
export interface InsertSpec {
  readonly table: string;
  readonly columns: readonly string[];
  /**
   * Summary rows kept up to date in the batch's transaction, from the rows it newly inserted (see
   * `AFTER_INSERT`). Named, not given as code, so the spec stays plain data that crosses to the
   * insert thread.
   */
  readonly afterInsert?: keyof typeof AFTER_INSERT;
}

/** What a spec's `afterInsert` names: an upsert, and the parameter lists it runs with for a batch's new rows. */
const AFTER_INSERT = {
  'usage-rollups': { sql: SQLITE_ROLLUP_ROW_UPSERT, parameters: (rows: SqliteRow[]) => sqliteRollupRows(rows as unknown as RollupSourceRow[]) },
};

export type SqliteRow = Record<string, unknown>;

/**
 * Rows as one JSON string of value arrays, in `spec.columns` order, for the insert thread: a
 * string crosses to a worker as one copy, where structured-cloning each row object (keys and
 * all) cost the event loop several µs a row in profiles. Values are text, finite numbers or null.
 */
export function encodeRows(spec: InsertSpec, rows: readonly SqliteRow[]): string {
  const columns = spec.columns;
  const values: unknown[][] = new Array(rows.length);
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const line = new Array(columns.length);
    for (let column = 0; column < columns.length; column++) line[column] = row[columns[column]] ?? null;
    values[index] = line;
  }
  return JSON.stringify(values);
}

/** The rows `encodeRows` wrote, as objects keyed by column name again. */
export function decodeRows(spec: InsertSpec, json: string): SqliteRow[] {
  const columns = spec.columns;
  return (JSON.parse(json) as unknown[][]).map((line) => {
    const row: SqliteRow = {};
    for (let column = 0; column < columns.length; column++) row[columns[column]] = line[column];
    return row;
  });
}

/**
 * Batch inserts for the embedded store's append-only tables (request log, usage ledger): one
 * transaction per batch, `ON CONFLICT (id) DO NOTHING` so replays are no-ops. Resolves to the
 * number of rows newly inserted.
 */
export interface SqliteRowInserter {
  insert(spec: InsertSpec, rows: SqliteRow[]): Promise<number>;
  /**
   * Request records (request-log rows and their usage events) as their journal lines: the insert
   * thread parses and converts them, so the event loop hands over the text it already wrote and
   * does no per-row work. The lines cross as an array: joining them into one string first cost
   * more than the copy itself. Both tables in one transaction; resolves to the number of
   * request-log rows newly inserted.
   */
  insertRequestRecords(lines: readonly string[]): Promise<number>;
  close(): Promise<void>;
}

/** The statements of `preparedInserts`, each call one transaction. */
export interface PreparedInserts {
  insert(spec: InsertSpec, rows: SqliteRow[]): number;
  /** Request records given as their journal lines: both tables, one transaction. */
  insertRequestRecords(lines: readonly string[]): number;
}

/**
 * Prepared statements per table, re-run per row inside one transaction. Compiling a fresh
 * multi-row statement per batch (as the query builder does) cost several times the insert itself.
 */
export function preparedInserts(handle: BetterSqlite3.Database): PreparedInserts {
  const bodies = new Map<string, (rows: SqliteRow[]) => number>();
  // A table's batch without a transaction of its own, so several tables can share one.
  const body = (spec: InsertSpec) => {
    let run = bodies.get(spec.table);
    if (!run) {
      const columns = spec.columns;
      const placeholders = columns.map(() => '?').join(', ');
      const statement = handle.prepare(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO NOTHING`);
      const afterSpec = spec.afterInsert === undefined ? undefined : AFTER_INSERT[spec.afterInsert];
      const after = afterSpec && { statement: handle.prepare(afterSpec.sql), parameters: afterSpec.parameters };
      // Positional values: binding by name looks each column up on the row object (~5% of a row's insert).
      const values: unknown[] = new Array(columns.length);
      const insertRow = (row: SqliteRow): number => {
        for (let column = 0; column < columns.length; column++) values[column] = row[columns[column]] ?? null;
        return statement.run(values).changes;
      };
      run = (batch: SqliteRow[]) => {
        if (!after) {
          let inserted = 0;
          for (const row of batch) inserted += insertRow(row);
          return inserted;
        }
        const inserted: SqliteRow[] = [];
        for (const row of batch) if (insertRow(row) > 0) inserted.push(row);
        if (inserted.length > 0) for (const values of after.parameters(inserted)) after.statement.run(values);
        return inserted.length;
      };
      bodies.set(spec.table, run);
    }
    return run;
  };
  // Batches in order, one transaction; the first batch's new rows are the count.
  const insertBatches = handle.transaction((batches: readonly InsertBatch[]) => {
    let first = 0;
    for (let index = 0; index < batches.length; index++) {
      const inserted = body(batches[index].spec)(batches[index].rows);
      if (index === 0) first = inserted;
    }
    return first;
  });
  return {
    insert: (spec, rows) => insertBatches([{ spec, rows }]),
    insertRequestRecords: (lines) => insertBatches(requestRecordBatches(parseRecordLines(lines))),
  };
}

/** Inserts on the caller's own connection (in-memory databases, which no other thread can open). */
export function inProcessInserter(handle: BetterSqlite3.Database): SqliteRowInserter {
  const prepared = preparedInserts(handle);
  return {
    insert: async (spec, rows) => prepared.insert(spec, rows),
    insertRequestRecords: async (lines) => prepared.insertRequestRecords(lines),
    close: async () => undefined,
  };
}
