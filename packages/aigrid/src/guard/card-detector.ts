import { cardBrand } from './card-brands.js';
import { passesLuhn } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';

// A run of digit groups joined by single spaces, dots or dashes, not glued to words or decimals. A
// comma on either side is a field separator (CSV): thousands groups are too short to matter.
// Module state: lastIndex is set before every use and the scan is synchronous.
const DIGIT_RUN = /(?<!\w|\d\.)\d+(?:[ .-]\d+)*(?!\w|\.\d)/g;
// Necessary for any accepted grouping: four digits, an optional separator, three more.
const CARD_GATE = /\d{4}[ .-]?\d{3}/;

interface DigitGroup {
  readonly start: number;
  readonly end: number;
  /** Separator before this group ('' for the first). */
  readonly separator: string;
}

/** The digit groups of a run, with text offsets. */
function splitGroups(run: string, offset: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let start = 0;
  for (let index = 0; index <= run.length; index++) {
    const code = index < run.length ? run.charCodeAt(index) : 32;
    if (code === 32 || code === 45 || code === 46) {
      groups.push({ start: offset + start, end: offset + index, separator: start === 0 ? '' : run[start - 1] });
      start = index + 1;
    }
  }
  return groups;
}

// Cards are printed 4-4-4-4, 4-6-5 (Amex) or 4-6-4 (Diners): the first group has four digits,
// inner groups 3–6, the last 1–6, and one separator throughout.
function groupingAllowed(groups: readonly DigitGroup[], first: number, last: number): boolean {
  if (first === last) return true;
  if (groups[first].end - groups[first].start !== 4) return false;
  const separator = groups[first + 1].separator;
  for (let index = first + 1; index <= last; index++) {
    const size = groups[index].end - groups[index].start;
    if (groups[index].separator !== separator || size > 6 || (index < last && size < 3)) return false;
  }
  return true;
}

// A card cut from the middle of a longer number in four-digit groups (a parcel's tracking
// number "9400 1000 …" of 22 digits) is part of that number, not a card.
function continuesNumber(groups: readonly DigitGroup[], first: number): boolean {
  if (first > 0 && groups[first].separator === '.') return true; // a decimal's fraction ("3.4111…")
  if (first === 0 || first + 1 >= groups.length) return false;
  const previous = groups[first - 1];
  return previous.end - previous.start === 4 && groups[first].separator === groups[first + 1].separator;
}

function scanRun(text: string, groups: readonly DigitGroup[], out: GuardSpan[]): void {
  let first = 0;
  while (first < groups.length) {
    if (continuesNumber(groups, first)) {
      first++;
      continue;
    }
    let found = -1;
    for (let last = groups.length - 1; last >= first && found < 0; last--) {
      if (!groupingAllowed(groups, first, last)) continue;
      const digits = text.slice(groups[first].start, groups[last].end).replace(/[ .-]/g, '');
      if (digits.length < 13 || digits.length > 19 || !passesLuhn(digits)) continue;
      const brand = cardBrand(digits);
      if (brand === undefined) continue;
      out.push({ type: 'credit_card', category: 'pii', start: groups[first].start, end: groups[last].end, meta: { brand } });
      found = last;
    }
    first = found >= 0 ? found + 1 : first + 1;
  }
}

/**
 * Payment card numbers: 13–19 digits, optionally grouped by spaces or dashes, with a Luhn check
 * digit and a known scheme prefix/length (see card-brands.ts).
 */
export const creditCardDetector: Detector = {
  id: 'credit_card',
  types: ['credit_card'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 13 && CARD_GATE.test(features.numberWindows),
  detect(text, out, features) {
    // A run is digits joined by single separators, so it lies inside one number cluster: only
    // clusters of 13 digits or more are read, from their first digit.
    for (const cluster of features.clusters) {
      if (cluster.digits < 13) continue;
      DIGIT_RUN.lastIndex = cluster.start;
      for (let match = DIGIT_RUN.exec(text); match !== null && match.index < cluster.end; match = DIGIT_RUN.exec(text)) {
        const run = match[0];
        if (run.length >= 13) scanRun(text, splitGroups(run, match.index), out);
      }
    }
  },
};
