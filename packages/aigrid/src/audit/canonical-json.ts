/** A value canonical JSON can represent: what `JSON.parse` returns, finite numbers only. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/**
 * Deterministic JSON: object keys sorted by UTF-16 code units, no whitespace, numbers and strings
 * as `JSON.stringify` writes them (the RFC 8785 / JCS rules for the values we log). Two parties
 * that serialise the same value get the same bytes, which is what makes hashes comparable.
 * Throws on anything JSON cannot carry faithfully: non-finite numbers, bigints, functions,
 * `undefined` inside arrays, class instances such as Date.
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$');
}

/** UTF-8 bytes of `canonicalJson(value)`. */
export function canonicalBytes(value: unknown): Buffer {
  return Buffer.from(canonicalJson(value), 'utf8');
}

function write(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON form`);
      // -0 and 0 must hash alike; JSON.stringify(-0) is already "0".
      return JSON.stringify(value);
    case 'object':
      return Array.isArray(value) ? writeArray(value, path) : writeObject(value as object, path);
    default:
      throw new TypeError(`${path}: a ${typeof value} has no canonical JSON form`);
  }
}

function writeArray(items: unknown[], path: string): string {
  const parts = items.map((item, index) => {
    if (item === undefined) throw new TypeError(`${path}[${index}]: undefined has no JSON form`);
    return write(item, `${path}[${index}]`);
  });
  return `[${parts.join(',')}]`;
}

function writeObject(object: object, path: string): string {
  const prototype = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`${path}: only plain objects have a canonical JSON form`);
  }
  const record = object as Record<string, unknown>;
  // Like JSON.stringify, a key whose value is undefined is left out.
  const keys = Object.keys(record).filter((key) => record[key] !== undefined).sort();
  const parts = keys.map((key) => `${JSON.stringify(key)}:${write(record[key], `${path}.${key}`)}`);
  return `{${parts.join(',')}}`;
}
