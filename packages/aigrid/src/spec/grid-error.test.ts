import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError, parseRetryAfter, toGridError } from './grid-error.js';

test('status and type come from the code table', () => {
  const error = new GridError('model_not_found', 'nope', { param: 'model' });
  assert.equal(error.status, 404);
  assert.deepEqual(error.toEnvelope(), { error: { message: 'nope', type: 'invalid_request_error', code: 'model_not_found', param: 'model' } });
});

test('retryable follows the upstream status', () => {
  for (const status of [408, 409, 429, 500, 502, 503, 529]) {
    assert.equal(new GridError('upstream_error', 'x', { upstreamStatus: status }).isRetryable, true, String(status));
  }
  for (const status of [400, 401, 403, 404, 422]) {
    assert.equal(new GridError('upstream_bad_request', 'x', { upstreamStatus: status }).isRetryable, false, String(status));
  }
  assert.equal(new GridError('upstream_timeout', 'x').isRetryable, true);
  assert.equal(new GridError('invalid_request', 'x').isRetryable, false);
});

test('retry-after accepts seconds and HTTP dates', () => {
  assert.equal(parseRetryAfter('7'), 7);
  assert.equal(parseRetryAfter(new Date(10_000).toUTCString(), 0), 10);
  assert.equal(parseRetryAfter('soon'), undefined);
  assert.equal(parseRetryAfter(undefined), undefined);
});

test('unknown errors become internal_error without leaking the message', () => {
  const error = toGridError(new Error('secret detail'));
  assert.equal(error.code, 'internal_error');
  assert.doesNotMatch(error.message, /secret/);
});
