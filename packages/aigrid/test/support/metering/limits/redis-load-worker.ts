/**
 * One gateway-like process for the multi-process test: hammers a shared Redis limiter until its
 * time is up and prints what it was admitted. Started by redis-limiter-processes.test.ts as
 * `node --import tsx redis-load-worker.ts <config JSON>`; says `ready`, waits for `go` on stdin.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import type { BudgetSpec, LimitSpec } from '../../../../src/metering/limits/limit-types.js';
import { createRedisLimiter, limiterRedisOptions } from '../../../../src/metering/limits/redis-limiter.js';

export interface LoadWorkerConfig {
  readonly url: string;
  readonly prefix: string;
  readonly name: string;
  readonly durationMs: number;
  readonly loops: number;
  readonly scopes: string[];
  readonly limits: LimitSpec[];
  readonly budgets: BudgetSpec[];
  readonly reserveMicros: number;
  /** Counter the worker raises while it holds an admission, to observe real concurrency. */
  readonly inflightKey: string;
}

export interface LoadWorkerReport {
  readonly admittedAt: number[];
  readonly refused: Record<string, number>;
  readonly maxInflight: number;
  readonly spentMicros: number;
}

const config = JSON.parse(process.argv[2] ?? '{}') as LoadWorkerConfig;
const redis = new Redis(config.url, { ...limiterRedisOptions(5_000), lazyConnect: true });
await redis.connect();
const limiter = createRedisLimiter({ redis, prefix: config.prefix });
const report: LoadWorkerReport = { admittedAt: [], refused: {}, maxInflight: 0, spentMicros: 0 };
let sequence = 0;
let maxInflight = 0;
let spent = 0;

async function loop(endAt: number): Promise<void> {
  while (Date.now() < endAt) {
    const result = await limiter.admit({
      requestId: `${config.name}-${(sequence += 1)}`,
      scopes: config.scopes,
      limits: config.limits,
      budgets: config.budgets,
      estimatedTokens: 10,
      reserveMicros: config.reserveMicros,
    });
    if (!result.ok) {
      report.refused[result.kind] = (report.refused[result.kind] ?? 0) + 1;
      await sleep(1 + Math.floor(Math.random() * 3));
      continue;
    }
    report.admittedAt.push(result.admittedAt);
    maxInflight = Math.max(maxInflight, await redis.incr(config.inflightKey));
    await sleep(Math.floor(Math.random() * 4));
    await redis.decr(config.inflightKey);
    const actual = Math.floor(config.reserveMicros * (0.5 + Math.random() / 2));
    spent += actual;
    await limiter.complete(result, { actualMicros: actual, actualTokens: 5 });
  }
}

process.stdout.write('ready\n');
process.stdin.setEncoding('utf8');
await once(process.stdin, 'data');
const endAt = Date.now() + config.durationMs;
await Promise.all(Array.from({ length: config.loops }, () => loop(endAt)));
process.stdout.write(`${JSON.stringify({ ...report, maxInflight, spentMicros: spent })}\n`);
await redis.quit();
process.exit(0);
