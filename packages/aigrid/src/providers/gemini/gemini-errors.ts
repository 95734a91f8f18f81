import { GridError } from '../../spec/grid-error.js';
import { mapUpstreamStatus } from '../kit/upstream-errors.js';
import type { GoogleErrorBody } from './gemini-wire.js';

type GoogleError = NonNullable<GoogleErrorBody['error']>;

/** Reads Google's `{error: {code, message, status, details}}`; streaming endpoints may wrap it in an array. */
export function parseGoogleError(body: string): GoogleError | undefined {
  try {
    const parsed = JSON.parse(body) as unknown;
    const first = (Array.isArray(parsed) ? parsed[0] : parsed) as GoogleErrorBody | undefined;
    return first?.error && typeof first.error === 'object' ? first.error : undefined;
  } catch {
    return undefined;
  }
}

/** Parses a google.protobuf.Duration such as `"17s"` or `"0.5s"` into whole seconds, rounded up. */
export function parseRetryDelay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)s$/.exec(value.trim());
  return match ? Math.ceil(Number(match[1])) : undefined;
}

/**
 * Maps a Gemini error answer to a GridError. The HTTP status decides, as for every provider, with
 * three Google specifics: an invalid API key is answered 400 with reason API_KEY_INVALID (a
 * credential problem, not the caller's), 504 DEADLINE_EXCEEDED is a timeout, and a 429 carries its
 * wait in a RetryInfo detail rather than a `retry-after` header.
 */
export function mapGeminiError(provider: string, status: number, body: string, retryAfter?: string | string[]): GridError {
  const error = parseGoogleError(body);
  const details = Array.isArray(error?.details) ? error.details : [];
  if (details.some((detail) => detail?.reason === 'API_KEY_INVALID') || error?.status === 'UNAUTHENTICATED') {
    // The message is Google's generic one; never echo anything that could contain the key.
    return new GridError('upstream_auth_failed', `Provider '${provider}' rejected the gateway's API key (HTTP ${status}).`, { upstreamStatus: status });
  }
  const mapped = mapUpstreamStatus(provider, status, body, retryAfter);
  const code = status === 504 || error?.status === 'DEADLINE_EXCEEDED' ? 'upstream_timeout' : mapped.code;
  const retryAfterSeconds = mapped.retryAfterSeconds ?? parseRetryDelay(details.find((detail) => detail?.retryDelay)?.retryDelay);
  if (code === mapped.code && retryAfterSeconds === mapped.retryAfterSeconds) return mapped;
  return new GridError(code, mapped.message, { upstreamStatus: status, retryAfterSeconds });
}
