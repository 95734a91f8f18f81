import { routeFromModelList } from './model-list-route.js';
import { planRoute, type PlanDeps } from './plan-route.js';
import type { HealthTier, RankedDeployment, RequestFeatures, RoutePlan, RouteSpec } from './router-types.js';

const TIER_ORDER: Record<HealthTier, number> = { healthy: 0, degraded: 1, open: 2 };

/**
 * Plans a request-level fallback list while keeping each model's own strategy: every route is
 * planned on its own (its constraints, strategy and health order), then the plans are joined in
 * list order. Health tiers are applied across the joined list too, so a healthy deployment of the
 * second model comes before an open circuit of the first. Each deployment appears once.
 */
export function planModelList(
  models: readonly string[],
  lookup: (model: string) => RouteSpec | undefined,
  features: RequestFeatures,
  deps: PlanDeps,
): RoutePlan {
  // Validates the names (model_not_found) and supplies name, retries and timeouts.
  const combined = routeFromModelList(models, lookup);
  const plans = models.map((model) => planRoute(lookup(model) as RouteSpec, features, deps));
  const seen = new Set<string>();
  const ranking: Array<{ entry: RankedDeployment; index: number }> = [];
  for (const [planIndex, plan] of plans.entries()) {
    for (const entry of plan.ranking) {
      if (seen.has(entry.deployment.id)) continue;
      seen.add(entry.deployment.id);
      ranking.push({ entry: { ...entry, note: `${models[planIndex]}: ${entry.note}` }, index: ranking.length });
    }
  }
  ranking.sort((a, b) => TIER_ORDER[a.entry.tier ?? 'healthy'] - TIER_ORDER[b.entry.tier ?? 'healthy'] || a.index - b.index);
  const filtered = plans.flatMap((plan) => plan.filtered).filter((entry) => !seen.has(entry.deployment.id));
  return {
    route: combined.name,
    strategy: 'fallback',
    ordered: ranking.map(({ entry }) => entry.deployment),
    filtered,
    ranking: ranking.map(({ entry }) => entry),
    retries: combined.retries,
    timeouts: combined.timeouts,
  };
}
