import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import { after, before, it } from 'node:test';
import { hardBudget, rpm, concurrency } from '../../../test/support/metering/limits/limiter-fixtures.js';
import { createRedisLimiter } from './redis-limiter.js';
import type { LoadWorkerConfig, LoadWorkerReport } from '../../../test/support/metering/limits/redis-load-worker.js';
import { deleteKeys, openTestRedis, TEST_REDIS_URL, testPrefix } from '../../../test/support/metering/limits/redis-fixtures.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const WORKER = fileURLToPath(new URL('../../../test/support/metering/limits/redis-load-worker.ts', import.meta.url));
const prefix = testPrefix();
let redis: Redis;

before(async () => {
  redis = await openTestRedis();
});
after(async () => {
  await deleteKeys(redis, prefix);
  await redis.quit();
});

/** Starts a worker and resolves once it says `ready`; `result` resolves with its report. */
function startWorker(config: LoadWorkerConfig): Promise<{ child: ChildProcess; result: Promise<LoadWorkerReport> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, JSON.stringify(config)], { cwd: PACKAGE_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const result = new Promise<LoadWorkerReport>((resolve, reject) => {
    child.on('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? '';
      if (code === 0 && last.startsWith('{')) resolve(JSON.parse(last) as LoadWorkerReport);
      else reject(new Error(`worker ${config.name} exited ${code}: ${errors.slice(-2_000)}`));
    });
  });
  result.catch(() => {});
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.startsWith('ready\n')) resolve({ child, result });
    });
    child.on('exit', () => reject(new Error(`worker ${config.name} ended before ready: ${errors.slice(-2_000)}`)));
  });
}

it('holds rate, concurrency and budget limits across 3 processes sharing Redis', { timeout: 30_000 }, async (context) => {
  const scope = `tenant:load-${randomUUID().slice(0, 8)}`;
  const windowMs = 1_000;
  const perWindow = 60;
  const budget = hardBudget(scope, 7_000);
  const limits = [rpm(scope, perWindow, windowMs), concurrency(scope, 5)];
  const inflightKey = `${prefix}inflight`;
  const configs = ['a', 'b', 'c'].map((name): LoadWorkerConfig => ({
    url: TEST_REDIS_URL, prefix, name, durationMs: 2_000, loops: 8, scopes: [scope], limits, budgets: [budget], reserveMicros: 100, inflightKey,
  }));
  const workers = await Promise.all(configs.map(startWorker));
  try {
    for (const worker of workers) worker.child.stdin!.write('go\n');
    const reports = await Promise.all(workers.map((worker) => worker.result));
    context.diagnostic(`admitted ${reports.map((report) => report.admittedAt.length)}; refused ${JSON.stringify(reports.map((report) => report.refused))}`);
    const times = reports.flatMap((report) => report.admittedAt).sort((left, right) => left - right);
    assert.ok(reports.every((report) => report.admittedAt.length > 0), 'every process was admitted some requests');
    let busiest = 0;
    for (const [index, end] of times.entries()) {
      let inWindow = 0;
      for (let back = index; back >= 0 && times[back] > end - windowMs; back -= 1) inWindow += 1;
      busiest = Math.max(busiest, inWindow);
    }
    context.diagnostic(`busiest ${windowMs} ms window: ${busiest} of ${perWindow}`);
    assert.ok(busiest <= perWindow, `${busiest} admitted in one window`);
    assert.ok(Math.max(...reports.map((report) => report.maxInflight)) <= 5, 'never more than 5 in flight');
    const refusedKinds = new Set(reports.flatMap((report) => Object.keys(report.refused)));
    assert.ok(refusedKinds.has('budget') && refusedKinds.has('concurrency'), `refused by ${[...refusedKinds]}`);
    const limiter = createRedisLimiter({ redis, prefix });
    const state = (await limiter.remaining({ scopes: [scope], budgets: [budget], limits })).budgets[0];
    const spent = reports.reduce((sum, report) => sum + report.spentMicros, 0);
    assert.equal(state.spentMicros, spent, 'every settle was recorded once');
    assert.ok(state.spentMicros <= budget.limitMicros, `spent ${state.spentMicros}`);
    assert.equal(state.reservedMicros, 0);
  } finally {
    for (const worker of workers) worker.child.kill();
  }
});
