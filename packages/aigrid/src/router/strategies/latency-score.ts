import type { DeploymentHealth, HealthView } from '../health/health-types.js';
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

/** latencyScore of one deployment, through the health view's fast path when it has one. */
export function latencyScoreOf(health: HealthView, deploymentId: string, features: RequestFeatures): number | undefined {
  return health.loadedLatencyMs !== undefined
    ? health.loadedLatencyMs(deploymentId, Boolean(features.needs.streaming))
    : latencyScore(health.health(deploymentId), features);
}

/**
 * Positions 0…n−1 ordered by `keys` ascending, equal keys (and only those) by position: a stable
 * merge sort over plain numbers, no comparator calls. `keys` must hold no NaN.
 */
export function sortPositions(positions: number[], keys: ArrayLike<number>, ties?: ArrayLike<number>): number[] {
  const count = positions.length;
  if (count <= 16) {
    for (let i = 1; i < count; i++) {
      const item = positions[i];
      let j = i - 1;
      while (j >= 0 && before(keys, ties, positions[j], item)) {
        positions[j + 1] = positions[j];
        j--;
      }
      positions[j + 1] = item;
    }
    return positions;
  }
  let from = positions;
  let to: number[] = new Array(count);
  for (let width = 1; width < count; width *= 2) {
    for (let start = 0; start < count; start += 2 * width) {
      const middle = Math.min(start + width, count);
      const end = Math.min(start + 2 * width, count);
      let left = start;
      let right = middle;
      let out = start;
      while (left < middle && right < end) to[out++] = before(keys, ties, from[left], from[right]) ? from[right++] : from[left++];
      while (left < middle) to[out++] = from[left++];
      while (right < end) to[out++] = from[right++];
    }
    const swap = from;
    from = to;
    to = swap;
  }
  return from;
}

/** Whether position `b` sorts strictly before position `a`. */
function before(keys: ArrayLike<number>, ties: ArrayLike<number> | undefined, a: number, b: number): boolean {
  return keys[b] < keys[a] || (ties !== undefined && keys[b] === keys[a] && ties[b] < ties[a]);
}

/** Known scores ascending, then unknown ones in their given order (a stable sort). */
export function sortByScore<T>(items: readonly T[], score: (item: T) => number | undefined): T[] {
  const count = items.length;
  // Unboxed doubles (0 where unknown), and the positions of known and unknown scores.
  const keys: number[] = new Array(count);
  const known: number[] = [];
  const unknown: number[] = [];
  let nan = false;
  for (let index = 0; index < count; index++) {
    const value = score(items[index]);
    if (value === undefined) {
      keys[index] = 0;
      unknown.push(index);
    } else {
      if (value !== value) nan = true;
      keys[index] = value;
      known.push(index);
    }
  }
  // A NaN score makes the order depend on the sort algorithm: keep the one it always was.
  if (nan) return sortByScoreWithComparator(items, keys, unknown);
  const sorted = sortPositions(known, keys);
  const result: T[] = new Array(count);
  let out = 0;
  for (let index = 0; index < sorted.length; index++) result[out++] = items[sorted[index]];
  for (let index = 0; index < unknown.length; index++) result[out++] = items[unknown[index]];
  return result;
}

function sortByScoreWithComparator<T>(items: readonly T[], keys: readonly number[], unknown: readonly number[]): T[] {
  const keyed = items.map((item, index) => ({ item, index, score: unknown.includes(index) ? undefined : keys[index] }));
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
  const { health, features } = context;
  return sortByScore(deployments, (deployment) => latencyScoreOf(health, deployment.id, features));
}
