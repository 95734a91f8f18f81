import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Limiter } from './limit-types.js';
import { admitted, admitRequest, hardBudget, ManualClock, refused, uniqueScope } from '../../../test/support/metering/limits/limiter-fixtures.js';
import { LimitsUnavailableError, type UnavailableReason } from './limits-unavailable-error.js';
import { createMemoryLimiter } from './memory-limiter.js';
import { ResilientLimiter, type FallbackEvent } from './resilient-limiter.js';

/** A memory limiter that fails the next `state.fail` calls with `state.reason`. */
function slowPrimary(clock: ManualClock) {
  const inner = createMemoryLimiter({ clock: clock.read });
  const state = { fail: 0, reason: 'timeout' as UnavailableReason, calls: 0 };
  const limiter = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || property === 'close') return value;
      return async (...args: unknown[]) => {
        state.calls += 1;
        if (state.fail > 0) {
          state.fail -= 1;
          throw new LimitsUnavailableError('simulated slow reply', { reason: state.reason });
        }
        return value.apply(target, args);
      };
    },
  }) as Limiter;
  return { limiter, state };
}

function setup(probe?: () => Promise<unknown>) {
  const clock = new ManualClock();
  const { limiter: primary, state } = slowPrimary(clock);
  const events: FallbackEvent[] = [];
  const limiter = new ResilientLimiter({
    primary,
    fallback: createMemoryLimiter({ clock: clock.read, degraded: true }),
    clock: clock.read,
    probeAfterMs: 1_000,
    downAfterFailures: 3,
    probe,
    onFallback: (event) => events.push(event),
  });
  const budget = () => {
    const scope = uniqueScope();
    return admitRequest({ scopes: [scope], budgets: [hardBudget(scope, 1_000)], reserveMicros: 1 });
  };
  return { limiter, state, events, budget };
}

describe('resilient limiter and slow replies', () => {
  it('fails only the request whose reply was slow, and keeps asking Redis', async () => {
    const { limiter, state, events, budget } = setup();
    state.fail = 1;
    assert.equal(refused(await limiter.admit(budget())).kind, 'unavailable');
    assert.deepEqual(events, [{ operation: 'admit', outcome: 'refused', reason: 'timeout' }]);
    assert.equal(admitted(await limiter.admit(budget())).degraded, false, 'the next request goes to Redis');
    assert.equal(state.calls, 2);
  });

  it('takes Redis as down after consecutive slow replies, and skips it until the probe interval', async () => {
    const { limiter, state, events, budget } = setup();
    state.fail = 3;
    for (let i = 0; i < 3; i++) refused(await limiter.admit(budget()));
    refused(await limiter.admit(budget()));
    assert.equal(state.calls, 3, 'not asked once down');
    assert.equal(events.at(-1)?.reason, 'down');
  });

  it('a lost connection counts as down at once', async () => {
    const { limiter, state, budget } = setup();
    state.fail = 1;
    state.reason = 'unreachable';
    refused(await limiter.admit(budget()));
    refused(await limiter.admit(budget()));
    assert.equal(state.calls, 1);
  });

  it('asks the health probe after a slow reply: a failed probe marks Redis down, a good one clears the count', async () => {
    let healthy = false;
    let probes = 0;
    const probe = async () => {
      probes += 1;
      if (!healthy) throw new Error('no PONG');
    };
    const { limiter, state, budget } = setup(probe);
    state.fail = 1;
    refused(await limiter.admit(budget()));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(probes, 1);
    refused(await limiter.admit(budget()));
    assert.equal(state.calls, 1, 'down after the failed probe');

    const second = setup(async () => {
      healthy = true;
    });
    second.state.fail = 2;
    refused(await second.limiter.admit(second.budget()));
    await new Promise((resolve) => setImmediate(resolve));
    refused(await second.limiter.admit(second.budget()));
    await new Promise((resolve) => setImmediate(resolve));
    // Two slow replies, each followed by a good probe: the count never reaches 3.
    assert.equal(admitted(await second.limiter.admit(second.budget())).degraded, false);
    assert.equal(second.state.calls, 3);
    await Promise.all([limiter.close(), second.limiter.close()]);
  });
});
