import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GridError } from '../../spec/grid-error.js';
import { fakeClock, upstreamError } from '../../../test/support/router/router-fixtures.js';
import { HealthTracker } from './health-tracker.js';

describe('HealthTracker', () => {
  it('cools a deployment down after a 429 for its retry-after, without touching the breaker', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now);
    health.recordFailure('a', upstreamError(429, 20));
    const now = clock.now();
    assert.equal(health.health('a').cooldownUntil, now + 20_000);
    assert.equal(health.health('a').state, 'closed');
    assert.equal(health.health('a').consecutiveFailures, 0);
    clock.advance(20_000);
    assert.equal(health.health('a').cooldownUntil, undefined);
  });

  it('uses a default cooldown without retry-after and caps absurd ones', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now, { rateLimitCooldownMs: 1_500, maxCooldownMs: 60_000 });
    health.recordFailure('a', upstreamError(429));
    health.recordFailure('b', upstreamError(429, 86_400));
    assert.equal(health.health('a').cooldownUntil, clock.now() + 1_500);
    assert.equal(health.health('b').cooldownUntil, clock.now() + 60_000);
  });

  it('counts 5xx, timeouts and auth failures against the breaker, but not the caller’s errors', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now, { consecutiveFailures: 3 });
    health.recordFailure('a', upstreamError(400));
    health.recordFailure('a', new GridError('client_closed_request', 'gone'));
    assert.equal(health.health('a').consecutiveFailures, 0);
    health.recordFailure('a', upstreamError(500));
    health.recordFailure('a', new GridError('upstream_timeout', 'slow'));
    health.recordFailure('a', upstreamError(401));
    assert.equal(health.health('a').state, 'open');
  });

  it('tracks latency and time-to-first-token EWMAs and warms up after a few samples', () => {
    const health = new HealthTracker(fakeClock().now, { ewmaAlpha: 0.5, coldSamples: 2 });
    assert.equal(health.health('a').ewmaLatencyMs, undefined);
    health.recordSuccess('a', { latencyMs: 100, ttftMs: 10 });
    assert.equal(health.health('a').cold, true);
    health.recordSuccess('a', { latencyMs: 300 });
    const state = health.health('a');
    assert.equal(state.ewmaLatencyMs, 200);
    assert.equal(state.ewmaTtftMs, 10);
    assert.equal(state.cold, false);
  });

  it('counts attempts in flight through leases, released once', () => {
    const health = new HealthTracker(fakeClock().now);
    const first = health.acquire('a');
    const second = health.acquire('a');
    assert.equal(health.health('a').inFlight, 2);
    first?.release();
    first?.release();
    assert.equal(health.health('a').inFlight, 1);
    second?.release();
    assert.equal(health.health('a').inFlight, 0);
  });

  it('refuses leases while open and hands out one probe when half-open', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now, { consecutiveFailures: 1, cooldownMs: 5_000 });
    health.recordFailure('a', upstreamError(502));
    assert.equal(health.acquire('a'), undefined);
    assert.ok(health.acquire('a', { force: true }));
    clock.advance(5_000);
    const probe = health.acquire('a');
    assert.equal(probe?.probe, true);
    assert.equal(health.acquire('a'), undefined);
    health.recordSuccess('a', { latencyMs: 50 });
    probe?.release();
    assert.equal(health.health('a').state, 'closed');
  });

  it('forgets deployments a config reload removed', () => {
    const health = new HealthTracker(fakeClock().now);
    health.recordSuccess('keep', { latencyMs: 1 });
    health.recordSuccess('gone', { latencyMs: 1 });
    health.retainOnly(['keep']);
    assert.deepEqual(health.snapshot().map((row) => row.id), ['keep']);
  });

  it('snapshots every tracked deployment, JSON-safe', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now);
    health.recordSuccess('b', { latencyMs: 120, ttftMs: 30 });
    health.recordFailure('a', upstreamError(429, 2));
    assert.deepEqual(JSON.parse(JSON.stringify(health.snapshot())), [
      { id: 'a', state: 'closed', consecutiveFailures: 0, ewmaLatencyMs: null, ewmaTtftMs: null, cooldownUntil: clock.now() + 2_000, inFlight: 0, samples: 0 },
      { id: 'b', state: 'closed', consecutiveFailures: 0, ewmaLatencyMs: 120, ewmaTtftMs: 30, cooldownUntil: null, inFlight: 0, samples: 1 },
    ]);
  });
});
