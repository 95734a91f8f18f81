import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import {
  admitted,
  admitRequest,
  hardBudget,
  ManualClock,
  refused,
  reserved,
  rpm,
  softBudget,
  uniqueScope,
  type LimiterFixture,
  type OpenLimiter,
} from './limiter-fixtures.js';

const TTL = 60_000;
const TIMEOUT = { timeout: 10_000 };

/** Budget semantics every limiter shares: reservation accounting, hard/soft, settle, extend, expiry, periods. */
export function describeBudgetConformance(name: string, open: OpenLimiter): void {
  describe(`${name}: budgets`, () => {
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

    it('holds a reservation, refuses what no longer fits and reports what remains', TIMEOUT, async () => {
      const limiter = await start();
      const budget = hardBudget(uniqueScope(), 1_000);
      const first = reserved(await limiter.reserve({ id: 'a', budgets: [budget], amountMicros: 300 }));
      assert.equal(first.budgets[0].reservedMicros, 300);
      assert.equal(first.budgets[0].remainingMicros, 700);
      const refusal = refused(await limiter.reserve({ id: 'b', budgets: [budget], amountMicros: 800 }));
      assert.deepEqual([refusal.kind, refusal.scope, refusal.limit, refusal.remaining, refusal.period], ['budget', budget.scope, 1_000, 700, 'day']);
      assert.equal(refusal.retryAfterMs, 12 * 3_600_000, 'a daily budget frees up at midnight UTC');
      const settled = await limiter.settle(first, 200);
      assert.deepEqual(settled.budgets[0], { ...settled.budgets[0], spentMicros: 200, reservedMicros: 0, remainingMicros: 800 });
      reserved(await limiter.reserve({ id: 'c', budgets: [budget], amountMicros: 800 }));
    });

    it('admits over a soft budget and reports it exceeded', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const admission = admitted(await limiter.admit(admitRequest({ scopes: [scope], budgets: [softBudget(scope, 100)], reserveMicros: 150 })));
      assert.deepEqual(admission.exceeded, [{ kind: 'budget', scope, limit: 100, remaining: 0, soft: true, period: 'day' }]);
      assert.equal(admission.reservation.budgets[0].exceeded, true);
      refused(await limiter.admit(admitRequest({ scopes: [scope], budgets: [hardBudget(scope, 100, 'month')], reserveMicros: 150 })));
    });

    it('checks a hard and a soft budget on one counter but charges it once', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const budgets = [hardBudget(scope, 1_000), softBudget(scope, 500)];
      const admission = admitted(await limiter.admit(admitRequest({ scopes: [scope], budgets, reserveMicros: 600 })));
      assert.deepEqual(admission.reservation.budgets.map((status) => status.reservedMicros), [600, 600]);
      assert.deepEqual(admission.exceeded.map((breach) => breach.limit), [500]);
      await limiter.complete(admission, { actualMicros: 600 });
      const report = await limiter.remaining({ scopes: [scope], budgets, limits: [] });
      assert.deepEqual(report.budgets.map((status) => status.spentMicros), [600, 600]);
    });

    it('records a settle above the reservation, which then refuses further requests', TIMEOUT, async () => {
      const limiter = await start();
      const budget = hardBudget(uniqueScope(), 1_000);
      const hold = reserved(await limiter.reserve({ id: 'a', budgets: [budget], amountMicros: 100 }));
      const result = await limiter.settle(hold, 1_200);
      assert.equal(result.budgets[0].spentMicros, 1_200);
      assert.equal(result.budgets[0].exceeded, true);
      assert.equal(refused(await limiter.reserve({ id: 'b', budgets: [budget], amountMicros: 1 })).remaining, 0);
    });

    it('settles once per reservation id', TIMEOUT, async () => {
      const limiter = await start();
      const budget = hardBudget(uniqueScope(), 1_000);
      const hold = reserved(await limiter.reserve({ id: 'once', budgets: [budget], amountMicros: 100 }));
      assert.equal((await limiter.settle(hold, 80)).settled, true);
      const again = await limiter.settle(hold, 80);
      assert.equal(again.settled, false);
      assert.equal(again.budgets[0].spentMicros, 80);
    });

    it('releases an expired hold and still records a late settle', TIMEOUT, async () => {
      const limiter = await start();
      const budget = hardBudget(uniqueScope(), 1_000);
      const crashed = reserved(await limiter.reserve({ id: 'crashed', budgets: [budget], amountMicros: 900 }));
      refused(await limiter.reserve({ id: 'blocked', budgets: [budget], amountMicros: 200 }));
      clock.advance(TTL);
      const next = reserved(await limiter.reserve({ id: 'next', budgets: [budget], amountMicros: 200 }));
      assert.equal(next.budgets[0].reservedMicros, 200, 'the expired hold no longer counts');
      const late = await limiter.settle(crashed, 300);
      assert.deepEqual([late.settled, late.budgets[0].spentMicros, late.budgets[0].reservedMicros], [true, 300, 200]);
    });

    it('extends a reservation mid-stream until a hard budget would be exceeded', TIMEOUT, async () => {
      const limiter = await start();
      const budget = hardBudget(uniqueScope(), 1_000);
      const hold = reserved(await limiter.reserve({ id: 'stream', budgets: [budget], amountMicros: 300 }));
      const more = reserved(await limiter.extend(hold, 400));
      assert.equal(more.heldMicros, 700);
      assert.equal(more.budgets[0].reservedMicros, 700);
      const refusal = refused(await limiter.extend(more, 400));
      assert.deepEqual([refusal.kind, refusal.remaining], ['budget', 300]);
      const settled = await limiter.settle(more, 650);
      assert.deepEqual([settled.budgets[0].spentMicros, settled.budgets[0].reservedMicros], [650, 0]);
      await assert.rejects(limiter.extend(more, 1), /already settled/);
    });

    it('renews the hold on extend and takes an expired hold again', TIMEOUT, async () => {
      const limiter = await start();
      const budget = hardBudget(uniqueScope(), 1_000);
      let hold = reserved(await limiter.reserve({ id: 'long', budgets: [budget], amountMicros: 300 }));
      clock.advance(TTL * 0.8);
      hold = reserved(await limiter.extend(hold, 0));
      clock.advance(TTL * 0.8);
      const report = await limiter.remaining({ scopes: [budget.scope], budgets: [budget], limits: [] });
      assert.equal(report.budgets[0].reservedMicros, 300, 'extend renewed the TTL');
      clock.advance(TTL);
      assert.equal((await limiter.remaining({ scopes: [budget.scope], budgets: [budget], limits: [] })).budgets[0].reservedMicros, 0);
      hold = reserved(await limiter.extend(hold, 100));
      assert.equal(hold.budgets[0].reservedMicros, 400, 'an extend after expiry holds the whole total again');
    });

    it('charges nothing anywhere when one scope refuses', TIMEOUT, async () => {
      const limiter = await start();
      const [tenant, key] = [uniqueScope('tenant'), uniqueScope('key')];
      const budgets = [hardBudget(tenant, 10_000), hardBudget(key, 100)];
      const limits = [rpm(tenant, 10)];
      const refusal = refused(await limiter.admit(admitRequest({ scopes: [tenant, key], budgets, limits, reserveMicros: 500 })));
      assert.equal(refusal.scope, key);
      const report = await limiter.remaining({ scopes: [tenant, key], budgets, limits });
      assert.deepEqual(report.budgets.map((status) => status.reservedMicros), [0, 0]);
      assert.equal(report.rates[0].used, 0, 'the request window was not charged either');
    });

    it('ignores specs for scopes the request does not belong to', TIMEOUT, async () => {
      const limiter = await start();
      const [mine, other] = [uniqueScope(), uniqueScope()];
      admitted(await limiter.admit(admitRequest({ scopes: [mine], budgets: [hardBudget(other, 0)], limits: [rpm(other, 0)], reserveMicros: 5 })));
    });

    it('starts a fresh counter each UTC day, week and month; total never resets', TIMEOUT, async () => {
      const limiter = await start();
      const scope = uniqueScope();
      const budgets = (['day', 'week', 'month', 'total'] as const).map((period) => hardBudget(scope, 1_000, period));
      const hold = reserved(await limiter.reserve({ id: 'p1', budgets, amountMicros: 100 }));
      await limiter.settle(hold, 100);
      const spentAt = async (at: number) => {
        clock.now = at;
        return (await limiter.remaining({ scopes: [scope], budgets, limits: [] })).budgets.map((status) => status.spentMicros);
      };
      assert.deepEqual(await spentAt(Date.UTC(2025, 0, 15, 23, 59)), [100, 100, 100, 100]);
      assert.deepEqual(await spentAt(Date.UTC(2025, 0, 16)), [0, 100, 100, 100]);
      assert.deepEqual(await spentAt(Date.UTC(2025, 0, 20)), [0, 0, 100, 100], 'ISO weeks start on Monday');
      assert.deepEqual(await spentAt(Date.UTC(2025, 1, 1)), [0, 0, 0, 100]);
      const report = await limiter.remaining({ scopes: [scope], budgets, limits: [] });
      assert.deepEqual(report.budgets.map((status) => status.resetsAt), [Date.UTC(2025, 1, 2), Date.UTC(2025, 1, 3), Date.UTC(2025, 2, 1), undefined]);
    });

    it('refuses malformed money with a RangeError', TIMEOUT, async () => {
      const limiter = await start();
      const budget = hardBudget(uniqueScope(), 1_000);
      await assert.rejects(limiter.reserve({ id: 'x', budgets: [budget], amountMicros: 1.5 }), RangeError);
      await assert.rejects(limiter.reserve({ id: 'x', budgets: [budget], amountMicros: -1 }), RangeError);
      const hold = reserved(await limiter.reserve({ id: 'y', budgets: [budget], amountMicros: 1 }));
      await assert.rejects(limiter.settle(hold, Number.NaN), RangeError);
    });
  });
}
