import { iso7064Mod1110CheckDigit } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { hasNationalContext, type HeaderMemo, nationalContext, newHeaderMemo } from './national-id-context.js';
import { TAX_ID_WORDS } from './tax-id-words.js';

// Eleven digits, bare or 2-3-3-3 (spaces, or "+" in a URL), not inside a longer number; the first
// digit is never 0. matchAll copies this regex.
const TAX_ID = /(?<![\w.-]|\d[ +])([1-9]\d)([ +]?)(\d{3})\2(\d{3})\2(\d{3})(?![\w-]|\.\d|[ +]\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const TAX_ID_TEST = new RegExp(TAX_ID.source);
const LABELS = nationalContext([
  'steuer ?id',
  'steuer ?identifikations ?nummer',
  'steuerliche identifikationsnummer',
  'identifikations ?nummer',
  'idnr',
  'id-nr',
  ...TAX_ID_WORDS,
]);

/**
 * The digit rule of the first ten digits: exactly one digit occurs twice or three times (three
 * never all in a row), every other at most once.
 */
export function hasSteuerIdDigitPattern(first10: string): boolean {
  const counts = new Uint8Array(10);
  for (let index = 0; index < 10; index++) counts[first10.charCodeAt(index) - 48]++;
  let repeated = -1;
  for (let digit = 0; digit < 10; digit++) {
    if (counts[digit] <= 1) continue;
    if (counts[digit] > 3 || repeated >= 0) return false;
    repeated = digit;
  }
  if (repeated < 0) return false;
  const triple = String(repeated).repeat(3);
  return counts[repeated] === 2 || !first10.includes(triple);
}

/**
 * German tax identification numbers (Steuer-ID, IdNr): the digit rule plus an ISO 7064
 * MOD 11,10 check digit. Eleven digits are too common to report bare, so a value counts only with
 * a label in its line, table column or field name; without one it is not reported at all.
 */
export const deTaxIdDetector: Detector = {
  id: 'de_tax_id',
  types: ['de_tax_id'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 11 && TAX_ID_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    let memo: HeaderMemo | undefined;
    for (const match of text.matchAll(TAX_ID)) {
      const digits = match[1] + match[3] + match[4] + match[5];
      if (!hasSteuerIdDigitPattern(digits.slice(0, 10)) || iso7064Mod1110CheckDigit(digits.slice(0, 10)) !== digits.charCodeAt(10) - 48) continue;
      const end = match.index + match[0].length;
      if (!hasNationalContext(text, match.index, end, LABELS, (memo ??= newHeaderMemo()))) continue;
      out.push({ type: 'de_tax_id', category: 'pii', start: match.index, end });
    }
  },
};
