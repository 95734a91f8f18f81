import type { RandomSource } from '../router-deps.js';
import type { Deployment, RankedDeployment } from '../router-types.js';
import { sortByLatency } from './latency-score.js';
import type { RoutingStrategy } from './strategy-types.js';

/** Weighted draws without replacement: each next pick is proportional to the weights left. */
function weightedOrder(deployments: readonly Deployment[], random: RandomSource): Deployment[] {
  const count = deployments.length;
  let total = 0;
  let integral = true;
  for (let index = 0; index < count; index++) {
    const weight = deployments[index].weight;
    total += weight;
    if (!Number.isSafeInteger(weight)) integral = false;
  }
  return integral && total <= Number.MAX_SAFE_INTEGER ? drawIntegral(deployments, total, random) : drawByScan(deployments, total, random);
}

/**
 * The draw as written: walk the pool subtracting weights until the target goes below 0. Quadratic
 * in the number of deployments; used for fractional (or huge) weights.
 */
function drawByScan(deployments: readonly Deployment[], sum: number, random: RandomSource): Deployment[] {
  const pool = [...deployments];
  const order: Deployment[] = [];
  let total = sum;
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
 * The same draws in O(n log n) for integer weights, over a Fenwick tree of the weights left. With
 * integers every partial sum is exact, and so is `target − weight` while it stays ≥ 0, so "the
 * first deployment where the running target goes below 0" is exactly "the first whose prefix sum
 * exceeds the target": the same pick, from the same random numbers, as the scan.
 */
function drawIntegral(deployments: readonly Deployment[], sum: number, random: RandomSource): Deployment[] {
  const count = deployments.length;
  const tree = new Float64Array(count + 1);
  for (let index = 0; index < count; index++) {
    const node = index + 1;
    tree[node] += deployments[index].weight;
    const parent = node + (node & -node);
    if (parent <= count) tree[parent] += tree[node];
  }
  let top = 1;
  while (top * 2 <= count) top *= 2;
  const taken = new Uint8Array(count);
  let first = 0;
  let last = count - 1;
  const order: Deployment[] = new Array(count);
  let total = sum;
  for (let drawn = 0; drawn < count; drawn++) {
    const target = random() * total;
    let pick: number;
    if (target < 0) pick = first;
    else if (!(target < total)) pick = last; // also NaN: the scan found nothing and took the last
    else {
      // The largest prefix whose sum is ≤ target; the pick is the one after it.
      let position = 0;
      let left = target;
      for (let step = top; step > 0; step >>= 1) {
        const next = position + step;
        if (next <= count && tree[next] <= left) {
          position = next;
          left -= tree[next];
        }
      }
      pick = position < count ? position : last;
    }
    const weight = deployments[pick].weight;
    taken[pick] = 1;
    for (let node = pick + 1; node <= count; node += node & -node) tree[node] -= weight;
    while (first < count && taken[first] === 1) first++;
    while (last >= 0 && taken[last] === 1) last--;
    total -= weight;
    order[drawn] = deployments[pick];
  }
  return order;
}

// Fallback notes differ only by weight: made once per weight, not per candidate and request.
const FALLBACK_NOTES = new Map<number, string>();
function fallbackNote(weight: number): string {
  let note = FALLBACK_NOTES.get(weight);
  if (note === undefined) {
    if (FALLBACK_NOTES.size >= 1_024) FALLBACK_NOTES.clear();
    note = `fallback, weight ${weight}`;
    FALLBACK_NOTES.set(weight, note);
  }
  return note;
}

/**
 * Spreads first attempts in proportion to `weight`. Weight 0 deployments are never primary but
 * stay as fallbacks. Fallbacks after the primary keep drawing by weight for batch requests; for
 * interactive requests they are ordered by latency instead, since a fallback should be fast more
 * than it should be fair.
 */
export const weightedStrategy: RoutingStrategy = (candidates, context) => {
  const positive: Deployment[] = [];
  const zero: Deployment[] = [];
  for (const deployment of candidates) (deployment.weight > 0 ? positive : zero).push(deployment);
  if (positive.length === 0) {
    return { ranking: candidates.map((deployment) => ({ deployment, note: 'all weights 0: config order' })) };
  }
  const total = positive.reduce((sum, deployment) => sum + deployment.weight, 0);
  const drawn = weightedOrder(positive, context.random);
  const head = drawn[0];
  const rest = drawn.slice(1);
  const tail = context.features.latencyClass === 'interactive' ? sortByLatency(rest, context) : rest;
  const share = `${Math.round((head.weight / total) * 1000) / 10}%`;
  const ranking: RankedDeployment[] = new Array(candidates.length);
  let out = 0;
  ranking[out++] = { deployment: head, score: head.weight, note: `drawn by weight ${head.weight} (${share})` };
  for (const deployment of tail) ranking[out++] = { deployment, score: deployment.weight, note: fallbackNote(deployment.weight) };
  for (const deployment of zero) ranking[out++] = { deployment, score: 0, note: 'weight 0: fallback only' };
  return { ranking };
};
