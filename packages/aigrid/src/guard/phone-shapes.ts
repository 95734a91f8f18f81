import type { DigitGroup } from './phone-runs.js';

/*
 * How a sub-run of digit groups is written, before any numbering plan is asked: the cheap test
 * that keeps dates, number lists, decimals and IP addresses away from libphonenumber.
 */

export type PhoneForm =
  /** `+CC …` */
  | 'plus'
  /** `00CC …` */
  | 'double-zero'
  /** Trunk-prefixed national: `020 7946 0958`, `(0171) 1234567`, `06-12345678`. */
  | 'trunk'
  /** North American 3-3-4 with parentheses, dashes or dots, optionally after `1`. */
  | 'nanp'
  /** Grouped like a national number without a trunk prefix: `612 34 56 78`, `333 123 4567`. */
  | 'grouped'
  /** One group of digits, no prefix. */
  | 'compact';

/** A sub-run's form and the facts the scorer weighs. */
export interface PhoneShape {
  readonly form: PhoneForm;
  /** Only spaces between the groups (number lists look the same). */
  readonly spacesOnly: boolean;
  /** Weak evidence on its own: the candidate must be the whole run, not a part cut from a longer one. */
  readonly weak: boolean;
  /** Written as one group of digits ("0612345678"): order and customer numbers look the same. */
  readonly compact: boolean;
}

const shapeOf = (form: PhoneForm, spacesOnly = false, compact = false): PhoneShape => ({
  form,
  spacesOnly,
  compact,
  weak: compact || form === 'grouped' || form === 'compact' || (form === 'nanp' && spacesOnly),
});

const sizesOf = (groups: readonly DigitGroup[], first: number, last: number) => {
  const sizes: number[] = [];
  for (let index = first; index <= last; index++) sizes.push(groups[index].end - groups[index].digitsStart);
  return sizes;
};

// Groupings of national numbers written without a trunk prefix (Spain, Portugal, Italy, India);
// `2,3,4` is a Portuguese fixed line (`21 123 4567`).
const GROUPED_SIZES = new Set(['3,3,3', '3,2,2,2', '3,3,4', '3,4,3', '3,7', '3,6', '5,5', '2,3,2,2', '2,3,4']);
const DATE_SIZES = new Set(['4,2,2', '4,1,1', '4,1,2', '4,2,1', '2,2,4', '1,2,4', '2,1,4', '1,1,4', '2,2,2']);

function uniform(groups: readonly DigitGroup[], first: number, last: number): string | undefined {
  const separator = groups[first + 1]?.separator;
  for (let index = first + 2; index <= last; index++) if (groups[index].separator !== separator) return undefined;
  return separator;
}

/** "(0171) 1234567", "(415) 555-2671": the first group in parentheses, then one style. */
function parenthesised(text: string, groups: readonly DigitGroup[], first: number, last: number): boolean {
  if (text[groups[first].start] !== '(' || last === first) return false;
  const close = groups[first + 1].separator;
  if (close !== ') ' && close !== ')') return false;
  const rest = groups[first + 2]?.separator;
  for (let index = first + 2; index <= last; index++) if (groups[index].separator !== rest || (rest !== ' ' && rest !== '-')) return false;
  return true;
}

function looksLikeDate(sizes: readonly number[], separator: string | undefined): boolean {
  return separator !== undefined && separator !== ' ' && DATE_SIZES.has(sizes.join(','));
}

/**
 * The form of groups `[first, last]` holding `digits`, or undefined when it is written like
 * something else (a date, a decimal, an IP address, a list of numbers) or in mixed styles.
 */
export function phoneShape(text: string, groups: readonly DigitGroup[], first: number, last: number, digits: string): PhoneShape | undefined {
  const sizes = sizesOf(groups, first, last);
  const separators = groups.slice(first + 1, last + 1).map((group) => group.separator);
  if (separators.some((separator) => separator.includes('(') && separator !== ' (' && separator !== '(')) return undefined;
  if (groups[first].plus) return digits.length >= 8 && digits.length <= 15 ? shapeOf('plus') : undefined;
  if (digits.startsWith('00') && digits[2] !== '0') return digits.length >= 10 && digits.length <= 17 && !separators.includes('/') ? shapeOf('double-zero') : undefined;
  if (separators.some((separator) => separator.includes('('))) return undefined;
  const separator = uniform(groups, first, last);
  if (first === last) return digits.length >= 9 && digits.length <= 12 ? shapeOf(digits[0] === '0' ? 'trunk' : 'compact', false, true) : undefined;
  if (parenthesised(text, groups, first, last)) {
    if (digits[0] === '0') return digits.length >= 9 && digits.length <= 12 ? shapeOf('trunk') : undefined;
    return sizes[0] === 3 && digits.length === 10 ? shapeOf('nanp') : sizes[0] === 2 && digits.length >= 10 && digits.length <= 11 ? shapeOf('grouped') : undefined;
  }
  if (separator === undefined || looksLikeDate(sizes, separator)) return undefined;
  // Two dotted groups are a decimal; four dotted groups of up to three digits an IP address.
  if (separator === '.' && (sizes.length < 3 || (sizes.length === 4 && sizes.every((size) => size <= 3)))) return undefined;
  // A slash joins an area code or a mobile prefix to the rest: `030/1234567`, `328/1234567`.
  if (separator === '/' && (sizes.length !== 2 || (digits[0] !== '0' && !GROUPED_SIZES.has(sizes.join(','))))) return undefined;
  // Four-digit groups joined by dashes are serial numbers and product keys, not phones.
  if (separator === '-' && sizes.length >= 3 && sizes.every((size) => size === 4)) return undefined;
  // AAA-GG-SSSS is how US Social Security numbers are written.
  if (separator === '-' && sizes.join(',') === '3,2,4') return undefined;
  if (digits[0] === '0') {
    if (digits[1] === '0') return undefined;
    return digits.length >= 9 && digits.length <= 12 && sizes.every((size) => size >= 2 && size <= 8) ? shapeOf('trunk', separator === ' ') : undefined;
  }
  const key = sizes.join(',');
  if ((key === '3,3,4' || key === '1,3,3,4') && (digits.length === 10 || digits[0] === '1')) return shapeOf('nanp', separator === ' ');
  // Five and five is how Indian mobiles are spaced; with a dash it is a range ("49152-65535").
  if (key === '5,5' && separator !== ' ') return undefined;
  return GROUPED_SIZES.has(key) ? shapeOf('grouped', separator === ' ') : undefined;
}
