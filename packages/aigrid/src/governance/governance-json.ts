import type { Kysely } from 'kysely';
import type { BudgetConfig, GovernanceKind, GovernanceValues, LimitConfig, ProjectConfig, TenantConfig } from '../config/config-types.js';
import { governanceAttributes } from '../config/governance-input.js';
import { governanceReferences, type GovernanceEntry, type GovernanceView } from './governance-view.js';
import { budgetStatuses } from '../metering/budget-status.js';
import { microsToUsd } from '../metering/report-window.js';

// How the admin API shows governance objects: the attributes a block would hold, plus where the
// object comes from (`source`: config or api) and its stored times.

type Entry<K extends GovernanceKind> = GovernanceEntry<GovernanceValues[K]>;

const origin = (entry: Entry<GovernanceKind>) => ({ source: entry.source, created_at: entry.createdAt, updated_at: entry.updatedAt });

const limitJson = (limit: LimitConfig) => ({
  name: limit.name,
  scope: limit.scope,
  requests_per_minute: limit.requestsPerMinute ?? null,
  tokens_per_minute: limit.tokensPerMinute ?? null,
  concurrent: limit.concurrent ?? null,
});

/** JSON for a list of one kind's entries; budgets carry their current period's spend from the ledger. */
export async function governanceJson<K extends GovernanceKind>(kind: K, entries: readonly Entry<K>[], view: GovernanceView, db: Kysely<any>): Promise<object[]> {
  switch (kind) {
    case 'tenant':
      return (entries as readonly Entry<'tenant'>[]).map((entry) => tenantJson(entry, view));
    case 'project':
      return (entries as readonly Entry<'project'>[]).map((entry) => ({ name: entry.value.name, tenant: (entry.value as ProjectConfig).tenant, ...origin(entry) }));
    case 'budget': {
      const budgets = entries as readonly Entry<'budget'>[];
      const statuses = await budgetStatuses(db, budgets.map((entry) => entry.value as BudgetConfig));
      return statuses.map((status, index) => ({
        name: status.name,
        scope: status.scope,
        period: status.period,
        period_id: status.periodId,
        hard: status.hard,
        amount_micros: status.amountMicros,
        amount_usd: microsToUsd(status.amountMicros),
        spent_micros: status.spentMicros,
        spent_usd: microsToUsd(status.spentMicros),
        remaining_micros: status.remainingMicros,
        remaining_usd: microsToUsd(status.remainingMicros),
        ...origin(budgets[index]),
      }));
    }
    default:
      return (entries as readonly Entry<'limit'>[]).map((entry) => ({ ...limitJson(entry.value as LimitConfig), ...origin(entry) }));
  }
}

function tenantJson(entry: Entry<'tenant'>, view: GovernanceView): object {
  const tenant = entry.value as TenantConfig;
  const references = governanceReferences(view, { tenant: tenant.name });
  return {
    name: tenant.name,
    display_name: tenant.displayName ?? null,
    allowed_regions: tenant.allowedRegions ?? null,
    prices: governanceAttributes('tenant', tenant).prices ?? {},
    projects: references.projects,
    budgets: references.budgets,
    limits: references.limits.map((name) => limitJson(view.limits[name])),
    ...origin(entry),
  };
}
