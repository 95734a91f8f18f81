import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { executeWithFallback } from './execute-with-fallback.js';
import { harness, scripted } from '../../test/support/router/execute-fixtures.js';
import { deployment, routeOf, upstreamError } from '../../test/support/router/router-fixtures.js';

describe('executeWithFallback and circuit breakers', () => {
  it('skips a deployment whose circuit opened after the plan was made', async () => {
    const h = harness({ health: { consecutiveFailures: 1 } });
    const plan = h.plan(routeOf([deployment('a'), deployment('b')]));
    h.health.recordFailure('a', upstreamError(500));
    const attempt = scripted(h.clock, {});
    const run = await executeWithFallback(plan, attempt, h.deps);
    assert.deepEqual(attempt.calls, ['b']);
    assert.equal(run.attempts[0].outcome, 'skipped');
    assert.equal(run.attempts[0].note, 'circuit open');
  });

  it('still tries an open circuit when nothing else remains', async () => {
    const h = harness({ health: { consecutiveFailures: 1 } });
    h.health.recordFailure('a', upstreamError(500));
    h.health.recordFailure('b', upstreamError(500));
    const attempt = scripted(h.clock, {});
    const run = await executeWithFallback(h.plan(routeOf([deployment('a'), deployment('b')])), attempt, h.deps);
    assert.deepEqual(attempt.calls, ['a']);
    assert.equal(h.health.health('a').state, 'closed');
    assert.equal(run.result, 'answer from a');
  });

  it('does not retry a deployment whose circuit the failure just opened', async () => {
    const h = harness({ health: { consecutiveFailures: 1 } });
    const attempt = scripted(h.clock, { a: [upstreamError(503)] });
    const run = await executeWithFallback(h.plan(routeOf([deployment('a'), deployment('b')], { retries: { maxAttempts: 3 } })), attempt, h.deps);
    assert.deepEqual(attempt.calls, ['a', 'b']);
    assert.equal(run.attempts[0].note, 'circuit open');
  });

  it('probes a half-open deployment and closes it on success', async () => {
    const h = harness({ health: { consecutiveFailures: 1, cooldownMs: 5_000 } });
    h.health.recordFailure('a', upstreamError(500));
    h.clock.advance(5_000);
    const probes: boolean[] = [];
    await executeWithFallback(
      h.plan(routeOf([deployment('a'), deployment('b')])),
      async (d, _signal, _n, context) => {
        probes.push(context.probe);
        return d.id;
      },
      h.deps,
    );
    assert.deepEqual(probes, [true]);
    assert.equal(h.health.health('a').state, 'closed');
  });
});
