import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapTransportError, mapUpstreamStatus } from './upstream-errors.js';

test('upstream statuses map to gateway codes', () => {
  const expected: Array<[number, string, number]> = [
    [400, 'upstream_bad_request', 400],
    [401, 'upstream_auth_failed', 502],
    [403, 'upstream_auth_failed', 502],
    [404, 'upstream_not_found', 404],
    [408, 'upstream_timeout', 504],
    [422, 'upstream_bad_request', 400],
    [429, 'upstream_rate_limited', 429],
    [500, 'upstream_error', 502],
    [503, 'upstream_overloaded', 503],
    [529, 'upstream_overloaded', 503],
  ];
  for (const [status, code, ours] of expected) {
    const error = mapUpstreamStatus('p', status, '{"error":{"message":"m"}}');
    assert.equal(error.code, code, String(status));
    assert.equal(error.status, ours, String(status));
    assert.equal(error.upstreamStatus, status);
  }
});

test('client errors keep the provider message, credential errors hide it', () => {
  assert.match(mapUpstreamStatus('p', 400, '{"error":{"message":"bad tool schema"}}').message, /bad tool schema/);
  assert.match(mapUpstreamStatus('p', 400, '{"message":"flat shape"}').message, /flat shape/);
  assert.match(mapUpstreamStatus('p', 400, 'not json').message, /HTTP 400/);
  assert.doesNotMatch(mapUpstreamStatus('p', 401, '{"error":{"message":"key sk-123 invalid"}}').message, /sk-123/);
});

test('retry-after is kept and 429/5xx are retryable', () => {
  const limited = mapUpstreamStatus('p', 429, '{}', '12');
  assert.equal(limited.retryAfterSeconds, 12);
  assert.equal(limited.isRetryable, true);
  assert.equal(mapUpstreamStatus('p', 400, '{}').isRetryable, false);
});

test('transport failures map by cause', () => {
  assert.equal(mapTransportError('p', new Error('x'), 'client').code, 'client_closed_request');
  assert.equal(mapTransportError('p', new Error('x'), 'timeout').code, 'upstream_timeout');
  assert.equal(mapTransportError('p', Object.assign(new Error('x'), { code: 'UND_ERR_HEADERS_TIMEOUT' }), undefined).code, 'upstream_timeout');
  assert.equal(mapTransportError('p', Object.assign(new Error('x'), { code: 'ECONNREFUSED' }), undefined).code, 'upstream_unreachable');
});
