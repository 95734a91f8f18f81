import type { BudgetPeriod, LimitKind, Scope } from './limit-types.js';

/**
 * Names of the counters, shared by both engines (Redis prepends its key prefix). The scope comes
 * last so that a scope containing `:` can never make two different counters share a name.
 */
export const limitKeys = {
  /** Hash `{ spent, reserved, h:<reservation id> → held micros }`. */
  budget: (period: BudgetPeriod, periodId: string, scope: Scope) => `budget:${period}:${periodId}:${scope}`,
  /** Sorted set: reservation id scored by its expiry, for lazy reaping of the budget's holds. */
  holds: (period: BudgetPeriod, periodId: string, scope: Scope) => `holds:${period}:${periodId}:${scope}`,
  /** Hash `{ <bucket number> → requests or tokens }` for one sliding window. */
  window: (kind: Exclude<LimitKind, 'concurrency'>, windowMs: number, scope: Scope) => `rate:${kind}:${windowMs}:${scope}`,
  /** Sorted set: lease id scored by its expiry. */
  leases: (scope: Scope) => `lease:${scope}`,
  /** Marker that a reservation was settled, so a repeated settle changes nothing. */
  settled: (reservationId: string) => `settled:${reservationId}`,
};
