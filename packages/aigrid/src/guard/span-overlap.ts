import type { GuardSpan } from './guard-types.js';

/**
 * Sorts spans and drops overlaps: of two overlapping spans the longer is kept, and on equal length
 * the one with the lower priority number (its detector's position). Redaction needs disjoint spans.
 */
export function resolveOverlaps(spans: GuardSpan[], priorities: readonly number[]): GuardSpan[] {
  if (spans.length < 2) return spans;
  const order = spans.map((_span, index) => index);
  order.sort((a, b) => spans[a].start - spans[b].start || spans[b].end - spans[b].start - (spans[a].end - spans[a].start) || priorities[a] - priorities[b]);
  const kept: GuardSpan[] = [];
  for (const index of order) {
    const span = spans[index];
    const last = kept[kept.length - 1];
    if (last === undefined || span.start >= last.end) kept.push(span);
    else if (span.end - span.start > last.end - last.start) kept[kept.length - 1] = span;
  }
  return kept;
}
