import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backoffDelayMs, retryWait } from './backoff.js';
import { DEFAULT_RETRY_POLICY } from './route-defaults.js';
import { RetryBudget } from './retry-budget.js';
import { seededRandom } from './router-deps.js';
import { fakeClock, upstreamError } from '../../test/support/router/router-fixtures.js';

describe('RetryBudget', () => {
  it('allows retries up to ratio × requests plus the floor, over a sliding window', () => {
    const clock = fakeClock();
    const budget = new RetryBudget(clock.now, { ratio: 0.2, windowMs: 10_000, minRetriesPerWindow: 1 });
    for (let i = 0; i < 10; i += 1) budget.recordRequest();
    let granted = 0;
    while (budget.tryAcquireRetry()) granted += 1;
    assert.equal(granted, 3); // 0.2 × 10 + 1
    assert.deepEqual(budget.status(), { requests: 10, retries: 3 });
    clock.advance(10_000);
    assert.equal(budget.tryAcquireRetry(), true); // the window slid: only the floor remains
    assert.equal(budget.tryAcquireRetry(), false);
  });

  it("takes the route's ratio when given", () => {
    const budget = new RetryBudget(fakeClock().now, { minRetriesPerWindow: 0 });
    for (let i = 0; i < 10; i += 1) budget.recordRequest();
    let granted = 0;
    while (budget.tryAcquireRetry(0.5)) granted += 1;
    assert.equal(granted, 5);
  });
});

describe('backoff', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };

  it('grows exponentially under full jitter and stays under the cap', () => {
    assert.equal(backoffDelayMs(1, policy, () => 0.999), 99);
    assert.equal(backoffDelayMs(3, policy, () => 0.999), 399);
    assert.equal(backoffDelayMs(10, policy, () => 0.999), 999);
    assert.equal(backoffDelayMs(3, policy, () => 0), 0);
    const random = seededRandom(4);
    for (let i = 0; i < 1_000; i += 1) assert.ok(backoffDelayMs(2, policy, random) < 200);
  });

  it('waits at least retry-after, and skips the wait when retry-after exceeds the cap', () => {
    assert.deepEqual(retryWait(upstreamError(429, 0.5), 1, policy, () => 0.1), { delayMs: 500 });
    assert.deepEqual(retryWait(upstreamError(503), 1, policy, () => 0.5), { delayMs: 50 });
    const skipped = retryWait(upstreamError(429, 30), 1, policy, () => 0.5);
    assert.ok('skip' in skipped && /retry-after 30s exceeds maxDelayMs 1000/.test(skipped.skip));
  });
});
