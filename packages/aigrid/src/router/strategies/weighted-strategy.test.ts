import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HealthTracker } from '../health/health-tracker.js';
import { seededRandom } from '../router-deps.js';
import { deployment, fakeClock, features } from '../../../test/support/router/router-fixtures.js';
import { weightedStrategy } from './weighted-strategy.js';

const clock = fakeClock();

describe('weightedStrategy', () => {
  it('spreads first attempts by weight within 1.5 points over 10,000 seeded draws', () => {
    const list = [deployment('a', { weight: 1 }), deployment('b', { weight: 3 }), deployment('c', { weight: 6 })];
    const context = { features: features(), health: new HealthTracker(clock.now), random: seededRandom(42) };
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    const draws = 10_000;
    for (let i = 0; i < draws; i += 1) counts[weightedStrategy(list, context).ranking[0].deployment.id] += 1;
    for (const [id, expected] of [['a', 0.1], ['b', 0.3], ['c', 0.6]] as const) {
      assert.ok(Math.abs(counts[id] / draws - expected) < 0.015, `${id}: ${counts[id]}`);
    }
  });

  it('returns every candidate once, weight 0 last and never first', () => {
    const list = [deployment('zero', { weight: 0 }), deployment('a'), deployment('b')];
    const context = { features: features({ latencyClass: 'batch' }), health: new HealthTracker(clock.now), random: seededRandom(7) };
    for (let i = 0; i < 200; i += 1) {
      const ids = weightedStrategy(list, context).ranking.map((entry) => entry.deployment.id);
      assert.equal(ids.length, 3);
      assert.equal(ids[2], 'zero');
      assert.deepEqual([...ids].sort(), ['a', 'b', 'zero']);
    }
  });

  it('keeps config order when every weight is 0', () => {
    const list = [deployment('a', { weight: 0 }), deployment('b', { weight: 0 })];
    const { ranking } = weightedStrategy(list, { features: features(), health: new HealthTracker(clock.now), random: seededRandom(1) });
    assert.deepEqual(ranking.map((entry) => entry.deployment.id), ['a', 'b']);
  });

  it('orders interactive fallbacks by latency, batch fallbacks by further weighted draws', () => {
    const health = new HealthTracker(clock.now);
    for (let i = 0; i < 3; i += 1) {
      health.recordSuccess('slow', { latencyMs: 900 });
      health.recordSuccess('fast', { latencyMs: 100 });
    }
    // The head weighs 1000 against 1+1, so it is drawn first nearly always.
    const list = [deployment('head', { weight: 1000 }), deployment('slow', { weight: 1 }), deployment('fast', { weight: 1 })];
    const random = seededRandom(3);
    let interactiveFastSecond = 0;
    let batchFastSecond = 0;
    for (let i = 0; i < 400; i += 1) {
      const interactive = weightedStrategy(list, { features: features(), health, random }).ranking;
      const batch = weightedStrategy(list, { features: features({ latencyClass: 'batch' }), health, random }).ranking;
      if (interactive[0].deployment.id === 'head' && interactive[1].deployment.id === 'fast') interactiveFastSecond += 1;
      if (batch[0].deployment.id === 'head' && batch[1].deployment.id === 'fast') batchFastSecond += 1;
    }
    assert.ok(interactiveFastSecond > 390, `interactive ${interactiveFastSecond}`);
    assert.ok(batchFastSecond > 150 && batchFastSecond < 250, `batch ${batchFastSecond}`);
  });
});
