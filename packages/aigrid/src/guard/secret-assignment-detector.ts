import { isWordCode } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { shannonEntropy } from './shannon-entropy.js';

/** Shortest value taken as a secret (characters). */
export const SECRET_MIN_LENGTH = 16;
/** Entropy (bits/char) a hex-only value needs: hex has 16 symbols, so random hex scores lower. */
export const SECRET_MIN_ENTROPY_HEX = 3.0;
/** Entropy (bits/char) any other value needs. */
export const SECRET_MIN_ENTROPY = 3.5;

// Words that make a name secret-like; non-global, tested against one short name at a time.
const SECRET_NAME = /key|secret|token|passw|pwd|pass(?![a-z])|credential|auth/i;
// Scheme words allowed between the separator and the value ("Authorization: Bearer …").
const SCHEME = /^(?:bearer|basic|token)$/i;
const HEX_ONLY = /^[0-9a-f]+$/i;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;

const isNameCode = (code: number) => isWordCode(code) || code === 45;
// Characters of a value: base64/base64url, hex and common token alphabets.
const isValueCode = (code: number) => isWordCode(code) || code === 43 || code === 47 || code === 126 || code === 45;
const isBlank = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const isQuote = (code: number) => code === 34 || code === 39 || code === 96;

/**
 * Whether a value assigned to a secret-like name looks machine-generated: at least 16 characters,
 * a letter and a digit (identifiers such as `process.env.API_KEY` or `getToken` have none), and
 * Shannon entropy ≥ 3.0 bits/char when hex-only, ≥ 3.5 otherwise.
 */
export function looksLikeSecret(value: string): boolean {
  return secretScore(value) === 1;
}

/** How far below its threshold a value's entropy may fall and still be an uncertain candidate (bits/char). */
export const SECRET_UNCERTAIN_MARGIN = 0.3;

/**
 * 1 for a value that looks machine-generated (see looksLikeSecret), 0.35 (uncertain) when its
 * entropy is within SECRET_UNCERTAIN_MARGIN below the threshold, else 0.
 */
export function secretScore(value: string): number {
  if (value.length < SECRET_MIN_LENGTH || !HAS_DIGIT.test(value) || !HAS_LETTER.test(value)) return 0;
  const threshold = HEX_ONLY.test(value) ? SECRET_MIN_ENTROPY_HEX : SECRET_MIN_ENTROPY;
  const entropy = shannonEntropy(value);
  if (entropy >= threshold) return 1;
  return entropy >= threshold - SECRET_UNCERTAIN_MARGIN ? 0.35 : 0;
}

/**
 * The value after the separator at `at` (`=`, `:`, `:=`, `=>`), skipping blanks, one quote and a
 * scheme word; undefined unless it is a run of at least SECRET_MIN_LENGTH value characters (plus
 * up to two '=' of base64 padding). Hand-scanned: most separators fail within a few characters.
 */
function valueAfter(text: string, at: number): { start: number; end: number } | undefined {
  let index = at + (text.charCodeAt(at + 1) === (text.charCodeAt(at) === 58 ? 61 : 62) ? 2 : 1);
  for (let scheme = 0; scheme < 2; scheme++) {
    while (index < text.length && isBlank(text.charCodeAt(index))) index++;
    if (scheme === 0 && isQuote(text.charCodeAt(index))) index++;
    const start = index;
    while (index < text.length && isValueCode(text.charCodeAt(index))) index++;
    if (scheme === 0 && index - start <= 6 && isBlank(text.charCodeAt(index)) && SCHEME.test(text.slice(start, index))) continue;
    if (index - start < SECRET_MIN_LENGTH || index - start > 512) return undefined;
    let end = index;
    while (end - index < 2 && text.charCodeAt(end) === 61) end++;
    return text.charCodeAt(end) === 61 ? undefined : { start, end };
  }
  return undefined;
}

/** Whether the name ending just before the separator at `at` (past blanks and one quote) is secret-like. */
function secretNameBefore(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && at - end < 8 && isBlank(text.charCodeAt(end - 1))) end--;
  if (isQuote(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 64 && isNameCode(text.charCodeAt(start - 1))) start--;
  return start < end && SECRET_NAME.test(text.slice(start, end));
}

/** Checks each occurrence of `separator`: value first (cheap, usually fails), then the name. */
function scanSeparator(text: string, separator: string, out: GuardSpan[]): void {
  for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + 1)) {
    const value = valueAfter(text, at);
    if (value === undefined || !secretNameBefore(text, at)) continue;
    const score = secretScore(text.slice(value.start, value.end));
    if (score === 1) out.push({ type: 'secret', category: 'secret', start: value.start, end: value.end });
    else if (score > 0) out.push({ type: 'secret', category: 'secret', start: value.start, end: value.end, score });
  }
}

/**
 * High-entropy values assigned to names containing key, secret, token, password/passwd/pwd/pass,
 * credential or auth, in code, config, env files, JSON and HTTP headers (`Authorization: Bearer …`).
 * Only the value is marked. Found from each `=` and `:`: the value is checked first, by hand,
 * and only a plausible one costs a look at the name before it.
 */
export const secretAssignmentDetector: Detector = {
  id: 'secret',
  types: ['secret'],
  category: 'secret',
  mayMatch: (text) => text.includes('=') || text.includes(':'),
  detect(text, out) {
    scanSeparator(text, '=', out);
    scanSeparator(text, ':', out);
  },
};
