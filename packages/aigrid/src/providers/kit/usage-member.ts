const USAGE_KEY = Buffer.from('"usage"');
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

function skipSpace(raw: Uint8Array, at: number): number {
  while (at < raw.length && isSpace(raw[at])) at++;
  return at;
}

/** The index after the string whose opening quote is at `at`, or -1 when it does not end. */
function skipString(raw: Uint8Array, at: number): number {
  for (let i = at + 1; i < raw.length; i++) {
    if (raw[i] === BACKSLASH) i++;
    else if (raw[i] === QUOTE) return i + 1;
  }
  return -1;
}

/**
 * The index after the JSON value that starts at `at`, or -1 when none does. Only the nesting and
 * the strings are followed: the value is delimited, not validated.
 */
function skipValue(raw: Uint8Array, at: number): number {
  const first = raw[at];
  if (first === QUOTE) return skipString(raw, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let end = at;
    while (end < raw.length && !isSpace(raw[end]) && raw[end] !== COMMA && raw[end] !== CLOSE_BRACE && raw[end] !== CLOSE_BRACKET) end++;
    return end === at ? -1 : end;
  }
  let depth = 0;
  for (let i = at; i < raw.length; i++) {
    const byte = raw[i];
    if (byte === QUOTE) {
      i = skipString(raw, i) - 1;
      if (i < 0) return -1;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
    else if ((byte === CLOSE_BRACE || byte === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return -1;
}

/** Whether the members from `at` on close the top-level object: `(, "key": value)* }` and nothing after. */
function closesObject(raw: Uint8Array, at: number): boolean {
  for (;;) {
    at = skipSpace(raw, at);
    if (raw[at] === CLOSE_BRACE) return skipSpace(raw, at + 1) === raw.length;
    if (raw[at] !== COMMA) return false;
    at = skipSpace(raw, at + 1);
    if (raw[at] !== QUOTE) return false;
    at = skipString(raw, at);
    if (at < 0) return false;
    at = skipSpace(raw, at);
    if (raw[at] !== COLON) return false;
    at = skipValue(raw, skipSpace(raw, at + 1));
    if (at < 0) return false;
  }
}

/**
 * The top-level `usage` member of a JSON object answer, read without parsing the rest of the
 * answer: the usage object is parsed, and the members after it (OpenAI sends `service_tier` and
 * `system_fingerprint` there) are only delimited. Undefined when the answer is not shaped so (no
 * usage object, or a `"usage"` key found last that is not a top-level member); the caller then
 * parses the answer whole.
 *
 * Why this finds the top-level member: a `"usage"` right after `{` or `,` cannot be inside a
 * string (there its quote would be escaped), so followed by `:` it is a key; and its object is a
 * member of the top-level object only when what follows it closes that object and ends the text.
 * What is not checked is the text before the key: an answer broken there is passed on as the
 * provider sent it.
 */
export function usageMember(raw: Buffer): Record<string, unknown> | undefined {
  const first = skipSpace(raw, 0);
  if (raw[first] !== OPEN_BRACE) return undefined;
  const key = raw.lastIndexOf(USAGE_KEY);
  if (key <= first) return undefined;
  let before = key - 1;
  while (before > first && isSpace(raw[before])) before--;
  if (raw[before] !== COMMA && raw[before] !== OPEN_BRACE) return undefined;
  const colon = skipSpace(raw, key + USAGE_KEY.length);
  if (raw[colon] !== COLON) return undefined;
  const start = skipSpace(raw, colon + 1);
  if (raw[start] !== OPEN_BRACE) return undefined;
  const end = skipValue(raw, start);
  if (end < 0 || !closesObject(raw, end)) return undefined;
  try {
    return JSON.parse(raw.toString('utf8', start, end)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
