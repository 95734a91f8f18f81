import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAigrid, startAigrid } from './aigrid-target.js';
import { measureLatency } from './latency.js';
import { machineInfo } from './machine-info.js';
import type { ServerProcess } from './processes.js';
import { addDeltas, computeRatios, evaluateChecks, renderChecks, renderRatios, renderTable, type TargetResult } from './report.js';
import { smokeCheck } from './smoke-check.js';
import { measureStreams } from './stream-client.js';
import { benchDir, directTarget, startFloor, startMock, startPortkey, type Target } from './targets.js';
import { measureThroughput } from './throughput.js';

/*
 * `npm run bench`: direct, floor, aigrid and portkey against one mock upstream, in one run.
 * Flags: --quick (smaller counts, for trying the harness), --skip-build, --only=floor,portkey
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name: string) => !only || only.includes(name);

const settings = {
  mock: { streamChunks: 10, chunkIntervalMs: 5 },
  latency: quick ? { warmup: 50, count: 200, rounds: 2 } : { warmup: 200, count: 2000, rounds: 4 },
  throughput: quick ? { connections: 50, durationS: 1, warmupS: 1 } : { connections: 50, durationS: 5, warmupS: 1 },
  stream: quick ? { warmup: 3, count: 20 } : { warmup: 10, count: 200 },
};

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const startedAt = Date.now();
const workDir = mkdtempSync(join(tmpdir(), 'aigrid-bench-'));
const machine = machineInfo();
const results = new Map<string, TargetResult>();
const targets: Target[] = [];

const note = (name: string, error: unknown) => {
  const result = results.get(name) ?? { name, ok: false };
  const message = error instanceof Error ? error.message : String(error);
  result.error = result.error ? `${result.error}\n${message}` : message;
  results.set(name, result);
  log(`${name}: ${message.split('\n')[0]}`);
};

const starters: Array<[string, (mock: ServerProcess) => Promise<Target>]> = [
  ['direct', async (mock) => directTarget(mock)],
  ['floor', (mock) => startFloor(mock, workDir)],
  [
    'aigrid',
    async (mock) => {
      if (!args.includes('--skip-build')) await buildAigrid();
      return startAigrid(mock, workDir);
    },
  ],
  ['portkey', (mock) => startPortkey(mock, workDir)],
];

log(`work dir ${workDir}`);
const mock = await startMock(workDir, settings.mock);
for (const [name, start] of starters) {
  if (!wanted(name)) continue;
  results.set(name, { name, ok: false });
  try {
    log(`starting ${name}`);
    const target = await start(mock);
    if (target.process) targets.push(target); // so it is stopped even if the smoke check fails
    await smokeCheck(target.endpoint);
    if (!target.process) targets.push(target);
    results.get(name)!.ok = true;
  } catch (error) {
    note(name, error);
  }
}
const ready = targets.filter((t) => results.get(t.endpoint.name)?.ok);
const endpoints = ready.map((t) => t.endpoint);

log(`latency at c=1: ${settings.latency.count} requests per target`);
for (const [name, latency] of await measureLatency(endpoints, settings.latency)) results.get(name)!.latency = latency;

for (const endpoint of endpoints) {
  log(`throughput: ${endpoint.name}`);
  try {
    results.get(endpoint.name)!.throughput = await measureThroughput(endpoint, settings.throughput);
  } catch (error) {
    note(endpoint.name, error);
  }
}

for (const endpoint of endpoints) {
  log(`streams: ${endpoint.name}`);
  try {
    results.get(endpoint.name)!.stream = await measureStreams(endpoint, settings.stream);
  } catch (error) {
    note(endpoint.name, error);
  }
}

for (const target of targets) {
  if (!target.process) continue;
  const kb = await target.process.stop();
  const result = results.get(target.endpoint.name);
  if (result && kb) result.peakRssMb = kb / 1024;
}
const mockKb = await mock.stop();
if (results.get('direct') && mockKb) results.get('direct')!.peakRssMb = mockKb / 1024;

const all = [...results.values()];
addDeltas(all);
const ratios = computeRatios(all);
const checks = evaluateChecks(all, ratios);
const failed = all.filter((t) => t.error);
const date = new Date().toISOString().slice(0, 10);

const markdown = [
  `# aigrid core benchmark (${date})`,
  '',
  `${machine.cpus}× ${machine.cpuModel}, Node ${machine.node}; mock upstream zero-delay JSON, streams of ${settings.mock.streamChunks} chunks ${settings.mock.chunkIntervalMs} ms apart. ` +
    `c=1: ${settings.latency.count} requests after ${settings.latency.warmup} warm-up; saturation: ${settings.throughput.connections} connections × ${settings.throughput.durationS} s; ` +
    `streams: ${settings.stream.count} at c=1. "added" = target − direct. The direct column's RSS is the mock's.`,
  '',
  renderTable(all),
  '',
  renderRatios(ratios),
  '',
  renderChecks(checks),
  ...(failed.length ? ['', '## Problems', '', ...failed.map((t) => `- **${t.name}**: ${t.error!.replace(/\n/g, '\n  ')}`)] : []),
  '',
].join('\n');

const resultsDir = join(benchDir, 'results');
mkdirSync(resultsDir, { recursive: true });
const json = { date, durationS: Math.round((Date.now() - startedAt) / 1000), machine, settings, targets: all, ratios, checks };
writeFileSync(join(resultsDir, `${date}-core.json`), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync(join(resultsDir, 'latest.md'), markdown);
process.stdout.write(markdown);

// Logs are only worth keeping when something went wrong.
if (failed.length) log(`server logs kept in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
log(`done in ${json.durationS} s`);
