import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAigrid, startAigrid } from './aigrid-target.js';
import { foreignShare, sampleTicks } from './cpu-share.js';
import { measureLatency, pairedRoundRatios } from './latency.js';
import { machineInfo } from './machine-info.js';
import { peakRssKb, type ServerProcess } from './processes.js';
import { addDeltas, computeRatios, evaluateChecks, renderMarkdown, type TargetResult } from './report.js';
import { smokeCheck } from './smoke-check.js';
import { measureStreams } from './stream-client.js';
import { embeddingsRequest, EMBEDDINGS } from './endpoint.js';
import { benchDir, directTarget, startFloor, startMock, startPortkey, type Target } from './targets.js';
import { measureThroughputRounds, pairedRoundShares } from './throughput.js';

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
  // Warm-up long enough to pass the first seconds after start, which read up to 4× slower (see docs/benchmarks.md).
  latency: quick ? { warmup: 300, count: 200, rounds: 2 } : { warmup: 3000, count: 4000, rounds: 8 },
  throughput: quick ? { connections: 50, durationS: 1, warmupS: 1, rounds: 1 } : { connections: 50, durationS: 4, warmupS: 3, rounds: 3 },
  stream: quick ? { warmup: 3, count: 20 } : { warmup: 10, count: 200 },
  embeddings: quick ? { warmup: 20, count: 40, rounds: 2 } : { warmup: 300, count: 1000, rounds: 4 },
};

const percent = (share: number | undefined) => (share === undefined ? 'an unknown share' : `${Math.round(share * 1000) / 10}%`);
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
const benchPids = [process.pid, mock.pid, ...targets.flatMap((t) => (t.process ? [t.process.pid] : []))];
const ticksAtStart = sampleTicks(benchPids);

// A scenario that lost requests is reported next to its numbers, not hidden in them.
const countFailures = (name: string, scenario: string, r: { errors: number; non2xx: number; firstError?: string }) => {
  if (r.errors + r.non2xx > 0) note(name, `${scenario}: ${r.errors} errors, ${r.non2xx} non-2xx${r.firstError ? ` (first: ${r.firstError})` : ''}`);
};

log(`latency at c=1: ${settings.latency.count} requests per target`);
for (const [name, latency] of await measureLatency(endpoints, settings.latency)) {
  results.get(name)!.latency = latency;
  countFailures(name, 'c=1', latency);
}

log(`throughput: ${settings.throughput.rounds} interleaved rounds of ${settings.throughput.durationS} s per target`);
const loaded = endpoints.map((endpoint) => ({ endpoint, pid: targets.find((target) => target.endpoint === endpoint)?.process?.pid }));
for (const [name, throughput] of await measureThroughputRounds(loaded, settings.throughput, (endpoint, error) => note(endpoint.name, error))) {
  results.get(name)!.throughput = throughput;
  countFailures(name, '50 connections', { errors: throughput.errors + throughput.timeouts, non2xx: throughput.non2xx });
}

for (const endpoint of endpoints) {
  log(`streams: ${endpoint.name}`);
  try {
    const stream = await measureStreams(endpoint, settings.stream);
    results.get(endpoint.name)!.stream = stream;
    countFailures(endpoint.name, 'streams', stream);
  } catch (error) {
    note(endpoint.name, error);
  }
}

const foreignCpuShare = foreignShare(ticksAtStart, sampleTicks(benchPids));

// Peak RSS of the chat phases: the embeddings phase (answers of tens of kB) comes after, so that
// it moves none of the chat numbers or the targets' memory.
for (const target of targets) {
  const kb = target.process && peakRssKb(target.process.pid);
  const result = results.get(target.endpoint.name);
  if (result && kb) result.peakRssMb = kb / 1024;
}
const mockKb = peakRssKb(mock.pid);
if (results.get('direct') && mockKb) results.get('direct')!.peakRssMb = mockKb / 1024;

log(`embeddings at c=1: ${settings.embeddings.count} requests per target`);
for (const [name, latency] of await measureLatency(endpoints, settings.embeddings, embeddingsRequest)) {
  results.get(name)!.embeddings = latency;
  countFailures(name, 'embeddings', latency);
}

for (const target of targets) await target.process?.stop();
await mock.stop();

const all = [...results.values()];
addDeltas(all);
const ratios = computeRatios(all);
const checks = evaluateChecks(all, ratios);
const failed = all.filter((t) => t.error);
const date = new Date().toISOString().slice(0, 10);
const { latency, throughput, stream, embeddings, mock: pacing } = settings;
const loadAverageAtEnd = loadavg().map((load) => Math.round(load * 100) / 100);
// Other work on the machine skews every column; say so rather than let a table mislead. Judged by
// CPU others used during the measurements: the load average lags by minutes either way.
const busy = foreignCpuShare === undefined || foreignCpuShare > 0.05;
// The c=1 target's ratio round by round: a cross-check on the pooled one, less swayed by drift.
const roundsOf = (name: string) => results.get(name)?.latency?.roundsP50Ms;
const c1Rounds = roundsOf('direct') && roundsOf('floor') && roundsOf('aigrid') ? pairedRoundRatios(roundsOf('direct')!, roundsOf('floor')!, roundsOf('aigrid')!) : undefined;
const rpsRoundsOf = (name: string) => results.get(name)?.throughput?.roundsRps;
const rpsShares = rpsRoundsOf('floor') && rpsRoundsOf('aigrid') ? pairedRoundShares(rpsRoundsOf('floor')!, rpsRoundsOf('aigrid')!) : undefined;
const markdown = renderMarkdown({
  date,
  preamble:
    `${machine.cpus}× ${machine.cpuModel}, Node ${machine.node}. Mock upstream: zero-delay JSON; streams of ${pacing.streamChunks} chunks ${pacing.chunkIntervalMs} ms apart. ` +
    `c=1: ${latency.count} requests after ${latency.warmup} warm-up; saturation: ${throughput.connections} connections, ${throughput.rounds} interleaved rounds of ${throughput.durationS} s after ${throughput.warmupS} s warm-up (median round shown); ` +
    `streams: ${stream.count} at c=1; embeddings: ${embeddings.count} at c=1 after ${embeddings.warmup} warm-up, ${EMBEDDINGS.inputs} inputs × ${EMBEDDINGS.dimensions} dimensions a request. ` +
    '"added" = target − direct, same run. ⚠ = requests failed.',
  targets: all,
  ratios,
  checks,
  notes: [
    'The direct column\'s peak RSS is the mock upstream\'s (run under the tsx loader, ~28 MB of it tsx).',
    'Portkey runs with a copy-the-headers patch for Portkey-AI/gateway#1389 (see bench/portkey-serve-shim.mjs).',
    "Portkey holds a stream's first chunk for 25 ms (a setTimeout in its stream reader): that is its added TTFC, and why its mean gap is short (held chunks arrive together).",
    ...(c1Rounds
      ? [`aigrid's added p50 at c=1 as a multiple of the floor's, round by round (each against the floor's round beside it): ${c1Rounds.ratios.join(' / ')}; median ${c1Rounds.median}×.`]
      : []),
    // The VM reports no steal time: direct's own rounds are the gauge of how fast the machine was.
    ...(roundsOf('direct')?.length
      ? [`direct's p50 at c=1, round by round: ${roundsOf('direct')!.join(' / ')} ms (its spread shows how much the machine's speed moved during the c=1 phase).`]
      : []),
    ...(rpsShares
      ? [`aigrid's rps as a share of the floor's, round by round (each against the floor's round of the same pass): ${rpsShares.shares.map((share) => `${Math.round(share * 100)}%`).join(' / ')}; median ${Math.round(rpsShares.median * 100)}%.`]
      : []),
    `rps in each saturation round (in the order run): ${all
      .filter((t) => t.throughput?.roundsRps)
      .map((t) => `${t.name} ${t.throughput!.roundsRps!.map((rps) => Math.round(rps)).join(' / ')}`)
      .join('; ')}.`,
    ...(quick ? ['--quick run: small samples, for checking the harness only.'] : []),
    `Other processes used ${percent(foreignCpuShare)} of the machine's CPU time while we measured (1-minute load average before the run: ${machine.loadAverageAtStart[0]}).` +
      (busy ? ' **The machine was busy: treat these numbers as noisy.**' : ''),
  ],
});

const json = { date, durationS: Math.round((Date.now() - startedAt) / 1000), machine: { ...machine, loadAverageAtEnd, foreignCpuShare }, settings, targets: all, ratios, checks };
// A --quick run only checks the harness; it must not replace real results.
if (!quick) {
  const resultsDir = join(benchDir, 'results');
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(join(resultsDir, `${date}-core.json`), `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'latest.md'), markdown);
}
process.stdout.write(markdown);

// Logs are only worth keeping when something went wrong.
if (failed.length) log(`server logs kept in ${workDir}`);
else rmSync(workDir, { recursive: true, force: true });
log(`done in ${json.durationS} s`);
