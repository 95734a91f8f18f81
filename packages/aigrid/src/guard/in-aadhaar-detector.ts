import { passesVerhoeff } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { hasNationalContext, type HeaderMemo, nationalContext, newHeaderMemo } from './national-id-context.js';

// Twelve digits in 4-4-4 groups (one separator: space, dash, or URL-encoded "+"/"%20") or bare,
// in one pass, not continuing or continued by another number (a card); bare ones count only after
// a label. matchAll copies this regex.
const AADHAAR_SHAPE = /(?<![\w.-]|(?<![\w.,])\d+[ -])([2-9]\d{3})((?:[ +-]|%20)?)(\d{4})\2(\d{4})(?![\w]|[ -]\d|\.\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const AADHAAR_SHAPE_TEST = new RegExp(AADHAAR_SHAPE.source);
const LABELS = nationalContext(['aadhaa?r', 'uidai', 'uid', 'आधार']);

/**
 * Indian Aadhaar numbers: 12 digits, never starting with 0 or 1, the last a Verhoeff check digit.
 */
export const inAadhaarDetector: Detector = {
  id: 'in_aadhaar',
  types: ['in_aadhaar'],
  category: 'pii',
  // "%20" splits the digits into short runs, so encoded numbers pass the gate on that string.
  mayMatch: (text, features) => text.includes('%20') ? features.longestNumber >= 6 && AADHAAR_SHAPE_TEST.test(text) : features.longestNumber >= 12 && AADHAAR_SHAPE_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    let memo: HeaderMemo | undefined;
    for (const match of text.matchAll(AADHAAR_SHAPE)) {
      if (!passesVerhoeff(match[1] + match[3] + match[4])) continue;
      const end = match.index + match[0].length;
      if (match[2] === '' && !hasNationalContext(text, match.index, end, LABELS, (memo ??= newHeaderMemo()))) continue;
      out.push({ type: 'in_aadhaar', category: 'pii', start: match.index, end });
    }
  },
};
