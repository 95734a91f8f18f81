import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GridError } from '../spec/grid-error.js';
import { HealthTracker } from './health/health-tracker.js';
import { routeFromModelList } from './model-list-route.js';
import { planModelList } from './plan-model-list.js';
import { seededRandom } from './router-deps.js';
import { deployment, fakeClock, features, routeOf, upstreamError } from '../../test/support/router/router-fixtures.js';
import type { RouteSpec } from './router-types.js';

const routes: Record<string, RouteSpec> = {
  'gpt-4o': routeOf([deployment('openai/gpt-4o'), deployment('azure/gpt-4o')], { name: 'gpt-4o', retries: { maxAttempts: 3 } }),
  claude: routeOf([deployment('anthropic/claude'), deployment('bedrock/claude')], { name: 'claude', strategy: 'weighted' }),
  shared: routeOf([deployment('azure/gpt-4o'), deployment('local/llama', { location: 'local' })], { name: 'shared' }),
};
const lookup = (name: string) => routes[name];

describe('routeFromModelList', () => {
  it('tries each named model in order, each deployment once', () => {
    const route = routeFromModelList(['gpt-4o', 'shared', 'claude'], lookup);
    assert.equal(route.name, 'gpt-4o,shared,claude');
    assert.equal(route.strategy, 'fallback');
    assert.deepEqual(
      route.deployments.map((d) => d.id),
      ['openai/gpt-4o', 'azure/gpt-4o', 'local/llama', 'anthropic/claude', 'bedrock/claude'],
    );
    assert.equal(route.retries.maxAttempts, 3);
  });

  it('rejects unknown models and empty lists', () => {
    assert.throws(() => routeFromModelList(['gpt-4o', 'nope'], lookup), (e: unknown) => e instanceof GridError && e.code === 'model_not_found' && e.param === 'models');
    assert.throws(() => routeFromModelList([], lookup), (e: unknown) => e instanceof GridError && e.code === 'invalid_request');
  });
});

describe('planModelList', () => {
  it("keeps each model's order and moves open circuits behind the next model's healthy deployments", () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now, { consecutiveFailures: 1 });
    health.recordFailure('openai/gpt-4o', upstreamError(500));
    const plan = planModelList(['gpt-4o', 'shared'], lookup, features({ allowedLocations: ['cloud'] }), {
      health,
      random: seededRandom(1),
      clock: clock.now,
    });
    assert.deepEqual(plan.ordered.map((d) => d.id), ['azure/gpt-4o', 'openai/gpt-4o']);
    assert.deepEqual(plan.filtered.map((f) => f.deployment.id), ['local/llama']);
    assert.match(plan.ranking[0].note, /^gpt-4o: /);
  });
});
