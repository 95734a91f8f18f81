import { microsToUsd } from '../metering/report-window.js';
import type { UsageReportRow } from '../metering/usage-report.js';
import type { HealthSnapshotEntry } from '../router/health/health-types.js';
import type { ApiKeyRecord } from '../store/key-repository.js';
import type { RequestLogEntry } from '../store/request-log-repository.js';

// The admin API's bodies: snake_case members (as the OpenAI-style routes), money as integer
// `*_micros` beside a decimal `*_usd` number. The internal records stay camelCase; these are the
// one place they are renamed, and src/server/admin-openapi*.ts documents each shape.

/** A virtual key as the admin API shows it (never its hash; the secret only on creation). */
export const keyJson = (key: ApiKeyRecord) => ({
  id: key.id,
  name: key.name,
  tenant: key.tenant,
  project: key.project,
  prefix: key.prefix,
  models: key.models,
  created_at: key.createdAt,
  revoked_at: key.revokedAt,
});

/** One request-log row; fields the gateway did not record are null. */
export const requestLogJson = (entry: RequestLogEntry) => ({
  id: entry.id,
  ts: entry.ts,
  key_id: entry.keyId,
  tenant: entry.tenant,
  model: entry.model,
  provider: entry.provider,
  endpoint: entry.endpoint,
  status: entry.status,
  error_code: entry.errorCode,
  latency_ms: entry.latencyMs,
  upstream_ms: entry.upstreamMs,
  input_tokens: entry.inputTokens,
  output_tokens: entry.outputTokens,
  streamed: entry.streamed,
  deployment: entry.deployment ?? null,
  attempts: entry.attempts ?? null,
  policy: entry.policy ?? null,
  guard_findings: entry.guardFindings ?? null,
});

/** One deployment's circuit and latency state. */
export const healthJson = (entry: HealthSnapshotEntry) => ({
  id: entry.id,
  state: entry.state,
  consecutive_failures: entry.consecutiveFailures,
  ewma_latency_ms: entry.ewmaLatencyMs,
  ewma_ttft_ms: entry.ewmaTtftMs,
  cooldown_until: entry.cooldownUntil,
  in_flight: entry.inFlight,
  samples: entry.samples,
});

/** One usage-report row, for the admin API and `aigrid usage --json`. */
export const usageRowJson = (row: UsageReportRow) => ({
  group: row.group,
  requests: row.requests,
  input_tokens: row.inputTokens,
  output_tokens: row.outputTokens,
  cost_micros: row.costMicros,
  cost_usd: microsToUsd(row.costMicros),
  estimated_requests: row.estimatedRequests,
  incomplete_requests: row.incompleteRequests,
});
