import type { Detector, GuardSpan } from './guard-types.js';

// Prefix letters: the first never D F I Q U V, the second never D F I O Q U V; then six digits
// (optionally spaced in pairs, "+" or "%20" in a URL) and the suffix A–D. matchAll copies this regex (no shared lastIndex).
const NINO = /(?<![A-Za-z0-9])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(?:[ +]|%20)?\d{2}(?:[ +]|%20)?\d{2}(?:[ +]|%20)?\d{2}(?:[ +]|%20)?[A-D](?![A-Za-z0-9])/g;

/** Prefixes HMRC never allocates (BG, GB, NK, KN, TN, NT, ZZ). */
const UNALLOCATED_PREFIXES = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

const NINO_GATE = /[A-Z]{2}(?:[ +]|%20)?\d{2}(?:[ +]|%20)?\d{2}/;

/** UK National Insurance numbers (uppercase, with the suffix letter), e.g. `AB 12 34 56 C`. */
export const ukNinoDetector: Detector = {
  id: 'uk_nino',
  types: ['uk_nino'],
  category: 'pii',
  mayMatch: (text, features) => text.includes('%20') ? NINO_GATE.test(text) : features.longestNumber >= 6 && NINO_GATE.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(NINO)) {
      if (UNALLOCATED_PREFIXES.has(match[1])) continue;
      out.push({ type: 'uk_nino', category: 'pii', start: match.index, end: match.index + match[0].length });
    }
  },
};
