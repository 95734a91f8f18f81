import { addExcluded, ROLLUP_COLUMNS, ROLLUP_KEY } from './migrations/0004-ledger.js';

const GRANULARITIES: ReadonlyArray<readonly [string, number]> = [
  ['hour', 3_600_000],
  ['day', 86_400_000],
];

/**
 * SQLite: adds one group's sums to its rollup row. Parameters in `ROLLUP_COLUMNS` order: the
 * group (granularity, tenant, bucket_start, project, key_id, model), then the six sums.
 */
export const SQLITE_ROLLUP_ROW_UPSERT = `INSERT INTO usage_rollups (${ROLLUP_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (${ROLLUP_KEY}) DO UPDATE SET ${addExcluded('usage_rollups')}`;

/** The columns of a `usage_events` row that its rollups read, as bound for SQLite (`complete` 0 or 1). */
export interface RollupSourceRow {
  ts: number;
  tenant: string;
  project: string | null;
  key_id: string;
  model: string;
  input_tokens: number;
  output_tokens: number;
  cost_micros: number;
  source: string;
  complete: number | boolean;
}

/** A rollup group's parameters for `SQLITE_ROLLUP_ROW_UPSERT`: the group, then its six sums. */
export type RollupGroup = [string, string, number, string, string, string, number, number, number, number, number, number];

/**
 * SQLite: a batch's newly inserted events summed into their hourly and daily rollup groups, one
 * `SQLITE_ROLLUP_ROW_UPSERT` parameter list per group, in the order the groups first appear. Run
 * in the batch's own transaction, only for rows that were inserted (a replayed event, skipped by
 * `ON CONFLICT (id) DO NOTHING`, adds nothing), it moves the rollups exactly when event rows are
 * created, as PostgreSQL's statement trigger does. Summed here rather than by joining the batch's
 * ids back to `usage_events`, which cost more (1–7% of a request record's insert).
 */
export function sqliteRollupRows(rows: readonly RollupSourceRow[]): RollupGroup[] {
  const groups = new Map<string, RollupGroup>();
  for (const row of rows) {
    const ts = Number(row.ts);
    const project = row.project ?? '';
    // Lengths first, so no tenant, project, key or model can run into the next.
    const names = `${row.tenant.length}:${row.tenant}${project.length}:${project}${row.key_id.length}:${row.key_id}${row.model}`;
    for (const [granularity, width] of GRANULARITIES) {
      const bucket = ts - (ts % width);
      const key = `${granularity}:${bucket}:${names}`;
      let group = groups.get(key);
      if (!group) {
        group = [granularity, row.tenant, bucket, project, row.key_id, row.model, 0, 0, 0, 0, 0, 0];
        groups.set(key, group);
      }
      group[6] += 1;
      group[7] += Number(row.input_tokens);
      group[8] += Number(row.output_tokens);
      group[9] += Number(row.cost_micros);
      if (row.source !== 'reported') group[10] += 1;
      if (!row.complete) group[11] += 1;
    }
  }
  return [...groups.values()];
}
