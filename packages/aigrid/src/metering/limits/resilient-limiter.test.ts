import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { Redis } from 'ioredis';
import { after, before, describe, it } from 'node:test';
import { refusalError } from './limit-error-codes.js';
import type { Limiter } from './limit-types.js';
import { admitted, admitRequest, hardBudget, ManualClock, refused, reserved, rpm, softBudget, uniqueScope } from '../../../test/support/metering/limits/limiter-fixtures.js';
import { LimitsUnavailableError } from './limits-unavailable-error.js';
import { createMemoryLimiter } from './memory-limiter.js';
import { createRedisLimiter, limiterRedisOptions, openLimiterRedis } from './redis-limiter.js';
import { ResilientLimiter } from './resilient-limiter.js';

const TIMEOUT = { timeout: 10_000 };

/** Times a call; the outage tests insist nothing waits on a dead Redis. */
async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: performance.now() - started };
}

/** A memory limiter that throws `LimitsUnavailableError` while `down`, counting calls. */
function flakyPrimary(clock: ManualClock): { limiter: Limiter; state: { down: boolean; calls: number } } {
  const inner = createMemoryLimiter({ clock: clock.read });
  const state = { down: false, calls: 0 };
  const limiter = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close') return value;
      return async (...args: unknown[]) => {
        state.calls += 1;
        if (state.down) throw new LimitsUnavailableError('simulated outage');
        return value.apply(target, args);
      };
    },
  });
  return { limiter, state };
}

describe('redis limiter when Redis is unreachable', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  before(async () => {
    silent = createServer((socket) => sockets.push(socket)); // accepts, never answers
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails fast on a closed port', TIMEOUT, async () => {
    const redis = openLimiterRedis('redis://127.0.0.1:1');
    const limiter = createRedisLimiter({ redis, ownsClient: true });
    const scope = uniqueScope();
    const { value, ms } = await timed(() => limiter.admit(admitRequest({ scopes: [scope], limits: [rpm(scope, 5)] })).catch((error: unknown) => error));
    assert.ok(value instanceof LimitsUnavailableError, String(value));
    assert.ok(ms < 300, `took ${ms} ms`);
    await limiter.close();
  });

  it('gives up after the command timeout when Redis accepts but never answers', TIMEOUT, async () => {
    const port = (silent.address() as { port: number }).port;
    const redis = new Redis({ ...limiterRedisOptions(250), port, host: '127.0.0.1', enableReadyCheck: false });
    redis.on('error', () => {});
    await new Promise((resolve) => redis.once('ready', resolve));
    const limiter = createRedisLimiter({ redis });
    const scope = uniqueScope();
    const { value, ms } = await timed(() => limiter.admit(admitRequest({ scopes: [scope], budgets: [hardBudget(scope, 10)] })).catch((error: unknown) => error));
    assert.ok(value instanceof LimitsUnavailableError, String(value));
    assert.ok(ms >= 200 && ms < 1_000, `took ${ms} ms`);
    redis.disconnect();
  });

  it('refuses hard budgets and admits rate limits locally, per the default policy', TIMEOUT, async () => {
    const clock = new ManualClock();
    const primary = createRedisLimiter({ redis: openLimiterRedis('redis://127.0.0.1:1'), ownsClient: true });
    const limiter = new ResilientLimiter({ primary, fallback: createMemoryLimiter({ clock: clock.read, degraded: true }), clock: clock.read });
    const scope = uniqueScope();
    const { value: refusal, ms } = await timed(() => limiter.admit(admitRequest({ scopes: [scope], budgets: [hardBudget(scope, 1_000)], limits: [rpm(scope, 9)] })));
    assert.ok(ms < 300, `took ${ms} ms`);
    const error = refusalError(refused(refusal));
    assert.deepEqual([error.code, error.status, error.headers['retry-after']], ['limits_unavailable', 503, '1']);
    const limits = [rpm(scope, 2)];
    const budgets = [softBudget(scope, 1_000)];
    const first = admitted(await limiter.admit(admitRequest({ scopes: [scope], limits, budgets, reserveMicros: 10 })));
    assert.equal(first.degraded, true);
    admitted(await limiter.admit(admitRequest({ scopes: [scope], limits, budgets })));
    assert.equal(refused(await limiter.admit(admitRequest({ scopes: [scope], limits, budgets }))).kind, 'rate', 'counted locally');
    const settled = await limiter.complete(first, { actualMicros: 7 });
    assert.deepEqual([settled.recorded, settled.budgets[0].spentMicros], [true, 7]);
    const report = await limiter.remaining({ scopes: [scope], budgets, limits });
    assert.equal(report.degraded, true);
    await limiter.close();
  });
});

describe('resilient limiter', () => {
  const setup = (policies = {}) => {
    const clock = new ManualClock();
    const { limiter: primary, state } = flakyPrimary(clock);
    const fallback = createMemoryLimiter({ clock: clock.read, degraded: true });
    const failures: LimitsUnavailableError[] = [];
    const limiter = new ResilientLimiter({ primary, fallback, policies, clock: clock.read, probeAfterMs: 1_000, onUnavailable: (error) => failures.push(error) });
    return { clock, limiter, state, failures };
  };

  it('uses the configured policy per kind', TIMEOUT, async () => {
    const { limiter, state } = setup({ hardBudget: 'fail-open', requests: 'fail-closed' });
    state.down = true;
    const scope = uniqueScope();
    assert.equal(admitted(await limiter.admit(admitRequest({ scopes: [scope], budgets: [hardBudget(scope, 100)] }))).degraded, true);
    assert.equal(refused(await limiter.admit(admitRequest({ scopes: [scope], limits: [rpm(scope, 100)] }))).kind, 'unavailable');
  });

  it('stops asking a failed Redis until the probe interval passes', TIMEOUT, async () => {
    const { limiter, state, clock, failures } = setup();
    const scope = uniqueScope();
    state.down = true;
    await limiter.admit(admitRequest({ scopes: [scope] }));
    await limiter.admit(admitRequest({ scopes: [scope] }));
    assert.deepEqual([state.calls, failures.length], [1, 1]);
    state.down = false;
    clock.advance(1_000);
    assert.equal(admitted(await limiter.admit(admitRequest({ scopes: [scope] }))).degraded, false);
    assert.equal(state.calls, 2);
  });

  it('queues settles Redis missed and replays them once, when it is back', TIMEOUT, async () => {
    const { limiter, state, clock } = setup();
    const budget = hardBudget(uniqueScope(), 1_000);
    const hold = reserved(await limiter.reserve({ id: 'r1', budgets: [budget], amountMicros: 400 }));
    state.down = true;
    const during = await limiter.settle(hold, 300);
    assert.deepEqual([during.recorded, limiter.pendingSettles], [false, 1]);
    assert.equal(await limiter.flushPending(), 0, 'still down');
    state.down = false;
    clock.advance(1_000);
    const [first, second] = await Promise.all([limiter.flushPending(), limiter.flushPending()]);
    assert.deepEqual([first, second, limiter.pendingSettles], [1, 1, 0], 'concurrent flushes share one replay');
    const report = await limiter.remaining({ scopes: [budget.scope], budgets: [budget], limits: [] });
    assert.deepEqual([report.budgets[0].spentMicros, report.budgets[0].reservedMicros], [300, 0]);
    assert.equal((await limiter.settle(hold, 300)).settled, false, 'the replayed settle counted once');
  });

  it('ends a stream on a hard budget it cannot check, lets a soft one go on', TIMEOUT, async () => {
    const { limiter, state } = setup();
    const scope = uniqueScope();
    const hard = reserved(await limiter.reserve({ id: 'hard', budgets: [hardBudget(scope, 1_000)], amountMicros: 100 }));
    const soft = reserved(await limiter.reserve({ id: 'soft', budgets: [softBudget(scope, 1_000, 'month')], amountMicros: 100 }));
    state.down = true;
    assert.equal(refused(await limiter.extend(hard, 50)).kind, 'unavailable');
    assert.equal(reserved(await limiter.extend(soft, 50)).heldMicros, 150);
  });

  it('passes programming errors through instead of treating them as an outage', TIMEOUT, async () => {
    const { limiter, failures } = setup();
    await assert.rejects(limiter.reserve({ id: 'bad', budgets: [hardBudget(uniqueScope(), 1)], amountMicros: 0.5 }), RangeError);
    assert.equal(failures.length, 0);
  });
});
