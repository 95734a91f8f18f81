import type BetterSqlite3 from 'better-sqlite3';
import { SQLITE_ROLLUP_ROW_UPSERT, sqliteRollupRows, type RollupSourceRow } from './ledger-rollups.js';
import { rowValues, type AfterInsertName, type InsertSpec, type SqliteRow, type SqliteRowInserter } from './insert-spec.js';
import { requestRecordBatches, type InsertBatch } from './request-record-rows.js';

/**
 * What a spec's `afterInsert` names: an upsert, and the parameter lists it runs with for a batch's
 * new rows (value arrays in the spec's column order).
 */
const AFTER_INSERT: Record<AfterInsertName, { sql: string; parameters: (rows: readonly unknown[][], columns: readonly string[]) => unknown[][] }> = {
  'usage-rollups': { sql: SQLITE_ROLLUP_ROW_UPSERT, parameters: (rows: readonly unknown[][], columns: readonly string[]) => sqliteRollupRows(rollupSources(rows, columns)) },
};

const ROLLUP_SOURCE_FIELDS = ['ts', 'tenant', 'project', 'key_id', 'model', 'input_tokens', 'output_tokens', 'cost_micros', 'source', 'complete'] as const;

/** The fields a rollup reads, from value arrays: only the batch's newly inserted events pay for the objects. */
function rollupSources(rows: readonly unknown[][], columns: readonly string[]): RollupSourceRow[] {
  const at = ROLLUP_SOURCE_FIELDS.map((field) => columns.indexOf(field));
  return rows.map((values) => {
    const source: Record<string, unknown> = {};
    for (let field = 0; field < at.length; field++) source[ROLLUP_SOURCE_FIELDS[field]] = values[at[field]];
    return source as unknown as RollupSourceRow;
  });
}

/** The statements of `preparedInserts`, each call one transaction. */
export interface PreparedInserts {
  insert(spec: InsertSpec, rows: SqliteRow[]): number;
  /** `insert` for rows already as value arrays in `spec.columns` order (see `decodeRows`). */
  insertValues(spec: InsertSpec, rows: unknown[][]): number;
  /** Request records given as their journal lines: both tables, one transaction. */
  insertRequestRecords(lines: readonly string[]): number;
}

/**
 * Prepared statements per table, re-run per row inside one transaction. Compiling a fresh
 * multi-row statement per batch (as the query builder does) cost several times the insert itself,
 * and multi-row statements prepared once saved nothing measurable. Rows are bound as value arrays
 * (positional): binding by name looks each column up on a row object.
 */
export function preparedInserts(handle: BetterSqlite3.Database): PreparedInserts {
  const bodies = new Map<string, (rows: readonly unknown[][]) => number>();
  // A table's batch without a transaction of its own, so several tables can share one.
  const body = (spec: InsertSpec) => {
    let run = bodies.get(spec.table);
    if (!run) {
      const columns = spec.columns;
      const placeholders = columns.map(() => '?').join(', ');
      const statement = handle.prepare(`INSERT INTO ${spec.table} (${columns.join(', ')}) VALUES (${placeholders}) ON CONFLICT (id) DO NOTHING`);
      const afterSpec = spec.afterInsert === undefined ? undefined : AFTER_INSERT[spec.afterInsert];
      const after = afterSpec && { statement: handle.prepare(afterSpec.sql), parameters: afterSpec.parameters };
      run = (batch: readonly unknown[][]) => {
        if (!after) {
          let inserted = 0;
          for (const values of batch) inserted += statement.run(values).changes;
          return inserted;
        }
        const inserted: unknown[][] = [];
        for (const values of batch) if (statement.run(values).changes > 0) inserted.push(values);
        if (inserted.length > 0) for (const values of after.parameters(inserted, columns)) after.statement.run(values);
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
    insert: (spec, rows) => insertBatches([{ spec, rows: rowValues(spec, rows) }]),
    insertValues: (spec, rows) => insertBatches([{ spec, rows }]),
    insertRequestRecords: (lines) => insertBatches(requestRecordBatches(lines)),
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
