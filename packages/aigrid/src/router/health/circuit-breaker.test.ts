import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fakeClock } from '../../../test/support/router/router-fixtures.js';
import { CircuitBreaker } from './circuit-breaker.js';
import { DEFAULT_HEALTH_OPTIONS } from './health-types.js';

const options = { ...DEFAULT_HEALTH_OPTIONS, consecutiveFailures: 3, cooldownMs: 10_000, halfOpenProbes: 1 };

describe('CircuitBreaker', () => {
  it('goes closed → open → half-open → closed with a fake clock', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker(options);
    assert.equal(breaker.state(clock.now()), 'closed');
    breaker.onFailure(clock.now());
    breaker.onFailure(clock.now());
    assert.equal(breaker.state(clock.now()), 'closed');
    breaker.onFailure(clock.now());
    assert.equal(breaker.state(clock.now()), 'open');
    assert.equal(breaker.admit(clock.now()), undefined);
    assert.equal(breaker.reopensAt(), clock.now() + 10_000);

    clock.advance(9_999);
    assert.equal(breaker.state(clock.now()), 'open');
    clock.advance(1);
    assert.equal(breaker.state(clock.now()), 'half-open');
    assert.equal(breaker.admit(clock.now()), 'probe');
    // One probe at a time: the next request is refused until the probe finishes.
    assert.equal(breaker.admit(clock.now()), undefined);
    assert.equal(breaker.probeAvailable(clock.now()), false);

    breaker.onSuccess(clock.now());
    breaker.releaseProbe();
    assert.equal(breaker.state(clock.now()), 'closed');
    assert.equal(breaker.consecutiveFailures, 0);
    assert.equal(breaker.admit(clock.now()), 'pass');
  });

  it('reopens when the probe fails, restarting the cooldown', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker(options);
    for (let i = 0; i < 3; i += 1) breaker.onFailure(clock.now());
    clock.advance(10_000);
    assert.equal(breaker.admit(clock.now()), 'probe');
    breaker.onFailure(clock.now());
    breaker.releaseProbe();
    assert.equal(breaker.state(clock.now()), 'open');
    clock.advance(9_000);
    assert.equal(breaker.state(clock.now()), 'open');
    clock.advance(1_000);
    assert.equal(breaker.state(clock.now()), 'half-open');
  });

  it('opens on the failure rate over the window even without a long streak', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker({ ...options, consecutiveFailures: 100, failureRate: 0.5, minRequests: 10, windowMs: 60_000 });
    // Alternating success and failure: never 2 in a row, but a 50% failure rate.
    for (let i = 0; i < 9; i += 1) {
      if (i % 2 === 0) breaker.onFailure(clock.now());
      else breaker.onSuccess(clock.now());
      clock.advance(1_000);
    }
    assert.equal(breaker.state(clock.now()), 'closed');
    breaker.onSuccess(clock.now());
    breaker.onFailure(clock.now());
    assert.equal(breaker.state(clock.now()), 'open');
  });

  it('forgets failures that slid out of the window', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker({ ...options, consecutiveFailures: 100, failureRate: 0.5, minRequests: 4, windowMs: 10_000 });
    breaker.onFailure(clock.now());
    breaker.onFailure(clock.now());
    clock.advance(20_000);
    breaker.onSuccess(clock.now());
    breaker.onSuccess(clock.now());
    breaker.onSuccess(clock.now());
    breaker.onFailure(clock.now());
    assert.equal(breaker.state(clock.now()), 'closed');
  });

  it('admits a forced attempt while open (the last resort)', () => {
    const clock = fakeClock();
    const breaker = new CircuitBreaker(options);
    for (let i = 0; i < 3; i += 1) breaker.onFailure(clock.now());
    assert.equal(breaker.admit(clock.now(), true), 'pass');
  });
});
