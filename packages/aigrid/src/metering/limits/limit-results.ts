import type { BudgetCounters } from './limit-engine.js';
import type { BudgetHold, BudgetStatus, LeaseHold, LimitBreach, RateStatus, Refusal } from './limit-types.js';
import type { WindowEntry } from './limit-plan.js';

/** A budget's status from its counters. */
export function budgetStatus(hold: BudgetHold, counters: BudgetCounters): BudgetStatus {
  const { spec } = hold;
  const used = counters.spent + counters.reserved;
  return {
    scope: spec.scope,
    period: spec.period,
    mode: spec.mode,
    limitMicros: spec.limitMicros,
    spentMicros: counters.spent,
    reservedMicros: counters.reserved,
    remainingMicros: Math.max(0, spec.limitMicros - used),
    exceeded: used > spec.limitMicros,
    ...(hold.resetsAt === undefined ? {} : { resetsAt: hold.resetsAt }),
  };
}

/** Soft budgets over their limit, reported (not refused) for alerts and headers. */
export function softBreaches(statuses: readonly BudgetStatus[]): LimitBreach[] {
  return statuses
    .filter((status) => status.mode === 'soft' && status.exceeded)
    .map((status) => ({ kind: 'budget', scope: status.scope, limit: status.limitMicros, remaining: 0, soft: true, period: status.period }));
}

/** A window's status from its usage. */
export function windowStatus(entry: WindowEntry, used: number): RateStatus {
  const { spec } = entry;
  return { scope: spec.scope, kind: spec.kind, limit: spec.limit, used, remaining: Math.max(0, spec.limit - used), windowMs: entry.planned.windowMs };
}

/** A concurrency limit's status from its active leases. */
export function leaseStatus(lease: LeaseHold, active: number): RateStatus {
  return { scope: lease.spec.scope, kind: 'concurrency', limit: lease.spec.limit, used: active, remaining: Math.max(0, lease.spec.limit - active) };
}

/** Refusal by a hard budget: waiting helps only once the period resets (or holds are settled). */
export function budgetRefusal(hold: BudgetHold, used: number, now: number): Refusal {
  const { spec } = hold;
  const refusal: Refusal = { ok: false, kind: 'budget', scope: spec.scope, limit: spec.limitMicros, remaining: Math.max(0, spec.limitMicros - used), period: spec.period };
  return hold.resetsAt === undefined ? refusal : { ...refusal, retryAfterMs: Math.max(1, hold.resetsAt - now) };
}

/** Refusal by a request or token window. */
export function windowRefusal(entry: WindowEntry, used: number, retryAfterMs: number | undefined): Refusal {
  const { spec } = entry;
  const refusal: Refusal = { ok: false, kind: spec.kind === 'requests' ? 'rate' : 'tokens', scope: spec.scope, limit: spec.limit, remaining: Math.max(0, spec.limit - used) };
  return retryAfterMs === undefined ? refusal : { ...refusal, retryAfterMs };
}

/** Refusal by a concurrency limit; `retryAfterMs` is only a hint, nobody knows when a slot frees. */
export function leaseRefusal(lease: LeaseHold, active: number, retryAfterMs: number): Refusal {
  return { ok: false, kind: 'concurrency', scope: lease.spec.scope, limit: lease.spec.limit, remaining: Math.max(0, lease.spec.limit - active), retryAfterMs };
}
