import { GridError } from '../spec/grid-error.js';

/*
 * Every pass over a parsed body (JSON.parse, schema validation, copies for the upstream, the final
 * stringify) costs time in proportion to its keys, and a 3 MB body can hold 300,000 of them: each
 * such request held the event loop for over a second. So the body's bytes are scanned once before
 * parsing — without allocating — and a body past these limits is refused, which bounds every later
 * pass. Real requests stay far below them: a long agent conversation with tools has a few thousand.
 */

/** Most object keys (members of all objects together) a JSON request body may hold. */
export const MAX_JSON_KEYS = 20_000;
/** Deepest nesting of objects and arrays a JSON request body may have. */
export const MAX_JSON_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;

/**
 * Throws `invalid_request` when `bytes` (JSON text) holds more than `maxKeys` object keys or nests
 * deeper than `maxDepth`. It only counts structure outside strings: invalid JSON is left for
 * JSON.parse to report.
 */
export function checkJsonShape(bytes: Buffer, maxKeys = MAX_JSON_KEYS, maxDepth = MAX_JSON_DEPTH): void {
  let depth = 0;
  let keys = 0;
  const length = bytes.length;
  for (let at = 0; at < length; at++) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      at = stringEnd(bytes, at);
      if (at === -1) return;
    } else if (byte === COLON) {
      // Outside strings a colon only separates an object key from its value.
      if (++keys > maxKeys) throw tooManyKeys(maxKeys);
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > maxDepth) throw tooDeep(maxDepth);
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth--;
    }
  }
}

/** Index of the quote closing the string that opens at `start`, or -1 when it is unterminated. */
function stringEnd(bytes: Buffer, start: number): number {
  let from = start + 1;
  for (;;) {
    // Native search: long strings (message text) are skipped at memchr speed.
    const end = bytes.indexOf(QUOTE, from);
    if (end === -1) return -1;
    let backslashes = 0;
    while (bytes[end - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return end;
    from = end + 1;
  }
}

function tooManyKeys(maxKeys: number): GridError {
  return new GridError('invalid_request', `The request body has more than ${maxKeys} object keys; send fewer fields.`);
}

function tooDeep(maxDepth: number): GridError {
  return new GridError('invalid_request', `The request body nests objects and arrays more than ${maxDepth} levels deep.`);
}
