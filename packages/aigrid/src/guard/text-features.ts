import type { TextFeatures } from './guard-types.js';

/** What `longestNumber` reports when no number reaches six digits (an upper bound is all a gate needs). */
export const SHORT_NUMBER_BOUND = 5;

// Six or more digits, each joined to the next by at most two of the separators numbers are written
// with (space . / ( ) + -): "4111 1111 1111 1111", "+1 (415) 555-2671", "1234.56.782". Shorter
// numbers (years, prices, counts) never match, so ordinary prose yields no match objects at all.
// Used through matchAll, which copies it: no shared lastIndex.
const LONG_NUMBER = /\d(?:[ ./()+-]{0,2}\d){5,}/g;

/**
 * Measures, in one regex pass, what the numeric detectors gate on, so that a prompt without long
 * numbers costs one scan instead of one per detector.
 */
export function measureText(text: string): TextFeatures {
  let longestNumber = SHORT_NUMBER_BOUND;
  for (const match of text.matchAll(LONG_NUMBER)) {
    const cluster = match[0];
    if (cluster.length <= longestNumber) continue;
    let digits = 0;
    for (let index = 0; index < cluster.length; index++) {
      const code = cluster.charCodeAt(index);
      if (code >= 48 && code <= 57) digits++;
    }
    if (digits > longestNumber) longestNumber = digits;
  }
  return { longestNumber };
}
