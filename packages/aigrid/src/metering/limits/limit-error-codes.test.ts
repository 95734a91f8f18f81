import assert from 'node:assert/strict';
import { it } from 'node:test';
import { LIMIT_ERROR_TABLE, refusalError } from './limit-error-codes.js';

it('maps each refusal kind to its proposed code and status', () => {
  const base = { ok: false as const, scope: 'tenant:acme', limit: 5_000_000, remaining: 1_250_000 };
  const budget = refusalError({ ...base, kind: 'budget', period: 'day', retryAfterMs: 3_600_001 });
  assert.deepEqual([budget.code, budget.status, budget.type], ['budget_exceeded', 429, 'insufficient_quota']);
  assert.deepEqual(budget.headers, { 'retry-after': '3601', 'x-should-retry': 'false' });
  assert.equal(budget.message, 'The daily budget of tenant:acme is exhausted: $1.25 of $5.00 left, not enough for this request.');
  assert.equal(refusalError({ ...base, kind: 'rate', retryAfterMs: 10 }).headers['retry-after'], '1');
  assert.equal(refusalError({ ...base, kind: 'tokens' }).code, 'rate_limited');
  assert.equal(refusalError({ ...base, kind: 'concurrency' }).code, 'concurrency_limited');
  assert.equal(refusalError({ ...base, kind: 'unavailable' }).status, 503);
  assert.deepEqual(Object.keys(LIMIT_ERROR_TABLE).sort(), ['budget_exceeded', 'concurrency_limited', 'limits_unavailable', 'rate_limited']);
});
