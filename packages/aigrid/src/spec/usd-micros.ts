/** Micro-units in one US dollar. */
export const MICROS_PER_USD = 1_000_000;

/** Largest price accepted per million tokens: keeps every micro value a safe integer with room to add. */
export const MAX_PRICE_USD = 1_000_000;

const DECIMAL = /^(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Converts a USD amount written as a decimal (2.5, "0.075", 5e-7) to integer micro-USD, rounding
 * half-up at the sixth decimal. The decimal is read from its shortest written form, not from the
 * binary double, so 0.0000005 becomes 1 micro and 1.1 becomes exactly 1,100,000: no float maths.
 *
 * @returns the amount in micro-USD, or undefined for a negative, non-finite or malformed value.
 */
export function usdToMicros(value: number | string): number | undefined {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  const match = DECIMAL.exec(text);
  if (!match) return undefined;
  const [, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  // Shift the decimal point by the exponent, on the digit string.
  let digits = whole + fraction;
  let point = whole.length + exponent;
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const integerPart = digits.slice(0, point) || '0';
  const decimals = digits.slice(point).padEnd(7, '0');
  if (integerPart.replace(/^0+/, '').length > 12) return undefined;
  let micros = Number(integerPart) * MICROS_PER_USD + Number(decimals.slice(0, 6));
  if (decimals.charCodeAt(6) >= 53 /* '5' */) micros += 1;
  return Number.isSafeInteger(micros) ? micros : undefined;
}

/**
 * Formats micro-USD as dollars with at least two decimals and no trailing zeros beyond them:
 * 2_500_000 → "2.50", 75_000 → "0.075", 5 → "0.000005".
 */
export function formatMicros(micros: number): string {
  const sign = micros < 0 ? '-' : '';
  const absolute = Math.abs(micros);
  const dollars = Math.floor(absolute / MICROS_PER_USD);
  const fraction = String(absolute % MICROS_PER_USD).padStart(6, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${sign}${dollars}.${fraction}`;
}
