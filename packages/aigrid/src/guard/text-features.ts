import type { NumberCluster, TextFeatures } from './guard-types.js';

/** What `longestNumber` reports when no number reaches six digits (an upper bound is all a gate needs). */
export const SHORT_NUMBER_BOUND = 5;

// Six or more digits, each joined to the next by at most two of the separators numbers are written
// with (space . / ( ) + -): "4111 1111 1111 1111", "+1 (415) 555-2671", "1234.56.782". Shorter
// numbers (years, prices, counts) never match, so ordinary prose yields no match objects at all.
// A regex, not a loop: V8 finds the digits faster than a charCodeAt loop can (measured 2×).
// Used through matchAll, which copies it: no shared lastIndex.
const LONG_NUMBER = /\d(?:[ ./()+-]{0,2}\d){5,}/g;

const NO_CLUSTERS: readonly NumberCluster[] = Object.freeze([]);

// Characters kept on each side of a cluster in `numberWindows`: more than the longest value a
// numeric detector matches around its digits (an IBAN is at most 34 characters, 42 with spaces).
const WINDOW_MARGIN = 48;

/**
 * The text around every cluster, windows joined by line breaks. A numeric detector's shape can
 * only match there, so its pre-check reads this instead of the whole text. A cut at a window's
 * edge can only make a pre-check pass where the text would not, never the reverse.
 */
function windowsAround(text: string, clusters: readonly NumberCluster[]): string {
  let windows = '';
  let from = -1;
  let to = -1;
  for (const cluster of clusters) {
    const start = Math.max(0, cluster.start - WINDOW_MARGIN);
    if (from >= 0 && start <= to) {
      to = Math.min(text.length, cluster.end + WINDOW_MARGIN);
      continue;
    }
    if (from >= 0) windows += `${text.slice(from, to)}\n`;
    from = start;
    to = Math.min(text.length, cluster.end + WINDOW_MARGIN);
  }
  return from < 0 ? '' : windows + text.slice(from, to);
}

/**
 * Measures, in one regex pass, what the numeric detectors gate on, so that a prompt without long
 * numbers costs one scan instead of one per detector, and one with them tells each detector where
 * they are.
 */
export function measureText(text: string): TextFeatures {
  let longestNumber = SHORT_NUMBER_BOUND;
  let clusters: NumberCluster[] | undefined;
  for (const match of text.matchAll(LONG_NUMBER)) {
    const cluster = match[0];
    let digits = 0;
    for (let index = 0; index < cluster.length; index++) {
      const code = cluster.charCodeAt(index);
      if (code >= 48 && code <= 57) digits++;
    }
    (clusters ??= []).push({ start: match.index, end: match.index + cluster.length, digits });
    if (digits > longestNumber) longestNumber = digits;
  }
  if (clusters === undefined) return { longestNumber, clusters: NO_CLUSTERS, numberWindows: '' };
  return { longestNumber, clusters, numberWindows: windowsAround(text, clusters) };
}
