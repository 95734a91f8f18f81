import type { Detector, GuardSpan } from '../guard-types.js';
import { forEachCandidate } from './candidate-scan.js';
import { inlineWindowEnd, isFieldGap, labelAround, type RowBudget, rowBudget, visitColumnValues } from './document-fields.js';
import { ACRONYM, BUSINESS_LINE, DOCUMENT_GATE, DOCUMENT_WORD, GENERIC_WORD } from './id-document-context-words.js';
import { isWordCode } from './latin-letters.js';

/*
 * Identity document numbers: passports, identity cards, driving licences, residence permits,
 * found by the label before them ("passport no.", "Ausweisnummer", "numéro de passeport",
 * `"passport":`), on the label's line or the next, or in the column a table header names. No
 * label, no finding. The number: 6–18 capital letters and digits with at least two digits (or a
 * check digit closing eight or more), in up to four groups joined by a space or dash ("X1234567",
 * "L01X00T47", "12345678 9 ZZ1"). Scores:
 * a document's name 0.85 (0.7 for six or seven digits alone), a generic label ("ID number",
 * "document no.", "licence number") 0.6 for mixed or long numbers, else 0.4, and 0.4 for digits
 * alone among words about orders, invoices or bookings (an accounting "document number").
 */

const SPAN_TYPE = 'id_document';
// The candidate regex's lookbehinds read this far back.
const LOOKBEHIND = 16;
// One group, then groups that each hold a digit (a letters-only word after the number ends it).
const NUMBER = /(?<![A-Za-z0-9.,/-])[A-Z0-9]{1,18}(?:[ -](?=[A-Z]{0,3}\d)[A-Z0-9]{1,12}){0,3}(?![A-Za-z0-9]|[.,/-]\d)/;
const LABEL_TAIL = /^[\p{L}_'’.-]*/u;
const LABEL_ABBREVIATION = /^(?:NO|NR|NUM|NUMBER|ID|N)[ -](?=[A-Z]{0,3}\d)/;
// After an acronym or "patente" (also a patent), only a number abbreviation may come before the number.
const TIGHT_GAP = /^[^\p{L}\d]*(?:n[º°o.]?|nr\.?|num(?:ero|éro|ber)?\.?)?[^\p{L}\d]*$/iu;
const PATENT = /^patente$/i;
const GENERIC_IN_BUSINESS = 0.4;
const BUSINESS_REACH = 60;
const BARE_DIGITS = /^\d+$/;
const TAG = /<[^<>\n]{0,80}>/g;
const DATE_LIKE = /^\d{1,4}-\d{1,2}-\d{1,4}$/;

/** The score of a number after a label, or 0 when it is no document number. */
function numberScore(value: string, generic: boolean, tight: boolean): number {
  let digits = 0;
  let letters = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
    else if (code >= 65 && code <= 90) letters++;
  }
  const length = digits + letters;
  if (length < 6 || length > 18 || digits === 0 || DATE_LIKE.test(value)) return 0;
  // Grouped numbers and numbers after a short label are long ("MIT-2024", "BI: 2024Q1" are not).
  if ((tight || length < value.length) && (length < 8 || digits < 2)) return 0;
  // One digit: only as a check digit closing a long letter run ("XKRTBPFW4").
  if (digits === 1 && (length < 8 || !/\d$/.test(value))) return 0;
  if (generic) return letters > 0 || digits >= 8 ? 0.6 : 0.4;
  return letters > 0 || digits >= 8 ? 0.85 : 0.7;
}

/** The document number in `text[from, to)`: the first number-shaped token, if nothing else comes first. */
function numberIn(text: string, from: number, to: number, tight: boolean): { start: number; end: number; value: string } | undefined {
  let at = from;
  for (let tries = 0; tries < 4; tries++) {
    const match = NUMBER.exec(text.slice(at, to));
    if (match === null) return undefined;
    // "NO X1234567", "NR. 123456": a capitalised label word is not part of the number.
    const word = LABEL_ABBREVIATION.exec(match[0]);
    const start = at + match.index + (word === null ? 0 : word[0].length);
    const end = at + match.index + match[0].length;
    const value = text.slice(start, end);
    if (!/\d/.test(value)) {
      at = end;
      continue;
    }
    // A number the window cut off is not this one.
    if (end < text.length && isWordCode(text.charCodeAt(end))) return undefined;
    const gap = text.slice(from, start);
    if (tight ? !TIGHT_GAP.test(gap.replace(TAG, ' ')) : !isFieldGap(gap)) return undefined;
    return { start, end, value };
  }
  return undefined;
}

/** A generic label with a bare number among words about orders or bookings names theirs: uncertain at most. */
function contextScore(text: string, labelStart: number, found: { end: number; value: string }, score: number, generic: boolean): number {
  if (!generic || score === 0 || !BARE_DIGITS.test(found.value)) return score;
  const lineStart = Math.max(text.lastIndexOf('\n', labelStart) + 1, labelStart - BUSINESS_REACH);
  const lineEnd = text.indexOf('\n', found.end);
  const around = text.slice(lineStart, Math.min(lineEnd < 0 ? text.length : lineEnd, found.end + BUSINESS_REACH));
  return BUSINESS_LINE.test(around) ? Math.min(score, GENERIC_IN_BUSINESS) : score;
}

function visit(text: string, candidate: number, budget: RowBudget, out: GuardSpan[]): number {
  const label = labelAround(text, candidate, DOCUMENT_WORD);
  if (label === undefined) return candidate + 1;
  const { start: index, end: wordEnd, word } = label;
  const acronym = ACRONYM.test(word);
  if (acronym && word !== word.toUpperCase()) return wordEnd;
  const tight = acronym || PATENT.test(word);
  const generic = GENERIC_WORD.test(word);
  const labelEnd = wordEnd + LABEL_TAIL.exec(text.slice(wordEnd, wordEnd + 30))![0].length;
  const found = numberIn(text, labelEnd, inlineWindowEnd(text, labelEnd), tight);
  const score = found === undefined ? 0 : contextScore(text, index, found, numberScore(found.value, generic, tight), generic);
  if (found !== undefined && score > 0) {
    out.push({ type: SPAN_TYPE, category: 'pii', start: found.start, end: found.end, score });
    return found.end;
  }
  const tableEnd = visitColumnValues(text, index, labelEnd, budget, (start, end) => {
    const cell = numberIn(text, start, end, false);
    const cellScore = cell === undefined ? 0 : numberScore(cell.value, generic, false);
    if (cell !== undefined && cellScore > 0) out.push({ type: SPAN_TYPE, category: 'pii', start: cell.start, end: cell.end, score: cellScore });
    return cellScore > 0;
  });
  return Math.max(labelEnd, tableEnd);
}

/** Identity document numbers after a document label, in the seven languages; every span has a score. */
export const idDocumentDetector: Detector = {
  id: SPAN_TYPE,
  types: [SPAN_TYPE],
  category: 'pii',
  mayMatch: (text) => DOCUMENT_GATE.test(text),
  detect(text, out: GuardSpan[]) {
    const budget = rowBudget();
    forEachCandidate(DOCUMENT_GATE, text, LOOKBEHIND, (_match, index) => visit(text, index, budget, out));
  },
};
