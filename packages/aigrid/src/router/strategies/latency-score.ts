import type { DeploymentHealth } from '../health/health-types.js';
import type { Deployment, RequestFeatures } from '../router-types.js';
import type { StrategyContext } from './strategy-types.js';

/**
 * The latency a request can expect from a deployment: the time-to-first-token EWMA for streaming
 * requests (when known), the whole-response EWMA otherwise. Undefined while the deployment is cold.
 */
export function expectedLatencyMs(health: DeploymentHealth, features: RequestFeatures): number | undefined {
  if (health.cold) return undefined;
  if (features.needs.streaming && health.ewmaTtftMs !== undefined) return health.ewmaTtftMs;
  return health.ewmaLatencyMs;
}

/**
 * Load-aware latency score, lower is better: expected latency × (attempts in flight + 1), the
 * "peak EWMA" of Finagle and Linkerd, so a fast deployment that is already busy looks slower.
 */
export function latencyScore(health: DeploymentHealth, features: RequestFeatures): number | undefined {
  const latency = expectedLatencyMs(health, features);
  return latency === undefined ? undefined : latency * (health.inFlight + 1);
}

/** Known scores ascending, then unknown ones in their given order (a stable sort). */
export function sortByScore<T>(items: readonly T[], score: (item: T) => number | undefined): T[] {
  const keyed = items.map((item, index) => ({ item, index, score: score(item) }));
  keyed.sort((a, b) => {
    if (a.score === undefined || b.score === undefined) {
      return (a.score === undefined ? 1 : 0) - (b.score === undefined ? 1 : 0) || a.index - b.index;
    }
    return a.score - b.score || a.index - b.index;
  });
  return keyed.map(({ item }) => item);
}

/** Deployments by load-aware latency, fastest first, cold ones last. */
export function sortByLatency(deployments: readonly Deployment[], context: StrategyContext): Deployment[] {
  return sortByScore(deployments, (deployment) => latencyScore(context.health.health(deployment.id), context.features));
}
