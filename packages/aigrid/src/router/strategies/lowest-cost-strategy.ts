import { estimateCostMicros } from '../cost-estimate.js';
import type { Deployment } from '../router-types.js';
import { latencyScore, sortByScore } from './latency-score.js';
import type { RoutingStrategy } from './strategy-types.js';

const micros = (value: number) => Math.round(value * 100) / 100;

/**
 * Cheapest first by estimated cost (input tokens × input price + expected output × output price,
 * batch discount applied to batch requests). Unknown prices rank last, not first. Equal costs
 * keep config order, except that interactive requests put the faster deployment first.
 */
export const lowestCostStrategy: RoutingStrategy = (candidates, context) => {
  const { features } = context;
  const entries = candidates.map((deployment, index) => {
    const cost = estimateCostMicros(deployment, features);
    const latency = features.latencyClass === 'interactive' ? latencyScore(context.health.health(deployment.id), features) : undefined;
    return { deployment, index, cost, latency };
  });
  const byLatency = sortByScore(entries, (entry) => entry.latency);
  const latencyRank = new Map(byLatency.map((entry, rank) => [entry.deployment, rank]));
  const rankOf = (deployment: Deployment) => latencyRank.get(deployment) ?? 0;
  const sorted = [...entries].sort((a, b) => {
    if (a.cost === undefined || b.cost === undefined) {
      return (a.cost === undefined ? 1 : 0) - (b.cost === undefined ? 1 : 0) || a.index - b.index;
    }
    return a.cost - b.cost || rankOf(a.deployment) - rankOf(b.deployment);
  });
  const batch = features.latencyClass === 'batch';
  return {
    ranking: sorted.map(({ deployment, cost }) => {
      if (cost === undefined) return { deployment, note: 'price unknown: ranked last' };
      const discount = batch && deployment.pricing?.batchDiscountPercent ? ` after ${deployment.pricing.batchDiscountPercent}% batch discount` : '';
      return { deployment, score: cost, note: `estimated ${micros(cost)} micro-USD${discount}` };
    }),
  };
};
