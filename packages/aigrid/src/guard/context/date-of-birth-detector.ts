import type { Detector, GuardSpan } from '../guard-types.js';
import { BIRTH_GATE, BIRTH_WORD, BIRTHDAY_WORD, NOT_A_PERSON_BEFORE, VERB_LAST } from './birth-context-words.js';
import { forEachCandidate } from './candidate-scan.js';

// Birth words that are verbs ("born", "geboren", "nacido", "nato", "nascido"), not label nouns.
const BIRTH_VERB = /^(?:born|geboren|nacid|nat[oa]|nascid)/i;
// A birth verb speaks of a thing only after an auxiliary ("the company was born", "le projet est
// né le …"); without one it labels a person's date ("née le 3 mai", "born on …").
const AUXILIARY_BEFORE = /(?:was|wurde|ist|est|était|fut|fue|es|werd|is|è|foi|é)\s+$/i;
import { type FoundDate, findDate } from './date-shapes.js';
import { inlineWindowEnd, isFieldGap, labelAround, type RowBudget, rowBudget, visitColumnValues } from './document-fields.js';

/*
 * Dates of birth: a date after a birth word ("DOB:", "geboren am", "née le", `"birth_date":`),
 * on the word's line or the next, or in the column of a table whose header names it. A date
 * without such a word is no finding: dates are everywhere in business text. Scores: a date after
 * the word 0.9, in its column 0.85; after a birthday word ("birthday", "Geburtstag") 0.8, or
 * 0.35 when the date lies within the last year (a party more likely than a birth).
 */

const SPAN_TYPE = 'date_of_birth';
const INLINE_SCORE = 0.9;
const COLUMN_SCORE = 0.85;
const BIRTHDAY_SCORE = 0.8;
const RECENT_BIRTHDAY_SCORE = 0.35;
const LOOK_BACK = 32;
// "NATO" in capitals is the alliance, not Italian "nato il".
const ALLIANCE = /^NAT[OA] /;
// The candidate regex's lookbehinds read this far back.
const LOOKBEHIND = 16;
const YEAR_MS = 366 * 24 * 3600 * 1000;
// A birth word stands for a whole label: "Date of birth", "birth_date", "Geburtsdatum".
const LABEL_TAIL = /^[\p{L}_.-]*/u;

function score(label: string, date: FoundDate, now: Date, base: number): number {
  if (!BIRTHDAY_WORD.test(label)) return base;
  return now.getTime() - Date.UTC(date.year, date.month - 1, date.day) < YEAR_MS ? RECENT_BIRTHDAY_SCORE : BIRTHDAY_SCORE;
}

function visit(text: string, candidate: number, now: Date, budget: RowBudget, out: GuardSpan[]): number {
  const word = labelAround(text, candidate, BIRTH_WORD);
  if (word === undefined) return candidate + 1;
  const index = word.start;
  const wordEnd = word.end;
  // "the product was born …" is no person's birth; a label noun after such a word still is ("product Geburtsdatum:").
  const verb = (BIRTH_VERB.test(word.word) || /^n[ée]/i.test(word.word)) && AUXILIARY_BEFORE.test(text.slice(Math.max(0, index - 12), index));
  if ((verb && NOT_A_PERSON_BEFORE.test(text.slice(Math.max(0, index - 40), index))) || ALLIANCE.test(word.word)) return wordEnd;
  const labelEnd = wordEnd + LABEL_TAIL.exec(text.slice(wordEnd, wordEnd + 30))![0].length;
  const label = text.slice(index, labelEnd);
  const date = findDate(text, labelEnd, inlineWindowEnd(text, labelEnd), now);
  if (date !== undefined && isFieldGap(text.slice(labelEnd, date.start))) {
    out.push({ type: SPAN_TYPE, category: 'pii', start: date.start, end: date.end, score: score(label, date, now, INLINE_SCORE) });
    return date.end;
  }
  // "Ich bin am 3. Mai 1990 geboren", "ik ben op 3 mei 1990 geboren": the verb comes last.
  if (VERB_LAST.test(label)) {
    const before = findDate(text, Math.max(0, index - LOOK_BACK), index, now);
    if (before !== undefined && text.slice(before.end, index).trim() === '') {
      out.push({ type: SPAN_TYPE, category: 'pii', start: before.start, end: before.end, score: INLINE_SCORE });
      return labelEnd;
    }
  }
  const tableEnd = visitColumnValues(text, index, labelEnd, budget, (start, end) => {
    const cell = findDate(text, start, end, now);
    if (cell !== undefined) out.push({ type: SPAN_TYPE, category: 'pii', start: cell.start, end: cell.end, score: score(label, cell, now, COLUMN_SCORE) });
    return cell !== undefined;
  });
  return Math.max(labelEnd, tableEnd);
}

/** Birth dates after a birth word, in the seven languages; every span has a score. */
export const dateOfBirthDetector: Detector = {
  id: SPAN_TYPE,
  types: [SPAN_TYPE],
  category: 'pii',
  mayMatch: (text) => BIRTH_GATE.test(text),
  detect(text, out: GuardSpan[]) {
    const now = new Date();
    const budget = rowBudget();
    forEachCandidate(BIRTH_GATE, text, LOOKBEHIND, (_match, index) => visit(text, index, now, budget, out));
  },
};
