import { sql, type Kysely, type RawBuilder } from 'kysely';
import { planRanges, type RangeSource, type SourceRange } from './report-ranges.js';

/** How a report groups its rows. `hour` and `day` are UTC buckets. */
export const REPORT_DIMENSIONS = ['model', 'key', 'project', 'day', 'hour'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** Sums over a set of usage events. Money in integer micro-USD. */
export interface UsageTotals {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  costMicros: number;
  /** Events whose token counts were estimated (or cut short), not reported by the provider. */
  estimatedRequests: number;
  /** Events with a price unknown: their cost is a lower bound. */
  incompleteRequests: number;
}

/**
 * One report row. `group` is the model name, key id or project (null: no project), or for `hour`
 * and `day` the bucket's start in epoch ms.
 */
export interface UsageReportRow extends UsageTotals {
  group: string | number | null;
}

/** Optional narrowing shared by reports and totals. */
export interface UsageFilter {
  /** null selects events without a project. */
  project?: string | null;
  keyId?: string;
  model?: string;
}

export interface UsageReportQuery extends UsageFilter {
  tenant: string;
  /** Epoch ms, inclusive. */
  since: number;
  /** Epoch ms, exclusive. */
  until: number;
  by: ReportDimension;
}

export interface SpentQuery extends UsageFilter {
  tenant?: string;
  since: number;
  /** Epoch ms, exclusive; no upper bound when absent. */
  until?: number;
}

/**
 * Usage of one tenant in `[since, until)`, grouped by `by`: time rows oldest first, other rows by
 * cost, highest first. Whole days and hours are read from the rollups and only the ragged edges
 * from raw events, so the result is exact for any range at the cost of a few small queries.
 */
export async function usageReport(db: Kysely<any>, query: UsageReportQuery): Promise<UsageReportRow[]> {
  checkRange(query.since, query.until);
  const byTime = query.by === 'hour' || query.by === 'day';
  const groups = new Map<string | number, UsageTotals>();
  for (const range of planRanges(query.since, query.until, query.by !== 'hour')) {
    for (const row of await aggregate(db, range, query, query.by)) {
      const key = byTime ? Number(row.grp) : String(row.grp ?? '');
      groups.set(key, addTotals(groups.get(key), row));
    }
  }
  const rows = [...groups].map(([group, totals]) => ({ group: query.by === 'project' && group === '' ? null : group, ...totals }));
  return rows.sort((a, b) => (byTime ? Number(a.group) - Number(b.group) : b.costMicros - a.costMicros || String(a.group).localeCompare(String(b.group))));
}

/**
 * Totals since a moment, for budgets and dashboards: across all tenants unless `tenant` is given,
 * narrowed by project, key or model.
 */
export async function spent(db: Kysely<any>, query: SpentQuery): Promise<UsageTotals> {
  const until = query.until ?? Number.MAX_SAFE_INTEGER;
  checkRange(query.since, until);
  let totals: UsageTotals = emptyTotals();
  for (const range of planRanges(query.since, until, true)) {
    for (const row of await aggregate(db, range, query, undefined)) totals = addTotals(totals, row);
  }
  return totals;
}

interface AggregateRow {
  grp: unknown;
  requests: unknown;
  input_tokens: unknown;
  output_tokens: unknown;
  cost_micros: unknown;
  estimated: unknown;
  incomplete: unknown;
}

// Fixed SQL per source and dimension (never user input). Time buckets are UTC epoch arithmetic.
const GROUP_EXPRESSIONS: Record<ReportDimension, Record<RangeSource, string>> = {
  model: { events: 'model', hour: 'model', day: 'model' },
  key: { events: 'key_id', hour: 'key_id', day: 'key_id' },
  project: { events: "COALESCE(project, '')", hour: 'project', day: 'project' },
  hour: { events: 'ts - ts % 3600000', hour: 'bucket_start', day: 'bucket_start' },
  day: { events: 'ts - ts % 86400000', hour: 'bucket_start - bucket_start % 86400000', day: 'bucket_start' },
};

const EVENT_SUMS =
  "count(*) AS requests, sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_micros) AS cost_micros, " +
  "sum(CASE WHEN source <> 'reported' THEN 1 ELSE 0 END) AS estimated, sum(CASE WHEN complete THEN 0 ELSE 1 END) AS incomplete";
const ROLLUP_SUMS =
  'sum(requests) AS requests, sum(input_tokens) AS input_tokens, sum(output_tokens) AS output_tokens, sum(cost_micros) AS cost_micros, ' +
  'sum(estimated_requests) AS estimated, sum(incomplete_requests) AS incomplete';

async function aggregate(
  db: Kysely<any>,
  range: SourceRange,
  filter: UsageFilter & { tenant?: string },
  by: ReportDimension | undefined,
): Promise<AggregateRow[]> {
  const events = range.source === 'events';
  const time = events ? 'ts' : 'bucket_start';
  const conditions: RawBuilder<unknown>[] = [sql`${sql.ref(time)} >= ${range.from}`, sql`${sql.ref(time)} < ${range.to}`];
  if (!events) conditions.push(sql`granularity = ${range.source}`);
  if (filter.tenant !== undefined) conditions.push(sql`tenant = ${filter.tenant}`);
  if (filter.keyId !== undefined) conditions.push(sql`key_id = ${filter.keyId}`);
  if (filter.model !== undefined) conditions.push(sql`model = ${filter.model}`);
  if (filter.project !== undefined) {
    const project = filter.project || null;
    if (!events) conditions.push(sql`project = ${project ?? ''}`);
    else conditions.push(project === null ? sql`project IS NULL` : sql`project = ${project}`);
  }
  const group = by === undefined ? 'NULL' : GROUP_EXPRESSIONS[by][range.source];
  const query = sql<AggregateRow>`SELECT ${sql.raw(group)} AS grp, ${sql.raw(events ? EVENT_SUMS : ROLLUP_SUMS)}
    FROM ${sql.table(events ? 'usage_events' : 'usage_rollups')}
    WHERE ${sql.join(conditions, sql` AND `)}
    ${by === undefined ? sql`` : sql`GROUP BY ${sql.raw(group)}`}`;
  return (await query.execute(db)).rows;
}

function emptyTotals(): UsageTotals {
  return { requests: 0, inputTokens: 0, outputTokens: 0, costMicros: 0, estimatedRequests: 0, incompleteRequests: 0 };
}

// PostgreSQL returns sum(bigint) as numeric (a string); empty sums are NULL in both engines.
function addTotals(totals: UsageTotals | undefined, row: AggregateRow): UsageTotals {
  const base = totals ?? emptyTotals();
  const read = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
  return {
    requests: base.requests + read(row.requests),
    inputTokens: base.inputTokens + read(row.input_tokens),
    outputTokens: base.outputTokens + read(row.output_tokens),
    costMicros: base.costMicros + read(row.cost_micros),
    estimatedRequests: base.estimatedRequests + read(row.estimated),
    incompleteRequests: base.incompleteRequests + read(row.incomplete),
  };
}

function checkRange(since: number, until: number): void {
  if (!Number.isSafeInteger(since) || !Number.isSafeInteger(until) || since < 0 || since > until) {
    throw new RangeError(`invalid time range [${since}, ${until}): use epoch milliseconds with since <= until`);
  }
}
