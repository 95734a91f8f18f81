import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAigrid, startAigrid } from './aigrid-target.js';
import { foreignShare, sampleTicks } from './cpu-share.js';
import { measureLatency, pairedRoundRatios } from './latency.js';
import { machineInfo } from './machine-info.js';
import { peakRssKb, rssKb, type ServerProcess } from './processes.js';
import { addDeltas, computeRatios, CORE, evaluateChecks, HEADLINE, renderMarkdown, type ScaleOutFigures, type TargetResult } from './report.js';
import { measureScaleOut, type ScaleOutResult } from './scale-out.js';
import { smokeCheck } from './smoke-check.js';
import { measureStreams } from './stream-client.js';
import { embeddingsRequest, EMBEDDINGS } from './endpoint.js';
import { benchDir, directTarget, startFloor, startMock, startPortkey, type Target } from './targets.js';
import { measureThroughputRounds, pairedRoundShares } from './throughput.js';

/*
 * `npm run bench`: direct, floor, aigrid with governance on (the headline), aigrid's core
 * configuration and portkey against one mock upstream, in one run; then the governance-on
 * gateway scaled out (two processes, PostgreSQL, Redis) against the embedded one.
 * Flags: --quick (smaller counts, for trying the harness), --skip-build,
 * --only=floor,aigrid-governed,aigrid-core,portkey,scaled-out ("aigrid" means both aigrid columns)
 */
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (name: string) => !only || only.includes(name) || (name.startsWith('aigrid-') && only.includes('aigrid'));

const settings = {
  mock: { streamChunks: 10, chunkIntervalMs: 5 },
  // Warm-up long enough to pass the first seconds after start, which read up to 4× slower (see docs/benchmarks.md).
  latency: quick ? { warmup: 300, count: 200, rounds: 2 } : { warmup: 3000, count: 4000, rounds: 8 },
  throughput: quick ? { connections: 50, durationS: 1, warmupS: 1, rounds: 1 } : { connections: 50, durationS: 4, warmupS: 3, rounds: 3 },
  stream: quick ? { warmup: 3, count: 20 } : { warmup: 10, count: 200 },
  embeddings: quick ? { warmup: 20, count: 40, rounds: 2 } : { warmup: 300, count: 1000, rounds: 4 },
  // Embedded against scaled out, alternating; CPU per request is the figure, so rounds are short.
  scaleOut: quick ? { connections: 50, durationS: 1, warmupS: 1, rounds: 1 } : { connections: 50, durationS: 3, warmupS: 2, rounds: 3 },
  idlePauseMs: 1000,
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

let built: Promise<void> | undefined;
const build = () => (built ??= args.includes('--skip-build') ? Promise.resolve() : buildAigrid());
const labels: Record<string, string> = { [HEADLINE]: 'aigrid (governance on)', [CORE]: 'aigrid (core)' };
const starters: Array<[string, (mock: ServerProcess) => Promise<Target>]> = [
  ['direct', async (mock) => directTarget(mock)],
  ['floor', (mock) => startFloor(mock, workDir)],
  // The headline: tenant budget, rate/token/concurrency limits, a priced model, the usage ledger.
  [HEADLINE, async (mock) => (await build(), startAigrid(mock, workDir, [], { name: HEADLINE, governance: true }))],
  // The core configuration: a virtual key and the request log (and an unpriced usage event).
  [CORE, async (mock) => (await build(), startAigrid(mock, workDir, [], { name: CORE }))],
  ['portkey', (mock) => startPortkey(mock, workDir)],
];

log(`work dir ${workDir}`);
const mock = await startMock(workDir, settings.mock);
for (const [name, start] of starters) {
  if (!wanted(name)) continue;
  results.set(name, { name, label: labels[name], ok: false });
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
// Idle RSS: every target started, warmed up by the c=1 warm-up, then left a moment without load.
const readIdleRss = async () => {
  await new Promise((resolve) => setTimeout(resolve, settings.idlePauseMs));
  for (const target of ready) {
    const kb = target.process && rssKb(target.process.pid);
    if (kb) results.get(target.endpoint.name)!.idleRssMb = kb / 1024;
  }
};
for (const [name, latency] of await measureLatency(endpoints, { ...settings.latency, afterWarmup: readIdleRss })) {
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

// Scaled out: needs PostgreSQL (and starts its own redis-server); compared with the embedded
// headline gateway, which is still running.
let scaleOut: ScaleOutResult | undefined;
let scaleOutProblem: string | undefined;
const headline = ready.find((t) => t.endpoint.name === HEADLINE);
if (wanted('scaled-out') && headline) {
  try {
    scaleOut = await measureScaleOut(mock, workDir, headline, settings.scaleOut, log);
    if (scaleOut.scaledOut.errors + scaleOut.embedded.errors > 0) note(HEADLINE, `scale-out: ${scaleOut.scaledOut.errors} failed requests scaled out, ${scaleOut.embedded.errors} embedded`);
  } catch (error) {
    scaleOutProblem = `scale-out did not run: ${(error as Error).message.split('\n')[0]}`;
    note(HEADLINE, `scale-out did not run: ${(error as Error).message}`);
  }
} else scaleOutProblem = wanted('scaled-out') ? 'scale-out needs the governance-on target' : 'not run (--only)';

for (const target of targets) await target.process?.stop();
await mock.stop();

const all = [...results.values()];
addDeltas(all);
const ratios = computeRatios(all);
const scaleOutFigures: ScaleOutFigures | undefined = scaleOut && {
  embeddedCpuUs: scaleOut.embedded.cpuUsPerRequest,
  scaledOutCpuUs: scaleOut.scaledOut.cpuUsPerRequest,
  cpuRatio: scaleOut.cpuRatio,
  redisRoundTripsPerRequest: scaleOut.redis.roundTripsPerRequest,
  errors: scaleOut.embedded.errors + scaleOut.scaledOut.errors,
};
const checks = evaluateChecks(all, scaleOutFigures, scaleOutProblem);
const failed = all.filter((t) => t.error);
const date = new Date().toISOString().slice(0, 10);
const { latency, throughput, stream, embeddings, mock: pacing } = settings;
const loadAverageAtEnd = loadavg().map((load) => Math.round(load * 100) / 100);
// Other work on the machine skews every column; say so rather than let a table mislead. Judged by
// CPU others used during the measurements: the load average lags by minutes either way.
const busy = foreignCpuShare === undefined || foreignCpuShare > 0.05;
// The c=1 target's ratio round by round: a cross-check on the pooled one, less swayed by drift.
const roundsOf = (name: string) => results.get(name)?.latency?.roundsP50Ms;
const c1Rounds = (name: string) =>
  roundsOf('direct') && roundsOf('floor') && roundsOf(name) ? pairedRoundRatios(roundsOf('direct')!, roundsOf('floor')!, roundsOf(name)!) : undefined;
const rpsRoundsOf = (name: string) => results.get(name)?.throughput?.roundsRps;
const rpsShares = (name: string) => (rpsRoundsOf('floor') && rpsRoundsOf(name) ? pairedRoundShares(rpsRoundsOf('floor')!, rpsRoundsOf(name)!) : undefined);
const aigrids = [HEADLINE, CORE].filter((name) => results.get(name)?.ok);
const c1Notes = aigrids.flatMap((name) => {
  const paired = c1Rounds(name);
  return paired ? [`${labels[name]}: added p50 at c=1 as a multiple of the floor's, round by round (each against the floor's round beside it): ${paired.ratios.join(' / ')}; median ${paired.median}×.`] : [];
});
const rpsNotes = aigrids.flatMap((name) => {
  const paired = rpsShares(name);
  return paired
    ? [`${labels[name]}: rps as a share of the floor's, round by round (each against the floor's round of the same pass): ${paired.shares.map((share) => `${Math.round(share * 100)}%`).join(' / ')}; median ${Math.round(paired.median * 100)}%.`]
    : [];
});
const scaleOutSection = scaleOut
  ? [
      '## Scaled out',
      '',
      `The governance-on gateway as two processes sharing one PostgreSQL database and ${scaleOut.redis.source}, ${Math.ceil(settings.scaleOut.connections / 2)} + ${Math.ceil(settings.scaleOut.connections / 2)} connections, against the embedded governance-on gateway (SQLite) at ${settings.scaleOut.connections}, in ${settings.scaleOut.rounds} alternating rounds of ${settings.scaleOut.durationS} s (median round). CPU per request counts every process that serves the requests; PostgreSQL's background processes (WAL writer, checkpointer), shared with other databases, are not counted.`,
      '',
      '| | embedded | scaled out |',
      '|---|---:|---:|',
      `| rps (sum of both gateways) | ${scaleOut.embedded.rps} | ${scaleOut.scaledOut.rps} |`,
      `| CPU per request, all processes (µs) | ${scaleOut.embedded.cpuUsPerRequest} | ${scaleOut.scaledOut.cpuUsPerRequest} |`,
      `| of which gateways / PostgreSQL backends / redis-server (µs) | ${scaleOut.embedded.cpuUsPerRequest} / – / – | ${scaleOut.scaledOut.byProcess.gateways} / ${scaleOut.scaledOut.byProcess.postgres} / ${scaleOut.scaledOut.byProcess.redis} |`,
      `| CPU per request, round by round (µs) | ${scaleOut.embedded.roundsCpuUs.join(' / ')} | ${scaleOut.scaledOut.roundsCpuUs.join(' / ')} |`,
      `| failed requests | ${scaleOut.embedded.errors} | ${scaleOut.scaledOut.errors} |`,
      `| Redis round trips per request (EVALSHA/EVAL calls) | – | ${scaleOut.redis.roundTripsPerRequest} |`,
      `| Redis commands per request, those inside scripts included | – | ${scaleOut.redis.commandsPerRequest} (${Object.entries(scaleOut.redis.perCommand).map(([command, calls]) => `${command} ${calls}`).join(', ')}) |`,
    ].join('\n')
  : `## Scaled out\n\nNot measured in this run: ${scaleOutProblem}.`;
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
  sections: [scaleOutSection],
  notes: [
    'The direct column\'s peak RSS is the mock upstream\'s (run under the tsx loader, ~28 MB of it tsx).',
    'Governance on: the key\'s tenant declared with a money budget (hard, monthly), rate, token and concurrency limits, and the model priced by a model card, so every request reserves, is admitted, priced and settled into the usage ledger. Core: the same key and request log, no budget, no limits, an unpriced model.',
    `Portkey runs its own bin (\`gateway --port=N --headless\`, NODE_ENV=production) with @hono/node-server ${machine.versions.honoNodeServer ?? '?'} pinned for it by the root package.json's overrides (newer node-server fails Portkey 1.15's streams, Portkey-AI/gateway#1389).`,
    "Portkey holds a stream's first chunk for 25 ms (a setTimeout in its stream reader): that is its added TTFC, and why its mean gap is short (held chunks arrive together).",
    ...c1Notes,
    // The VM reports no steal time: direct's own rounds are the gauge of how fast the machine was.
    ...(roundsOf('direct')?.length
      ? [`direct's p50 at c=1, round by round: ${roundsOf('direct')!.join(' / ')} ms (its spread shows how much the machine's speed moved during the c=1 phase).`]
      : []),
    ...rpsNotes,
    `rps in each saturation round (in the order run): ${all
      .filter((t) => t.throughput?.roundsRps)
      .map((t) => `${t.name} ${t.throughput!.roundsRps!.map((rps) => Math.round(rps)).join(' / ')}`)
      .join('; ')}.`,
    ...(quick ? ['--quick run: small samples, for checking the harness only.'] : []),
    `Other processes used ${percent(foreignCpuShare)} of the machine's CPU time while we measured the chat phases (load average before the run: ${machine.loadAverageAtStart.join(' / ')}; after: ${loadAverageAtEnd.join(' / ')}; ${machine.cpus} CPUs).` +
      (busy ? ' **The machine was busy: treat these numbers as noisy.**' : ''),
  ],
});

const json = { date, durationS: Math.round((Date.now() - startedAt) / 1000), machine: { ...machine, loadAverageAtEnd, foreignCpuShare }, settings, targets: all, ratios, checks, scaleOut: scaleOut ?? { problem: scaleOutProblem } };
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
