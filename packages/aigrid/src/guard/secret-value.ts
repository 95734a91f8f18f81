import { shannonEntropy } from './shannon-entropy.js';

/*
 * When a value assigned to (or named after) a secret-like word is itself secret-looking, and how
 * far it runs in the text. Shared by the assignment, prose-label and URL-credential scans.
 */

/** Shortest alphanumeric value taken as a secret (characters). */
export const SECRET_MIN_LENGTH = 16;
/** Shortest value with punctuation taken as a secret: typed passwords are shorter than tokens. */
export const SECRET_MIN_LENGTH_PUNCTUATED = 12;
/** Entropy (bits/char) a hex-only value needs: hex has 16 symbols, so random hex scores lower. */
export const SECRET_MIN_ENTROPY_HEX = 3.0;
/** Entropy (bits/char) any other value needs. */
export const SECRET_MIN_ENTROPY = 3.5;
/** How far below its threshold a value's entropy may fall and still be an uncertain candidate (bits/char). */
export const SECRET_UNCERTAIN_MARGIN = 0.3;

const HEX_ONLY = /^[0-9a-f]+$/i;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;
const HAS_LOWER = /[a-z]/;
const HAS_UPPER = /[A-Z]/;
const HAS_SYMBOL = /[^A-Za-z0-9]/;
// Punctuation that identifiers, paths and versions do not use, but typed passwords do.
const STRONG_SYMBOL = /[!#$%^*~?]/;
// Not credentials: URLs, file paths, dotted identifiers and `${VARIABLE}` references.
// Code: optional chaining (`usage?.tokens`), template and shell references (`${…}`, `$VAR`), and
// a negated member chain without digits (`!RULE_KEYS.has`).
const NOT_A_VALUE = /:\/\/|^(?:\.{0,2}|~)\/[a-z0-9_./-]+$|^[\w.~-]*\/[\w./-]*\.[a-z]{1,5}$|^\$\{?[A-Z_]|\$\{|\?\.|^!?(?!.*\d)[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/;
// The alphabets of base64, base64url and common token formats.
const TOKEN_ALPHABET = /^[A-Za-z0-9+/_~=-]+$/;

/**
 * Score of a candidate value: 1 when it looks machine-generated or like a typed password, 0.35
 * (uncertain) when its entropy is within SECRET_UNCERTAIN_MARGIN below the threshold, else 0.
 * - Alphanumeric (and base64/base64url) values: 16+ characters, a letter and a digit, Shannon
 *   entropy ≥ 3.0 bits/char when hex-only, ≥ 3.5 otherwise.
 * - 12–15 alphanumerics: mixed case, two digits, entropy ≥ log2(length) − 0.5.
 * - Values with punctuation (`y3s.R~o%9c-c!x`): 12+ characters, entropy ≥ min(3.5, log2(length)
 *   − 0.7), and either a symbol such as `! % ^ * ~` with two of lower/upper/digit, or all three.
 */
export function secretScore(value: string): number {
  const length = value.length;
  if (length < SECRET_MIN_LENGTH_PUNCTUATED || length > 512 || !HAS_LETTER.test(value) || NOT_A_VALUE.test(value)) return 0;
  const digit = HAS_DIGIT.test(value);
  if (HAS_SYMBOL.test(value)) {
    const strong = STRONG_SYMBOL.test(value);
    const lower = HAS_LOWER.test(value);
    const upper = HAS_UPPER.test(value);
    // With only `. _ - / +` for punctuation, mixed case and a digit are what set it apart from
    // identifiers and file names (`user_id_v2_test`).
    const mixed = strong ? (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) >= 2 : lower && upper && digit;
    if (mixed) {
      const entropy = shannonEntropy(value);
      const threshold = Math.min(SECRET_MIN_ENTROPY, Math.log2(length) - 0.7);
      if (entropy >= threshold) return 1;
      if (entropy >= threshold - SECRET_UNCERTAIN_MARGIN) return 0.35;
    }
  }
  if (!digit || !TOKEN_ALPHABET.test(value)) return 0;
  if (length < SECRET_MIN_LENGTH) return shortTokenScore(value);
  const threshold = HEX_ONLY.test(value) ? SECRET_MIN_ENTROPY_HEX : SECRET_MIN_ENTROPY;
  const entropy = shannonEntropy(value);
  if (entropy >= threshold) return 1;
  return entropy >= threshold - SECRET_UNCERTAIN_MARGIN ? 0.35 : 0;
}

const DIGITS = /\d/g;

// A 12–15 character alphanumeric value: mixed case, two digits and nearly no repeats.
function shortTokenScore(value: string): number {
  if (!HAS_LOWER.test(value) || !HAS_UPPER.test(value) || (value.match(DIGITS)?.length ?? 0) < 2) return 0;
  return shannonEntropy(value) >= Math.log2(value.length) - 0.5 ? 1 : 0;
}

/** Whether a value is written in a token alphabet only (base64, base64url, hex): no typed punctuation. */
export const isTokenAlphabet = (value: string) => TOKEN_ALPHABET.test(value);

/** Whether a value looks machine-generated or like a typed password (secretScore 1). */
export function looksLikeSecret(value: string): boolean {
  return secretScore(value) === 1;
}

/**
 * Characters of an unquoted value: printable ASCII except blanks, quotes, brackets and the
 * delimiters of fields and addresses (`, ; & | @ < > \`).
 */
export function isValueCode(code: number): boolean {
  if (code <= 32 || code >= 127) return false;
  switch (code) {
    case 34: case 39: case 96: case 44: case 59: case 38: case 124: case 64: case 60: case 62: case 92:
    case 40: case 41: case 91: case 93: case 123: case 125:
      return false;
    default:
      return true;
  }
}

/** Prose punctuation that ends a sentence or clause right after an unquoted value. */
export const isTrailingPunctuation = (code: number) => code === 46 || code === 58 || code === 33 || code === 63;
