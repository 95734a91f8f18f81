import type { GridError } from '../../spec/grid-error.js';

// Anthropic's error types, so its SDKs classify our errors as they would its own.
const ANTHROPIC_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  503: 'overloaded_error',
};

/**
 * The Anthropic-style error body used on /v1/messages: `{type: "error", error: {type, message}}`,
 * with the gateway's `code` and `param` kept alongside.
 */
export function anthropicErrorBody(error: GridError): Record<string, unknown> {
  return {
    type: 'error',
    error: { type: ANTHROPIC_TYPES[error.status] ?? 'api_error', message: error.message, code: error.code, param: error.param },
  };
}
