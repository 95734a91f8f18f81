import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { after, before, describe, it } from 'node:test';
import { describeLimiterConformance } from '../../../test/support/metering/limits/limiter-conformance.js';
import { admitted, admitRequest, concurrency, hardBudget, refused, reserved, rpm, uniqueScope } from '../../../test/support/metering/limits/limiter-fixtures.js';
import { createRedisLimiter } from './redis-limiter.js';
import { deleteKeys, openTestRedis, testPrefix } from '../../../test/support/metering/limits/redis-fixtures.js';

const prefix = testPrefix();
let redis: Redis;
let fixtures = 0;

before(async () => {
  redis = await openTestRedis();
});
after(async () => {
  await deleteKeys(redis, prefix);
  await redis.quit();
});

describeLimiterConformance('redis limiter', async (clock, options) => {
  const limiter = createRedisLimiter({ redis, prefix: `${prefix}${(fixtures += 1)}:`, clock, options });
  return { limiter, dispose: () => limiter.close() };
});

describe('redis limiter on Redis time', () => {
  it('admits, refuses and settles with Redis TIME as the clock', { timeout: 10_000 }, async () => {
    const limiter = createRedisLimiter({ redis, prefix });
    const scope = uniqueScope();
    const limits = [rpm(scope, 2, 5_000), concurrency(scope, 5)];
    const budgets = [hardBudget(scope, 1_000)];
    const before = Date.now();
    const first = admitted(await limiter.admit(admitRequest({ scopes: [scope], limits, budgets, reserveMicros: 400 })));
    assert.ok(Math.abs(first.admittedAt - before) < 5_000, 'admittedAt is Redis time, close to ours');
    assert.equal(first.reservation.expiresAt - first.admittedAt, 10 * 60_000);
    admitted(await limiter.admit(admitRequest({ scopes: [scope], limits, budgets, reserveMicros: 400 })));
    const refusal = refused(await limiter.admit(admitRequest({ scopes: [scope], limits, budgets, reserveMicros: 100 })));
    assert.equal(refusal.kind, 'rate');
    await limiter.complete(first, { actualMicros: 250 });
    const report = await limiter.remaining({ scopes: [scope], limits, budgets });
    assert.deepEqual([report.budgets[0].spentMicros, report.budgets[0].reservedMicros], [250, 400]);
    assert.deepEqual(report.rates.map((rate) => rate.used), [2, 1]);
  });

  it('expires the counters it writes, keeping total budgets', { timeout: 10_000 }, async () => {
    const own = testPrefix();
    const limiter = createRedisLimiter({ redis, prefix: own });
    const scope = uniqueScope();
    const hold = reserved(await limiter.reserve({ id: 'ttl', budgets: [hardBudget(scope, 1_000), hardBudget(scope, 1_000, 'total')], amountMicros: 1 }));
    await limiter.settle(hold, 1);
    const keys = await redis.keys(`${own}*`);
    const ttls = new Map(await Promise.all(keys.map(async (key) => [key.slice(own.length), await redis.pttl(key)] as const)));
    for (const [key, ttl] of ttls) {
      if (key.startsWith('budget:total:')) assert.equal(ttl, -1, `${key} is kept`);
      else assert.ok(ttl > 0, `${key} expires (pttl ${ttl})`);
    }
    assert.ok([...ttls.keys()].some((key) => key.startsWith('settled:')));
    await deleteKeys(redis, own);
  });
});
