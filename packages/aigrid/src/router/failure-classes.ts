import type { ErrorCode } from '../spec/error-codes.js';
import type { GridError } from '../spec/grid-error.js';

/**
 * How the router treats a failed attempt:
 * - `client-gone`: the client left; stop, blame no one.
 * - `caller`: the request itself is wrong (400-class); stop, since every provider would refuse it.
 * - `rate-limited`: 429; cool the deployment down, retry after `retry-after` or move on.
 * - `transient`: retryable (timeout, unreachable, 408/409, 5xx); retry, then move on.
 * - `deployment`: this deployment cannot serve it (auth, not found, bad response…); move on.
 */
export type FailureClass = 'client-gone' | 'caller' | 'rate-limited' | 'transient' | 'deployment';

const CALLER_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'upstream_bad_request',
  'invalid_request',
  'invalid_json',
  'body_too_large',
  'unsupported_media_type',
]);

/** Classifies a GridError from an attempt. */
export function classifyFailure(error: GridError): FailureClass {
  if (error.code === 'client_closed_request') return 'client-gone';
  if (error.code === 'upstream_rate_limited' || error.upstreamStatus === 429) return 'rate-limited';
  // Checked before the caller codes: a 409 arrives as upstream_bad_request but is retryable.
  if (error.isRetryable) return 'transient';
  if (CALLER_CODES.has(error.code)) return 'caller';
  return 'deployment';
}

/** Whether the failure says something about the deployment's health (feeds the breaker). */
export const countsAgainstDeployment = (kind: FailureClass): boolean => kind === 'transient' || kind === 'deployment';
