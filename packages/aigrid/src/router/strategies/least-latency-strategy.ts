import type { RankedDeployment } from '../router-types.js';
import { latencyScoreOf, sortPositions } from './latency-score.js';
import { DEFAULT_EXPLORATION_RATE, type RoutingStrategy, type StrategyContext } from './strategy-types.js';

function pickIndex(random: () => number, size: number): number {
  return Math.min(size - 1, Math.floor(random() * size));
}

interface Head {
  /** Position of the primary among the candidates. */
  readonly winner: number;
  readonly note: string;
}

/**
 * Power of two choices: two distinct candidates at random, the better one wins. A cold candidate
 * (score undefined) beats a warm one (so new and recovered deployments get measured); between two
 * cold ones the earlier in config order wins.
 */
function twoChoices(ids: readonly string[], keys: readonly number[], isCold: readonly boolean[], context: StrategyContext): Head {
  const first = pickIndex(context.random, ids.length);
  let second = pickIndex(context.random, ids.length - 1);
  if (second >= first) second += 1;
  const a = Math.min(first, second);
  const b = Math.max(first, second);
  if (isCold[a]) return { winner: a, note: `cold: explored (paired with ${ids[b]})` };
  if (isCold[b]) return { winner: b, note: `cold: explored (paired with ${ids[a]})` };
  const winner = keys[b] < keys[a] ? b : a;
  const loser = winner === a ? b : a;
  return { winner, note: `fastest of two random picks (vs ${ids[loser]})` };
}

function headOf(ids: readonly string[], keys: readonly number[], isCold: readonly boolean[], context: StrategyContext): Head {
  if (ids.length === 1) return { winner: 0, note: 'only candidate' };
  const rate = context.explorationRate ?? DEFAULT_EXPLORATION_RATE;
  if (context.random() < rate) return { winner: pickIndex(context.random, ids.length), note: 'explored at random' };
  return twoChoices(ids, keys, isCold, context);
}

const describe = (score: number | undefined) => (score === undefined ? 'cold' : `score ${Math.round(score)} ms`);

// Fallback notes differ only by the rounded score: made once per value, not per candidate.
const FALLBACK_COLD = 'fallback; cold';
const FALLBACK_NOTES = new Map<number, string>();
function fallbackNote(score: number | undefined): string {
  if (score === undefined) return FALLBACK_COLD;
  const rounded = Math.round(score);
  let note = FALLBACK_NOTES.get(rounded);
  if (note === undefined) {
    if (FALLBACK_NOTES.size >= 4_096) FALLBACK_NOTES.clear();
    note = `fallback; score ${rounded} ms`;
    FALLBACK_NOTES.set(rounded, note);
  }
  return note;
}

/**
 * Least latency: the primary is chosen by power of two choices over a load-aware latency EWMA
 * (time to first token for streams), with a small share of uniformly random picks so a slow
 * deployment's EWMA does not go stale. Fallbacks follow fastest first, cold ones last.
 */
export const leastLatencyStrategy: RoutingStrategy = (candidates, context) => {
  const count = candidates.length;
  if (count === 0) return { ranking: [] };
  const { health, features } = context;
  const ids: string[] = new Array(count);
  // Scores as unboxed doubles, with a flag for the cold ones (no score yet).
  const keys: number[] = new Array(count);
  const isCold: boolean[] = new Array(count);
  let nan = false;
  for (let index = 0; index < count; index++) {
    const id = candidates[index].id;
    ids[index] = id;
    const score = latencyScoreOf(health, id, features);
    isCold[index] = score === undefined;
    keys[index] = score ?? 0;
    if (score !== score) nan = true;
  }
  const head = headOf(ids, keys, isCold, context);
  const ranking: RankedDeployment[] = new Array(count);
  const winnerScore = isCold[head.winner] ? undefined : keys[head.winner];
  ranking[0] = { deployment: candidates[head.winner], score: winnerScore, note: `${head.note}; ${describe(winnerScore)}` };
  let out = 1;
  if (nan) {
    for (const index of sortWithComparator(head.winner, keys, isCold)) {
      const score = isCold[index] ? undefined : keys[index];
      ranking[out++] = { deployment: candidates[index], score, note: fallbackNote(score) };
    }
    return { ranking };
  }
  // The rest: known scores ascending (ties in config order), then the cold ones in config order.
  const known: number[] = [];
  const cold: number[] = [];
  for (let index = 0; index < count; index++) if (index !== head.winner) (isCold[index] ? cold : known).push(index);
  for (const index of sortPositions(known, keys)) ranking[out++] = { deployment: candidates[index], score: keys[index], note: fallbackNote(keys[index]) };
  for (const index of cold) ranking[out++] = { deployment: candidates[index], score: undefined, note: FALLBACK_COLD };
  return { ranking };
};

// With a NaN score the order is whatever this comparator sort makes of it, as it always was.
function sortWithComparator(winner: number, keys: readonly number[], isCold: readonly boolean[]): number[] {
  const keyed: Array<{ position: number; index: number; score: number | undefined }> = [];
  for (let position = 0; position < keys.length; position++) {
    if (position !== winner) keyed.push({ position, index: keyed.length, score: isCold[position] ? undefined : keys[position] });
  }
  keyed.sort((a, b) => {
    if (a.score === undefined || b.score === undefined) {
      return (a.score === undefined ? 1 : 0) - (b.score === undefined ? 1 : 0) || a.index - b.index;
    }
    return a.score - b.score || a.index - b.index;
  });
  return keyed.map((entry) => entry.position);
}
