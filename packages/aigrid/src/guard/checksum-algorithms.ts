/*
 * Check-digit algorithms used to validate candidates. Each takes an ASCII digit string (IBAN also
 * letters) that the caller has already stripped of separators.
 */

/** Luhn (mod 10), used by payment card numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index--) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

/**
 * ISO 13616 / ISO 7064 mod 97-10: moves the first four characters to the end, reads letters as
 * 10..35 and accepts when the number mod 97 is 1. Computed piecewise, so no bigint is needed.
 */
export function passesIbanMod97(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (let index = 0; index < rearranged.length; index++) {
    const code = rearranged.charCodeAt(index);
    if (code >= 48 && code <= 57) remainder = (remainder * 10 + (code - 48)) % 97;
    else if (code >= 65 && code <= 90) remainder = (remainder * 100 + (code - 55)) % 97;
    else return false;
  }
  return remainder === 1;
}

const VERHOEFF_MULTIPLY = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
] as const;

const VERHOEFF_PERMUTE = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
] as const;

const VERHOEFF_INVERSE = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9] as const;

function verhoeffState(digits: string, offset: number): number {
  let check = 0;
  for (let index = 0; index < digits.length; index++) {
    const digit = digits.charCodeAt(digits.length - 1 - index) - 48;
    check = VERHOEFF_MULTIPLY[check][VERHOEFF_PERMUTE[(index + offset) % 8][digit]];
  }
  return check;
}

/** Verhoeff (dihedral group D5), used by India's Aadhaar numbers; catches every transposition. */
export function passesVerhoeff(digits: string): boolean {
  return verhoeffState(digits, 0) === 0;
}

/** The Verhoeff check digit to append to `digits` (used by tests and fixtures to make valid ids). */
export function verhoeffCheckDigit(digits: string): number {
  return VERHOEFF_INVERSE[verhoeffState(digits, 1)];
}

/**
 * The Dutch "elfproef" for a BSN: weights 9..2 on the first eight digits and −1 on the last, the
 * sum divisible by 11. Eight-digit numbers are read with a leading zero.
 */
export function passesElevenCheck(digits: string): boolean {
  const padded = digits.length === 8 ? `0${digits}` : digits;
  if (padded.length !== 9 || padded === '000000000') return false;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += (9 - index) * (padded.charCodeAt(index) - 48);
  sum -= padded.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The control letter of a Spanish DNI number (for a NIE, the X/Y/Z prefix is read as 0/1/2 first). */
export function dniLetter(number: number): string {
  return DNI_LETTERS[number % 23];
}

/**
 * The key of a French NIR (numéro de sécurité sociale): 97 − (the first 13 characters read as a
 * number, mod 97). Corsica's départements 2A and 2B are read as 19 and 18, as INSEE does. The
 * result is 1..97; a key is written with two digits. Returns NaN for any other character.
 */
export function nirKey(first13: string): number {
  const department = first13.slice(5, 7);
  const numeric = department === '2A' || department === '2B' ? `${first13.slice(0, 5)}${department === '2A' ? '19' : '18'}${first13.slice(7)}` : first13;
  let remainder = 0;
  for (let index = 0; index < numeric.length; index++) {
    const digit = numeric.charCodeAt(index) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    remainder = (remainder * 10 + digit) % 97;
  }
  return 97 - remainder;
}

// Values of the characters in odd positions (1st, 3rd, … 15th) of an Italian codice fiscale, for
// 0–9 and A–Z in that order (the Agenzia delle Entrate's table; digits share the values of A–J).
const FISCAL_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23] as const;

/**
 * The check letter of an Italian codice fiscale from its first 15 characters (uppercase ASCII;
 * omocodia letters in the numeric positions are valued as written). Returns '' for another
 * character.
 */
export function fiscalCodeCheckLetter(first15: string): string {
  let sum = 0;
  for (let index = 0; index < first15.length; index++) {
    const code = first15.charCodeAt(index);
    // Even positions count a digit as itself and a letter as A=0 … Z=25; odd positions use the table.
    const value = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 90 ? code - 65 : -1;
    if (value < 0) return '';
    sum += index % 2 === 1 ? value : FISCAL_ODD[code <= 57 ? value : code - 65];
  }
  return String.fromCharCode(65 + (sum % 26));
}

/**
 * Mod 11 with weights n+1..2 over `digits`, the check digit being 11 − (sum mod 11), and 0 where
 * that is 10 or 11: Portugal's NIF (weights 9..2) and each of Brazil's two CPF check digits.
 */
export function weightedMod11CheckDigit(digits: string): number {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) sum += (digits.length + 1 - index) * (digits.charCodeAt(index) - 48);
  const check = 11 - (sum % 11);
  return check >= 10 ? 0 : check;
}

/** The last digit of a Portuguese NIF/NIPC from its first eight (weights 9..2, mod 11). */
export function ptNifCheckDigit(first8: string): number {
  return weightedMod11CheckDigit(first8);
}

/**
 * ISO 7064 MOD 11,10 (a hybrid system), used by Germany's Steuer-ID: returns the check digit to
 * append to `digits`.
 */
export function iso7064Mod1110CheckDigit(digits: string): number {
  let product = 10;
  for (let index = 0; index < digits.length; index++) {
    const sum = (digits.charCodeAt(index) - 48 + product) % 10;
    product = ((sum === 0 ? 10 : sum) * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
}

/** Brazil's CPF check digits (two characters) from its first nine digits. */
export function cpfCheckDigits(first9: string): string {
  const first = weightedMod11CheckDigit(first9);
  return `${first}${weightedMod11CheckDigit(first9 + first)}`;
}
