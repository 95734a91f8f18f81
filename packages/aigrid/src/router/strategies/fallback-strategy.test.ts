import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HealthTracker } from '../health/health-tracker.js';
import { seededRandom } from '../router-deps.js';
import { deployment, fakeClock, features } from '../../../test/support/router/router-fixtures.js';
import { fallbackStrategy } from './fallback-strategy.js';

describe('fallbackStrategy', () => {
  it('keeps config order whatever the latency class or health', () => {
    const clock = fakeClock();
    const health = new HealthTracker(clock.now);
    health.recordSuccess('b', { latencyMs: 1 });
    const list = [deployment('a'), deployment('b'), deployment('c')];
    for (const latencyClass of ['interactive', 'batch'] as const) {
      const { ranking } = fallbackStrategy(list, { features: features({ latencyClass }), health, random: seededRandom(1) });
      assert.deepEqual(
        ranking.map((entry) => [entry.deployment.id, entry.note]),
        [
          ['a', 'config position 1'],
          ['b', 'config position 2'],
          ['c', 'config position 3'],
        ],
      );
    }
  });
});
