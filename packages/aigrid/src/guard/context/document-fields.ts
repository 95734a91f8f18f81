/*
 * Where a labelled value is, for detectors that find a value by the label before it: on the
 * label's own line (prose, `key: value`, JSON, query strings, logs), on the next line when the
 * label ends its line, or, when the label is a table header cell (CSV, TSV, Markdown, an SQL
 * column list), in that column of the rows below.
 */

/** How far after a label its value may start and end, on one line. */
const INLINE_REACH = 72;
// What may end a label's line before its value comes on the next: punctuation, quotes, tags,
// and the rest of the label when a colon closes it ("Passport number:").
const LABEL_LINE_END = /^(?: ?[\p{L}.°º#]+(?: [\p{L}.°º#]+){0,3} ?[:=])?(?:[\s:=*_"'|)\]>-]|<\/?[a-z][^>\n]{0,40}>)*$/iu;
const MARKDOWN_RULE = /^\s*\|?\s*:?-{3,}/;
const SEPARATORS = ['\t', '|', ';', ','] as const;
const CELL_SEPARATOR = /[\t|;,]/;
const MAX_ROWS_PER_TEXT = 5000;
const MAX_HEADER_CELL = 40;
// Lines are read only this far, so a long one-line text (minified JSON) costs no more per label.
const MAX_LINE = 2000;
const MAX_HEADER_LINE = 600;
const MAX_SQL_COLUMNS = 400;

/** Where the line holding `from` ends, or -1 when it runs on past `limit` characters. */
function lineEndNear(text: string, from: number, limit: number): number {
  const end = text.slice(from, from + limit).indexOf('\n');
  if (end >= 0) return from + end;
  return from + limit >= text.length ? text.length : -1;
}

/** Where the line holding `from` starts, or -1 when it starts more than `limit` characters back. */
function lineStartNear(text: string, from: number, limit: number): number {
  const to = Math.max(0, from - limit);
  const start = text.slice(to, from).lastIndexOf('\n');
  if (start >= 0) return to + start + 1;
  return to === 0 ? 0 : -1;
}

/** Rows that column scans may still read in one text: a text of many header-like lines stays linear. */
export interface RowBudget {
  rows: number;
}

/** The row budget for one text. */
export const rowBudget = (): RowBudget => ({ rows: MAX_ROWS_PER_TEXT });

/** Visits one cell; returns whether it held a value. */
type CellVisit = (start: number, end: number) => boolean;

/**
 * The window after a label, `[labelEnd, end)`, in which its value is looked for: the rest of the
 * line, or the next line when the label ends its line (but not in a table's header row).
 */
export function inlineWindowEnd(text: string, labelEnd: number): number {
  const lineEnd = lineEndNear(text, labelEnd, INLINE_REACH);
  if (lineEnd < 0) return labelEnd + INLINE_REACH;
  if (lineEnd < text.length && lineEnd - labelEnd < 48 && LABEL_LINE_END.test(text.slice(labelEnd, lineEnd))) {
    const lineStart = lineStartNear(text, labelEnd, MAX_LINE);
    if (lineStart >= 0 && !CELL_SEPARATOR.test(text.slice(lineStart, lineEnd))) {
      const next = lineEndNear(text, lineEnd + 1, INLINE_REACH);
      return next < 0 ? lineEnd + 1 + INLINE_REACH : next;
    }
  }
  return lineEnd;
}

const TAG = /<[^<>\n]{0,80}>/g;
const WORDS_OR_DIGITS = /[\p{L}\d]/u;
// The field separator closest to the value ("Birth date\t", "Paspoort nr. | ").
const LAST_SEPARATOR = /[\t|;&=:][^\t|;&=:]*$/;
// Once a gap holds words, these end the label's field: a digit (another value), a cell or
// parameter separator, the next JSON or CSV field, a sentence break, a blank line, more names
// of a column list ("dob, country) VALUES (").
const FIELD_BREAK = /\d|[&|\t;]|, ?["']|[.!?] +[A-Z]|\n\s*\n|, ?[\w-]+ ?[,)]|\) ?(?:VALUES|values)/;
const MAX_WORDY_GAP = 48;

/**
 * Whether `gap`, the text between a label and a value, keeps them in one field: punctuation and
 * tags only ("DOB:\t", `"dob": "`, "</th><td>"), or the rest of the label and a few words before
 * the last separator ("Birth date\t", "Paspoort nr.: ", "born on the").
 */
export function isFieldGap(gap: string): boolean {
  const bare = gap.includes('<') ? gap.replace(TAG, ' ') : gap;
  if (!WORDS_OR_DIGITS.test(bare)) return true;
  if (bare.length > MAX_WORDY_GAP) return false;
  const separator = LAST_SEPARATOR.exec(bare);
  if (separator === null) return !FIELD_BREAK.test(bare);
  return !WORDS_OR_DIGITS.test(separator[0]) && !FIELD_BREAK.test(bare.slice(0, separator.index));
}

/** How far before a candidate its label may start ("carte nationale d'identité"). */
const LABEL_REACH = 32;

/**
 * The label that a cheap candidate at `index` stands for: the match of the exact `label` regex
 * (non-global) that contains `index`, or undefined when the candidate is no label.
 */
export function labelAround(text: string, index: number, label: RegExp): { start: number; end: number; word: string } | undefined {
  const from = Math.max(0, index - LABEL_REACH);
  const window = text.slice(from, index + LABEL_REACH + 16);
  let offset = 0;
  for (;;) {
    const match = label.exec(offset === 0 ? window : window.slice(offset));
    if (match === null) return undefined;
    const start = from + offset + match.index;
    const end = start + match[0].length;
    if (start > index) return undefined;
    if (end > index) return { start, end, word: match[0] };
    offset += match.index + Math.max(1, match[0].length);
  }
}

/** The cell `column` of a line split by `separator`; a cell opening with a quote may hold the separator. */
function cellOf(text: string, lineStart: number, lineEnd: number, separator: string, column: number): [number, number] | undefined {
  let index = 0;
  let start = lineStart;
  let quote = '';
  let cellOpen = true;
  for (let i = lineStart; i < lineEnd; i++) {
    const char = text[i];
    if (quote !== '') {
      if (char === quote) quote = '';
      continue;
    }
    if (cellOpen && (char === '"' || char === "'")) quote = char;
    else if (char === separator) {
      if (index === column) return [start, i];
      index++;
      start = i + 1;
      cellOpen = true;
      continue;
    } else if (char !== ' ') cellOpen = false;
  }
  return index === column ? [start, lineEnd] : undefined;
}

const count = (line: string, char: string): number => line.split(char).length - 1;

/** Visits the cells below a header cell holding the label, row by row; returns where the last value's row ends, or -1. */
function visitColumn(text: string, labelStart: number, budget: RowBudget, visit: CellVisit): number {
  const lineStart = lineStartNear(text, labelStart, MAX_HEADER_LINE);
  const lineEnd = lineEndNear(text, labelStart, MAX_HEADER_LINE);
  if (lineStart < 0 || lineEnd < 0) return -1;
  const header = text.slice(lineStart, lineEnd);
  let separator = '';
  let most = 0;
  for (const candidate of SEPARATORS) {
    const n = count(header, candidate);
    if (n > most) [separator, most] = [candidate, n];
  }
  if (separator === '') return -1;
  const column = count(text.slice(lineStart, labelStart), separator);
  // A header cell is a short name, not a sentence that happens to hold a comma.
  const own = cellOf(text, lineStart, lineEnd, separator, column);
  if (own === undefined || own[1] - own[0] > MAX_HEADER_CELL) return -1;
  let rowStart = lineEnd + 1;
  let lastValue = -1;
  for (; rowStart < text.length && budget.rows > 0; budget.rows--) {
    const rowEnd = lineEndNear(text, rowStart, MAX_LINE);
    if (rowEnd < 0) break;
    const row = text.slice(rowStart, rowEnd);
    if (!row.includes(separator)) break;
    if (!MARKDOWN_RULE.test(row)) {
      const cell = cellOf(text, rowStart, rowEnd, separator, column);
      if (cell !== undefined && visit(cell[0], cell[1])) lastValue = rowEnd;
    }
    rowStart = rowEnd + 1;
  }
  return lastValue;
}

// A column name ends at a separator or the line's end; `dob: …`, `"dob": …`, `dob=…` are no header.
const HEADER_CELL_END = /^[^\n,;\t|:=]{0,30}(?:[,;\t|)]|\r?\n|$)/;
const SQL_VALUES = /^\s*\)\s*values\s*/i;

/** `INSERT INTO t (name, dob) VALUES ('…', '…'), (…)`: visits the label's column in each tuple; as visitColumn. */
function visitSqlColumn(text: string, labelStart: number, budget: RowBudget, visit: CellVisit): number {
  const before = text.slice(Math.max(0, labelStart - MAX_SQL_COLUMNS), labelStart);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.includes(')', open)) return -1;
  const column = count(before.slice(open), ',');
  const close = text.slice(labelStart, labelStart + MAX_SQL_COLUMNS).indexOf(')') + labelStart;
  if (close < labelStart) return -1;
  const values = SQL_VALUES.exec(text.slice(close, close + 40));
  if (values === null) return -1;
  let at = close + values[0].length;
  let lastValue = -1;
  for (; budget.rows > 0 && text[at] === '('; budget.rows--) {
    const end = tupleEnd(text, at + 1);
    if (end < 0) break;
    const cell = cellOf(text, at + 1, end, ',', column);
    if (cell !== undefined && visit(cell[0], cell[1])) lastValue = end + 1;
    at = end + 1;
    while (at < text.length && /[\s,]/.test(text[at])) at++;
  }
  return lastValue;
}

/** Where the SQL tuple opened before `from` closes (quotes skipped); -1 if it does not. */
function tupleEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length && i < from + 2000; i++) {
    const char = text[i];
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === ')') return i;
  }
  return -1;
}

/**
 * Visits the values in the label's column, if the label at `labelStart` is a column name (an SQL
 * column list or a table's header row). Returns where the last row holding a value ends (the
 * scan may go on from there), or -1 when no value was found.
 */
export function visitColumnValues(text: string, labelStart: number, labelEnd: number, budget: RowBudget, visit: CellVisit): number {
  if (!HEADER_CELL_END.test(text.slice(labelEnd, labelEnd + 32))) return -1;
  const sql = visitSqlColumn(text, labelStart, budget, visit);
  return sql >= 0 ? sql : visitColumn(text, labelStart, budget, visit);
}
