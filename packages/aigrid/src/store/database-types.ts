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

/** All tables the store owns, as Kysely sees them. */
export interface Database {
  api_keys: ApiKeysTable;
  request_log: RequestLogTable;
  provider_secrets: ProviderSecretsTable;
}
