import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapGeminiError, parseRetryDelay } from './gemini-errors.js';

const body = (code: number, status: string, message: string, details?: unknown[]) => JSON.stringify({ error: { code, message, status, details } });

test('Google statuses map to gateway codes', () => {
  const expected: Array<[number, string, string]> = [
    [400, 'INVALID_ARGUMENT', 'upstream_bad_request'],
    [400, 'FAILED_PRECONDITION', 'upstream_bad_request'],
    [401, 'UNAUTHENTICATED', 'upstream_auth_failed'],
    [403, 'PERMISSION_DENIED', 'upstream_auth_failed'],
    [404, 'NOT_FOUND', 'upstream_not_found'],
    [429, 'RESOURCE_EXHAUSTED', 'upstream_rate_limited'],
    [500, 'INTERNAL', 'upstream_error'],
    [503, 'UNAVAILABLE', 'upstream_overloaded'],
    [504, 'DEADLINE_EXCEEDED', 'upstream_timeout'],
  ];
  for (const [status, name, code] of expected) {
    const error = mapGeminiError('gemini', status, body(status, name, 'm'));
    assert.equal(error.code, code, name);
    assert.equal(error.upstreamStatus, status);
  }
});

test('an invalid API key (HTTP 400, reason API_KEY_INVALID) is a credential failure', () => {
  const error = mapGeminiError('gemini', 400, body(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
    { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' },
  ]));
  assert.equal(error.code, 'upstream_auth_failed');
  assert.equal(error.upstreamStatus, 400);
  assert.equal(error.isRetryable, false);
});

test('client errors keep Google\'s message', () => {
  assert.match(mapGeminiError('gemini', 400, body(400, 'INVALID_ARGUMENT', '* contents: contents is not specified')).message, /contents is not specified/);
  assert.match(mapGeminiError('gemini', 400, 'not json').message, /HTTP 400/);
});

test('RetryInfo gives the wait when there is no retry-after header; the header wins', () => {
  const limited = body(429, 'RESOURCE_EXHAUSTED', 'quota', [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '42.5s' }]);
  assert.equal(mapGeminiError('gemini', 429, limited).retryAfterSeconds, 43);
  assert.equal(mapGeminiError('gemini', 429, limited, '5').retryAfterSeconds, 5);
  assert.equal(mapGeminiError('gemini', 429, limited).isRetryable, true);
  assert.equal(parseRetryDelay('1.2m'), undefined);
});

test('an error wrapped in an array (streaming endpoints) is read too', () => {
  const wrapped = `[${body(400, 'INVALID_ARGUMENT', 'API key expired.', [{ reason: 'API_KEY_INVALID' }])}]`;
  assert.equal(mapGeminiError('gemini', 400, wrapped).code, 'upstream_auth_failed');
});
