import { ptNifCheckDigit } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { hasNationalContext, type HeaderMemo, nationalContext, newHeaderMemo } from './national-id-context.js';
import { TAX_ID_WORDS } from './tax-id-words.js';

// Nine digits, bare or 3-3-3 (spaces, or "+" in a URL), not inside a longer number; the first
// digit is never 0. matchAll copies this regex.
const NIF = /(?<![\w.-]|\d[ +])([1-9]\d{2})([ +]?)(\d{3})\2(\d{3})(?![\w-]|\.\d|[ +]\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const NIF_TEST = new RegExp(NIF.source);
const LABELS = nationalContext(['nif', 'nipc', 'contribuinte', 'identifica[cç][aã]o fiscal', 'n[uú]mero fiscal', ...TAX_ID_WORDS]);

/**
 * Portuguese tax numbers (NIF, "número de contribuinte"; NIPC for companies): the last digit is a
 * mod-11 check (weights 9..2). One random number in eleven passes, so a value counts only with a
 * label in its line, table column or field name; without one it is not reported at all.
 */
export const ptNifDetector: Detector = {
  id: 'pt_nif',
  types: ['pt_nif'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 9 && NIF_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    let memo: HeaderMemo | undefined;
    for (const match of text.matchAll(NIF)) {
      const digits = match[1] + match[3] + match[4];
      if (ptNifCheckDigit(digits.slice(0, 8)) !== digits.charCodeAt(8) - 48) continue;
      const end = match.index + match[0].length;
      if (!hasNationalContext(text, match.index, end, LABELS, (memo ??= newHeaderMemo()))) continue;
      out.push({ type: 'pt_nif', category: 'pii', start: match.index, end });
    }
  },
};
