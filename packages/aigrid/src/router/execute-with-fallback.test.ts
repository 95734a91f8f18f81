import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GridError } from '../spec/grid-error.js';
import { executeWithFallback } from './execute-with-fallback.js';
import { harness, scripted } from '../../test/support/router/execute-fixtures.js';
import { deployment, features, routeOf, upstreamError } from '../../test/support/router/router-fixtures.js';
import { RoutingError, attemptsOf } from './routing-error.js';

const trio = () => [deployment('a'), deployment('b'), deployment('c')];
const summary = (attempts: ReadonlyArray<{ deploymentId: string; outcome: string; decision: string }>) =>
  attempts.map((a) => `${a.deploymentId}:${a.outcome}:${a.decision}`);

describe('executeWithFallback', () => {
  it('returns the first success and records its latency', async () => {
    const h = harness();
    const attempt = scripted(h.clock, {}, 250);
    const run = await executeWithFallback(h.plan(routeOf(trio())), attempt, h.deps);
    assert.equal(run.result, 'answer from a');
    assert.equal(run.deployment.id, 'a');
    assert.deepEqual(summary(run.attempts), ['a:success:done']);
    assert.equal(run.attempts[0].durationMs, 250);
    assert.equal(h.health.health('a').ewmaLatencyMs, 250);
  });

  it('retries a 5xx with backoff, then falls back to the next deployment', async () => {
    const h = harness();
    const attempt = scripted(h.clock, { a: [upstreamError(500), upstreamError(502)] });
    const run = await executeWithFallback(h.plan(routeOf(trio())), attempt, h.deps);
    assert.deepEqual(attempt.calls, ['a', 'a', 'b']);
    assert.deepEqual(summary(run.attempts), ['a:error:retry', 'a:error:fallback', 'b:success:done']);
    assert.equal(run.attempts[1].note, 'maxAttempts 2 reached');
    assert.equal(h.sleep.waits.length, 1);
    assert.ok(h.sleep.waits[0] < 250);
    assert.equal(run.attempts[0].delayMs, h.sleep.waits[0]);
  });

  it('falls back on timeout and unreachable without retrying when maxAttempts is 1', async () => {
    const h = harness();
    const attempt = scripted(h.clock, {
      a: [new GridError('upstream_timeout', 'slow')],
      b: [new GridError('upstream_unreachable', 'down')],
    });
    const run = await executeWithFallback(h.plan(routeOf(trio(), { retries: { maxAttempts: 1 } })), attempt, h.deps);
    assert.deepEqual(attempt.calls, ['a', 'b', 'c']);
    assert.equal(run.result, 'answer from c');
  });

  it('moves on after auth and not-found failures without retrying them', async () => {
    const h = harness();
    const attempt = scripted(h.clock, { a: [upstreamError(401)], b: [upstreamError(404)] });
    const run = await executeWithFallback(h.plan(routeOf(trio(), { retries: { maxAttempts: 3 } })), attempt, h.deps);
    assert.deepEqual(attempt.calls, ['a', 'b', 'c']);
    assert.equal(run.attempts[0].note, 'not retryable');
  });

  it('stops at once on a bad request instead of spraying it at every provider', async () => {
    const h = harness();
    const attempt = scripted(h.clock, { a: [upstreamError(400)] });
    const error = await executeWithFallback(h.plan(routeOf(trio())), attempt, h.deps).catch((e: unknown) => e);
    assert.ok(error instanceof RoutingError && error instanceof GridError);
    assert.equal(error.code, 'upstream_bad_request');
    assert.equal(error.status, 400);
    assert.deepEqual(attempt.calls, ['a']);
    assert.deepEqual(summary(error.attempts), ['a:error:stop']);
    assert.equal(h.health.health('a').consecutiveFailures, 0);
  });

  it("waits a 429's retry-after when it fits under maxDelayMs, moves on when it does not", async () => {
    const h = harness();
    const attempt = scripted(h.clock, { a: [upstreamError(429, 1)], b: [upstreamError(429, 60)] });
    const route = routeOf([deployment('a'), deployment('b'), deployment('c')], { retries: { maxDelayMs: 2_000 } });
    const first = await executeWithFallback(h.plan(route), attempt, h.deps);
    assert.equal(first.result, 'answer from a');
    assert.deepEqual(h.sleep.waits, [1_000]);
    // A route whose primary asks for a minute's wait: not worth waiting for.
    const route2 = routeOf([deployment('b'), deployment('c')], { retries: { maxDelayMs: 2_000 } });
    const second = await executeWithFallback(h.plan(route2), attempt, h.deps);
    assert.deepEqual(h.sleep.waits, [1_000]);
    assert.equal(second.result, 'answer from c');
    assert.match(second.attempts[0].note ?? '', /retry-after 60s exceeds maxDelayMs 2000/);
  });

  it('throws the last non-retryable error when every candidate fails, with the attempts attached', async () => {
    const h = harness();
    const attempt = scripted(h.clock, { a: [upstreamError(401)], b: [upstreamError(503), upstreamError(503)] });
    const error = await executeWithFallback(h.plan(routeOf(trio().slice(0, 2))), attempt, h.deps).catch((e: unknown) => e);
    assert.ok(error instanceof GridError);
    assert.equal(error.code, 'upstream_auth_failed');
    assert.deepEqual(summary(attemptsOf(error) ?? []), ['a:error:fallback', 'b:error:retry', 'b:error:fallback']);
  });

  it('throws the last error when all failures were retryable, keeping retry-after', async () => {
    const h = harness();
    const attempt = scripted(h.clock, { a: [upstreamError(500), upstreamError(500)], b: [upstreamError(429, 9)] });
    const error = await executeWithFallback(h.plan(routeOf(trio().slice(0, 2))), attempt, h.deps).catch((e: unknown) => e);
    assert.ok(error instanceof GridError);
    assert.equal(error.code, 'upstream_rate_limited');
    assert.equal(error.retryAfterSeconds, 9);
  });

  it('limits retries per request across deployments', async () => {
    const h = harness();
    const failing = Array.from({ length: 3 }, () => upstreamError(503));
    const attempt = scripted(h.clock, { a: [...failing], b: [...failing], c: [...failing] });
    const route = routeOf(trio(), { retries: { maxAttempts: 3 } });
    await executeWithFallback(h.plan(route), attempt, h.deps).catch(() => undefined);
    assert.deepEqual(attempt.calls, ['a', 'a', 'a', 'b', 'c']);
  });

  it('passes the first-token timeout to the attempt and records time to first token', async () => {
    const h = harness();
    const route = routeOf([deployment('a')], { timeouts: { firstTokenMs: 1_500 } });
    const seen: Array<number | undefined> = [];
    await executeWithFallback(
      h.plan(route),
      async (_deployment, signal, attemptNumber, context) => {
        seen.push(context.firstTokenMs, attemptNumber);
        assert.equal(signal.aborted, false);
        h.clock.advance(40);
        context.markFirstToken();
        h.clock.advance(400);
        return 'ok';
      },
      h.deps,
    );
    assert.deepEqual(seen, [1_500, 1]);
    assert.equal(h.health.health('a').ewmaTtftMs, 40);
    assert.equal(h.health.health('a').ewmaLatencyMs, 440);
  });

  it('throws a 4xx naming every reason when no deployment fits', async () => {
    const h = harness();
    const route = routeOf([deployment('a', { contextWindow: 1_000 })]);
    const error = await executeWithFallback(h.plan(route, features({ estimatedInputTokens: 5_000 })), scripted(h.clock, {}), h.deps).catch(
      (e: unknown) => e,
    );
    assert.ok(error instanceof GridError);
    assert.equal(error.code, 'invalid_request');
    assert.match(error.message, /a: context window 1000 < 5000 tokens needed/);
  });
});
