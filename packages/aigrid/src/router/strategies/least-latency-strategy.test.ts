import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HealthTracker } from '../health/health-tracker.js';
import { seededRandom } from '../router-deps.js';
import { deployment, fakeClock, features } from '../../../test/support/router/router-fixtures.js';
import { leastLatencyStrategy } from './least-latency-strategy.js';

const list = [deployment('slow'), deployment('fast'), deployment('medium')];
const latencies: Record<string, number> = { slow: 900, fast: 100, medium: 400 };

function warmed(): HealthTracker {
  const health = new HealthTracker(fakeClock().now);
  for (let i = 0; i < 5; i += 1) {
    for (const [id, latencyMs] of Object.entries(latencies)) health.recordSuccess(id, { latencyMs, ttftMs: latencyMs / 10 });
  }
  return health;
}

function heads(health: HealthTracker, runs: number, seed: number, request = features()): Record<string, number> {
  const counts: Record<string, number> = {};
  const context = { features: request, health, random: seededRandom(seed) };
  for (let i = 0; i < runs; i += 1) {
    const id = leastLatencyStrategy(list, context).ranking[0].deployment.id;
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

describe('leastLatencyStrategy', () => {
  it('picks the fastest most often after warm-up, and still explores the slowest now and then', () => {
    const counts = heads(warmed(), 10_000, 11);
    // Two-of-three choice: fast wins whenever drawn (2/3), medium beats slow (1/3), plus 5% exploration.
    assert.ok(counts.fast > 6_200 && counts.fast < 6_900, `fast ${counts.fast}`);
    assert.ok(counts.medium > 2_900 && counts.medium < 3_500, `medium ${counts.medium}`);
    assert.ok(counts.slow > 60 && counts.slow < 300, `slow ${counts.slow}`);
  });

  it('orders fallbacks fastest first', () => {
    const { ranking } = leastLatencyStrategy(list, { features: features(), health: warmed(), random: seededRandom(5) });
    const rest = ranking.slice(1).map((entry) => entry.score ?? Infinity);
    assert.deepEqual(rest, [...rest].sort((a, b) => a - b));
    assert.equal(ranking.length, 3);
  });

  it('explores cold deployments until they have samples', () => {
    const health = warmed();
    const withNew = [...list, deployment('new')];
    const context = { features: features(), health, random: seededRandom(9) };
    let newFirst = 0;
    for (let i = 0; i < 1_000; i += 1) if (leastLatencyStrategy(withNew, context).ranking[0].deployment.id === 'new') newFirst += 1;
    // Drawn into the pair half the time (1 − C(3,2)/C(4,2)) and then it wins.
    assert.ok(newFirst > 420 && newFirst < 580, `new ${newFirst}`);
    const last = leastLatencyStrategy([deployment('fast'), deployment('new')], { ...context, explorationRate: 0 }).ranking;
    assert.equal(last[0].deployment.id, 'new');
    assert.match(last[0].note, /cold/);
  });

  it('uses time to first token for streams and counts attempts in flight', () => {
    const health = new HealthTracker(fakeClock().now);
    for (let i = 0; i < 3; i += 1) {
      health.recordSuccess('a', { latencyMs: 1_000, ttftMs: 50 });
      health.recordSuccess('b', { latencyMs: 500, ttftMs: 300 });
    }
    const pair = [deployment('a'), deployment('b')];
    const stream = features({ needs: { tools: false, vision: false, jsonSchema: false, streaming: true } });
    const context = { health, random: seededRandom(2), explorationRate: 0 };
    assert.equal(leastLatencyStrategy(pair, { ...context, features: stream }).ranking[0].deployment.id, 'a');
    assert.equal(leastLatencyStrategy(pair, { ...context, features: features() }).ranking[0].deployment.id, 'b');
    const leases = Array.from({ length: 6 }, () => health.acquire('a'));
    assert.equal(leastLatencyStrategy(pair, { ...context, features: stream }).ranking[0].deployment.id, 'b');
    for (const lease of leases) lease?.release();
  });
});
