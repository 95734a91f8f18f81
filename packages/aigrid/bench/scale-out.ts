import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startAigrid } from './aigrid-target.js';
import { processTicks } from './cpu-share.js';
import { freePort, logTail, type ServerProcess } from './processes.js';
import { smokeCheck } from './smoke-check.js';
import { ascending, percentile } from './stats.js';
import type { Target } from './targets.js';
import { measureThroughput, type ThroughputResult } from './throughput.js';

/*
 * The scaled-out figure, in the core run: the governance-on gateway as two processes sharing one
 * PostgreSQL database and one Redis, load split 25 + 25 connections, against the embedded
 * governance-on gateway (SQLite in its process) at 50 connections, in alternating rounds. Judged
 * by CPU time per request of every process that serves the requests (both gateways, their
 * PostgreSQL backends, redis-server), which a 2-core machine shared by the load generator and
 * the mock distorts far less than requests/s. Redis commands are counted from INFO commandstats.
 */

const POSTGRES = process.env.AIGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const TICK_US = 10_000; // USER_HZ = 100

/** Commands a client sends to run a script: each is one round trip. */
const SCRIPT_ENTRIES = new Set(['eval', 'evalsha', 'eval_ro', 'evalsha_ro', 'fcall', 'fcall_ro']);

export interface ScaleOutOptions {
  connections: number;
  durationS: number;
  warmupS: number;
  rounds: number;
}

interface Side {
  rps: number;
  requests: number;
  cpuUsPerRequest: number;
  errors: number;
  roundsCpuUs: number[];
}

export interface ScaleOutResult {
  embedded: Side;
  scaledOut: Side & {
    /** CPU µs per request of the median round, by process kind. */
    byProcess: { gateways: number; postgres: number; redis: number };
  };
  /** scaledOut.cpuUsPerRequest / embedded.cpuUsPerRequest (medians over rounds). */
  cpuRatio: number;
  redis: {
    /** Where the counts come from (the bench's own redis-server, or a shared one). */
    source: string;
    /** EVAL/EVALSHA calls per request: each one round trip, and the only commands the gateways send per request. */
    roundTripsPerRequest: number;
    /** Every command Redis ran per request, those inside scripts included. */
    commandsPerRequest: number;
    perCommand: Record<string, number>;
  };
}

function parseCommandStats(info: string): Map<string, number> {
  const calls = new Map<string, number>();
  for (const match of info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1].toLowerCase(), Number(match[2]));
  return calls;
}

async function ownRedis(workDir: string): Promise<{ url: string; child?: ChildProcess; source: string }> {
  const port = await freePort();
  const fd = openSync(join(workDir, 'redis.log'), 'a');
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', fd, fd] });
  closeSync(fd);
  const failed = new Promise<Error>((resolve) => child.once('error', resolve));
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {}); // refused until redis-server listens: the loop retries
    try {
      const spawnError = await Promise.race([failed, client.connect().then(() => undefined)]);
      if (spawnError) throw spawnError;
      await client.ping();
      client.disconnect();
      return { url, child, source: `the bench's own redis-server on port ${port}` };
    } catch (error) {
      client.disconnect();
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill('SIGKILL');
  // No redis-server to start: the shared one, whose counts include other clients' work.
  const shared = process.env.AIGRID_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  return { url: shared, source: `the shared Redis at ${shared} (counts include other clients: redis-server could not be started: ${logTail(join(workDir, 'redis.log'), 3)})` };
}

const median = (values: number[]) => percentile([...values].sort(ascending), 50);

/** Runs the scale-out comparison; throws when PostgreSQL or a gateway cannot be set up. */
export async function measureScaleOut(mock: ServerProcess, workDir: string, embedded: Target, options: ScaleOutOptions, log: (line: string) => void): Promise<ScaleOutResult> {
  const redis = await ownRedis(workDir);
  const redisPid = redis.child?.pid;
  const admin = new pg.Client({ connectionString: POSTGRES });
  await admin.connect();
  const database = `aigrid_bench_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const servers: ServerProcess[] = [];
  const stats = new Redis(redis.url, { maxRetriesPerRequest: 1 });
  try {
    const url = new URL(POSTGRES);
    url.pathname = `/${database}`;
    const shared = `database = "${url}"\nredis = "${redis.url}"`;
    log(`scale-out: two gateways on PostgreSQL ${database} and ${redis.source}`);
    // Gateways sharing one audit log sign its checkpoints with one key (docs/audit.md).
    const env = { AIGRID_AUDIT_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
    const first = await startAigrid(mock, workDir, [], { name: 'scaled-out-a', governance: true, shared, env });
    servers.push(first.process!);
    const secret = first.endpoint.headers.authorization.replace(/^Bearer /, '');
    const second = await startAigrid(mock, workDir, [], { name: 'scaled-out-b', governance: true, shared, key: secret, env });
    servers.push(second.process!);
    const gateways = [first, second];
    for (const gateway of gateways) await smokeCheck(gateway.endpoint);

    const half = { connections: Math.ceil(options.connections / 2), durationS: options.durationS, warmupS: 0 };
    const backends = async () => (await admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database])).rows.map((row) => row.pid);
    await Promise.all(gateways.map((gateway) => measureThroughput(gateway.endpoint, { ...half, durationS: options.warmupS })));
    await measureThroughput(embedded.endpoint, { connections: options.connections, durationS: Math.min(options.warmupS, 1), warmupS: 0 });

    const embeddedRounds: ThroughputResult[] = [];
    const scaledRounds: Array<{ rps: number; requests: number; errors: number; cpu: { gateways: number; postgres: number; redis: number } }> = [];
    const commandCalls = new Map<string, number>();
    let scaledRequests = 0;
    for (let round = 0; round < options.rounds; round++) {
      const scaledFirst = round % 2 === 1;
      for (const side of scaledFirst ? ['scaled', 'embedded'] : ['embedded', 'scaled']) {
        if (side === 'embedded') {
          embeddedRounds.push(await measureThroughput(embedded.endpoint, { connections: options.connections, durationS: options.durationS, warmupS: 0 }, embedded.process?.pid));
          continue;
        }
        const pgBefore = await backends();
        const ticks = (pids: number[]) => pids.reduce((sum, pid) => sum + processTicks(pid), 0);
        const gatewayPids = servers.map((server) => server.pid);
        const startTicks = { gateways: ticks(gatewayPids), postgres: new Map(pgBefore.map((pid) => [pid, processTicks(pid)])), redis: redisPid ? processTicks(redisPid) : 0 };
        const callsBefore = parseCommandStats(await stats.info('commandstats'));
        const results = await Promise.all(gateways.map((gateway) => measureThroughput(gateway.endpoint, half)));
        const after = parseCommandStats(await stats.info('commandstats'));
        const pgAfter = await backends();
        const requests = results.reduce((sum, result) => sum + result.requests, 0);
        const postgresTicks = pgAfter.reduce((sum, pid) => sum + processTicks(pid) - (startTicks.postgres.get(pid) ?? 0), 0);
        const perRequest = (value: number) => Math.round((value * TICK_US) / Math.max(1, requests));
        scaledRounds.push({
          rps: results.reduce((sum, result) => sum + result.rps, 0),
          requests,
          errors: results.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0),
          cpu: {
            gateways: perRequest(ticks(gatewayPids) - startTicks.gateways),
            postgres: perRequest(postgresTicks),
            redis: redisPid ? perRequest(processTicks(redisPid) - startTicks.redis) : 0,
          },
        });
        for (const [command, calls] of after) if (command !== 'info') commandCalls.set(command, (commandCalls.get(command) ?? 0) + calls - (callsBefore.get(command) ?? 0));
        scaledRequests += requests;
      }
    }
    const totalCpu = (round: (typeof scaledRounds)[number]) => round.cpu.gateways + round.cpu.postgres + round.cpu.redis;
    const scaledCpu = scaledRounds.map(totalCpu);
    const medianScaled = [...scaledRounds].sort((a, b) => totalCpu(a) - totalCpu(b))[Math.floor((scaledRounds.length - 1) / 2)];
    const embeddedCpu = embeddedRounds.map((round) => round.cpuUsPerRequest ?? Number.NaN);
    const embeddedSide: Side = {
      rps: Math.round(median(embeddedRounds.map((round) => round.rps))),
      requests: embeddedRounds.reduce((sum, round) => sum + round.requests, 0),
      cpuUsPerRequest: median(embeddedCpu),
      errors: embeddedRounds.reduce((sum, round) => sum + round.errors + round.timeouts + round.non2xx, 0),
      roundsCpuUs: embeddedCpu,
    };
    const perRequest = (calls: number) => Math.round((calls / Math.max(1, scaledRequests)) * 100) / 100;
    const entries = [...commandCalls].filter(([command]) => SCRIPT_ENTRIES.has(command)).reduce((sum, [, calls]) => sum + calls, 0);
    const all = [...commandCalls.values()].reduce((sum, calls) => sum + calls, 0);
    return {
      embedded: embeddedSide,
      scaledOut: {
        rps: Math.round(median(scaledRounds.map((round) => round.rps))),
        requests: scaledRequests,
        cpuUsPerRequest: median(scaledCpu),
        errors: scaledRounds.reduce((sum, round) => sum + round.errors, 0),
        roundsCpuUs: scaledCpu,
        byProcess: medianScaled.cpu,
      },
      cpuRatio: Math.round((median(scaledCpu) / embeddedSide.cpuUsPerRequest) * 100) / 100,
      redis: {
        source: redis.source,
        roundTripsPerRequest: perRequest(entries),
        commandsPerRequest: perRequest(all),
        perCommand: Object.fromEntries([...commandCalls].filter(([, calls]) => calls > 0).map(([command, calls]) => [command, perRequest(calls)])),
      },
    };
  } finally {
    for (const server of servers) await server.stop();
    stats.disconnect();
    redis.child?.kill('SIGTERM');
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}
