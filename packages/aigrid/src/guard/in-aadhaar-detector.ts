import { passesVerhoeff } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';

// Twelve digits in 4-4-4 groups (one separator) or bare, in one pass, not continuing or continued
// by another number (a card); bare ones count only after a label. matchAll copies this regex.
const AADHAAR_SHAPE = /(?<![\w.-]|(?<![\w.,])\d+[ -])([2-9]\d{3})([ -]?)(\d{4})\2(\d{4})(?![\w]|[ -]\d|\.\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const AADHAAR_SHAPE_TEST = new RegExp(AADHAAR_SHAPE.source);
// Anchored at the end, non-global: tested against the text just before a bare candidate.
const LABEL = /\b(?:aadhaa?r|uidai|uid)(?: (?:no\.?|number))?[\s:#.-]{0,4}(?:is\s+)?$/i;

/**
 * Indian Aadhaar numbers: 12 digits, never starting with 0 or 1, the last a Verhoeff check digit.
 */
export const inAadhaarDetector: Detector = {
  id: 'in_aadhaar',
  types: ['in_aadhaar'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 12 && AADHAAR_SHAPE_TEST.test(text),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(AADHAAR_SHAPE)) {
      if (!passesVerhoeff(match[1] + match[3] + match[4])) continue;
      if (match[2] === '' && !LABEL.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      out.push({ type: 'in_aadhaar', category: 'pii', start: match.index, end: match.index + match[0].length });
    }
  },
};
