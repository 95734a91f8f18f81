import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { executeWithFallback } from './execute-with-fallback.js';
import { harness, scripted } from '../../test/support/router/execute-fixtures.js';
import { explainHeaderValue, explainPlan, routeHeaderValue } from './explain.js';
import { deployment, features, routeOf, upstreamError } from '../../test/support/router/router-fixtures.js';

async function explained() {
  const h = harness();
  const route = routeOf([deployment('a'), deployment('b'), deployment('small', { contextWindow: 10 })], { retries: { maxAttempts: 1 } });
  const plan = h.plan(route, features());
  const run = await executeWithFallback(plan, scripted(h.clock, { a: [upstreamError(503)] }), h.deps);
  return { plan, run };
}

describe('explainPlan', () => {
  it('summarises candidates, filtered deployments and attempts, JSON-safe', async () => {
    const { plan, run } = await explained();
    const explanation = explainPlan(plan, run.attempts);
    assert.deepEqual(JSON.parse(JSON.stringify(explanation)), explanation);
    assert.equal(explanation.chosen, 'b');
    assert.deepEqual(explanation.candidates.map((c) => [c.id, c.tier]), [['a', 'healthy'], ['b', 'healthy']]);
    assert.deepEqual(explanation.filtered, [{ id: 'small', reason: 'context window 10 < 1000 tokens needed (input)' }]);
    assert.deepEqual(
      explanation.attempts.map((a) => [a.id, a.n, a.outcome, a.decision, a.code, a.status]),
      [
        ['a', 1, 'error', 'fallback', 'upstream_overloaded', 503],
        ['b', 2, 'success', 'done', undefined, undefined],
      ],
    );
    assert.equal(routeHeaderValue(run.attempts), 'b');
  });

  it('makes a header-safe value that fits the limit', async () => {
    const { plan, run } = await explained();
    const explanation = explainPlan(plan, run.attempts);
    const full = explainHeaderValue(explanation);
    assert.deepEqual(JSON.parse(full), JSON.parse(JSON.stringify(explanation)));
    const short = explainHeaderValue(explanation, 400);
    assert.ok(short.length <= 400);
    const parsed = JSON.parse(short);
    assert.ok(parsed.truncated >= 1);
    assert.equal(parsed.attempts.length, 2);
    const unicode = explainHeaderValue({ ...explanation, route: 'modèle' });
    assert.match(unicode, /mod\\u00e8le/);
    assert.ok(/^[\x20-\x7e]*$/.test(unicode));
  });
});
