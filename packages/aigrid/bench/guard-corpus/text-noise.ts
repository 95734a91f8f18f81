import type { Rng } from './prng.js';

/*
 * The small ways real text differs from clean test data: odd spaces, full-width digits, stripped
 * accents in e-mail addresses.
 */

export const NBSP = '\u00a0';
export const NNBSP = '\u202f';
export const THIN = '\u2009';

/** A group separator for numbers people type: mostly spaces, sometimes the Unicode ones. */
export function groupSeparator(r: Rng, french = false): string {
  return r.weighted<string>([
    [' ', 70],
    [NBSP, 10],
    [NNBSP, french ? 10 : 2],
    [THIN, 3],
  ]);
}

/** Digits as typed with a Japanese or Chinese input method. */
export function fullWidthDigits(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
}

const TRANSLIT: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

/** ASCII for e-mail local parts: "Müller" → "muller" or, German style, "mueller". */
export function asciiFold(text: string, germanUmlauts = false): string {
  let out = text.toLowerCase();
  if (germanUmlauts) out = out.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
  out = out.replace(/[ßæœøłđı]/g, (char) => TRANSLIT[char]);
  return out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Splits a string of digits into groups of the given sizes. */
export function groups(digits: string, sizes: readonly number[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const size of sizes) {
    if (at >= digits.length) break;
    out.push(digits.slice(at, at + size));
    at += size;
  }
  if (at < digits.length) out.push(digits.slice(at));
  return out;
}
