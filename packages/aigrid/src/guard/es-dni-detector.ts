import { dniLetter } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';

// DNI: eight digits and a letter; NIE: X, Y or Z, seven digits and a letter; an optional dash,
// space or URL-encoded "+" before the letter. Matched from the letter backwards (uppercase
// letters ending a token are far rarer than digits, so the scan skips most of the text).
// matchAll copies this regex.
const SPANISH_ID = /[A-Z](?<=(?<![\w-])(?:([XYZ])-?(\d{7})|(\d{8}))[- +]?([A-Z]))(?!\w)/g;

// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const SPANISH_ID_TEST = new RegExp(SPANISH_ID.source);

/** Where the id ending with the letter at `letter` starts: walks back over the optional separators. */
function startOf(text: string, letter: number, kind: 'dni' | 'nie'): number {
  const separator = text[letter - 1];
  let start = letter - (separator === '-' || separator === ' ' || separator === '+' ? 1 : 0) - (kind === 'dni' ? 8 : 7);
  if (kind === 'nie') start -= text[start - 1] === '-' ? 2 : 1;
  return start;
}

/**
 * Spanish identity numbers (DNI for citizens, NIE for foreigners). The control letter is
 * `TRWAGMYFPDXBNJZSQVHLCKE[number mod 23]`, with a NIE's X/Y/Z read as 0/1/2, so a random
 * candidate passes only one time in 23.
 */
export const esDniDetector: Detector = {
  id: 'es_dni',
  types: ['es_dni'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 7 && SPANISH_ID_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(SPANISH_ID)) {
      const [, niePrefix, nieDigits, dniDigits, letter] = match;
      const number = niePrefix === undefined ? Number(dniDigits) : Number('XYZ'.indexOf(niePrefix) + nieDigits);
      if (dniLetter(number) !== letter) continue;
      const kind = niePrefix === undefined ? 'dni' : 'nie';
      out.push({ type: 'es_dni', category: 'pii', start: startOf(text, match.index, kind), end: match.index + 1, meta: { kind } });
    }
  },
};
