import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/*
 * The one place that asks libphonenumber-js (Google's numbering plans, "max" metadata: validation
 * by number type, not only by length). Each call costs 6–30 µs, so the detector asks only for
 * candidates that already have a phone's shape, and only a few countries per candidate.
 */

/** What the numbering plans say of a candidate. */
export interface PlanVerdict {
  /** A number that is assigned in the plan (fixed line, mobile, toll free …). */
  readonly valid: boolean;
  /** Its length fits the country, even if the range is not assigned. */
  readonly possible: boolean;
  readonly country?: string;
}

const NO_VERDICT: PlanVerdict = Object.freeze({ valid: false, possible: false });

/** An international number, from its digits after `+` or `00`. */
export function checkInternational(digits: string): PlanVerdict {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (parsed === undefined) return NO_VERDICT;
  return { valid: parsed.isValid(), possible: parsed.isPossible(), country: parsed.country };
}

/**
 * A national number (as written, trunk prefix included), tried in `countries` in order: the
 * first country whose plan assigns it, else the first where it is at least possible.
 */
export function checkNational(digits: string, countries: readonly CountryCode[]): PlanVerdict {
  let possible: PlanVerdict = NO_VERDICT;
  for (const country of countries) {
    const parsed = parsePhoneNumberFromString(digits, country);
    if (parsed === undefined) continue;
    if (parsed.isValid()) return { valid: true, possible: true, country };
    if (!possible.possible && parsed.isPossible()) possible = { valid: false, possible: true, country };
  }
  return possible;
}

export type { CountryCode };
