/** A card scheme's issuer identification number (IIN) ranges and the lengths it issues. */
interface CardBrand {
  readonly name: string;
  /** Inclusive ranges over the number's first digits; both bounds have the same digit count. */
  readonly ranges: readonly (readonly [number, number])[];
  readonly lengths: readonly number[];
}

const SIXTEEN_TO_NINETEEN = [16, 17, 18, 19];

// Order matters where ranges overlap: the more specific scheme comes first.
const BRANDS: readonly CardBrand[] = [
  { name: 'visa', ranges: [[4, 4]], lengths: [13, 16, 19] },
  { name: 'mastercard', ranges: [[51, 55], [2221, 2720]], lengths: [16] },
  { name: 'amex', ranges: [[34, 34], [37, 37]], lengths: [15] },
  { name: 'discover', ranges: [[6011, 6011], [644, 649], [65, 65], [622126, 622925]], lengths: SIXTEEN_TO_NINETEEN },
  { name: 'diners', ranges: [[300, 305], [36, 36], [38, 39]], lengths: [14, 15, 16, 17, 18, 19] },
  { name: 'jcb', ranges: [[3528, 3589]], lengths: SIXTEEN_TO_NINETEEN },
  { name: 'unionpay', ranges: [[62, 62]], lengths: SIXTEEN_TO_NINETEEN },
  { name: 'mir', ranges: [[2200, 2204]], lengths: SIXTEEN_TO_NINETEEN },
  {
    name: 'maestro',
    ranges: [[5018, 5018], [5020, 5020], [5038, 5038], [5893, 5893], [6304, 6304], [6759, 6759], [6761, 6763]],
    lengths: [13, 14, 15, 16, 17, 18, 19],
  },
];

/**
 * The scheme whose IIN ranges and lengths admit this digit string, or undefined. Unknown prefixes
 * are refused on purpose: a Luhn-valid run of digits alone is right one time in ten.
 */
export function cardBrand(digits: string): string | undefined {
  for (const brand of BRANDS) {
    if (!brand.lengths.includes(digits.length)) continue;
    for (const [low, high] of brand.ranges) {
      const prefix = Number(digits.slice(0, String(low).length));
      if (prefix >= low && prefix <= high) return brand.name;
    }
  }
  return undefined;
}
