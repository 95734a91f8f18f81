import type { AdmitRequest, BudgetSpec, LimitSpec, Reservation } from './limit-types.js';

/**
 * What to do with a request when the shared limits store (Redis) cannot answer:
 * `fail-closed` refuses it (error `limits_unavailable`, 503); `fail-open` admits it, counted in
 * this process's memory as a best effort, and marks the admission degraded.
 */
export type OutagePolicy = 'fail-closed' | 'fail-open';

/** One policy per kind of limit. */
export interface OutagePolicies {
  readonly hardBudget: OutagePolicy;
  readonly softBudget: OutagePolicy;
  readonly requests: OutagePolicy;
  readonly tokens: OutagePolicy;
  readonly concurrency: OutagePolicy;
}

/**
 * Hard budgets fail closed: overspending money cannot be undone. Rate, token and concurrency
 * limits fail open: they protect capacity, which each process's local count still roughly
 * protects, and refusing all traffic because a cache is down is the worse outage.
 */
export const DEFAULT_OUTAGE_POLICIES: OutagePolicies = Object.freeze({
  hardBudget: 'fail-closed',
  softBudget: 'fail-open',
  requests: 'fail-open',
  tokens: 'fail-open',
  concurrency: 'fail-open',
});

/** The spec that makes this request fail closed during an outage, if any. */
export function failClosedSpec(request: AdmitRequest, policies: OutagePolicies): BudgetSpec | LimitSpec | undefined {
  const scopes = new Set(request.scopes);
  const budget = request.budgets.find((spec) => scopes.has(spec.scope) && policies[spec.mode === 'hard' ? 'hardBudget' : 'softBudget'] === 'fail-closed');
  if (budget) return budget;
  return request.limits.find((spec) => scopes.has(spec.scope) && policies[spec.kind] === 'fail-closed');
}

/** The budget that forbids extending this reservation during an outage, if any. */
export function failClosedHold(reservation: Reservation, policies: OutagePolicies): BudgetSpec | undefined {
  return reservation.holds.map((hold) => hold.spec).find((spec) => policies[spec.mode === 'hard' ? 'hardBudget' : 'softBudget'] === 'fail-closed');
}
