/*
 * Character tests on UTF-16 codes, for the hand-written scanners (faster than one-character
 * regexes and free of any regex state).
 */

/** ASCII digit 0–9. */
export const isDigit = (code: number) => code >= 48 && code <= 57;

/** ASCII uppercase letter. */
export const isUpper = (code: number) => code >= 65 && code <= 90;

/** ASCII lowercase letter. */
export const isLower = (code: number) => code >= 97 && code <= 122;

/** ASCII letter or digit. */
export const isAlphanumeric = (code: number) => isDigit(code) || isUpper(code) || isLower(code);

/** What `\w` matches: ASCII letters, digits and underscore. NaN (past the end) is not. */
export const isWordCode = (code: number) => isAlphanumeric(code) || code === 95;
