/**
 * The low-level port both engines implement: a few atomic operations over counters named by
 * `limit-keys.ts`. `EngineLimiter` turns requests into these plans and the raw answers back into
 * admissions, so validation, periods and result shapes are written once for both engines.
 * `charge` marks the first entry per counter: two specs on one counter check twice, charge once.
 */

export interface PlannedBudget {
  readonly key: string;
  readonly holdsKey: string;
  readonly hard: boolean;
  readonly limit: number;
  readonly charge: boolean;
  /** Epoch ms until which the counter is kept; absent for `total` (kept forever). */
  readonly retainUntil?: number;
}

export interface PlannedWindow {
  readonly key: string;
  readonly limit: number;
  readonly windowMs: number;
  readonly bucketMs: number;
  readonly amount: number;
  readonly charge: boolean;
}

export interface PlannedLease {
  readonly key: string;
  readonly limit: number;
  readonly charge: boolean;
}

/** Reserve `amount` on every budget, count into every window, take every lease — or nothing. */
export interface AdmitPlan {
  readonly id: string;
  /** The limiter's clock; an engine with its own time source may use that instead. */
  readonly now: number;
  readonly amount: number;
  readonly ttlMs: number;
  readonly budgets: readonly PlannedBudget[];
  readonly windows: readonly PlannedWindow[];
  readonly leases: readonly PlannedLease[];
}

export type RawAdmit =
  | {
      readonly ok: true;
      readonly now: number;
      /** Per planned budget, after charging. */
      readonly budgets: readonly BudgetCounters[];
      /** Per planned window: usage after charging and the bucket charged. */
      readonly windows: readonly { readonly used: number; readonly bucket: number }[];
      readonly leases: readonly number[];
    }
  | {
      readonly ok: false;
      readonly now: number;
      /** Which list refused (`rate` and `tokens` are both windows) and the entry's index in it. */
      readonly list: 'budgets' | 'windows' | 'leases';
      readonly index: number;
      /** Spent + reserved (all holds), window usage or active leases, before this request. */
      readonly used: number;
      readonly retryAfterMs?: number;
    };

export interface BudgetCounters {
  readonly spent: number;
  readonly reserved: number;
}

/** Settle a reservation (or, with `idempotent: false`, only adjust token windows). */
export interface SettlePlan {
  readonly id: string;
  readonly now: number;
  readonly actual: number;
  readonly idempotent: boolean;
  readonly settledMemoryMs: number;
  readonly budgets: readonly PlannedBudget[];
  readonly tokens: readonly { readonly key: string; readonly bucket: number; readonly windowMs: number; readonly bucketMs: number; readonly delta: number }[];
  readonly leases: readonly PlannedLease[];
}

export interface RawSettle {
  /** False when the reservation had been settled before (nothing changed). */
  readonly settled: boolean;
  readonly now: number;
  readonly budgets: readonly BudgetCounters[];
}

/** Raise the hold to `held` on every budget if every hard budget allows it, and renew the TTL. */
export interface ExtendPlan {
  readonly id: string;
  readonly now: number;
  readonly held: number;
  readonly ttlMs: number;
  readonly budgets: readonly PlannedBudget[];
  readonly leases: readonly PlannedLease[];
}

export type RawExtend =
  | { readonly ok: true; readonly now: number; readonly budgets: readonly BudgetCounters[] }
  | { readonly ok: false; readonly now: number; readonly settled: boolean; readonly index: number; readonly used: number };

export interface PeekPlan {
  readonly now: number;
  readonly budgets: readonly PlannedBudget[];
  readonly windows: readonly PlannedWindow[];
  readonly leases: readonly PlannedLease[];
}

export interface RawPeek {
  readonly now: number;
  readonly budgets: readonly BudgetCounters[];
  readonly windows: readonly number[];
  readonly leases: readonly number[];
}

/** One atomic backend: in-process maps or Lua scripts on Redis. */
export interface LimitEngine {
  admit(plan: AdmitPlan): Promise<RawAdmit>;
  settle(plan: SettlePlan): Promise<RawSettle>;
  extend(plan: ExtendPlan): Promise<RawExtend>;
  peek(plan: PeekPlan): Promise<RawPeek>;
  close(): Promise<void>;
}
