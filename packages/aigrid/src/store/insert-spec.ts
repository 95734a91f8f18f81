// What the append-only tables' writers share: a table's insert spec, rows as value arrays, and
// the inserter interface. Plain data and types, so repositories and the insert thread depend on
// this and not on each other.

/** Summary upserts a batch may run after its insert (see `AFTER_INSERT` in `sqlite-row-insert.ts`). */
export type AfterInsertName = 'usage-rollups';

/** A table the hot path appends to: rows are objects keyed by these column names, or value arrays in their order. */
export interface InsertSpec {
  readonly table: string;
  readonly columns: readonly string[];
  /**
   * Summary rows kept up to date in the batch's transaction, from the rows it newly inserted (see
   * `AFTER_INSERT`). Named, not given as code, so the spec stays plain data that crosses to the
   * insert thread.
   */
  readonly afterInsert?: AfterInsertName;
}

export type SqliteRow = Record<string, unknown>;

/**
 * Rows as one JSON string of value arrays, in `spec.columns` order, for the insert thread: a
 * string crosses to a worker as one copy, where structured-cloning each row object (keys and
 * all) cost the event loop several µs a row in profiles. Values are text, finite numbers or null.
 */
export function encodeRows(spec: InsertSpec, rows: readonly SqliteRow[]): string {
  return JSON.stringify(rowValues(spec, rows));
}

/** The rows `encodeRows` wrote, as value arrays in `spec.columns` order again. */
export function decodeRows(json: string): unknown[][] {
  return JSON.parse(json) as unknown[][];
}

/** A row as its value array in `spec.columns` order, a missing value as null. */
export function columnValues(spec: InsertSpec, row: object): unknown[] {
  const byName = row as SqliteRow;
  const columns = spec.columns;
  const values = new Array(columns.length);
  for (let column = 0; column < columns.length; column++) values[column] = byName[columns[column]] ?? null;
  return values;
}

export function rowValues(spec: InsertSpec, rows: readonly SqliteRow[]): unknown[][] {
  return rows.map((row) => columnValues(spec, row));
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
   * thread parses and binds them (see `requestRecordBatches`), so the event loop hands over the
   * text it already wrote and does no per-row work. The lines cross as an array: joining them into one string first cost
   * more than the copy itself. Both tables in one transaction; resolves to the number of
   * request-log rows newly inserted.
   */
  insertRequestRecords(lines: readonly string[]): Promise<number>;
  close(): Promise<void>;
}
