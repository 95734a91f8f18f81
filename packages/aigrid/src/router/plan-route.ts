import { applyConstraints } from './constraints.js';
import { orderByHealth } from './health/health-ordering.js';
import type { HealthView } from './health/health-types.js';
import type { Clock, RandomSource } from './router-deps.js';
import type { RequestFeatures, RoutePlan, RouteSpec } from './router-types.js';
import { STRATEGIES } from './strategies/strategy-registry.js';

export interface PlanDeps {
  readonly health: HealthView;
  readonly random: RandomSource;
  /** The same clock the health tracker uses (cooldowns are compared against it). */
  readonly clock: Clock;
  /** Share of least-latency picks made at random; see DEFAULT_EXPLORATION_RATE. */
  readonly explorationRate?: number;
}

/**
 * Plans one request on one route: constraints remove what cannot serve it (with reasons), the
 * route's strategy orders the rest, and health moves unhealthy candidates to the back without
 * dropping them. An empty `ordered` means no deployment fits; executeWithFallback then throws
 * a 4xx listing the reasons.
 */
export function planRoute(route: RouteSpec, features: RequestFeatures, deps: PlanDeps): RoutePlan {
  const { eligible, filtered } = applyConstraints(route.deployments, features);
  const strategy = STRATEGIES[route.strategy];
  const { ranking, excluded = [] } = strategy(eligible, {
    features,
    health: deps.health,
    random: deps.random,
    rules: route.rules,
    explorationRate: deps.explorationRate,
  });
  const ordered = orderByHealth(ranking, deps.health, deps.clock());
  return {
    route: route.name,
    strategy: route.strategy,
    ordered: ordered.map((entry) => entry.deployment),
    filtered: excluded.length === 0 ? filtered : filtered.concat(excluded),
    ranking: ordered,
    retries: route.retries,
    timeouts: route.timeouts,
  };
}
