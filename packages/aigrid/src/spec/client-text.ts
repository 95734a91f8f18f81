/*
 * Error messages quote what a client sent (a model name, a path, a header value) so the client can
 * see what was refused; a quote is only ever a short prefix, so a 1 MB value never becomes a 1 MB
 * error body. Every message that interpolates client input goes through `quoteClient`.
 */

/** Longest client value an error message quotes whole; longer values are cut and end in `…`. */
export const MAX_QUOTED_CHARS = 60;

/** Longest `message` and `param` an error envelope carries (a last guard for messages built elsewhere). */
export const MAX_ERROR_MESSAGE_CHARS = 1_000;
export const MAX_ERROR_PARAM_CHARS = 100;

// Control characters (newlines, NUL, escape) would garble a one-line message or a log line.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const escapeControl = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** A client value cut to at most `max` characters, control characters escaped; not quoted. */
export function clipClient(value: unknown, max = MAX_QUOTED_CHARS): string {
  const text = typeof value === 'string' ? value : String(value);
  // Cut first, so the escaping works on a short string whatever the input's size.
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(CONTROL, escapeControl);
}

/** A client value for an error message, single-quoted and cut to a short prefix: `'gpt-4o'`. */
export function quoteClient(value: unknown, max = MAX_QUOTED_CHARS): string {
  return `'${clipClient(value, max)}'`;
}
