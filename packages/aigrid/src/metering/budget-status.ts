import type { Kysely } from 'kysely';
import type { BudgetConfig } from '../config/config-types.js';
import { periodAt } from './limits/budget-period.js';
import { spent, type UsageFilter } from './usage-report.js';

/** A budget with what the ledger shows spent in its current period. */
export interface BudgetStatus {
  readonly name: string;
  readonly scope: string;
  readonly period: string;
  readonly periodId: string;
  readonly hard: boolean;
  readonly amountMicros: number;
  readonly spentMicros: number;
  readonly remainingMicros: number;
}

/** The ledger filter a budget scope stands for. */
export function scopeFilter(scope: string): UsageFilter & { tenant?: string } {
  const tenantModel = /^tenant:([^/]+)\/model:(.+)$/.exec(scope);
  if (tenantModel) return { tenant: tenantModel[1], model: tenantModel[2] };
  const [kind, value] = [scope.slice(0, scope.indexOf(':')), scope.slice(scope.indexOf(':') + 1)];
  if (kind === 'tenant') return { tenant: value };
  if (kind === 'project') return { tenant: value.split('/')[0], project: value };
  if (kind === 'key') return { keyId: value };
  return { model: value };
}

/**
 * Spent and remaining per budget for its current period, from the ledger (settled usage; the
 * limiter additionally holds reservations of requests in flight).
 */
export async function budgetStatuses(db: Kysely<any>, budgets: readonly BudgetConfig[], now = Date.now()): Promise<BudgetStatus[]> {
  return Promise.all(
    budgets.map(async (budget) => {
      const window = periodAt(budget.period, now);
      const totals = await spent(db, { ...scopeFilter(budget.scope), since: window.startsAt ?? 0, until: window.endsAt });
      return {
        name: budget.name,
        scope: budget.scope,
        period: budget.period,
        periodId: window.id,
        hard: budget.hard,
        amountMicros: budget.amountMicros,
        spentMicros: totals.costMicros,
        remainingMicros: Math.max(0, budget.amountMicros - totals.costMicros),
      };
    }),
  );
}
