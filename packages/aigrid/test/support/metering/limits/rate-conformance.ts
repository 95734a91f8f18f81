import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  admitted,
  admitRequest,
  concurrency,
  hardBudget,
  ManualClock,
  refused,
  rpm,
  tpm,
  uniqueScope,
  type LimiterFixture,
  type OpenLimiter,
} from './limiter-fixtures.js';

const TTL = 60_000;
const TIMEOUT = { timeout: 15_000 };

/** Rate, token and concurrency semantics every limiter shares, and behaviour under many parallel callers. */
export function describeRateConformance(name: string, open: OpenLimiter): void {
  describe(`${name}: rates, tokens, concurrency`, () => {
    let fixture: LimiterFixture | undefined;
    let clock: ManualClock;
    const start = async () => {
      clock = new ManualClock();
      fixture = await open(clock.read, { reservationTtlMs: TTL });
      return fixture.limiter;
    };
    afterEach(async () => {
      await fixture?.dispose();
      fixture = undefined;
    });

    it('refuses the request over the per-window limit and says when to retry', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const request = () => admitRequest({ scopes: [scope], limits: [rpm(scope, 3)] });
      for (let index = 0; index < 3; index += 1) {
        admitted(await limiter.admit(request()));
        clock.advance(1_000);
      }
      const refusal = refused(await limiter.admit(request()));
      assert.deepEqual([refusal.kind, refusal.limit, refusal.remaining], ['rate', 3, 0]);
      assert.ok(refusal.retryAfterMs! > 55_000 && refusal.retryAfterMs! <= 60_000, `retry after ${refusal.retryAfterMs}`);
      clock.advance(refusal.retryAfterMs! - 1);
      refused(await limiter.admit(request()));
      clock.advance(1);
      admitted(await limiter.admit(request()));
    });

    it('never admits more than the limit in any window, whatever the arrival pattern', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const windowMs = 10_000;
      const limit = 7;
      const times: number[] = [];
      let seed = 42;
      for (let step = 0; step < 400; step += 1) {
        seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
        clock.advance(seed % 400);
        const result = await limiter.admit(admitRequest({ scopes: [scope], limits: [rpm(scope, limit, windowMs)] }));
        if (result.ok) times.push(clock.now);
      }
      assert.ok(times.length > 50, `admitted ${times.length}`);
      for (const [index, end] of times.entries()) {
        const inWindow = times.slice(0, index + 1).filter((time) => time > end - windowMs).length;
        assert.ok(inWindow <= limit, `${inWindow} requests in the window ending ${end}`);
      }
    });

    it('charges estimated tokens and corrects them at completion', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const limits = [tpm(scope, 1_000)];
      const first = admitted(await limiter.admit(admitRequest({ scopes: [scope], limits, estimatedTokens: 600 })));
      assert.deepEqual(first.rates.map((rate) => [rate.kind, rate.used, rate.remaining]), [['tokens', 600, 400]]);
      const refusal = refused(await limiter.admit(admitRequest({ scopes: [scope], limits, estimatedTokens: 600 })));
      assert.deepEqual([refusal.kind, refusal.remaining], ['tokens', 400]);
      await limiter.complete(first, { actualMicros: 0, actualTokens: 200 });
      admitted(await limiter.admit(admitRequest({ scopes: [scope], limits, estimatedTokens: 600 })));
      await limiter.adjustTokens(limits[0], 300);
      assert.equal((await limiter.remaining({ scopes: [scope], budgets: [], limits })).rates[0].used, 1_100);
      await limiter.adjustTokens(limits[0], -5_000);
      assert.equal((await limiter.remaining({ scopes: [scope], budgets: [], limits })).rates[0].used, 0, 'a bucket never goes below zero');
      const tooBig = refused(await limiter.admit(admitRequest({ scopes: [scope], limits, estimatedTokens: 1_001 })));
      assert.equal(tooBig.retryAfterMs, undefined, 'more than the whole limit never fits');
    });

    it('limits concurrent requests and frees a slot on completion or lease expiry', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const limits = [concurrency(scope, 2)];
      const first = admitted(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      admitted(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      const refusal = refused(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      assert.deepEqual([refusal.kind, refusal.remaining, refusal.limit], ['concurrency', 0, 2]);
      assert.ok(refusal.retryAfterMs! > 0);
      await limiter.complete(first, { actualMicros: 0 });
      admitted(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      refused(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      clock.advance(TTL);
      admitted(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      assert.equal((await limiter.remaining({ scopes: [scope], budgets: [], limits })).rates[0].used, 1, 'crashed leases expired');
    });

    it('keeps a long stream’s lease alive while it extends', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const limits = [concurrency(scope, 1)];
      const stream = admitted(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      clock.advance(TTL * 0.9);
      await limiter.extend(stream.reservation, 0);
      clock.advance(TTL * 0.9);
      refused(await limiter.admit(admitRequest({ scopes: [scope], limits })));
      await limiter.complete(stream, { actualMicros: 0 });
      admitted(await limiter.admit(admitRequest({ scopes: [scope], limits })));
    });

    it('admits exactly what fits when 500 reservers race for a budget that fits 100', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const budget = hardBudget(scope, 100_000);
      const results = await Promise.all(
        Array.from({ length: 500 }, (_, index) => limiter.reserve({ id: `race-${index}`, budgets: [budget], amountMicros: 1_000 })),
      );
      const holds = results.filter((result) => !('ok' in result));
      assert.equal(holds.length, 100);
      await Promise.all(holds.map((hold) => limiter.settle(hold as never, 1_000)));
      const report = await limiter.remaining({ scopes: [scope], budgets: [budget], limits: [] });
      assert.deepEqual([report.budgets[0].spentMicros, report.budgets[0].reservedMicros], [100_000, 0]);
    });

    it('never lets spend pass a hard budget when settles stay within their reservations', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const budget = hardBudget(scope, 50_000);
      const worker = async (worker: number) => {
        for (let round = 0; round < 40; round += 1) {
          const amount = 500 + ((worker * 37 + round * 11) % 1_500);
          const result = await limiter.reserve({ id: `w${worker}-${round}`, budgets: [budget], amountMicros: amount });
          if ('ok' in result) continue;
          await limiter.settle(result, amount - ((worker + round) % 3) * 100);
        }
      };
      await Promise.all(Array.from({ length: 25 }, (_, index) => worker(index)));
      const report = await limiter.remaining({ scopes: [scope], budgets: [budget], limits: [] });
      assert.ok(report.budgets[0].spentMicros <= 50_000, `spent ${report.budgets[0].spentMicros}`);
      assert.ok(report.budgets[0].spentMicros > 40_000, 'the budget was actually used up');
      assert.equal(report.budgets[0].reservedMicros, 0);
    });
  });
}
