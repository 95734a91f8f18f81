import type { RandomSource } from '../router-deps.js';
import type { Deployment, RankedDeployment } from '../router-types.js';
import { sortByLatency } from './latency-score.js';
import type { RoutingStrategy } from './strategy-types.js';

/** Weighted draws without replacement: each next pick is proportional to the weights left. */
function weightedOrder(deployments: readonly Deployment[], random: RandomSource): Deployment[] {
  const pool = [...deployments];
  const order: Deployment[] = [];
  let total = pool.reduce((sum, deployment) => sum + deployment.weight, 0);
  while (pool.length > 0) {
    let target = random() * total;
    let index = pool.findIndex((deployment) => (target -= deployment.weight) < 0);
    // Float rounding can leave target a hair above 0 after the last one.
    if (index === -1) index = pool.length - 1;
    const [picked] = pool.splice(index, 1);
    total -= picked.weight;
    order.push(picked);
  }
  return order;
}

/**
 * Spreads first attempts in proportion to `weight`. Weight 0 deployments are never primary but
 * stay as fallbacks. Fallbacks after the primary keep drawing by weight for batch requests; for
 * interactive requests they are ordered by latency instead, since a fallback should be fast more
 * than it should be fair.
 */
export const weightedStrategy: RoutingStrategy = (candidates, context) => {
  const positive = candidates.filter((deployment) => deployment.weight > 0);
  const zero = candidates.filter((deployment) => !(deployment.weight > 0));
  if (positive.length === 0) {
    return { ranking: candidates.map((deployment) => ({ deployment, note: 'all weights 0: config order' })) };
  }
  const total = positive.reduce((sum, deployment) => sum + deployment.weight, 0);
  const drawn = weightedOrder(positive, context.random);
  const [head, ...rest] = drawn;
  const tail = context.features.latencyClass === 'interactive' ? sortByLatency(rest, context) : rest;
  const share = (deployment: Deployment) => `${Math.round((deployment.weight / total) * 1000) / 10}%`;
  const ranking: RankedDeployment[] = [
    { deployment: head, score: head.weight, note: `drawn by weight ${head.weight} (${share(head)})` },
    ...tail.map((deployment) => ({ deployment, score: deployment.weight, note: `fallback, weight ${deployment.weight}` })),
    ...zero.map((deployment) => ({ deployment, score: 0, note: 'weight 0: fallback only' })),
  ];
  return { ranking };
};
