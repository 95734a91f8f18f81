import { nirKey } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';

// Sex (1–4, 7, 8), year, month, département (digits, or Corsica's 2A/2B), commune, order and the
// two-digit key: compact or grouped 1 23 45 67 890 123 45 (spaces, dots or a URL's "+"; the key
// also after " - "). Not inside a longer number. matchAll copies this regex.
const NIR = /(?<![\w.-])([1-478])[ .+]?(\d{2})[ .+]?(\d{2})[ .+]?(\d{2}|2[AB])[ .+]?(\d{3})[ .+]?(\d{3})(?:[ .+]?|[ +]?-[ +]?)(\d{2})(?![\w]|[ .+-]\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const NIR_TEST = new RegExp(NIR.source);

/**
 * French social security numbers (NIR, "numéro de sécurité sociale" / INSEE number), found bare:
 * the shape is distinctive and the key (97 − number mod 97) leaves one random candidate in 97.
 */
export const frNirDetector: Detector = {
  id: 'fr_nir',
  types: ['fr_nir'],
  category: 'pii',
  // Usually 13+ digits in one run; 2A/2B splits it, leaving at least 6 on one side.
  mayMatch: (text, features) => features.longestNumber >= 6 && NIR_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(NIR)) {
      const [, sex, year, month, department, commune, order, key] = match;
      if (nirKey(sex + year + month + department + commune + order) !== Number(key)) continue;
      out.push({ type: 'fr_nir', category: 'pii', start: match.index, end: match.index + match[0].length });
    }
  },
};
