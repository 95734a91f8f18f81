import type { Redis } from 'ioredis';
import type {
  AdmitPlan,
  BudgetCounters,
  ExtendPlan,
  LimitEngine,
  PeekPlan,
  PlannedBudget,
  RawAdmit,
  RawExtend,
  RawPeek,
  RawSettle,
  SettlePlan,
} from './limit-engine.js';
import { limitKeys } from './limit-keys.js';
import { ADMIT_SCRIPT } from './redis-admit-script.js';
import { EXTEND_SCRIPT } from './redis-extend-script.js';
import { PEEK_SCRIPT } from './redis-peek-script.js';
import { DEFAULT_SCRIPT_TIMING, RedisScript, type ScriptTiming } from './redis-script-runner.js';
import { SETTLE_SCRIPT } from './redis-settle-script.js';

export interface RedisLimitEngineOptions {
  /** Prepended to every key; use a hash tag (`{aigrid}:limits:`) on Redis Cluster. */
  readonly prefix: string;
  /** Use the plan's time (the limiter's clock) instead of Redis's `TIME`. For tests. */
  readonly useCallerClock: boolean;
  /** Whether `close()` also quits the client (false when the client is shared). */
  readonly ownsClient: boolean;
  /** Reply deadline and retries per script; default 250 ms, one retry. */
  readonly timing?: ScriptTiming;
}

const LISTS = ['budgets', 'windows', 'leases'] as const;

/**
 * The scale-out engine: every operation is one Lua script, atomic across all gateway processes
 * sharing this Redis. Counters live only in Redis, so no process is the source of truth.
 */
export class RedisLimitEngine implements LimitEngine {
  private readonly admitScript = new RedisScript('admit', ADMIT_SCRIPT);
  private readonly settleScript = new RedisScript('settle', SETTLE_SCRIPT);
  private readonly extendScript = new RedisScript('extend', EXTEND_SCRIPT);
  private readonly peekScript = new RedisScript('peek', PEEK_SCRIPT);

  constructor(
    private readonly redis: Redis,
    private readonly options: RedisLimitEngineOptions,
  ) {}

  async admit(plan: AdmitPlan): Promise<RawAdmit> {
    const keys = [
      ...plan.budgets.flatMap((budget) => [budget.key, budget.holdsKey]),
      ...plan.windows.map((window) => window.key),
      ...plan.leases.map((lease) => lease.key),
    ];
    const args = [
      this.now(plan.now), plan.id, plan.amount, plan.ttlMs, plan.budgets.length, plan.windows.length, plan.leases.length,
      ...plan.budgets.flatMap((budget) => [flag(budget.hard), budget.limit, flag(budget.charge), retainMs(budget, plan.now)]),
      ...plan.windows.flatMap((window) => [window.limit, window.windowMs, window.bucketMs, window.amount, flag(window.charge)]),
      ...plan.leases.flatMap((lease) => [lease.limit, flag(lease.charge)]),
    ];
    const reply = await this.run(this.admitScript, keys, args);
    if (reply[0] === 0) {
      const retry = reply[5];
      return { ok: false, now: reply[1], list: LISTS[reply[2] - 1], index: reply[3], used: reply[4], ...(retry >= 0 ? { retryAfterMs: retry } : {}) };
    }
    const budgets = plan.budgets.map((_, index) => pair(reply, 2 + 2 * index));
    let at = 2 + 2 * budgets.length;
    const windows = plan.windows.map(() => ({ used: reply[at++], bucket: reply[at++] }));
    const leases = plan.leases.map(() => reply[at++]);
    return { ok: true, now: reply[1], budgets, windows, leases };
  }

  async settle(plan: SettlePlan): Promise<RawSettle> {
    const keys = [
      limitKeys.settled(plan.id),
      ...plan.budgets.flatMap((budget) => [budget.key, budget.holdsKey]),
      ...plan.tokens.map((tokens) => tokens.key),
      ...plan.leases.map((lease) => lease.key),
    ];
    const args = [
      this.now(plan.now), plan.id, plan.actual, flag(plan.idempotent), Math.max(1, plan.settledMemoryMs), plan.budgets.length, plan.tokens.length, plan.leases.length,
      ...plan.budgets.flatMap((budget) => [flag(budget.charge), retainMs(budget, plan.now)]),
      ...plan.tokens.flatMap((tokens) => [tokens.bucket, tokens.windowMs, tokens.bucketMs, tokens.delta]),
      ...plan.leases.map((lease) => flag(lease.charge)),
    ];
    const reply = await this.run(this.settleScript, keys, args);
    return { settled: reply[0] === 1, now: reply[1], budgets: plan.budgets.map((_, index) => pair(reply, 2 + 2 * index)) };
  }

  async extend(plan: ExtendPlan): Promise<RawExtend> {
    const keys = [
      limitKeys.settled(plan.id),
      ...plan.budgets.flatMap((budget) => [budget.key, budget.holdsKey]),
      ...plan.leases.map((lease) => lease.key),
    ];
    const args = [
      this.now(plan.now), plan.id, plan.held, plan.ttlMs, plan.budgets.length, plan.leases.length,
      ...plan.budgets.flatMap((budget) => [flag(budget.hard), budget.limit, flag(budget.charge), retainMs(budget, plan.now)]),
      ...plan.leases.map((lease) => flag(lease.charge)),
    ];
    const reply = await this.run(this.extendScript, keys, args);
    if (reply[0] === 0) return { ok: false, now: reply[1], settled: reply[2] === 1, index: reply[3], used: reply[4] };
    return { ok: true, now: reply[1], budgets: plan.budgets.map((_, index) => pair(reply, 2 + 2 * index)) };
  }

  async peek(plan: PeekPlan): Promise<RawPeek> {
    const keys = [
      ...plan.budgets.flatMap((budget) => [budget.key, budget.holdsKey]),
      ...plan.windows.map((window) => window.key),
      ...plan.leases.map((lease) => lease.key),
    ];
    const args = [
      this.now(plan.now), plan.budgets.length, plan.windows.length, plan.leases.length,
      ...plan.windows.flatMap((window) => [window.windowMs, window.bucketMs]),
    ];
    const reply = await this.run(this.peekScript, keys, args);
    const budgets = plan.budgets.map((_, index) => pair(reply, 1 + 2 * index));
    let at = 1 + 2 * budgets.length;
    const windows = plan.windows.map(() => reply[at++]);
    const leases = plan.leases.map(() => reply[at++]);
    return { now: reply[0], budgets, windows, leases };
  }

  async close(): Promise<void> {
    if (this.options.ownsClient) await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private async run(script: RedisScript, keys: readonly string[], args: readonly (string | number)[]): Promise<number[]> {
    const prefixed = keys.map((key) => this.options.prefix + key);
    return (await script.run(this.redis, prefixed, args, this.options.timing ?? DEFAULT_SCRIPT_TIMING)) as number[];
  }

  private now(planned: number): number {
    return this.options.useCallerClock ? planned : -1;
  }
}

function flag(value: boolean): number {
  return value ? 1 : 0;
}

/** Milliseconds to keep a budget counter; 0 keeps a `total` budget forever. */
function retainMs(budget: PlannedBudget, now: number): number {
  // A settle long after the period still keeps the counter a while, so it is not recreated bare.
  return budget.retainUntil === undefined ? 0 : Math.max(60_000, budget.retainUntil - now);
}

function pair(reply: readonly number[], at: number): BudgetCounters {
  return { spent: reply[at], reserved: reply[at + 1] };
}

