import { GridError } from '../../spec/grid-error.js';
import type { ErrorCode } from '../../spec/error-codes.js';
import { mapUpstreamStatus } from '../kit/upstream-errors.js';

/** Bedrock's error body is `{"message": …}`; some AWS errors spell it `Message`. */
function withLowerCaseMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; Message?: unknown };
    if (parsed && parsed.message === undefined && typeof parsed.Message === 'string') return JSON.stringify({ message: parsed.Message });
  } catch {
    // not JSON: the kit falls back to the status
  }
  return body;
}

/**
 * Maps a Bedrock error answer (the upstream client's `mapErrorStatus` hook). The kit's status
 * mapping fits most of them (400 ValidationException, 403 AccessDenied/UnrecognizedClient, 404,
 * 408 ModelTimeout, 429, 500, 503). 424 ModelErrorException is the model failing, not the
 * request being wrong, so it becomes upstream_error rather than the generic 4xx bad request.
 */
export function mapBedrockStatus(provider: string, status: number, body: string, retryAfter?: string | string[]): GridError {
  const error = mapUpstreamStatus(provider, status, withLowerCaseMessage(body), retryAfter);
  if (status !== 424) return error;
  return new GridError('upstream_error', error.message, { upstreamStatus: status, retryAfterSeconds: error.retryAfterSeconds });
}

/** Exceptions ConverseStream may send inside the stream, with the HTTP status each stands for. */
const STREAM_EXCEPTIONS: Record<string, { code: ErrorCode; status: number }> = {
  throttlingException: { code: 'upstream_rate_limited', status: 429 },
  serviceUnavailableException: { code: 'upstream_overloaded', status: 503 },
  internalServerException: { code: 'upstream_error', status: 500 },
  modelStreamErrorException: { code: 'upstream_error', status: 424 },
  validationException: { code: 'upstream_bad_request', status: 400 },
  modelTimeoutException: { code: 'upstream_timeout', status: 408 },
};

/**
 * The GridError for an exception message inside an event stream (`:message-type: exception`,
 * `:exception-type`, payload `{"message": …}`). Unknown types are upstream errors.
 */
export function streamExceptionError(provider: string, type: string, payload: Record<string, unknown>): GridError {
  const known = STREAM_EXCEPTIONS[type] ?? { code: 'upstream_error' as const, status: 500 };
  const detail = payload.message ?? payload.Message ?? payload.originalMessage;
  const message = `Provider '${provider}' failed mid-stream (${type})${typeof detail === 'string' ? `: ${detail}` : '.'}`;
  return new GridError(known.code, message, { upstreamStatus: known.status });
}
