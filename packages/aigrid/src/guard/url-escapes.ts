import { type Edit, mapSpan } from './offset-edits.js';

/*
 * URL-encoded values (`name%40mail.example`, `card=4111%201111…`, `phone=%2B44…`, form-encoded
 * `5500+0000+…`) are decoded before detection, so every detector reads the value it stands for.
 */

/** A decoded text and the way back to the original's offsets. */
export interface DecodedText {
  readonly text: string;
  readonly moved: boolean;
  toOriginal(start: number, end: number): readonly [number, number];
}

const ESCAPE = /%[0-9A-Fa-f]{2}/;
// `%3D %26 %3F %23` (= & ? #) stay encoded: decoded, they would change the query's structure.
const ESCAPE_RUN = /(?:%(?!3[DdFf]|2[36])[0-9A-Fa-f]{2})+/g;
// Controls (a `%0A` in a value is data, not a line break) are left encoded.
const CONTROL = /[\x00-\x1f\x7f]/;
// A query string's value: after `?name=` or `&name=`, up to the next field or blank.
const QUERY_VALUE = /[?&][\w.%-]{1,64}=[^\s&#"'<>]*/g;
const QUERY_PLUS = /[?&][\w.%-]{1,64}=[^\s&#"'<>]*[\w.,]\+\w/;
// A form-encoded space: `+` between word characters (a leading `+44` stays a plus). Not in a
// value with an `@`: pasted unencoded, `name+tag@mail.example` keeps its plus.
const FORM_SPACE = /(?<=[\w.,])\+(?=\w)/g;

function decodeRun(run: string): string | undefined {
  try {
    const decoded = decodeURIComponent(run);
    return CONTROL.test(decoded) ? undefined : decoded;
  } catch {
    return undefined; // a lone `%9c` in a password is not UTF-8: keep it as written
  }
}

/**
 * Decodes percent escapes (any valid UTF-8 run, no controls) and form-encoded `+` spaces inside
 * query values. Undefined when there is nothing to decode, which costs one `includes` per sign.
 */
export function decodeUrlEscapes(text: string): DecodedText | undefined {
  const hasEscape = text.includes('%') && ESCAPE.test(text);
  const hasPlus = text.includes('+') && text.includes('=') && QUERY_PLUS.test(text);
  if (!hasEscape && !hasPlus) return undefined;
  const spaced = hasPlus ? text.replace(QUERY_VALUE, (value) => (value.includes('@') ? value : value.replace(FORM_SPACE, ' '))) : text;
  const edits: Edit[] = [];
  let out = '';
  let copied = 0;
  if (hasEscape) {
    for (const match of spaced.matchAll(ESCAPE_RUN)) {
      const decoded = decodeRun(match[0]);
      if (decoded === undefined) continue;
      out += spaced.slice(copied, match.index);
      edits.push({ from: match.index, length: match[0].length, to: out.length, written: decoded.length });
      out += decoded;
      copied = match.index + match[0].length;
    }
  }
  if (edits.length === 0) return spaced === text ? undefined : { text: spaced, moved: false, toOriginal: (start, end) => [start, end] };
  out += spaced.slice(copied);
  return { text: out, moved: true, toOriginal: (start, end) => mapSpan(edits, start, end) };
}
