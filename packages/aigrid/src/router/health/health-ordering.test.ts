import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deployment, fakeClock, upstreamError } from '../../../test/support/router/router-fixtures.js';
import { orderByHealth } from './health-ordering.js';
import { HealthTracker } from './health-tracker.js';

describe('orderByHealth', () => {
  it('moves open circuits and cooling or saturated deployments back, dropping none', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now, { consecutiveFailures: 1 });
    health.recordFailure('broken', upstreamError(500));
    health.recordFailure('limited', upstreamError(429, 30));
    const busy = deployment('busy', { limits: { maxConcurrent: 1 } });
    health.acquire('busy');
    const ranking = ['broken', 'limited', 'ok-1', 'ok-2'].map((id) => ({ deployment: deployment(id), note: 'ranked' }));
    ranking.splice(2, 0, { deployment: busy, note: 'ranked' });
    const ordered = orderByHealth(ranking, health, clock.now());
    assert.deepEqual(
      ordered.map((entry) => [entry.deployment.id, entry.tier]),
      [
        ['ok-1', 'healthy'],
        ['ok-2', 'healthy'],
        ['limited', 'degraded'],
        ['busy', 'degraded'],
        ['broken', 'open'],
      ],
    );
    assert.match(ordered[2].note, /demoted: rate-limited, cooling down for 30s/);
    assert.match(ordered[3].note, /concurrency limit \(1\/1\)/);
    assert.match(ordered[4].note, /circuit open after 1 failures/);
  });

  it('keeps a half-open deployment with a free probe slot in place, so it gets probed', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now, { consecutiveFailures: 1, cooldownMs: 1_000 });
    health.recordFailure('a', upstreamError(500));
    clock.advance(1_000);
    const ranking = [deployment('a'), deployment('b')].map((d) => ({ deployment: d, note: '' }));
    assert.equal(orderByHealth(ranking, health, clock.now())[0].deployment.id, 'a');
    health.acquire('a');
    assert.equal(orderByHealth(ranking, health, clock.now())[0].deployment.id, 'b');
  });
});
