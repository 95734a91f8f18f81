import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startAigrid } from './aigrid-target.js';
import { threadTicks, threadTicksBetween } from './cpu-share.js';
import { embeddingsRequest } from './endpoint.js';
import { LatencyProbe, pairedRoundRatios } from './latency.js';
import { ascending, percentile } from './stats.js';
import { directTarget, startFloor, startMock, type Target } from './targets.js';

/*
 * Concurrency-1 comparison of gateway variants, interleaved in one run, with CPU per request of
 * each process's threads (from /proc), for profiling work (not part of `npm run bench`):
 *   node --import tsx bench/c1-probe.ts [--count 1000] [--rounds 12] [--warmup 3000]
 *        [--variant name:ENV=1,NODE_ARGS=--flag] [--variant name:@path/to/other/packages/aigrid] [--perf DIR]
 *        [--embeddings]
 * Without --variant one aigrid runs. Reports added p50 (target − direct) and its ratio to the floor's,
 * over all rounds pooled and as the median of the rounds' paired ratios (each round against the
 * floor's round next to it), with main-thread CPU per request as the median round's.
 */
const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '12' },
    warmup: { type: 'string', default: '3000' },
    variant: { type: 'string', multiple: true, default: [] },
    'node-arg': { type: 'string', multiple: true, default: [] },
    perf: { type: 'string' },
    // Embeddings requests (the core bench's, see EMBEDDINGS) instead of chat.
    embeddings: { type: 'boolean', default: false },
  },
});
const ticksUs = 10_000;
const workDir = mkdtempSync(join(tmpdir(), 'aigrid-c1-'));
const mock = await startMock(workDir, { streamChunks: 10, chunkIntervalMs: 5 });
const targets: Target[] = [directTarget(mock), await startFloor(mock, workDir, values['node-arg'])];
for (const spec of values.variant.length ? values.variant : ['aigrid:']) {
  const [name, rest = ''] = spec.split(/:(.*)/s);
  const packageDir = rest.startsWith('@') ? rest.slice(1) : undefined;
  const env: Record<string, string> = packageDir ? {} : Object.fromEntries(rest.split(',').filter(Boolean).map((kv) => kv.split(/=(.*)/s)));
  // NODE_ARGS: node flags for this variant alone (some, like --single-threaded-gc, NODE_OPTIONS refuses).
  const nodeArgs = [...values['node-arg'], ...(env.NODE_ARGS?.split(' ').filter(Boolean) ?? [])];
  delete env.NODE_ARGS;
  targets.push(await startAigrid(mock, workDir, nodeArgs, { name, env, packageDir }));
}
const probes = targets.map((t) => new LatencyProbe(t.endpoint, values.embeddings ? embeddingsRequest : undefined));
for (const p of probes) await p.run(Number(values.warmup), false);
// --perf DIR: a `perf record` call-graph profile of each gateway process while it is measured.
const perfs = values.perf
  ? targets.filter((t) => t.process).map((t) => spawn('perf', ['record', '-F', '4000', '-g', '-o', join(values.perf!, `${t.endpoint.name}.perf`), '-p', String(t.process!.pid)], { stdio: 'ignore' }))
  : [];
if (perfs.length) await new Promise((r) => setTimeout(r, 1500));
const count = Number(values.count);
const rounds = Number(values.rounds);
const cpu = targets.map(() => ({ main: 0, other: 0 }));
const mainPerRound: number[][] = targets.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < targets.length; i++) {
    const idx = (i + round) % targets.length;
    const pid = targets[idx].process?.pid;
    const before = pid ? threadTicks(pid) : undefined;
    await probes[idx].run(count, true);
    if (pid && before) {
      const used = threadTicksBetween(pid, before, threadTicks(pid));
      cpu[idx].main += used.main;
      cpu[idx].other += used.other;
      mainPerRound[idx].push((used.main * ticksUs) / count);
    }
  }
}
const results = probes.map((p) => p.result());
const direct = results[0].p50Ms;
const floorAdded = results[1].p50Ms - direct;
for (let i = 0; i < targets.length; i++) {
  const r = results[i];
  const added = r.p50Ms - direct;
  const us = (ticks: number) => Math.round((ticks * ticksUs) / (count * rounds));
  const paired = i >= 2 ? pairedRoundRatios(results[0].roundsP50Ms!, results[1].roundsP50Ms!, r.roundsP50Ms!) : undefined;
  const pairedText = paired ? `  rounds ×floor median ${paired.median.toFixed(2)} (${Math.min(...paired.ratios).toFixed(2)}–${Math.max(...paired.ratios).toFixed(2)})` : '';
  const medianMain = mainPerRound[i].length ? Math.round(percentile([...mainPerRound[i]].sort(ascending), 50)) : 0;
  console.log(
    `${targets[i].endpoint.name.padEnd(12)} p50 ${r.p50Ms.toFixed(3)}  added ${added.toFixed(3)}  ×floor ${(added / floorAdded).toFixed(2)}${pairedText}  mean ${r.meanMs.toFixed(3)}  cpu main ${us(cpu[i].main)} (median round ${medianMain}) other ${us(cpu[i].other)} µs/req  errors ${r.errors + r.non2xx}`,
  );
}
await Promise.all(probes.map((p) => p.close()));
for (const t of targets) await t.process?.stop();
await mock.stop();
