/*
 * Placeholders look like `[EMAIL_1]`: an uppercase label from the span type, an underscore and a
 * number, in square brackets. Brackets make them prefix-free ("[EMAIL_1]" never starts
 * "[EMAIL_12]"), which the stream restorer relies on.
 */

/** `credit_card` → `CREDIT_CARD`; user names with '-' or lowercase map the same way. */
export const placeholderLabel = (type: string) => type.toUpperCase().replace(/[^A-Z0-9]/g, '_');

/** The placeholder text for a label and number. */
export const placeholderFor = (label: string, number: number) => `[${label}_${number}]`;

/** Anything shaped like a placeholder, issued or not. Global: only used through matchAll (copies it). */
export const PLACEHOLDER_SHAPE = /\[[A-Z][A-Z0-9_]*_\d+\]/g;

/**
 * Replaces every issued placeholder in `text` with `encode(value)`; other bracketed text, and
 * placeholders this redaction did not issue, stay as they are. A hand scan, no regex state.
 */
export function replacePlaceholders(
  text: string,
  values: ReadonlyMap<string, string>,
  longest: number,
  encode: (value: string) => string,
): string {
  let open = text.indexOf('[');
  if (open < 0 || values.size === 0) return text;
  let result = '';
  let copied = 0;
  while (open >= 0) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    const value = close - open < longest ? values.get(text.slice(open, close + 1)) : undefined;
    if (value === undefined) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    result += text.slice(copied, open) + encode(value);
    copied = close + 1;
    open = text.indexOf('[', copied);
  }
  return copied === 0 ? text : result + text.slice(copied);
}
