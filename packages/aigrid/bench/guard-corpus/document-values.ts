import type { BirthFacts } from './fiscal-code-nir.js';
import type { PhoneCountry } from './phone-values.js';
import { DIGITS, type Rng, UPPER } from './prng.js';
import { asciiFold } from './text-noise.js';

/*
 * Passport, identity card and driving licence numbers in each issuer's published layout (the
 * German document alphabet without vowels, the Dutch one without O, the DVLA licence built from
 * surname and birth date, and so on).
 */

export type DocumentKind = 'passport' | 'id_card' | 'driving_licence';

export interface DocumentNumber {
  readonly kind: DocumentKind;
  readonly text: string;
}

const DE_ALPHABET = 'CFGHJKLMNPRTVWXYZ0123456789';
const NL_LETTERS = UPPER.replace('O', '');

function dvlaLicence(p: BirthFacts, r: Rng): string {
  const surname = (asciiFold(p.last).toUpperCase().replace(/[^A-Z]/g, '') + '99999').slice(0, 5);
  const year = String(p.year);
  const month = String(p.month + (p.gender === 'f' ? 50 : 0)).padStart(2, '0');
  const initials = (asciiFold(p.first).toUpperCase().replace(/[^A-Z]/g, '')[0] ?? '9') + '9';
  return surname + year[2] + month + String(p.day).padStart(2, '0') + year[3] + initials + '9' + r.chars(UPPER, 2);
}

type Maker = (r: Rng, p: BirthFacts) => DocumentNumber;
const doc = (kind: DocumentKind, text: string): DocumentNumber => ({ kind, text });

const MAKERS: Record<PhoneCountry, readonly Maker[]> = {
  GB: [(r) => doc('passport', r.digits(9)), (r, p) => doc('driving_licence', dvlaLicence(p, r))],
  US: [
    (r) => doc('passport', r.chance(0.5) ? r.digits(9) : r.pick(['A', 'C', 'E']) + r.digits(8)),
    (r) => doc('driving_licence', r.pick([r.chars(UPPER, 1) + r.digits(7), r.digits(9), r.chars(UPPER, 1) + r.digits(12)])),
  ],
  IN: [
    (r) => doc('passport', r.chars('ABCDEFGHJKLMNPRSTUVW', 1) + String(r.int(1, 9)) + r.digits(6)),
    (r) => doc('driving_licence', `${r.pick(['MH', 'KA', 'DL', 'TN', 'UP', 'GJ'])}${r.digits(2)} ${r.int(1995, 2022)}${r.digits(7)}`),
    (r) => doc('id_card', r.chars(UPPER, 3) + r.digits(7)),
  ],
  DE: [
    (r) => doc('passport', 'C' + r.chars(DE_ALPHABET, 8)),
    (r) => doc('id_card', r.chars('LMNPRTVWXY', 1) + r.chars(DE_ALPHABET, 8)),
    (r) => doc('driving_licence', r.chars(UPPER, 1) + r.digits(3) + r.chars(UPPER + DIGITS, 6) + r.digits(1)),
  ],
  AT: [(r) => doc('passport', 'P' + r.digits(7)), (r) => doc('driving_licence', r.digits(8))],
  CH: [(r) => doc('passport', r.chars('XSF', 1) + r.digits(7)), (r) => doc('id_card', 'C' + r.digits(7))],
  FR: [
    (r) => doc('passport', r.digits(2) + r.chars(UPPER, 2) + r.digits(5)),
    (r) => doc('id_card', r.chance(0.5) ? r.digits(12) : r.chars(UPPER + DIGITS, 8) + r.digits(1)),
    (r) => doc('driving_licence', r.digits(12)),
  ],
  BE: [(r) => doc('passport', r.chars(UPPER, 2) + r.digits(6))],
  ES: [(r) => doc('passport', r.pick(['PAA', 'PAB', 'PAC', 'AAA', 'XDA']) + r.digits(6))],
  NL: [
    (r) => doc('passport', r.chars(NL_LETTERS, 2) + r.chars(NL_LETTERS + DIGITS, 6) + r.digits(1)),
    (r) => doc('id_card', r.chars(NL_LETTERS, 2) + r.chars(NL_LETTERS + DIGITS, 6) + r.digits(1)),
    (r) => doc('driving_licence', String(r.int(1, 5)) + r.digits(9)),
  ],
  IT: [
    (r) => doc('passport', r.chars(UPPER, 2) + r.digits(7)),
    (r) => doc('id_card', 'C' + r.chars('ABCDEFGH', 1) + r.digits(5) + r.chars(UPPER, 2)),
    (r) => doc('driving_licence', r.pick(['U1', 'MI', 'RM', 'TO', 'NA']) + r.digits(7) + r.chars(UPPER, 1)),
  ],
  PT: [
    (r) => doc('passport', r.pick(['C', 'CA', 'CB', 'P']) + r.digits(6)),
    (r) => doc('id_card', String(r.int(1, 3)) + r.digits(7)),
    (r) => doc('driving_licence', `${r.pick(['L', 'P', 'C', 'F'])}-${r.digits(6)} ${r.digits(1)}`),
  ],
};

export function documentNumber(country: PhoneCountry, facts: BirthFacts, r: Rng, kind?: DocumentKind): DocumentNumber {
  const makers = MAKERS[country];
  for (let i = 0; i < 8; i++) {
    const made = r.pick(makers)(r, facts);
    if (!kind || made.kind === kind) return made;
  }
  return makers[0](r, facts);
}
