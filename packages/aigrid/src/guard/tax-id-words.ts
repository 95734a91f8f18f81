/**
 * Generic tax-number labels shared by the national tax-id detectors (regex source; a space also
 * matches `_`, `-`, `.` or nothing). The digit count tells the countries apart.
 */
export const TAX_ID_WORDS: readonly string[] = Object.freeze([
  'tax id',
  'tax identification',
  'tax number',
  'tax no',
  'tin',
  'taxpayer id',
]);
