import { MONTH_PATTERN, MONTHS } from './month-names.js';

/*
 * Dates as people write them: numeric (day first or month first, two- or four-digit years, ISO,
 * compact 19840315) and with month names in the seven languages ("14. März 1985", "14 de marzo de
 * 1985", "March 14, 1985", "1er janvier 1990", "14-Mar-85"). A date is checked for a real day and
 * month, and for a year that a living person may be born in, not in the future.
 */

const ORDINAL = '(?:st|nd|rd|th|er|re|e|º|°|ª|o)?';
// Separators inside a numeric date, also URL-encoded ("15%2F03%2F1984").
const NUMERIC_SEP = '[-/.]|%2[Ff]';
// Between the parts of a written date: a space or dash, "+" or "%20" in a URL query.
const GAP = '(?:[ -]|\\+|%20)';
const DATE_SOURCE = [
  String.raw`(?<isoYear>(?:19|20)\d\d)(?<isoSep>${NUMERIC_SEP})(?<isoMonth>\d{1,2})\k<isoSep>(?<isoDay>\d{1,2})`,
  String.raw`(?<first>\d{1,2})(?<sep>${NUMERIC_SEP})(?<second>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})`,
  String.raw`(?<day>\d{1,2})${ORDINAL}\.?${GAP}?(?:of${GAP}|de${GAP})?(?<month>${MONTH_PATTERN})\.?,?(?:${GAP}de l'an|${GAP}de)?${GAP}(?<nameYear>\d{4}|'?\d{2})`,
  String.raw`(?<monthFirst>${MONTH_PATTERN})\.?${GAP}(?<dayAfter>\d{1,2})${ORDINAL},?${GAP}(?<yearAfter>\d{4})`,
  String.raw`(?<compact>(?:19|20)\d{6})`,
]
  .map((alternative) => `(?:${alternative})`)
  .join('|');
const DATE = new RegExp(DATE_SOURCE, 'i');
// Not inside a word or a longer number ("v1.2.2024", "1.15.03.1984"). Checked apart: a lookbehind
// at the front of the regex would run at every position of the window.
const GLUED_BEFORE = /(?:[A-Za-z\d]|\d[./-])$/;
// A date must not continue a number or a word: "2024-01-011", "15.03.1984.2"; "T10:30" may follow.
const AFTER = /^(?:[./-]?\d|(?!T\d)[A-Za-zÀ-ÿ])/;

/** A date found in a text. */
export interface FoundDate {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads a two-digit year as the latest year not after `now` (`85` → 1985, `07` → 2007). */
function fullYear(text: string, now: Date): number {
  const digits = text.replace("'", '');
  if (digits.length === 4) return Number(digits);
  const century = Math.floor(now.getUTCFullYear() / 100) * 100;
  const year = century + Number(digits);
  return year > now.getUTCFullYear() ? year - 100 : year;
}

/** Whether the date exists and could be a living person's birth date (at most 120 years before `now`). */
export function isBirthDate(year: number, month: number, day: number, now: Date): boolean {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || year < now.getUTCFullYear() - 120) return false;
  return Date.UTC(year, month - 1, day) <= now.getTime();
}

function readDate(groups: Record<string, string | undefined>, now: Date): readonly [number, number, number] {
  if (groups.isoYear !== undefined) return [Number(groups.isoYear), Number(groups.isoMonth), Number(groups.isoDay)];
  if (groups.first !== undefined) {
    const year = fullYear(groups.year!, now);
    const first = Number(groups.first);
    const second = Number(groups.second);
    // Day first (most of the world) unless only month first makes a date ("03/14/1985").
    if (isBirthDate(year, second, first, now)) return [year, second, first];
    return [year, first, second];
  }
  if (groups.day !== undefined) return [fullYear(groups.nameYear!, now), MONTHS.get(groups.month!.toLowerCase()) ?? 0, Number(groups.day)];
  if (groups.compact !== undefined) {
    const digits = groups.compact;
    return [Number(digits.slice(0, 4)), Number(digits.slice(4, 6)), Number(digits.slice(6))];
  }
  return [Number(groups.yearAfter), MONTHS.get(groups.monthFirst!.toLowerCase()) ?? 0, Number(groups.dayAfter)];
}

/**
 * The first plausible birth date in `text[from, to)`; `now` bounds the year. A date-like run that
 * is no real date ("31/02/1990", "2031-01-01") is skipped and the search goes on after its start.
 */
export function findDate(text: string, from: number, to: number, now: Date): FoundDate | undefined {
  const window = text.slice(from, to);
  let offset = 0;
  for (;;) {
    const match = DATE.exec(offset === 0 ? window : window.slice(offset));
    if (match === null || match.groups === undefined) return undefined;
    const start = from + offset + match.index;
    const end = start + match[0].length;
    // The text around the window is read too: a date glued to a word or cut off by the window is no date.
    if (!GLUED_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !AFTER.test(text.slice(end, end + 2))) {
      const parts = readDate(match.groups, now);
      if (isBirthDate(parts[0], parts[1], parts[2], now)) return { start, end, year: parts[0], month: parts[1], day: parts[2] };
    }
    offset = start - from + 1;
  }
}

/** The plausible birth date starting exactly at `start`, if there is one. */
export function dateAt(text: string, start: number, now: Date): FoundDate | undefined {
  const found = findDate(text, start, Math.min(text.length, start + 40), now);
  return found?.start === start ? found : undefined;
}
