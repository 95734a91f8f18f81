import { isDigit } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';

/*
 * Telephone numbers in three written forms. Each regex finds a candidate; the digit count and the
 * separators are then checked in code. matchAll copies these regexes, so none carries lastIndex.
 */

// "+" then a country code and the subscriber number, optionally grouped: +44 20 7946 0958.
const INTERNATIONAL = /(?<![\w+/=&-])\+[1-9][\d ().-]{5,22}\d(?![\w]|[./-]\d)/g;
// National forms, in one pass. Neither continues a number written just before it ("1011 0110 1110
// 0001"); a word ending in a digit ("p99 020 7946 0958") does not count as a number.
//  - North American (group 1 set): (415) 555-2671, 415-555-2671, 415.555.2671, 1-800-555-0199. A
//    space-only "415 555 2671" is not taken: number lists ("256 512 1024") look the same.
//  - Trunk 0 or 00 prefix, one separator style throughout (group 1 unset): 020 7946 0958,
//    06 12 34 56 78, 030/12345678, (0171) 1234567.
const NATIONAL =
  /(?<![\w+./-]|(?<![\w.,])\d+[ ./-])(?:((?:1[ .-]?)?(?:\([2-9]\d\d\) ?[2-9]\d\d[ .-]|[2-9]\d\d([.-])[2-9]\d\d\2)\d{4})|(?:\(0\d{1,4}\)|0\d{1,4})([ ./-])\d{2,8}(?:\3\d{2,8}){0,5})(?![\w]|[./-]\d)/g;

// Every national form has two digits, a separator (or ") "), two digits: a cheap first gate.
const NATIONAL_GATE = /\d\d[ ./)-]{1,2}\d\d/;
// Non-global twins for the gates: .test on them allocates nothing and keeps no lastIndex.
const INTERNATIONAL_TEST = new RegExp(INTERNATIONAL.source);
const NATIONAL_TEST = new RegExp(NATIONAL.source);

/** End offsets (exclusive) of each digit group in `text[start, end)` with the running digit count. */
function groupEnds(text: string, start: number, end: number): Array<{ end: number; digits: number }> {
  const ends: Array<{ end: number; digits: number }> = [];
  let digits = 0;
  for (let index = start; index < end; index++) {
    if (!isDigit(text.charCodeAt(index))) continue;
    digits++;
    if (!isDigit(text.charCodeAt(index + 1))) ends.push({ end: index + 1, digits });
  }
  return ends;
}

/**
 * The longest group-aligned prefix of a candidate whose digit count is within [min, max], or -1.
 * A candidate may run on into a following number ("… 0958 12 apples"); this trims it back.
 */
function trimToDigits(text: string, start: number, end: number, min: number, max: number): number {
  const ends = groupEnds(text, start, end);
  for (let index = ends.length - 1; index >= 0; index--) {
    if (ends[index].digits <= max) return ends[index].digits >= min ? ends[index].end : -1;
  }
  return -1;
}

// No doubled separators ("+1 -- 2"), and at most one "(…)" holding 1–4 digits.
const BAD_SEPARATORS = /[ .-]{2}|\([^)]*\(|\)[^(]*\)|\(\d{5,}|\(\D/;

function scanInternational(text: string, out: GuardSpan[]): void {
  for (const match of text.matchAll(INTERNATIONAL)) {
    if (BAD_SEPARATORS.test(match[0]) || match[0].split('(').length !== match[0].split(')').length) continue;
    const end = trimToDigits(text, match.index, match.index + match[0].length, 8, 15);
    if (end > 0) out.push({ type: 'phone', category: 'pii', start: match.index, end, meta: { format: 'e164' } });
  }
}

function scanNational(text: string, out: GuardSpan[]): void {
  for (const match of text.matchAll(NATIONAL)) {
    const end = match.index + match[0].length;
    if (match[1] !== undefined) {
      out.push({ type: 'phone', category: 'pii', start: match.index, end, meta: { format: 'nanp' } });
      continue;
    }
    const international = match[0].startsWith('00') || match[0].startsWith('(00');
    const trimmed = trimToDigits(text, match.index, end, international ? 11 : 10, international ? 15 : 12);
    if (trimmed > 0) out.push({ type: 'phone', category: 'pii', start: match.index, end: trimmed, meta: { format: 'national' } });
  }
}

/**
 * Phone numbers: E.164 forms with `+` (8–15 digits), North American 3-3-4 numbers with
 * parentheses, dashes or dots, and trunk-prefixed national numbers (10–12 digits) with one
 * separator style. Plain digit strings, years, prices, versions and dates are never taken: every
 * form needs a `+`, a trunk `0` or a 3-3-4 shape, plus separators and enough digits.
 */
export const phoneDetector: Detector = {
  id: 'phone',
  types: ['phone'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 8 && (text.includes('+') || NATIONAL_GATE.test(text)),
  detect(text, out) {
    if (text.includes('+') && INTERNATIONAL_TEST.test(text)) scanInternational(text, out);
    if (NATIONAL_TEST.test(text)) scanNational(text, out);
  },
};
