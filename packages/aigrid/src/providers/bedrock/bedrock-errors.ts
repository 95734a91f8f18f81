import { GridError } from '../../spec/grid-error.js';
import type { ErrorCode } from '../../spec/error-codes.js';

/**
 * Bedrock's HTTP errors arrive through the kit's status mapping, which already fits most of them
 * (400 ValidationException, 403 AccessDenied/UnrecognizedClient, 404, 408 ModelTimeout, 429,
 * 500, 503). 424 ModelErrorException is the model failing, not the request being wrong, so it
 * becomes an upstream_error rather than the generic 4xx upstream_bad_request.
 */
export function refineHttpError(error: unknown): unknown {
  if (!(error instanceof GridError) || error.upstreamStatus !== 424 || error.code !== 'upstream_bad_request') return error;
  return new GridError('upstream_error', error.message, {
    upstreamStatus: error.upstreamStatus,
    retryAfterSeconds: error.retryAfterSeconds,
    cause: error,
  });
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
