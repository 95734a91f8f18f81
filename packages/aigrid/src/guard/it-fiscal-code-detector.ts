import { fiscalCodeCheckLetter } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';

// Surname and name (6 letters), year (2), month letter (A B C D E H L M P R S T), day (2, +40 for
// women), municipality (a letter and 3) and the check letter. Omocodia replaces digits, from the
// right, by L M N P Q R S T U V, so every digit place takes those too. All upper- or lowercase.
const D = '[0-9LMNP-V]';
const d = '[0-9lmnp-v]';
// Sticky: tried only where the anchor below points, so prose is never scanned letter by letter.
const FISCAL_CODE = new RegExp(
  String.raw`(?<![\p{L}\p{N}_])(?:[A-Z]{6}${D}{2}[ABCDEHLMPRST]${D}{2}[A-Z]${D}{3}[A-Z]|[a-z]{6}${d}{2}[abcdehlmprst]${d}{2}[a-z]${d}{3}[a-z])(?![\p{L}\p{N}_])`,
  'uy',
);
// The anchor: year, month letter, day digit (code positions 7–10). Omocodia replaces digits from
// the right and reaches the year only after six clashes, so requiring digits there loses
// practically nothing, and a scan for digits is far cheaper than one for a run of letters (with
// two year digits, hex strings and versions such as "0b1" or "n1p1" no longer stop it).
const ANCHOR_TEST = /\d\d[abcdehlmprst]\d/i;
const ANCHOR = /\d\d[abcdehlmprst]\d/gi;

/**
 * Italian tax codes (codice fiscale) of persons, found bare: the 16-character shape is distinctive
 * and the check letter leaves one random candidate in 26.
 */
export const itFiscalCodeDetector: Detector = {
  id: 'it_fiscal_code',
  types: ['it_fiscal_code'],
  category: 'pii',
  mayMatch: (text) => ANCHOR_TEST.test(text),
  detect(text, out: GuardSpan[]) {
    // Both regexes are module state, reset here and used synchronously, so sharing is safe.
    ANCHOR.lastIndex = 0;
    while (ANCHOR.test(text)) {
      const start = ANCHOR.lastIndex - 10;
      if (start < 0) continue;
      FISCAL_CODE.lastIndex = start;
      if (!FISCAL_CODE.test(text)) {
        ANCHOR.lastIndex -= 3; // the next anchor may overlap this one ("12A34B5")
        continue;
      }
      const code = text.slice(start, start + 16).toUpperCase();
      if (fiscalCodeCheckLetter(code.slice(0, 15)) === code[15]) out.push({ type: 'it_fiscal_code', category: 'pii', start, end: start + 16 });
      ANCHOR.lastIndex = start + 16;
    }
  },
};
