import { estimateCostMicros } from '../cost-estimate.js';
import type { Deployment, RankedDeployment } from '../router-types.js';
import { latencyScore, latencyScoreOf, sortByScore, sortPositions } from './latency-score.js';
import type { RoutingStrategy, StrategyContext } from './strategy-types.js';

const micros = (value: number) => Math.round(value * 100) / 100;

/**
 * Cheapest first by estimated cost (input tokens × input price + expected output × output price,
 * batch discount applied to batch requests). Unknown prices rank last, not first. Equal costs
 * keep config order, except that interactive requests put the faster deployment first.
 */
export const lowestCostStrategy: RoutingStrategy = (candidates, context) => {
  const { features } = context;
  const count = candidates.length;
  const interactive = features.latencyClass === 'interactive';
  // Costs as unboxed doubles (0 where the price is unknown), and the latency rank of each.
  const costs: number[] = new Array(count);
  const known: number[] = [];
  const unpriced: number[] = [];
  let nan = false;
  for (let index = 0; index < count; index++) {
    const cost = estimateCostMicros(candidates[index], features);
    if (cost === undefined) {
      costs[index] = 0;
      unpriced.push(index);
    } else {
      if (cost !== cost) nan = true;
      costs[index] = cost;
      known.push(index);
    }
  }
  if (nan) return lowestCostByComparator(candidates, context);
  const ranks = latencyRanks(candidates, context, interactive);
  const sorted = sortPositions(known, costs, ranks);
  if (hasRepeatAmongEqualCosts(candidates, sorted, costs)) return lowestCostByComparator(candidates, context);
  const batch = features.latencyClass === 'batch';
  const ranking: RankedDeployment[] = new Array(count);
  let out = 0;
  for (const index of sorted) {
    const deployment = candidates[index];
    const cost = costs[index];
    const discount = batch && deployment.pricing?.batchDiscountPercent ? ` after ${deployment.pricing.batchDiscountPercent}% batch discount` : '';
    ranking[out++] = { deployment, score: cost, note: `estimated ${micros(cost)} micro-USD${discount}` };
  }
  for (const index of unpriced) ranking[out++] = { deployment: candidates[index], note: 'price unknown: ranked last' };
  return { ranking };
};

/** Each candidate's place in latency order (fastest first, cold last); config order when not interactive. */
function latencyRanks(candidates: readonly Deployment[], context: StrategyContext, interactive: boolean): number[] {
  const count = candidates.length;
  const ranks: number[] = new Array(count);
  if (!interactive) {
    for (let index = 0; index < count; index++) ranks[index] = index;
    return ranks;
  }
  const { health, features } = context;
  const positions: number[] = new Array(count);
  for (let index = 0; index < count; index++) positions[index] = index;
  const byLatency = sortByScore(positions, (index) => latencyScoreOf(health, candidates[index].id, features));
  for (let rank = 0; rank < count; rank++) ranks[byLatency[rank]] = rank;
  return ranks;
}

/**
 * Whether one deployment object appears twice among candidates of equal cost. The ranking was
 * written with a rank per deployment object (the later one for a repeat), so only there can a
 * rank per position order differently.
 */
function hasRepeatAmongEqualCosts(candidates: readonly Deployment[], sorted: readonly number[], costs: readonly number[]): boolean {
  for (let start = 0; start < sorted.length; ) {
    let end = start + 1;
    while (end < sorted.length && costs[sorted[end]] === costs[sorted[start]]) end++;
    if (end - start > 1) {
      const seen = new Set<Deployment>();
      for (let index = start; index < end; index++) {
        const deployment = candidates[sorted[index]];
        if (seen.has(deployment)) return true;
        seen.add(deployment);
      }
    }
    start = end;
  }
  return false;
}

/** The ranking as first written, comparator and all: for NaN costs and repeated deployments. */
function lowestCostByComparator(candidates: readonly Deployment[], context: StrategyContext): ReturnType<RoutingStrategy> {
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
}

