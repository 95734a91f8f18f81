import type { RoutingStrategy } from './strategy-types.js';

/** Config order: the first deployment is primary, the rest are fallbacks in the order written. */
export const fallbackStrategy: RoutingStrategy = (candidates) => ({
  ranking: candidates.map((deployment, index) => ({ deployment, note: positionNote(index) })),
});

// The notes are the same for every request: made once each, not per request and candidate.
const POSITION_NOTES: string[] = [];
function positionNote(index: number): string {
  return (POSITION_NOTES[index] ??= `config position ${index + 1}`);
}
