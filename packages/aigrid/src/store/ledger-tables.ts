import type { ColumnType, Kysely } from 'kysely';

/**
 * Row shapes of the ledger tables (migration 0004-ledger). Flags are booleans in PostgreSQL and
 * 0/1 in SQLite; bigints are read back as numbers (all far below 2^53).
 */
type Flag = ColumnType<boolean | number, boolean | number, boolean | number>;

export interface UsageEventsTable {
  id: string;
  ts: number;
  tenant: string;
  project: string | null;
  key_id: string;
  end_user: string | null;
  model: string;
  provider: string;
  deployment: string | null;
  upstream_model: string;
  input_tokens: number;
  uncached_input_tokens: number;
  cache_read_tokens: number;
  cache_write_tokens: number;
  output_tokens: number;
  reasoning_tokens: number | null;
  cost_micros: number;
  source: string;
  complete: Flag;
  /** The PriceSheet used, as JSON. */
  prices: string;
  batch: Flag;
}

/** Hourly and daily sums; `project` is '' for events without one. Maintained in the inserting transaction (see ledger-rollups.ts). */
export interface UsageRollupsTable {
  granularity: 'hour' | 'day';
  bucket_start: number;
  tenant: string;
  project: string;
  key_id: string;
  model: string;
  requests: number;
  input_tokens: number;
  output_tokens: number;
  cost_micros: number;
  estimated_requests: number;
  incomplete_requests: number;
}

/** The ledger's tables as Kysely sees them. */
export interface LedgerDatabase {
  usage_events: UsageEventsTable;
  usage_rollups: UsageRollupsTable;
}

/** The store's Kysely instance (any schema type) viewed as the ledger's tables. */
export function ledgerDb(db: Kysely<any>): Kysely<LedgerDatabase> {
  return db as Kysely<LedgerDatabase>;
}
