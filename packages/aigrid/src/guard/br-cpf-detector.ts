import { cpfCheckDigits } from './checksum-algorithms.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { hasNationalContext, type HeaderMemo, nationalContext, newHeaderMemo } from './national-id-context.js';

// The printed 000.000.000-00, or eleven bare digits, not inside a longer number. matchAll copies
// this regex.
const CPF = /(?<![\w.-])(?:(\d{3})\.(\d{3})\.(\d{3})-(\d{2})|(\d{11}))(?![\w-]|\.\d)/g;
// Non-global twin for the gate: .test on it allocates nothing and keeps no lastIndex.
const CPF_TEST = new RegExp(CPF.source);
const LABELS = nationalContext(['cpf', 'cadastro de pessoas? f[ií]sicas?']);
const ALL_EQUAL = /^(\d)\1{10}$/;

/**
 * Brazilian individual taxpayer numbers (CPF): two mod-11 check digits. The printed form is
 * found bare; eleven bare digits count only with a "CPF" label in their line, column or field.
 */
export const brCpfDetector: Detector = {
  id: 'br_cpf',
  types: ['br_cpf'],
  category: 'pii',
  mayMatch: (text, features) => features.longestNumber >= 11 && CPF_TEST.test(features.numberWindows),
  detect(text, out: GuardSpan[]) {
    let memo: HeaderMemo | undefined;
    for (const match of text.matchAll(CPF)) {
      const formatted = match[5] === undefined;
      const digits = formatted ? match[1] + match[2] + match[3] + match[4] : match[5];
      // Repeated digits (111.111.111-11) pass the check but are placeholders, never issued.
      if (ALL_EQUAL.test(digits) || cpfCheckDigits(digits.slice(0, 9)) !== digits.slice(9)) continue;
      const end = match.index + match[0].length;
      if (!formatted && !hasNationalContext(text, match.index, end, LABELS, (memo ??= newHeaderMemo()))) continue;
      out.push({ type: 'br_cpf', category: 'pii', start: match.index, end });
    }
  },
};
