import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HealthTracker } from './health/health-tracker.js';
import { planRoute } from './plan-route.js';
import { seededRandom } from './router-deps.js';
import { deployment, fakeClock, features, routeOf, upstreamError } from '../../test/support/router/router-fixtures.js';

function setup() {
  const clock = fakeClock();
  const health = new HealthTracker(clock.now, { consecutiveFailures: 1 });
  return { clock, health, deps: { health, random: seededRandom(1), clock: clock.now } };
}

describe('planRoute', () => {
  it('filters, ranks and orders by health, keeping every reason', () => {
    const { health, deps } = setup();
    const route = routeOf(
      [
        deployment('cheap-small', { contextWindow: 8_000, pricing: { inputPerMTokMicros: 100_000, outputPerMTokMicros: 400_000 } }),
        deployment('broken', { pricing: { inputPerMTokMicros: 200_000, outputPerMTokMicros: 800_000 } }),
        deployment('dear', { pricing: { inputPerMTokMicros: 3_000_000, outputPerMTokMicros: 15_000_000 } }),
        deployment('unpriced'),
      ],
      { strategy: 'lowest-cost' },
    );
    health.recordFailure('broken', upstreamError(500));
    const plan = planRoute(route, features({ estimatedInputTokens: 20_000 }), deps);
    assert.deepEqual(plan.ordered.map((d) => d.id), ['dear', 'unpriced', 'broken']);
    assert.deepEqual(plan.ranking.map((r) => r.tier), ['healthy', 'healthy', 'open']);
    assert.equal(plan.filtered[0].deployment.id, 'cheap-small');
    assert.equal(plan.route, 'chat');
    assert.equal(plan.strategy, 'lowest-cost');
    assert.equal(plan.retries, route.retries);
  });

  it('adds deployments a conditional rule left out to the filtered list', () => {
    const { deps } = setup();
    const route = routeOf([deployment('a'), deployment('b')], {
      strategy: 'conditional',
      rules: [{ name: 'tenant-b', when: { field: 'tenant', equals: 'acme' }, deployments: ['b'] }],
    });
    const plan = planRoute(route, features({ tenant: 'acme' }), deps);
    assert.deepEqual(plan.ordered.map((d) => d.id), ['b']);
    assert.deepEqual(plan.filtered.map((f) => [f.deployment.id, f.reason]), [['a', 'not selected by tenant-b']]);
  });

  it('returns an empty order, with reasons, when nothing fits', () => {
    const { deps } = setup();
    const plan = planRoute(routeOf([deployment('a', { location: 'cloud' })]), features({ allowedLocations: ['local'] }), deps);
    assert.equal(plan.ordered.length, 0);
    assert.match(plan.filtered[0].reason, /location cloud not in allowed local/);
  });
});
