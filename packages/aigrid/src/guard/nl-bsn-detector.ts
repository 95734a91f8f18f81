import { passesElevenCheck } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';

// The printed 4.2.3 form, or 8–9 bare digits, in one pass; bare numbers count only after a label,
// since one in eleven random numbers passes the check. matchAll copies this regex.
const BSN_SHAPE = /(?<![\w.-])(?:\d{4}\.\d{2}\.\d{3}|\d{8,9})(?![\w-]|\.\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const BSN_SHAPE_TEST = new RegExp(BSN_SHAPE.source);
// Anchored at the end, non-global: tested against the text just before a bare candidate.
const LABEL = /\b(?:bsn|burgerservicenummer|sofi-?nummer)[\s:#.-]{0,4}(?:is\s+)?$/i;

/** Dutch citizen service numbers (BSN), validated with the 11-check ("elfproef"). */
export const nlBsnDetector: Detector = {
  id: 'nl_bsn',
  types: ['nl_bsn'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 8 && BSN_SHAPE_TEST.test(text),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(BSN_SHAPE)) {
      const dotted = match[0].length === 11;
      if (!passesElevenCheck(dotted ? match[0].replace(/\./g, '') : match[0])) continue;
      if (!dotted && !LABEL.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      out.push({ type: 'nl_bsn', category: 'pii', start: match.index, end: match.index + match[0].length });
    }
  },
};
