import type { Detector, GuardSpan } from './guard-types.js';
import { hasNationalContext, type HeaderMemo, nationalContext, newHeaderMemo } from './national-id-context.js';

// AAA-GG-SSSS, or AAAGGSSSS / AAA GG SSSS / URL-encoded AAA+GG+SSSS (one separator style), in one
// pass; only the dashed form counts without a label, as nine bare digits are too common.
// matchAll copies this regex.
const SSN_SHAPE = /(?<![\w-])(\d{3})((?:[- +]|%20)?)(\d{2})\2(\d{4})(?![\w-])/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const SSN_SHAPE_TEST = new RegExp(SSN_SHAPE.source);
const LABELS = nationalContext(['ssn', 'social security', 'soc sec', 'seguro social']);

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
  // "%20" splits the digits into short runs, so encoded numbers pass the gate on that string.
  mayMatch: (text, features) => text.includes('%20') ? features.longestNumber >= 6 && SSN_SHAPE_TEST.test(text) : features.longestNumber >= 9 && SSN_SHAPE_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    let memo: HeaderMemo | undefined;
    for (const match of text.matchAll(SSN_SHAPE)) {
      if (!isValidSsn(match[1], match[3], match[4])) continue;
      const end = match.index + match[0].length;
      if (match[2] !== '-' && !hasNationalContext(text, match.index, end, LABELS, (memo ??= newHeaderMemo()))) continue;
      out.push({ type: 'us_ssn', category: 'pii', start: match.index, end });
    }
  },
};
