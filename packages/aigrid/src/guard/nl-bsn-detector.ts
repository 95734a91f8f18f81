import { passesElevenCheck } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { hasNationalContext, type HeaderMemo, nationalContext, newHeaderMemo } from './national-id-context.js';

// The printed 4.2.3 form, 8–9 bare digits or 3-3-3 spaced (not inside a longer spaced number), in
// one pass; only the dotted form counts without a label, since one in eleven random numbers
// passes the check. matchAll copies this regex.
const BSN_SHAPE = /(?<![\w.-])(?:\d{4}\.\d{2}\.\d{3}|\d{8,9}|(?<!\d )\d{3} \d{3} \d{3}(?! \d))(?![\w-]|\.\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const BSN_SHAPE_TEST = new RegExp(BSN_SHAPE.source);
const LABELS = nationalContext(['bsn', 'burger ?service ?nummer', 'sofi ?nummer', 'citizen service number']);

/** Dutch citizen service numbers (BSN), validated with the 11-check ("elfproef"). */
export const nlBsnDetector: Detector = {
  id: 'nl_bsn',
  types: ['nl_bsn'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 8 && BSN_SHAPE_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    let memo: HeaderMemo | undefined;
    for (const match of text.matchAll(BSN_SHAPE)) {
      const dotted = match[0][4] === '.';
      const end = match.index + match[0].length;
      if (!passesElevenCheck(match[0].length === 9 ? match[0] : match[0].replace(/[. ]/g, ''))) continue;
      if (!dotted && !hasNationalContext(text, match.index, end, LABELS, (memo ??= newHeaderMemo()))) continue;
      out.push({ type: 'nl_bsn', category: 'pii', start: match.index, end });
    }
  },
};
