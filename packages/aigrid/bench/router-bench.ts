import { performance } from 'node:perf_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import { HealthTracker, makeRouteSpec, planRoute, seededRandom, systemClock, type RequestFeatures, type StrategyName } from '../src/router/index.js';

/*
 * Router decision time: planRoute over a route of 100 deployments (mixed regions, locations,
 * context windows and prices, some with latency history), per strategy; then the same at 1,000
 * deployments, to see how it scales. Run with
 *   node --import tsx bench/router-bench.ts
 * Writes bench/results/router.json and router.md and prints the markdown tables.
 */

const SIZES = (process.env.ROUTER_BENCH_SIZES ?? "100,1000").split(",").map(Number);
const ITERATIONS = 20_000;
const WARMUP = 2_000;

function makeDeployments(count: number) {
  return Array.from({ length: count }, (_, index) => ({
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
}

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

function measure(size: number, strategy: StrategyName) {
  const deployments = makeDeployments(size);
  // The rule prefers a fifth of the route (20 of 100, 200 of 1,000).
  const preferred = deployments.slice(0, size / 5).map((d) => d.id);
  const route = makeRouteSpec({
    name: 'bench',
    strategy,
    deployments,
    rules: strategy === 'conditional' ? [{ when: { field: 'header.x-priority', equals: 'high' }, deployments: preferred, mode: 'prefer' }] : undefined,
  });
  const health = new HealthTracker(systemClock);
  for (let index = 0; index < size; index += 2) health.recordSuccess(`d${index}`, { latencyMs: 50 + index, ttftMs: 20 + index });
  const deps = { health, random: seededRandom(7), clock: systemClock };
  const samples: number[] = [];
  const iterations = ITERATIONS;
  const warmup = WARMUP;
  for (let index = 0; index < warmup + iterations; index++) {
    const started = performance.now();
    planRoute(route, features, deps);
    if (index >= warmup) samples.push((performance.now() - started) * 1000);
  }
  samples.sort((a, b) => a - b);
  return { deployments: size, strategy, iterations, p50Us: Number(quantile(samples, 0.5).toFixed(2)), p99Us: Number(quantile(samples, 0.99).toFixed(2)) };
}

const strategies: StrategyName[] = ['fallback', 'weighted', 'least-latency', 'lowest-cost', 'conditional'];
const results = SIZES.flatMap((size) => strategies.map((strategy) => measure(size, strategy)));
const table = SIZES.map((size) => {
  const rows = results.filter((row) => row.deployments === size);
  return [
    `Router decision time, ${size} deployments, ${rows[0].iterations} plans per strategy (µs)`,
    '',
    '| strategy | p50 µs | p99 µs |',
    '|---|---:|---:|',
    ...rows.map((row) => `| ${row.strategy} | ${row.p50Us} | ${row.p99Us} |`),
  ].join('\n');
}).join('\n\n');
process.stdout.write(`${table}\n`);
const out = new URL('./results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL('router.json', out),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, deployments: SIZES, iterations: ITERATIONS, results }, null, 2)}\n`,
);
writeFileSync(new URL('router.md', out), `${table}\n`);
