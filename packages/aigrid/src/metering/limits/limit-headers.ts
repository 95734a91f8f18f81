import { formatMicros } from '../../spec/usd-micros.js';
import type { BudgetStatus, LimitBreach, RateStatus } from './limit-types.js';

/** What the headers are built from: an admission, or a `remaining()` report. */
export interface HeaderSource {
  readonly rates: readonly RateStatus[];
  readonly budgets?: readonly BudgetStatus[];
  readonly reservation?: { readonly budgets: readonly BudgetStatus[] };
  readonly exceeded?: readonly LimitBreach[];
  readonly degraded: boolean;
}

/**
 * Response headers: OpenAI's `x-ratelimit-*` names for the tightest request and token limits (so
 * clients that pace on them keep working), the tightest hard budget left in USD, soft budgets
 * gone over, and whether limits were only counted locally because Redis was unreachable.
 */
export function limitHeaders(source: HeaderSource): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const kind of ['requests', 'tokens'] as const) {
    const tightest = minBy(source.rates.filter((rate) => rate.kind === kind), (rate) => rate.remaining);
    if (!tightest) continue;
    headers[`x-ratelimit-limit-${kind}`] = String(tightest.limit);
    headers[`x-ratelimit-remaining-${kind}`] = String(tightest.remaining);
  }
  const budgets = source.budgets ?? source.reservation?.budgets ?? [];
  const hardest = minBy(budgets.filter((budget) => budget.mode === 'hard'), (budget) => budget.remainingMicros);
  if (hardest) headers['x-aigrid-budget-remaining-usd'] = formatMicros(hardest.remainingMicros);
  const soft = (source.exceeded ?? []).filter((breach) => breach.soft).map((breach) => `${breach.scope};period=${breach.period}`);
  if (soft.length > 0) headers['x-aigrid-budget-exceeded'] = soft.join(', ');
  if (source.degraded) headers['x-aigrid-limits-degraded'] = 'true';
  return headers;
}

function minBy<T>(items: readonly T[], score: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || score(item) < score(best)) best = item;
  return best;
}
