/*
 * Letter classes for the contextual detectors' regexes: ASCII, Latin-1 and Latin Extended-A
 * (Polish, Czech, Turkish, Romanian letters), as source text to build patterns from.
 */

/** Uppercase initials (Latin Extended-A mixes both cases: the detectors check the case of those). */
export const UPPER = 'A-ZÀ-ÖØ-ÞĀ-ŽȘȚ';

/** Lowercase letters, and the rest of Latin Extended-A. */
export const LOWER = 'a-zß-öø-ÿĀ-žșț';

/** Any letter of the three blocks. */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿĀ-žȘ-ț';

/** Whether the UTF-16 code is a letter or digit of those blocks, or `_` (a word goes on). */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
  return (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x218 && code <= 0x21b);
}

/** Whether the character is written in uppercase (true for "É", "Ł", "Ş"; false for "ł", "ş"). */
export const isUpperChar = (char: string): boolean => char !== char.toLowerCase();
