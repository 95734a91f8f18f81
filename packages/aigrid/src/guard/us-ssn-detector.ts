import type { Detector, GuardSpan } from './guard-types.js';

// AAA-GG-SSSS, or AAAGGSSSS / AAA GG SSSS (one separator style), in one pass; only the dashed
// form counts without a label, as nine bare digits are too common. matchAll copies this regex.
const SSN_SHAPE = /(?<![\w-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\w-])/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const SSN_SHAPE_TEST = new RegExp(SSN_SHAPE.source);
// Anchored at the end, non-global: tested against the text just before an undashed candidate.
const LABEL = /\b(?:ssn|social security(?: number| no\.?)?)[\s:#.-]{0,4}(?:is\s+)?$/i;

/**
 * SSA rules: area 001–899 except 666, group 01–99, serial 0001–9999. (Since 2011 numbers are
 * randomised, so nothing finer holds.)
 */
export function isValidSsn(area: string, group: string, serial: string): boolean {
  return area !== '000' && area !== '666' && area[0] !== '9' && group !== '00' && serial !== '0000';
}

/** US Social Security numbers: dashed anywhere, undashed or spaced only after an "SSN" label. */
export const usSsnDetector: Detector = {
  id: 'us_ssn',
  types: ['us_ssn'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 9 && SSN_SHAPE_TEST.test(text),
  detect(text, out: GuardSpan[]) {
    for (const match of text.matchAll(SSN_SHAPE)) {
      if (!isValidSsn(match[1], match[3], match[4])) continue;
      if (match[2] !== '-' && !LABEL.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
      out.push({ type: 'us_ssn', category: 'pii', start: match.index, end: match.index + match[0].length });
    }
  },
};
