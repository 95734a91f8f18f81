import { passesIbanMod97 } from './checksum-algorithms.js';
import { isDigit, isUpper, isWordCode } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { IBAN_LENGTHS } from './iban-lengths.js';

// Country code and check digits at a word start; the body is read by hand (its length depends on
// the country). matchAll copies this regex, so its lastIndex is never shared.
const IBAN_START = /(?<![A-Za-z0-9])([A-Z]{2})\d{2}(?= ?[A-Z0-9])/g;

const isIbanCharacter = (code: number) => isDigit(code) || isUpper(code);

/**
 * Reads `length` IBAN characters from `start`, allowing one space between characters (printed
 * IBANs are grouped by four). Returns the compact IBAN and where it ends, or undefined.
 */
function readIban(text: string, start: number, length: number): { compact: string; end: number } | undefined {
  let compact = '';
  let index = start;
  while (compact.length < length && index < text.length) {
    const code = text.charCodeAt(index);
    if (isIbanCharacter(code)) {
      compact += text[index];
      index++;
    } else if (code === 32 && compact.length > 0 && isIbanCharacter(text.charCodeAt(index + 1))) {
      index++;
    } else {
      return undefined;
    }
  }
  if (compact.length < length) return undefined;
  // Glued to more alphanumerics means a longer token, not this IBAN.
  if (isWordCode(text.charCodeAt(index))) return undefined;
  return { compact, end: index };
}

const IBAN_GATE = /[A-Z]{2}\d{2}/;

/**
 * International bank account numbers: a known country code, two check digits and a body of the
 * country's registered length (compact or grouped by spaces), accepted when mod-97 gives 1.
 * Uppercase only, as IBANs are printed. The body must hold a run of six or more digits (every
 * registry example does; it lets prompts without long numbers skip this detector).
 */
export const ibanDetector: Detector = {
  id: 'iban',
  types: ['iban'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 6 && IBAN_GATE.test(text),
  detect(text, out: GuardSpan[]) {
    let after = 0;
    for (const match of text.matchAll(IBAN_START)) {
      if (match.index < after) continue;
      const country = match[1];
      const length = IBAN_LENGTHS.get(country);
      if (length === undefined) continue;
      const read = readIban(text, match.index, length);
      if (read === undefined || !passesIbanMod97(read.compact)) continue;
      out.push({ type: 'iban', category: 'pii', start: match.index, end: read.end, meta: { country } });
      after = read.end;
    }
  },
};
