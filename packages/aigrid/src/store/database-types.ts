import type { ColumnType } from 'kysely';

/** Which SQL engine a store runs on. */
export type StoreDialect = 'sqlite' | 'postgres';

/**
 * Row shape of `api_keys`. Only the SHA-256 of a secret is stored, never the secret itself.
 * Timestamps are ISO-8601 text in both dialects so the TypeScript side never sees Date objects.
 */
export interface ApiKeysTable {
  id: string;
  name: string;
  tenant: string;
  /** First characters of the secret, for display and for revoking by prefix. */
  prefix: string;
  hash: string;
  /** JSON array of model names, or null for "all models". */
  models: string | null;
  created_at: string;
  revoked_at: string | null;
  updated_at: string;
  /** `<tenant>/<project>`, or null for a key of the tenant as a whole. */
  project: ColumnType<string | null, string | null | undefined, string | null>;
}

/**
 * Row shape of `request_log`. `streamed` is a boolean in PostgreSQL and 0/1 in SQLite (which has
 * no boolean type and whose driver cannot bind JS booleans).
 */
export interface RequestLogTable {
  id: string;
  /** Milliseconds since the epoch (bigint in PostgreSQL, parsed back to a number). */
  ts: number;
  key_id: string | null;
  tenant: string | null;
  model: string | null;
  provider: string | null;
  endpoint: string;
  status: number;
  error_code: string | null;
  latency_ms: number;
  upstream_ms: number | null;
  input_tokens: number | null;
  output_tokens: number | null;
  streamed: ColumnType<boolean | number, boolean | number, boolean | number>;
  deployment: ColumnType<string | null, string | null | undefined, string | null>;
  attempts: ColumnType<number | null, number | null | undefined, number | null>;
  policy: ColumnType<string | null, string | null | undefined, string | null>;
  guard_findings: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ProviderSecretsTable {
  provider: string;
  ciphertext: string;
  key_id: string;
  updated_at: string;
}

/** Created and updated times of a managed governance row, ISO-8601 text. */
interface Stamped {
  created_at: string;
  updated_at: string;
}

/** A tenant managed through the admin API or CLI (migration 0007). */
export interface TenantsTable extends Stamped {
  name: string;
  display_name: string | null;
  /** JSON array, or null for no restriction. */
  allowed_regions: string | null;
  /** JSON object: card id → micro-USD per million tokens. */
  prices: string;
}

export interface ProjectsTable extends Stamped {
  /** `<tenant>/<project>`. */
  name: string;
  tenant: string;
}

export interface BudgetsTable extends Stamped {
  name: string;
  scope: string;
  period: string;
  amount_micros: number;
  /** 1 hard, 0 soft. */
  hard: number;
}

export interface LimitsTable extends Stamped {
  name: string;
  scope: string;
  requests_per_minute: number | null;
  tokens_per_minute: number | null;
  concurrent: number | null;
}

/** One row (`id` = 1) whose revision every write to the governance tables raises (a trigger). */
export interface GovernanceRevisionTable {
  id: number;
  revision: number;
}

/** All tables the store owns, as Kysely sees them. */
export interface Database {
  api_keys: ApiKeysTable;
  request_log: RequestLogTable;
  provider_secrets: ProviderSecretsTable;
  tenants: TenantsTable;
  projects: ProjectsTable;
  budgets: BudgetsTable;
  limits: LimitsTable;
  governance_revision: GovernanceRevisionTable;
}
