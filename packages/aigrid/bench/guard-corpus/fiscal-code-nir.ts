import { mod97 } from './checksums.js';
import type { Rng } from './prng.js';
import { asciiFold, groupSeparator } from './text-noise.js';

/*
 * Identifiers derived from a person's own data: the Italian codice fiscale (surname, name, birth
 * date and place, check letter) and the French NIR (sex, birth year and month, place, key).
 */

export interface BirthFacts {
  readonly first: string;
  readonly last: string;
  readonly gender: 'm' | 'f';
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ODD: Record<string, number> = {
  0: 1, 1: 0, 2: 5, 3: 7, 4: 9, 5: 13, 6: 15, 7: 17, 8: 19, 9: 21,
  A: 1, B: 0, C: 5, D: 7, E: 9, F: 13, G: 15, H: 17, I: 19, J: 21, K: 2, L: 4, M: 18,
  N: 20, O: 11, P: 3, Q: 6, R: 8, S: 12, T: 14, U: 16, V: 10, W: 22, X: 25, Y: 24, Z: 23,
};

function evenValue(char: string): number {
  return /[0-9]/.test(char) ? Number(char) : char.charCodeAt(0) - 65;
}

/** The odd/even table sum shared by the codice fiscale check letter and the Italian CIN. */
function oddEvenLetter(text: string): string {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += i % 2 === 0 ? ODD[text[i]] : evenValue(text[i]);
  return String.fromCharCode(65 + (sum % 26));
}

export function computeCin(abiCabAccount: string): string {
  return oddEvenLetter(abiCabAccount);
}

function letters(name: string): { consonants: string; vowels: string } {
  const plain = asciiFold(name).toUpperCase().replace(/[^A-Z]/g, '');
  return { consonants: plain.replace(/[AEIOU]/g, ''), vowels: plain.replace(/[^AEIOU]/g, '') };
}

function surnameCode(last: string): string {
  const { consonants, vowels } = letters(last);
  return (consonants + vowels + 'XXX').slice(0, 3);
}

function firstNameCode(first: string): string {
  const { consonants, vowels } = letters(first);
  if (consonants.length >= 4) return consonants[0] + consonants[2] + consonants[3];
  return (consonants + vowels + 'XXX').slice(0, 3);
}

// Belfiore cadastral codes: Italian towns and a few foreign birth countries.
const BELFIORE = [
  'H501', 'F205', 'F839', 'L219', 'G273', 'A944', 'D612', 'L736', 'A662', 'C351', 'D969', 'L781',
  'G224', 'L424', 'B354', 'F158', 'H703', 'E506', 'Z129', 'Z100', 'Z210', 'Z330', 'Z343', 'Z602', 'Z222',
];

export function codiceFiscale(person: BirthFacts, r: Rng): string {
  const monthLetter = 'ABCDEHLMPRST'[person.month - 1];
  const day = String(person.day + (person.gender === 'f' ? 40 : 0)).padStart(2, '0');
  const body =
    surnameCode(person.last) +
    firstNameCode(person.first) +
    String(person.year % 100).padStart(2, '0') +
    monthLetter +
    day +
    r.pick(BELFIORE);
  return body + oddEvenLetter(body);
}

/** Department codes: mainland ones, Corsica's 2A/2B, and none of the unused numbers. */
function department(r: Rng): string {
  if (r.chance(0.06)) return r.pick(['2A', '2B']);
  const dept = r.int(1, 95);
  return dept === 20 ? '75' : String(dept).padStart(2, '0');
}

export function nirDigits(person: BirthFacts, r: Rng): string {
  const sex = person.gender === 'm' ? '1' : '2';
  const body =
    sex +
    String(person.year % 100).padStart(2, '0') +
    String(person.month).padStart(2, '0') +
    department(r) +
    String(r.int(1, 990)).padStart(3, '0') +
    String(r.int(1, 999)).padStart(3, '0');
  const numeric = body.replace('2A', '19').replace('2B', '18');
  const key = 97 - mod97(numeric);
  return body + String(key).padStart(2, '0');
}

/** "1 85 03 75 116 238 57" as on the carte Vitale, or compact, or with French no-break spaces. */
export function formatNir(nir: string, r: Rng): string {
  if (r.chance(0.3)) return nir;
  const sep = groupSeparator(r, true);
  const parts = [nir.slice(0, 1), nir.slice(1, 3), nir.slice(3, 5), nir.slice(5, 7), nir.slice(7, 10), nir.slice(10, 13)];
  const keySep = r.chance(0.15) ? ' - ' : sep;
  return parts.join(sep) + keySep + nir.slice(13);
}
