/*
 * Phone candidates: runs of digit groups joined by one separator each (space, dot, dash, slash,
 * or a parenthesised group), split into their groups so that the detector can try sub-runs.
 */

// What may join two digit groups of a phone: one space, dot, dash or slash, or a parenthesis
// with an optional space ("(0171) 1234567", "+44 (0)20 …").
const SEPARATOR = /^(?:[ ./-]|\) ?|[ .-]?\()$/;

/** Where a cluster's run starts: a "+", "(" or "(+" written right before its first digit. */
export function runStart(text: string, digitAt: number): number {
  let start = digitAt;
  if (text.charCodeAt(start - 1) === 43) start--;
  if (text.charCodeAt(start - 1) === 40) start--;
  return start;
}

/** One digit group of a run, with text offsets. */
export interface DigitGroup {
  /** Where the group's text starts: its first digit, or the `+` / `(` written before it. */
  readonly start: number;
  /** Its first digit. */
  readonly digitsStart: number;
  readonly end: number;
  /** What joins it to the group before ('' for the first): ' ', '.', '-', '/', '(', ') ', … */
  readonly separator: string;
  /** Whether `+` stands before it. */
  readonly plus: boolean;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;

/**
 * Whether the digits at `digitsStart` are followed by ")" and more of the number: an opening "("
 * before them is then part of it ("(0171) 1234567"), not brackets around it ("(+18014813267)").
 */
function closesAfter(text: string, digitsStart: number, end: number): boolean {
  let close = digitsStart;
  while (close < end && isDigitCode(text.charCodeAt(close))) close++;
  if (text.charCodeAt(close) !== 41) return false;
  const next = text.charCodeAt(close + 1) === 32 ? close + 2 : close + 1;
  return next < end && isDigitCode(text.charCodeAt(next));
}

/** A leading "(" counts only when it closes after the group ("(0171) …"), not in "(866-591-…". */
function firstGroupStart(text: string, written: number, digitsStart: number, end: number): number {
  if (text.charCodeAt(written) !== 40 || closesAfter(text, digitsStart, end)) return written;
  return text.charCodeAt(written + 1) === 43 ? written + 1 : digitsStart;
}

/**
 * Splits a run (from `runStart` to the end of a number cluster, TextFeatures.clusters) into its digit groups; stops
 * before the first separator a phone is not written with ("1+2", "3 - 4").
 */
export function splitRun(text: string, start: number, end: number): DigitGroup[] {
  const groups: DigitGroup[] = [];
  let index = start;
  while (index < end) {
    const separatorStart = index;
    while (index < end && !isDigitCode(text.charCodeAt(index))) index++;
    const digitsStart = index;
    while (index < end && isDigitCode(text.charCodeAt(index))) index++;
    const written = text.slice(separatorStart, digitsStart);
    if (groups.length > 0 && !SEPARATOR.test(written)) break;
    const plus = written.includes('+');
    // A leading "+", "(" or "(+" belongs to the group; between groups it is the separator.
    const separator = groups.length === 0 ? '' : written;
    // A group after the first starts at its "(" when one opens right before it.
    const opens = written.endsWith('(') && closesAfter(text, digitsStart, end);
    const groupStart = groups.length === 0 ? firstGroupStart(text, separatorStart, digitsStart, end) : opens ? digitsStart - 1 : digitsStart;
    groups.push({ start: groupStart, digitsStart, end: index, separator, plus });
  }
  return groups;
}

/** The digits of groups `[first, last]`. */
export function groupDigits(text: string, groups: readonly DigitGroup[], first: number, last: number): string {
  let digits = '';
  for (let index = first; index <= last; index++) digits += text.slice(groups[index].digitsStart, groups[index].end);
  return digits;
}
