import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startAigrid } from './aigrid-target.js';
import { threadTicks, threadTicksBetween } from './cpu-share.js';
import { chatBody, jsonHeaders } from './endpoint.js';
import { startFloor, startMock } from './targets.js';

/*
 * Where a target's CPU goes, for profiling work (not part of `npm run bench`):
 *   node --import tsx bench/profile-target.ts [--target aigrid|floor] [--rate 2000] [--connections 10]
 *                                             [--seconds 8] [--cpu-prof DIR] [--node-arg=--trace-gc …]
 * Drives the target at a fixed rate (--rate 0: as fast as it goes) after a 3 s warm-up, then
 * prints rps and the CPU time per request of its main thread and of its other threads (GC
 * helpers, the SQLite insert thread), from /proc. --cpu-prof writes a V8 CPU profile of the
 * target (sampled every 100 µs) into DIR when it stops. A fixed rate below saturation keeps the
 * machine uncontended, so a profile's busy samples are the target's own work.
 */
const { values } = parseArgs({
  options: {
    target: { type: 'string', default: 'aigrid' },
    rate: { type: 'string', default: '2000' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '8' },
    'cpu-prof': { type: 'string' },
    'node-arg': { type: 'string', multiple: true, default: [] },
  },
});
const rate = Number(values.rate);
const ticksUs = 10_000; // /proc counts clock ticks of 10 ms

const workDir = mkdtempSync(join(tmpdir(), 'aigrid-profile-'));
const mock = await startMock(workDir, { streamChunks: 10, chunkIntervalMs: 5 });
const nodeArgs = [...(values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${values['cpu-prof']}`, '--cpu-prof-interval=100'] : []), ...values['node-arg']];
const target = values.target === 'floor' ? await startFloor(mock, workDir, nodeArgs) : await startAigrid(mock, workDir, nodeArgs);
const { endpoint } = target;
const load = (duration: number) =>
  autocannon({
    url: endpoint.origin + endpoint.path,
    method: 'POST',
    headers: { ...jsonHeaders, ...endpoint.headers },
    body: chatBody(endpoint.model, false),
    connections: Number(values.connections),
    ...(rate > 0 ? { overallRate: rate } : {}),
    duration,
  });
try {
  await load(3);
  const pid = target.process!.pid;
  const before = threadTicks(pid);
  const result = await load(Number(values.seconds));
  const after = threadTicks(pid);
  const used = threadTicksBetween(pid, before, after);
  const requests = result.requests.total;
  const perRequest = (ticks: number) => Math.round((ticks * ticksUs) / requests);
  process.stdout.write(
    `${JSON.stringify({
      target: values.target,
      rps: Math.round(result.requests.average),
      requests,
      non2xx: result.non2xx,
      mainThreadUsPerRequest: perRequest(used.main),
      otherThreadsUsPerRequest: perRequest(used.other),
    })}\n`,
  );
} finally {
  await target.process!.stop();
  await mock.stop();
}
