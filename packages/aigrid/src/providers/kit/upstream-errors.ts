import { GridError, parseRetryAfter } from '../../spec/grid-error.js';
import type { ErrorCode } from '../../spec/error-codes.js';
import { CAUSE_WORDS, upstreamCause } from './upstream-cause.js';

/** Reads `error.message` from an upstream error body of any common shape, leniently. */
function upstreamMessage(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown; Message?: unknown };
    if (typeof parsed.error === 'string') return parsed.error;
    if (typeof parsed.error?.message === 'string') return parsed.error.message;
    if (typeof parsed.message === 'string') return parsed.message;
    // AWS services capitalise it.
    if (typeof parsed.Message === 'string') return parsed.Message;
  } catch {
    // not JSON: fall through to the status text
  }
  return undefined;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'upstream_auth_failed';
  if (status === 404) return 'upstream_not_found';
  if (status === 408) return 'upstream_timeout';
  if (status === 429) return 'upstream_rate_limited';
  if (status === 503 || status === 529) return 'upstream_overloaded';
  if (status >= 500) return 'upstream_error';
  return 'upstream_bad_request';
}

/**
 * Maps an upstream HTTP error to a GridError. Client errors keep the provider's message (it tells
 * the caller what to fix); credential errors do not, since they concern the gateway's own key.
 */
export function mapUpstreamStatus(
  provider: string,
  status: number,
  body: string,
  retryAfter?: string | string[],
): GridError {
  const code = codeForStatus(status);
  const detail = upstreamMessage(body);
  const message =
    code === 'upstream_auth_failed'
      ? `Provider '${provider}' rejected the gateway's credentials (HTTP ${status}).`
      : `Provider '${provider}' answered HTTP ${status}${detail ? `: ${detail}` : '.'}`;
  return new GridError(code, message, { upstreamStatus: status, retryAfterSeconds: parseRetryAfter(retryAfter) });
}

const TIMEOUT_CODES = new Set(['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Maps a transport failure (undici error, abort) to a GridError. */
export function mapTransportError(provider: string, error: unknown, reason: 'client' | 'timeout' | undefined): GridError {
  if (error instanceof GridError) return error;
  if (reason === 'client') return new GridError('client_closed_request', 'The client closed the request.', { cause: error });
  const code = (error as { code?: string } | undefined)?.code ?? '';
  if (reason === 'timeout' || TIMEOUT_CODES.has(code)) {
    return new GridError('upstream_timeout', `Provider '${provider}' did not answer in time.`, { cause: error });
  }
  // The class of cause (never the error's own text, which may hold a host name or address).
  const cause = upstreamCause(error);
  const words = cause === 'other' || cause === 'status' ? '' : ` (${CAUSE_WORDS[cause]})`;
  return new GridError('upstream_unreachable', `Provider '${provider}' could not be reached${words}.`, { cause: error });
}
