import { performance } from 'node:perf_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import { HealthTracker, makeRouteSpec, planRoute, seededRandom, systemClock, type RequestFeatures, type StrategyName } from '../src/router/index.js';

/*
 * Router decision time: planRoute over a route of 100 deployments (mixed regions, locations,
 * context windows and prices, some with latency history), per strategy. Run with
 *   node --import tsx bench/router-bench.ts
 * Writes bench/results/router.json and prints a markdown table.
 */

const DEPLOYMENTS = 100;
const ITERATIONS = 20_000;
const WARMUP = 2_000;

const deployments = Array.from({ length: DEPLOYMENTS }, (_, index) => ({
  id: `d${index}`,
  provider: `p${index % 7}`,
  upstreamModel: `m${index}`,
  region: ['us', 'eu', 'asia'][index % 3],
  location: (index % 10 === 0 ? 'local' : 'cloud') as 'local' | 'cloud',
  weight: 1 + (index % 5),
  contextWindow: [8_192, 32_768, 128_000, 200_000][index % 4],
  pricing: { inputPerMTokMicros: 100_000 + index * 7_919, outputPerMTokMicros: 400_000 + index * 3_571, batchDiscountPercent: index % 2 ? 50 : undefined },
  capabilities: { tools: index % 3 !== 0, vision: index % 2 === 0 },
}));

const features: RequestFeatures = {
  estimatedInputTokens: 12_000,
  maxOutputTokens: 1_000,
  needs: { tools: true, vision: false, jsonSchema: false, streaming: true },
  tenant: 'acme',
  keyId: 'key_1',
  headers: { 'x-priority': 'high' },
  params: {},
  latencyClass: 'interactive',
  allowedRegions: ['eu', 'us'],
};

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

function measure(strategy: StrategyName) {
  const route = makeRouteSpec({
    name: 'bench',
    strategy,
    deployments,
    rules: strategy === 'conditional' ? [{ when: { field: 'header.x-priority', equals: 'high' }, deployments: deployments.slice(0, 20).map((d) => d.id), mode: 'prefer' }] : undefined,
  });
  const health = new HealthTracker(systemClock);
  for (let index = 0; index < DEPLOYMENTS; index += 2) health.recordSuccess(`d${index}`, { latencyMs: 50 + index, ttftMs: 20 + index });
  const deps = { health, random: seededRandom(7), clock: systemClock };
  const samples: number[] = [];
  for (let index = 0; index < WARMUP + ITERATIONS; index++) {
    const started = performance.now();
    planRoute(route, features, deps);
    if (index >= WARMUP) samples.push((performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { strategy, p50Us: Number(quantile(samples, 0.5).toFixed(2)), p99Us: Number(quantile(samples, 0.99).toFixed(2)) };
}

const strategies: StrategyName[] = ['fallback', 'weighted', 'least-latency', 'lowest-cost', 'conditional'];
const results = strategies.map(measure);
const table = [
  `Router decision time, ${DEPLOYMENTS} deployments, ${ITERATIONS} plans per strategy (µs)`,
  '',
  '| strategy | p50 µs | p99 µs |',
  '|---|---:|---:|',
  ...results.map((row) => `| ${row.strategy} | ${row.p50Us} | ${row.p99Us} |`),
].join('\n');
process.stdout.write(`${table}\n`);
const out = new URL('./results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('router.json', out), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, deployments: DEPLOYMENTS, iterations: ITERATIONS, results }, null, 2)}\n`);
writeFileSync(new URL('router.md', out), `${table}\n`);
