import type { CancelSignal } from '../spec/cancel-signal.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GridError } from '../spec/grid-error.js';
import type { AttemptFunction } from './attempt-types.js';
import { executeWithFallback } from './execute-with-fallback.js';
import { harness } from '../../test/support/router/execute-fixtures.js';
import { systemClock, systemSleep } from './router-deps.js';
import { deployment, routeOf, upstreamError } from '../../test/support/router/router-fixtures.js';

// These use real timers (a few milliseconds) because they test promptness itself.
const hang: AttemptFunction<string> = () => new Promise<string>(() => {});

describe('executeWithFallback under aborts and deadlines', () => {
  it('stops promptly when the client leaves, even if the attempt ignores its signal', async () => {
    const h = harness();
    const client = new AbortController();
    const calls: string[] = [];
    const attempt: AttemptFunction<string> = (d) => {
      calls.push(d.id);
      return hang(d, client.signal, 1, undefined as never);
    };
    setTimeout(() => client.abort(), 20);
    const started = Date.now();
    const error = await executeWithFallback(h.plan(routeOf([deployment('a'), deployment('b')])), attempt, h.deps, { signal: client.signal }).catch(
      (e: unknown) => e,
    );
    assert.ok(Date.now() - started < 1_000);
    assert.ok(error instanceof GridError);
    assert.equal(error.code, 'client_closed_request');
    assert.deepEqual(calls, ['a']);
    assert.equal(h.health.health('a').consecutiveFailures, 0);
    assert.equal(h.health.health('a').inFlight, 0);
  });

  it('aborts the attempt signal when the client leaves', async () => {
    const h = harness();
    const client = new AbortController();
    let seen: CancelSignal | undefined;
    const attempt: AttemptFunction<string> = (_d, signal) => {
      seen = signal;
      return new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    };
    setTimeout(() => client.abort(), 5);
    await executeWithFallback(h.plan(routeOf([deployment('a')])), attempt, h.deps, { signal: client.signal }).catch(() => undefined);
    assert.equal(seen?.aborted, true);
  });

  it('stops during a backoff wait when the client leaves', async () => {
    const h = harness();
    const client = new AbortController();
    const deps = { ...h.deps, sleep: systemSleep, random: () => 0.99 };
    const route = routeOf([deployment('a'), deployment('b')], { retries: { baseDelayMs: 5_000, maxDelayMs: 5_000 } });
    const calls: string[] = [];
    const attempt: AttemptFunction<string> = async (d) => {
      calls.push(d.id);
      throw upstreamError(503);
    };
    setTimeout(() => client.abort(), 20);
    const started = Date.now();
    const error = await executeWithFallback(h.plan(route), attempt, deps, { signal: client.signal }).catch((e: unknown) => e);
    assert.ok(Date.now() - started < 1_000);
    assert.equal((error as GridError).code, 'client_closed_request');
    assert.deepEqual(calls, ['a']);
  });

  it('bounds the whole request by timeouts.totalMs', async () => {
    const h = harness();
    const deps = { ...h.deps, clock: systemClock };
    const route = routeOf([deployment('a'), deployment('b')], { timeouts: { totalMs: 30 } });
    const started = Date.now();
    const error = await executeWithFallback(h.plan(route), hang, deps).catch((e: unknown) => e);
    assert.ok(Date.now() - started < 1_000);
    assert.ok(error instanceof GridError);
    assert.equal(error.code, 'upstream_timeout');
    assert.equal(error.status, 504);
    assert.equal(h.health.health('b').samples + h.health.health('b').inFlight, 0);
  });

  it('does not start a wait that would outlast the total timeout', async () => {
    const h = harness();
    const route = routeOf([deployment('a'), deployment('b')], { retries: { baseDelayMs: 2_000, maxDelayMs: 2_000 }, timeouts: { totalMs: 1_000 } });
    const calls: string[] = [];
    const attempt: AttemptFunction<string> = async (d) => {
      calls.push(d.id);
      if (d.id === 'a') throw upstreamError(503, 1.5);
      return 'ok';
    };
    const run = await executeWithFallback(h.plan(route), attempt, h.deps);
    assert.deepEqual(calls, ['a', 'b']);
    assert.equal(run.attempts[0].note, 'no time left to wait before the total timeout');
  });
});
