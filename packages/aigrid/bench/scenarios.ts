import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { aigridPackage } from './aigrid-target.js';
import { measureLatency } from './latency.js';
import { freePort, startServer, type ServerProcess } from './processes.js';
import { measureStreams } from './stream-client.js';
import { packageDir } from './targets.js';
import { measureThroughput } from './throughput.js';

/*
 * The gateway with its features on, side by side in one run against the same mocks:
 *   core         one model, auth + request log (the core benchmark's aigrid column)
 *   routed       a 3-deployment route with a privacy policy, so the guard classifies every prompt
 *   metered      budgets, rate limits and the usage ledger on (embedded SQLite)
 *   translated   OpenAI ingress to an Anthropic upstream (request, response and stream translation)
 *   scaled-out   `metered` on two gateway processes sharing PostgreSQL and Redis; load is split
 *                over both (25 + 25 connections) and their requests/s summed
 * Each is reported against `core`. Run: node --import tsx bench/scenarios.ts (after npm run build).
 */

const { cli } = aigridPackage();
const work = mkdtempSync(join(tmpdir(), 'aigrid-scenarios-'));

const PROVIDERS = (openai: number, anthropic: number) => `
provider "mock" {
  type     = "openai-compatible"
  base_url = "http://127.0.0.1:${openai}/v1"
  api_key  = "sk-mock"
}
provider "mock-local" {
  type     = "vllm"
  base_url = "http://127.0.0.1:${openai}/v1"
}
provider "claude" {
  type     = "anthropic"
  base_url = "http://127.0.0.1:${anthropic}"
  api_key  = "sk-ant"
}
model_card "openai-compatible/bench-model" {
  input_price  = 0.15
  output_price = 0.6
}`;

const SCENARIOS: Record<string, string> = {
  core: `model "bench" {
  provider = "mock"
  upstream_model = "bench-model"
}`,
  routed: `route "bench" {
  deployment {
    provider = "mock"
    model    = "bench-model"
  }
  deployment {
    provider = "mock"
    model    = "bench-model-2"
  }
  deployment {
    provider = "mock-local"
    model    = "bench-model"
  }
}
policy "pii" {
  on_sensitive = "local-only"
}`,
  metered: `model "bench" {
  provider = "mock"
  upstream_model = "bench-model"
  card = "openai-compatible/bench-model"
}
tenant "default" {}
budget "monthly" {
  scope  = "tenant:default"
  amount = 1000000
}
limit "rate" {
  scope               = "tenant:default"
  requests_per_minute = 10000000
  tokens_per_minute   = 1000000000
}`,
  translated: `model "bench" {
  provider = "claude"
  upstream_model = "claude-bench"
}`,
};

async function startAigrid(name: string, body: string, openai: number, anthropic: number, shared = '', key?: string, env?: NodeJS.ProcessEnv): Promise<{ server: ServerProcess; key: string }> {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const config = join(dir, 'aigrid.hcl');
  writeFileSync(config, `${shared}\ndata_dir = "${join(dir, 'data')}"\nserver {\n  port = ${port}\n}\n${PROVIDERS(openai, anthropic)}\n${body}\n`);
  const secret = key ?? JSON.parse(execFileSync(process.execPath, [cli, 'keys', 'create', '--name', 'bench', '--create-tenant', '--json', '--config', config], { encoding: 'utf8', env: { ...process.env, ...env } })).secret;
  const server = await startServer({ name, args: [cli, 'serve', '--config', config], port, logPath: join(dir, 'serve.log'), readyUrl: (p) => `http://127.0.0.1:${p}/readyz`, cwd: dir, env });
  return { server, key: secret };
}

const POSTGRES = process.env.AIGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.AIGRID_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Two metered gateways on one fresh PostgreSQL database and the shared Redis. */
async function scaledOut(openai: number, anthropic: number) {
  const database = `aigrid_bench_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(POSTGRES);
  url.pathname = `/${database}`;
  const shared = `database = "${url}"\nredis = "${REDIS}"`;
  // Gateways sharing one audit log sign its checkpoints with one key (docs/audit.md).
  const env = { AIGRID_AUDIT_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
  const first = await startAigrid('scaled-out-a', SCENARIOS.metered, openai, anthropic, shared, undefined, env);
  const second = await startAigrid('scaled-out-b', SCENARIOS.metered, openai, anthropic, shared, first.key, env);
  const drop = async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  };
  return { servers: [first.server, second.server], key: first.key, drop };
}

const mockArgs = (file: string) => ['--import', 'tsx', join('bench', file), '10', '5'];
const openaiMock = await startServer({ name: 'openai-mock', args: mockArgs('mock-server.ts'), logPath: join(work, 'openai-mock.log'), readyUrl: (p) => `http://127.0.0.1:${p}/v1/models`, cwd: packageDir });
const anthropicMock = await startServer({ name: 'anthropic-mock', args: mockArgs('anthropic-mock-server.ts'), logPath: join(work, 'anthropic-mock.log'), readyUrl: (p) => `http://127.0.0.1:${p}/`, cwd: packageDir });

const rows: Array<Record<string, number | string>> = [];
for (const [name, body] of Object.entries(SCENARIOS)) {
  process.stderr.write(`[scenarios] ${name}\n`);
  const { server, key } = await startAigrid(name, body, openaiMock.port, anthropicMock.port);
  const endpoint = { name, origin: `http://127.0.0.1:${server.port}`, path: '/v1/chat/completions', headers: { authorization: `Bearer ${key}` }, model: 'bench' };
  const latency = (await measureLatency([endpoint], { warmup: 200, count: 1500, rounds: 1 })).get(name)!;
  const throughput = await measureThroughput(endpoint, { connections: 50, durationS: 4, warmupS: 2 });
  const streams = await measureStreams(endpoint, { warmup: 10, count: 100 });
  const rssKb = await server.stop();
  rows.push({
    scenario: name,
    p50: latency.p50Ms,
    p99: latency.p99Ms,
    rps: Math.round(throughput.rps),
    errors: throughput.errors + throughput.non2xx,
    ttfc: streams.ttfcP50Ms,
    gap: streams.gapMeanMs,
    gapP99: streams.gapP99Ms,
    rssMb: Math.round((rssKb ?? 0) / 102.4) / 10,
  });
}
{
  process.stderr.write('[scenarios] scaled-out\n');
  const { servers, key, drop } = await scaledOut(openaiMock.port, anthropicMock.port);
  const endpoints = servers.map((server, index) => ({ name: `scaled-out-${index}`, origin: `http://127.0.0.1:${server.port}`, path: '/v1/chat/completions', headers: { authorization: `Bearer ${key}` }, model: 'bench' }));
  const latency = (await measureLatency([endpoints[0]], { warmup: 200, count: 1500, rounds: 1 })).get(endpoints[0].name)!;
  const both = await Promise.all(endpoints.map((endpoint) => measureThroughput(endpoint, { connections: 25, durationS: 4, warmupS: 2 })));
  const streams = await measureStreams(endpoints[0], { warmup: 10, count: 100 });
  const rss = await Promise.all(servers.map((server) => server.stop()));
  await drop();
  rows.push({
    scenario: 'scaled-out (2 processes)',
    p50: latency.p50Ms,
    p99: latency.p99Ms,
    rps: Math.round(both.reduce((sum, result) => sum + result.rps, 0)),
    errors: both.reduce((sum, result) => sum + result.errors + result.non2xx, 0),
    ttfc: streams.ttfcP50Ms,
    gap: streams.gapMeanMs,
    gapP99: streams.gapP99Ms,
    rssMb: Math.round(Math.max(...rss.map((kb) => kb ?? 0)) / 102.4) / 10,
  });
}
await openaiMock.stop();
await anthropicMock.stop();

const core = rows[0];
const ratio = (value: number, base: number) => (base ? (value / base).toFixed(2) : '–');
const table = [
  '# aigrid feature scenarios',
  '',
  `Node ${process.version}. Same mocks for all (JSON zero-delay; streams of 10 chunks 5 ms apart). c=1: 1500 requests; saturation: 50 connections × 4 s; 100 streams. Ratios against \`core\`.`,
  '',
  '| scenario | c=1 p50 ms | c=1 p99 ms | rps @50 | errors | stream TTFC p50 ms | gap mean ms | gap p99 ms | peak RSS MB | p50 × core | rps × core |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.scenario} | ${row.p50} | ${row.p99} | ${row.rps} | ${row.errors} | ${row.ttfc} | ${row.gap} | ${row.gapP99} | ${row.rssMb} | ${ratio(row.p50 as number, core.p50 as number)} | ${ratio(row.rps as number, core.rps as number)} |`),
].join('\n');
process.stdout.write(`${table}\n`);
const results = join(packageDir, 'bench', 'results');
mkdirSync(results, { recursive: true });
writeFileSync(join(results, 'scenarios.md'), `${table}\n`);
writeFileSync(join(results, 'scenarios.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
