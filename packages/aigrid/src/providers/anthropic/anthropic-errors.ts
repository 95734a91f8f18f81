import { GridError } from '../../spec/grid-error.js';
import { mapUpstreamStatus } from '../kit/upstream-errors.js';

/** The HTTP status Anthropic documents for each error `type`. */
const STATUS_BY_TYPE: Record<string, number> = {
  invalid_request_error: 400,
  authentication_error: 401,
  billing_error: 402,
  permission_error: 403,
  not_found_error: 404,
  request_too_large: 413,
  rate_limit_error: 429,
  api_error: 500,
  timeout_error: 504,
  overloaded_error: 529,
};

/**
 * Maps an `error` event inside a stream (`{type: 'error', error: {type, message}}`) to the
 * GridError the same error would have been as an HTTP status; unknown types are upstream errors.
 */
export function streamErrorFromAnthropic(provider: string, data: string): GridError {
  let type = 'api_error';
  let detail = 'unknown error';
  try {
    const parsed = JSON.parse(data) as { error?: { type?: unknown; message?: unknown } };
    if (typeof parsed.error?.type === 'string') type = parsed.error.type;
    if (typeof parsed.error?.message === 'string') detail = parsed.error.message;
  } catch {
    // keep the generic type and message
  }
  const status = STATUS_BY_TYPE[type] ?? 500;
  const mapped = mapUpstreamStatus(provider, status, data);
  // Credential errors keep the kit's message, which does not echo the provider's text.
  const message = mapped.code === 'upstream_auth_failed' ? mapped.message : `Provider '${provider}' failed mid-stream (${type}): ${detail}`;
  return new GridError(mapped.code, message, { upstreamStatus: status });
}
