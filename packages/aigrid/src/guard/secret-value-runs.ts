import { SECRET_MIN_LENGTH, SECRET_MIN_LENGTH_PUNCTUATED } from './secret-value.js';

/*
 * Where in a text a secret value could be, found without a regex: every value secretScore takes
 * has 12+ characters and no space, tab or line break (quoted or not), so it lies inside a run of
 * 12+ such characters, and the run has every kind of character the value has. Ordinary prose
 * has few runs that long, and fewer with the mix of a token or typed password, so the
 * assignment detector looks for secret words only shortly before those.
 */

/** A run of characters without a gap: `[start, end)`. */
export interface TextRun {
  start: number;
  end: number;
}

// Character classes, one bit each, by ASCII code (any other code is NOT_TOKEN): STRONG is
// secretScore's STRONG_SYMBOL, NOT_TOKEN a character outside its TOKEN_ALPHABET, GAP ends a run.
const LOWER = 1;
const UPPER = 2;
const DIGIT = 4;
const STRONG = 8;
const NOT_TOKEN = 16;
const GAP = 32;
const LETTER = LOWER | UPPER;
const CLASSES = new Uint8Array(128).fill(NOT_TOKEN);
for (let code = 97; code <= 122; code++) CLASSES[code] = LOWER;
for (let code = 65; code <= 90; code++) CLASSES[code] = UPPER;
for (let code = 48; code <= 57; code++) CLASSES[code] = DIGIT;
for (const symbol of '+/_=-') CLASSES[symbol.charCodeAt(0)] = 0;
for (const symbol of '!#$%^*?') CLASSES[symbol.charCodeAt(0)] = STRONG | NOT_TOKEN;
CLASSES[126] = STRONG; // `~`, in both
for (const gap of ' \t\n') CLASSES[gap.charCodeAt(0)] = GAP;

const classOf = (code: number) => (code < 128 ? CLASSES[code] : NOT_TOKEN);
const isGap = (code: number) => code <= 32 && (code === 32 || code === 10 || code === 9);

/**
 * Finds the first run at or after `from` (0, or just after a gap) of SECRET_MIN_LENGTH_PUNCTUATED
 * or more characters that could hold a value secretScore scores above 0, and stores it in `run`;
 * false when there is none. Skips ahead like Boyer–Moore: it reads the last character a run
 * starting at `start` would need; on a gap no long run starts at or before it, else the
 * nearest gap before it is the next possible start. Prose is read at about one character in two.
 */
export function nextSecretRun(text: string, from: number, run: TextRun): boolean {
  const need = SECRET_MIN_LENGTH_PUNCTUATED;
  let start = from;
  while (start + need <= text.length) {
    const last = start + need - 1;
    if (isGap(text.charCodeAt(last))) {
      start = last + 1;
      continue;
    }
    let back = last - 1;
    while (back >= start && !isGap(text.charCodeAt(back))) back--;
    if (back >= start) {
      start = back + 1;
      continue;
    }
    // A long run: read it to its end for the kinds of character it has.
    let classes = 0;
    let end = start;
    for (let found = 0; end < text.length && ((found = classOf(text.charCodeAt(end))) & GAP) === 0; end++) classes |= found;
    if (mayHoldSecret(text, start, end, classes)) {
      run.start = start;
      run.end = end;
      return true;
    }
    start = end + 1;
  }
  return false;
}

/**
 * Whether `[start, end)`, with these character classes, could hold a substring that secretScore
 * scores above 0, from what such a value needs: a strong symbol and two of lowercase, uppercase
 * and digit; or all three (other punctuation, and 12–15 character tokens); or 16+ token-alphabet
 * characters in a row with a letter and a digit.
 */
function mayHoldSecret(text: string, start: number, end: number, classes: number): boolean {
  const kinds = (classes & LOWER ? 1 : 0) + (classes & UPPER ? 1 : 0) + (classes & DIGIT ? 1 : 0);
  if (kinds === 3 || (kinds === 2 && (classes & STRONG) !== 0)) return true;
  if ((classes & DIGIT) === 0 || (classes & LETTER) === 0 || end - start < SECRET_MIN_LENGTH) return false;
  return (classes & NOT_TOKEN) === 0 || hasLongToken(text, start, end);
}

/** Whether `[start, end)` has SECRET_MIN_LENGTH token-alphabet characters in a row with a letter and a digit. */
function hasLongToken(text: string, start: number, end: number): boolean {
  let length = 0;
  let classes = 0;
  for (let index = start; index < end; index++) {
    const found = classOf(text.charCodeAt(index));
    if ((found & NOT_TOKEN) !== 0) {
      length = 0;
      classes = 0;
    } else {
      classes |= found;
      if (++length >= SECRET_MIN_LENGTH && (classes & DIGIT) !== 0 && (classes & LETTER) !== 0) return true;
    }
  }
  return false;
}
