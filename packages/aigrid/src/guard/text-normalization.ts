/*
 * What the detectors read: the text in Unicode NFKC, with every space-like character as an ASCII
 * space, every dash-like character as "-", and invisible format characters dropped. Full-width
 * digits and letters become ASCII (NFKC does that). Spans found in the normalized text are mapped
 * back to the original's offsets, so redaction and restoring work on what the client sent.
 */

/** A normalized text and the way back to the original's offsets. */
export interface NormalizedText {
  readonly text: string;
  /** Maps a span `[start, end)` of `text` to the original; identity when nothing changed. */
  toOriginal(start: number, end: number): readonly [number, number];
}

const identity = (text: string): NormalizedText => ({ text, toOriginal: (start, end) => [start, end] });

// Space separators (Zs) other than U+0020, and the line and paragraph separators: in numbers and
// IBANs they stand where a space would. Tabs and newlines are kept as they are.
const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
// Hyphens, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus, small and
// full-width hyphen-minus: phone numbers and IDs are typed with all of them.
const DASH_LIKE = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
// Zero-width and soft-hyphen characters that render as nothing but split a value for a regex.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
const NEEDS_WORK = new RegExp(`${SPACE_LIKE.source}|${DASH_LIKE.source}|${INVISIBLE.source}`);
const NON_ASCII = /[^\x00-\x7f]/;

const isCombining = (code: number) =>
  (code >= 0x300 && code <= 0x36f) || (code >= 0x1ab0 && code <= 0x1aff) || (code >= 0x1dc0 && code <= 0x1dff) || (code >= 0x20d0 && code <= 0x20ff) || (code >= 0xfe20 && code <= 0xfe2f) || code === 0x3099 || code === 0x309a;

function normalizeSegment(segment: string): string {
  if (segment.length === 1) {
    if (SPACE_LIKE.test(segment)) return ' ';
    if (DASH_LIKE.test(segment)) return '-';
    if (INVISIBLE.test(segment)) return '';
  }
  const folded = segment.normalize('NFKC');
  // NFKC may itself produce a space-like or dash-like character (U+2007 stays, U+FE63 becomes "-").
  return NEEDS_WORK.test(folded) ? folded.replace(new RegExp(SPACE_LIKE.source, 'g'), ' ').replace(new RegExp(DASH_LIKE.source, 'g'), '-').replace(new RegExp(INVISIBLE.source, 'g'), '') : folded;
}

/**
 * Normalizes `text` for detection. ASCII text, and text that NFKC leaves as it is and holds no
 * special space, dash or invisible character (most accented prose), is returned as it is, with
 * no copy and no offset map.
 */
export function normalizeForScan(text: string): NormalizedText {
  if (!NON_ASCII.test(text)) return identity(text);
  if (!NEEDS_WORK.test(text) && text.normalize('NFKC') === text) return identity(text);
  let out = '';
  // For each output character, the original segment it came from.
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80 && !isCombining(text.charCodeAt(index + 1))) {
      out += text[index];
      starts.push(index);
      ends.push(index + 1);
      index++;
      continue;
    }
    // One base code point and the combining marks after it, normalized together.
    let end = index + (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1);
    while (end < text.length && isCombining(text.charCodeAt(end))) end++;
    const folded = normalizeSegment(text.slice(index, end));
    for (let position = 0; position < folded.length; position++) {
      starts.push(index);
      ends.push(end);
    }
    out += folded;
    index = end;
  }
  return {
    text: out,
    toOriginal: (start, end) => [start < starts.length ? starts[start] : text.length, end > 0 ? ends[end - 1] : 0],
  };
}
