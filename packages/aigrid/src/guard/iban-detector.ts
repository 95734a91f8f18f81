import { passesIbanMod97 } from './checksum-algorithms.js';
import { isDigit, isLower, isUpper, isWordCode } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { IBAN_LENGTHS } from './iban-lengths.js';

// Country code and check digits at a word start; the body is read by hand (its length depends on
// the country). Lowercase is taken too (`de89…` pasted from a form). matchAll copies this regex,
// so its lastIndex is never shared.
const IBAN_START = /(?<![A-Za-z0-9])([A-Za-z]{2})\d{2}(?=[ -]?[A-Za-z0-9])/g;

const isIbanCharacter = (code: number) => isDigit(code) || isUpper(code);
const isLowerIbanCharacter = (code: number) => isDigit(code) || isLower(code);

/**
 * Reads `length` IBAN characters from `start`, allowing one space or dash between characters
 * (printed IBANs are grouped by four), the same one throughout. An IBAN in lowercase letters is
 * read only when compact. Returns the compact IBAN (uppercase) and where it ends, or undefined.
 */
function readIban(text: string, start: number, length: number): { compact: string; end: number } | undefined {
  const lower = isLower(text.charCodeAt(start));
  const accepts = lower ? isLowerIbanCharacter : isIbanCharacter;
  let compact = '';
  let index = start;
  let separator = 0;
  while (compact.length < length && index < text.length) {
    const code = text.charCodeAt(index);
    if (accepts(code)) {
      compact += text[index];
      index++;
    } else if (!lower && (code === 32 || code === 45) && (separator === 0 || separator === code) && compact.length > 0 && accepts(text.charCodeAt(index + 1))) {
      separator = code;
      index++;
    } else {
      return undefined;
    }
  }
  if (compact.length < length) return undefined;
  // Glued to more alphanumerics, or more digits in the same grouping, means a longer token.
  if (isWordCode(text.charCodeAt(index))) return undefined;
  if (separator !== 0 && text.charCodeAt(index) === separator && isDigit(text.charCodeAt(index + 1))) return undefined;
  return { compact: lower ? compact.toUpperCase() : compact, end: index };
}

const IBAN_GATE = /[A-Za-z]{2}\d{2}/;

/**
 * International bank account numbers: a known country code, two check digits and a body of the
 * country's registered length (compact, or grouped by spaces or dashes), accepted when mod-97
 * gives 1. Uppercase, or lowercase when compact. The body must hold a run of six or more digits (every
 * registry example does; it lets prompts without long numbers skip this detector).
 */
export const ibanDetector: Detector = {
  id: 'iban',
  types: ['iban'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 6 && IBAN_GATE.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    let after = 0;
    for (const match of text.matchAll(IBAN_START)) {
      if (match.index < after) continue;
      const country = match[1].toUpperCase();
      const length = IBAN_LENGTHS.get(country);
      if (length === undefined) continue;
      const read = readIban(text, match.index, length);
      if (read === undefined || !passesIbanMod97(read.compact)) continue;
      out.push({ type: 'iban', category: 'pii', start: match.index, end: read.end, meta: { country } });
      after = read.end;
    }
  },
};
