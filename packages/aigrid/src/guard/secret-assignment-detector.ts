import { isWordCode } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { shannonEntropy } from './shannon-entropy.js';

/** Minimum value length, and entropy (bits/char) for hex-only and for other values. */
export const SECRET_MIN_LENGTH = 16;
export const SECRET_MIN_ENTROPY_HEX = 3.0;
export const SECRET_MIN_ENTROPY = 3.5;

// Words that make a name secret-like. Global: used through matchAll only, which copies it.
const SECRET_NAMES = /key|secret|token|passw|pwd|pass(?![a-z])|credential|auth/gi;
// From the end of the name: an optional closing quote, `=`, `:`, `:=` or `=>`, an optional opening
// quote and scheme word, then the value. Anchored and non-global: run on a slice, so no state.
const ASSIGNMENT = /^["']?\s*(?::=|=>|[:=])\s*["'`]?(?:(?:bearer|basic|token)\s+)?([A-Za-z0-9+/_~-]{16,512}={0,2})(?![A-Za-z0-9+/_~=-])/i;
const HEX_ONLY = /^[0-9a-f]+$/i;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;

const isNameCode = (code: number) => isWordCode(code) || code === 45;

/**
 * Whether a value assigned to a secret-like name looks machine-generated: at least 16 characters,
 * a letter and a digit (identifiers such as `process.env.API_KEY` or `getToken` have none), and
 * Shannon entropy ≥ 3.0 bits/char when hex-only, ≥ 3.5 otherwise.
 */
export function looksLikeSecret(value: string): boolean {
  if (value.length < SECRET_MIN_LENGTH || !HAS_DIGIT.test(value) || !HAS_LETTER.test(value)) return false;
  const threshold = HEX_ONLY.test(value) ? SECRET_MIN_ENTROPY_HEX : SECRET_MIN_ENTROPY;
  return shannonEntropy(value) >= threshold;
}

/**
 * From each secret-like word (SECRET_NAMES) to the end of the identifier it sits in, then the
 * assignment right after it. Keyword-first: prose and code have far more ':' and '=' than names
 * such as "token" or "password".
 */
function scanNames(text: string, out: GuardSpan[]): void {
  let after = 0;
  for (const match of text.matchAll(SECRET_NAMES)) {
    let nameEnd = match.index + match[0].length;
    if (nameEnd <= after) continue;
    while (nameEnd < text.length && isNameCode(text.charCodeAt(nameEnd))) nameEnd++;
    after = nameEnd;
    const assignment = ASSIGNMENT.exec(text.slice(nameEnd, nameEnd + 600));
    if (assignment === null || !looksLikeSecret(assignment[1])) continue;
    const end = nameEnd + assignment[0].length;
    out.push({ type: 'secret', category: 'secret', start: end - assignment[1].length, end });
    after = end;
  }
}

/**
 * High-entropy values assigned to names containing key, secret, token, password/passwd/pwd/pass,
 * credential or auth, in code, config, env files, JSON and HTTP headers (`Authorization: Bearer …`).
 * Only the value is marked.
 */
export const secretAssignmentDetector: Detector = {
  id: 'secret',
  types: ['secret'],
  category: 'secret',
  mayMatch: (text) => text.includes('=') || text.includes(':'),
  detect: scanNames,
};
