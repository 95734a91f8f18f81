import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HealthTracker } from '../health/health-tracker.js';
import { seededRandom } from '../router-deps.js';
import { deployment, fakeClock, features } from '../../../test/support/router/router-fixtures.js';
import { lowestCostStrategy } from './lowest-cost-strategy.js';

const priced = (id: string, input: number, output: number, batchDiscountPercent?: number) =>
  deployment(id, { pricing: { inputPerMTokMicros: input, outputPerMTokMicros: output, batchDiscountPercent } });

const rank = (list: ReturnType<typeof deployment>[], request = features(), health = new HealthTracker(fakeClock().now)) =>
  lowestCostStrategy(list, { features: request, health, random: seededRandom(1) }).ranking;

describe('lowestCostStrategy', () => {
  it('puts the cheapest first by input and expected output cost', () => {
    // 1,000 input + 512 expected output tokens.
    const list = [priced('premium', 3_000_000, 15_000_000), priced('mini', 150_000, 600_000), priced('mid', 1_000_000, 4_000_000)];
    const ranking = rank(list);
    assert.deepEqual(ranking.map((entry) => entry.deployment.id), ['mini', 'mid', 'premium']);
    assert.equal(ranking[0].score, (1_000 * 150_000 + 512 * 600_000) / 1_000_000);
  });

  it('weighs output by max_tokens when the request sets it', () => {
    // Cheap input, dear output vs the reverse: a long answer flips the order.
    const list = [priced('cheap-in', 100_000, 10_000_000), priced('cheap-out', 2_000_000, 1_000_000)];
    assert.equal(rank(list, features({ maxOutputTokens: 10 }))[0].deployment.id, 'cheap-in');
    assert.equal(rank(list, features({ maxOutputTokens: 4_000 }))[0].deployment.id, 'cheap-out');
  });

  it('applies batch discounts to batch requests only', () => {
    const list = [priced('steady', 1_000_000, 4_000_000), priced('batchy', 1_500_000, 6_000_000, 50)];
    assert.equal(rank(list)[0].deployment.id, 'steady');
    const batch = rank(list, features({ latencyClass: 'batch' }));
    assert.equal(batch[0].deployment.id, 'batchy');
    assert.match(batch[0].note, /50% batch discount/);
  });

  it('ranks unknown prices last, not first', () => {
    const list = [deployment('unknown'), priced('half', 1_000_000, undefined as unknown as number), priced('known', 5_000_000, 20_000_000)];
    const ranking = rank(list);
    assert.deepEqual(ranking.map((entry) => entry.deployment.id), ['known', 'unknown', 'half']);
    assert.equal(ranking[1].note, 'price unknown: ranked last');
  });

  it('breaks exact ties by latency for interactive requests, by config order for batch', () => {
    const health = new HealthTracker(fakeClock().now);
    for (let i = 0; i < 3; i += 1) {
      health.recordSuccess('a', { latencyMs: 800 });
      health.recordSuccess('b', { latencyMs: 200 });
    }
    const list = [priced('a', 1_000_000, 1_000_000), priced('b', 1_000_000, 1_000_000)];
    assert.equal(rank(list, features(), health)[0].deployment.id, 'b');
    assert.equal(rank(list, features({ latencyClass: 'batch' }), health)[0].deployment.id, 'a');
  });
});
