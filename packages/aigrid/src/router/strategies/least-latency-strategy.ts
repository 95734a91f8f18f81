import type { Deployment, RankedDeployment } from '../router-types.js';
import { latencyScore, sortByScore } from './latency-score.js';
import { DEFAULT_EXPLORATION_RATE, type RoutingStrategy, type StrategyContext } from './strategy-types.js';

interface Scored {
  readonly deployment: Deployment;
  readonly index: number;
  /** Undefined while cold: no trusted latency yet. */
  readonly score: number | undefined;
}

function pickIndex(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(random() * size));
}

/**
 * Power of two choices: two distinct candidates at random, the better one wins. A cold candidate
 * beats a warm one (so new and recovered deployments get measured); between two cold ones the
 * earlier in config order wins.
 */
function twoChoices(scored: readonly Scored[], context: StrategyContext): { winner: Scored; note: string } {
  const first = pickIndex(context.random, scored.length);
  let second = pickIndex(context.random, scored.length - 1);
  if (second >= first) second += 1;
  const [a, b] = first < second ? [scored[first], scored[second]] : [scored[second], scored[first]];
  if (a.score === undefined) return { winner: a, note: `cold: explored (paired with ${b.deployment.id})` };
  if (b.score === undefined) return { winner: b, note: `cold: explored (paired with ${a.deployment.id})` };
  const winner = b.score < a.score ? b : a;
  const loser = winner === a ? b : a;
  return { winner, note: `fastest of two random picks (vs ${loser.deployment.id})` };
}

function headOf(scored: readonly Scored[], context: StrategyContext): { winner: Scored; note: string } {
  if (scored.length === 1) return { winner: scored[0], note: 'only candidate' };
  const rate = context.explorationRate ?? DEFAULT_EXPLORATION_RATE;
  if (context.random() < rate) return { winner: scored[pickIndex(context.random, scored.length)], note: 'explored at random' };
  return twoChoices(scored, context);
}

const describe = (score: number | undefined) => (score === undefined ? 'cold' : `score ${Math.round(score)} ms`);

/**
 * Least latency: the primary is chosen by power of two choices over a load-aware latency EWMA
 * (time to first token for streams), with a small share of uniformly random picks so a slow
 * deployment's EWMA does not go stale. Fallbacks follow fastest first, cold ones last.
 */
export const leastLatencyStrategy: RoutingStrategy = (candidates, context) => {
  if (candidates.length === 0) return { ranking: [] };
  const scored: Scored[] = candidates.map((deployment, index) => ({
    deployment,
    index,
    score: latencyScore(context.health.health(deployment.id), context.features),
  }));
  const head = headOf(scored, context);
  const rest = sortByScore(
    scored.filter((entry) => entry !== head.winner),
    (entry) => entry.score,
  );
  const ranking: RankedDeployment[] = [
    { deployment: head.winner.deployment, score: head.winner.score, note: `${head.note}; ${describe(head.winner.score)}` },
    ...rest.map((entry) => ({ deployment: entry.deployment, score: entry.score, note: `fallback; ${describe(entry.score)}` })),
  ];
  return { ranking };
};
