/*
 * What the detectors read: the text in Unicode NFKC, with every space-like character as an ASCII
 * space, every dash-like character as "-", and invisible format characters dropped. Full-width
 * digits and letters become ASCII (NFKC does that). Spans found in the normalized text are mapped
 * back to the original's offsets, so redaction and restoring work on what the client sent.
 */

import { type Edit, mapSpan } from './offset-edits.js';
import { type DecodedText, decodeUrlEscapes } from './url-escapes.js';

/** A normalized text and the way back to the original's offsets. */
export interface NormalizedText {
  readonly text: string;
  /** Whether offsets differ from the original's (else `toOriginal` is the identity). */
  readonly moved: boolean;
  /** Maps a span `[start, end)` of `text` to the original. */
  toOriginal(start: number, end: number): readonly [number, number];
}

const same = (start: number, end: number): readonly [number, number] => [start, end];
const unmoved = (text: string): NormalizedText => ({ text, moved: false, toOriginal: same });

// Space separators (Zs) other than U+0020, and the line and paragraph separators: in numbers and
// IBANs they stand where a space would. Tabs and newlines are kept as they are.
const SPACE_LIKE = '\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
// Hyphen, non-breaking hyphen, figure dash, en dash, minus, small and full-width hyphen-minus:
// phone numbers and IDs are typed with all of them. Em dashes are prose punctuation and stay.
const DASH_LIKE = '\\u2010-\\u2013\\u2212\\ufe63\\uff0d';
// Zero-width and soft-hyphen characters that render as nothing but split a value for a regex.
const INVISIBLE = '\\u00ad\\u180e\\u200b-\\u200d\\u2060-\\u2064\\ufeff';

// Characters NFKC leaves as they are and that are no separator to fold: Latin, Greek and
// Cyrillic letters, common punctuation, currency signs, arrows and box drawing (a test checks
// every one). Text made only of these, and ASCII, skips normalization.
const STABLE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0xa1, 0xa7], [0xa9, 0xa9], [0xab, 0xac], [0xae, 0xae], [0xb0, 0xb1], [0xb6, 0xb7], [0xbb, 0xbb], [0xbf, 0x131],
  [0x134, 0x13e], [0x141, 0x148], [0x14a, 0x17e], [0x180, 0x1c3], [0x1cd, 0x1f0], [0x1f4, 0x24f], [0x386, 0x386],
  [0x388, 0x3cf], [0x400, 0x52f], [0x2014, 0x2015], [0x2018, 0x2023], [0x2030, 0x2030], [0x2032, 0x2032],
  [0x2039, 0x203a], [0x20a0, 0x20a7], [0x20a9, 0x20cf], [0x2190, 0x21ff], [0x2500, 0x27ff],
];

// One byte per UTF-16 code unit: 1 where the character may change. A table, not a regex: V8's
// regex over a large class costs ten times more on two-byte strings (any text with a "≈" or "–").
const CHANGES = new Uint8Array(0x10000).fill(1, 0x80);
for (const [from, to] of STABLE_RANGES) CHANGES.fill(0, from, to + 1);

/** Whether the UTF-16 code unit may change under normalization (surrogates and non-stable characters). */
export const mayChange = (code: number): boolean => CHANGES[code] === 1;

const NON_ASCII = /[^\x00-\x7f]/;

const SPACES = new RegExp(`[${SPACE_LIKE}]`, 'g');
const DASHES = new RegExp(`[${DASH_LIKE}]`, 'g');
const INVISIBLES = new RegExp(`[${INVISIBLE}]`, 'g');

/** Same-length replacements: offsets stay where they were. */
const foldSeparators = (text: string) => text.replace(SPACES, ' ').replace(DASHES, '-');

const isCombining = (code: number) =>
  (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f);

function normalizeSegment(segment: string): string {
  return foldSeparators(segment.normalize('NFKC')).replace(INVISIBLES, '');
}

// Folds of single code units seen so far: the same few ("–", "…", "×") recur in every prompt,
// and normalizing each afresh costs about a microsecond. Bounded by the 64 Ki code units.
const FOLDED = new Map<number, string>();

function foldedUnit(code: number, segment: string): string {
  let folded = FOLDED.get(code);
  if (folded === undefined) {
    folded = normalizeSegment(segment);
    FOLDED.set(code, folded);
  }
  return folded;
}

/**
 * The first code unit at or after `from` that may change, or the text's length. A loop of its
 * own: inside `rewrite` the same scan runs about four times slower (measured).
 */
function nextChange(text: string, from: number): number {
  let at = from;
  while (at < text.length && CHANGES[text.charCodeAt(at)] === 0) at++;
  return at;
}

/** Rewrites each character that may change, with the combining marks after it (and the letter they sit on). */
function rewrite(text: string, from: number): NormalizedText {
  const edits: Edit[] = [];
  let out = '';
  let copied = 0;
  let lengthChanged = false;
  for (let at = nextChange(text, from); at < text.length; at = nextChange(text, at + 1)) {
    const code = text.charCodeAt(at);
    let index = at;
    if (isCombining(code) && index > copied) index--;
    let end = at + (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? 2 : 1);
    while (end < text.length && isCombining(text.charCodeAt(end))) end++;
    at = end - 1;
    const segment = text.slice(index, end);
    const folded = end - index === 1 ? foldedUnit(code, segment) : normalizeSegment(segment);
    if (folded === segment) continue;
    out += text.slice(copied, index);
    edits.push({ from: index, length: end - index, to: out.length, written: folded.length });
    if (folded.length !== segment.length) lengthChanged = true;
    out += folded;
    copied = end;
  }
  if (edits.length === 0) return unmoved(text);
  out += text.slice(copied);
  if (!lengthChanged) return unmoved(out);
  return {
    text: out,
    moved: true,
    toOriginal: (start, end) => mapSpan(edits, start, end),
  };
}

/** Unicode normalization and separator folding of already URL-decoded text. */
function normalizeCharacters(text: string): NormalizedText {
  const first = text.search(NON_ASCII);
  return first < 0 ? unmoved(text) : rewrite(text, first > 0 ? first - 1 : 0);
}

/**
 * Normalizes `text` for detection. URL escapes are decoded first (see url-escapes.ts). Text of
 * stable characters (ASCII, accented Latin, Greek, Cyrillic prose) costs one native regex pass.
 * Otherwise only the characters that may change are normalized, one by one (NFKC over a whole
 * text costs 10–15 µs a KB); offsets get a map only where a character's length changed
 * (ligatures, "…", invisible characters, `%40`).
 */
export function normalizeForScan(text: string): NormalizedText {
  const decoded = text.includes('%') || text.includes('+') ? decodeUrlEscapes(text) : undefined;
  return decoded === undefined ? normalizeCharacters(text) : normalizeDecoded(decoded);
}

/** Normalizes URL-decoded text; its spans map back through both steps. */
function normalizeDecoded(decoded: DecodedText): NormalizedText {
  const normalized = normalizeCharacters(decoded.text);
  if (!decoded.moved) return normalized;
  if (!normalized.moved) return { text: normalized.text, moved: true, toOriginal: decoded.toOriginal };
  return {
    text: normalized.text,
    moved: true,
    toOriginal: (start, end) => {
      const [from, to] = normalized.toOriginal(start, end);
      return decoded.toOriginal(from, to);
    },
  };
}
