/*
 * Context words for national numbers that are too plain to report bare (a BSN, an undashed SSN, a
 * NIF, a Steuer-ID): the number counts only when a label names it in the same line or field. A
 * label is found in four layouts: before the value on its line (`BSN: …`, `"nif": "…"`, `nif=…`,
 * `<th>NIF</th><td>…`), alone on the line above, as the header of the value's column in a
 * CSV/TSV/Markdown table, or as the column of an SQL `INSERT … (cols) VALUES (…)` tuple.
 * Only candidates that already passed their checksum get here; a table's header is found once per
 * table (HeaderMemo), so a long export costs about a microsecond per such candidate.
 */

// What may sit between a label and its value: punctuation, quotes, markup, URL-encoded spaces and
// short filler words ("is", "nº", "number", "de", …), in the languages the detectors cover, and an
// HTML input's `value` attribute. NFKC has turned "nº" into "no" and "n.º" into "n.o".
const GLUE =
  String.raw`(?:[\s"'\x60:=#|.,;()\[\]{}/*_+>-]|%20|&nbsp;|<\/?[a-z][^<>\n]{0,40}>|n\.?[oº°]|no|value|nr|num|numbers?|nummer|n[uú]mero|num[eé]ro|is|ist|lautet|est|es|é|è|o|le|el|la|de|do|da|du|del|van|the|my|mijn|meu|mon|mein|e)*`;

/** The compiled forms of one detector's label words. */
export interface NationalContext {
  /** Label then glue, anchored at the end: tested on the text just before a value. */
  readonly before: RegExp;
  /** A whole cell or line that is only a label (glue around it allowed). */
  readonly cell: RegExp;
}

/**
 * Compiles label words (regex source alternatives; a space inside one also matches `_`, `-`, `.`
 * or nothing, so `social security` matches `social_security` and `socialSecurity`).
 */
export function nationalContext(words: readonly string[]): NationalContext {
  const alternatives = words.map((word) => word.replace(/ /g, String.raw`[\s_.-]?`)).join('|');
  const label = String.raw`(?<![\p{L}\p{N}])(?:${alternatives})`;
  return Object.freeze({ before: new RegExp(`${label}${GLUE}$`, 'iu'), cell: new RegExp(`^${GLUE}${label}${GLUE}$`, 'iu') });
}

const WINDOW = 64;
const HEADER_REACH = 20_000;
const DELIMITERS = ',;\t|';

const lineStart = (text: string, index: number) => text.lastIndexOf('\n', index - 1) + 1;
function lineEnd(text: string, index: number): number {
  const end = text.indexOf('\n', index);
  return end < 0 ? text.length : end;
}

/** Delimiters outside `quote`-quoted strings in text[from, to). */
function countDelimiters(text: string, from: number, to: number, delimiter: string, quote = '"'): number {
  let count = 0;
  let quoted = false;
  for (let index = from; index < to; index++) {
    const char = text[index];
    if (char === quote) quoted = !quoted;
    else if (char === delimiter && !quoted) count++;
  }
  return count;
}

/** The `column`-th cell (0-based) of the line starting at `from`. */
function cellOf(text: string, from: number, to: number, delimiter: string, column: number): string {
  let count = 0;
  let quoted = false;
  let cellStart = from;
  for (let index = from; index <= to; index++) {
    const char = index < to ? text[index] : delimiter;
    if (char === '"') quoted = !quoted;
    else if (char === delimiter && !quoted) {
      if (count === column) return text.slice(cellStart, index);
      count++;
      cellStart = index + 1;
    }
  }
  return '';
}

/** The delimiter right before or after the value (past quotes and spaces), if any. */
function adjacentDelimiter(text: string, start: number, end: number, from: number, to: number): string | undefined {
  let before = start - 1;
  while (before >= from && (text[before] === ' ' || text[before] === '"' || text[before] === "'")) before--;
  if (before >= from && DELIMITERS.includes(text[before])) return text[before];
  let after = end;
  while (after < to && (text[after] === ' ' || text[after] === '"' || text[after] === "'")) after++;
  if (after < to && DELIMITERS.includes(text[after])) return text[after];
  return undefined;
}

/**
 * Per-scan memory of the last table header found: rows of one table share it, so a long table is
 * read once rather than once per row. Make one per `detect` call (see `newHeaderMemo`).
 */
export interface HeaderMemo {
  delimiter: string;
  cells: number;
  header: number;
  headerEnd: number;
  /** Start of the line last answered from this header: no blank line lies between them. */
  checkedTo: number;
}

export const newHeaderMemo = (): HeaderMemo => ({ delimiter: '', cells: -1, header: -1, headerEnd: -1, checkedTo: -1 });

/** Whether a blank line ("\n\n") starts in text[from, to). */
function blankLineIn(text: string, from: number, to: number): boolean {
  for (let index = Math.max(0, from); index < to; index++) if (text.charCodeAt(index) === 10 && text.charCodeAt(index + 1) === 10) return true;
  return false;
}

/** Where the value's block starts: after the last blank line, at most HEADER_REACH back. */
function blockStart(text: string, from: number): number {
  const limit = Math.max(0, from - HEADER_REACH);
  for (let index = from - 2; index >= limit; index--) if (text.charCodeAt(index) === 10 && text.charCodeAt(index + 1) === 10) return index + 2;
  return limit === 0 ? 0 : lineStart(text, limit);
}

/** A table header naming the value's column: the first line of its block with as many cells. */
function headerNames(text: string, start: number, end: number, from: number, to: number, context: NationalContext, memo: HeaderMemo): boolean {
  const delimiter = adjacentDelimiter(text, start, end, from, to);
  if (delimiter === undefined) return false;
  const cells = countDelimiters(text, from, to, delimiter);
  const column = countDelimiters(text, from, start, delimiter);
  const reuse = memo.delimiter === delimiter && memo.cells === cells && memo.checkedTo >= 0 && from >= memo.checkedTo && !blankLineIn(text, memo.checkedTo - 1, from - 1);
  if (!reuse) {
    memo.delimiter = delimiter;
    memo.cells = cells;
    memo.header = -1;
    for (let line = blockStart(text, from); line < from; ) {
      const stop = lineEnd(text, line);
      if (countDelimiters(text, line, stop, delimiter) === cells) {
        memo.header = line;
        memo.headerEnd = stop;
        break;
      }
      line = stop + 1;
    }
  }
  memo.checkedTo = from;
  return memo.header >= 0 && memo.header < from && context.cell.test(cellOf(text, memo.header, memo.headerEnd, delimiter, column));
}

const SQL_COLUMNS = /\(([^()]{1,600})\)\s*values\s*$/i;

/** The column of an SQL VALUES tuple holding the value, named in the INSERT's column list. */
function sqlColumnNames(text: string, start: number, context: NationalContext): boolean {
  let open = start - 1;
  while (open >= 0 && start - open <= 400 && text.charCodeAt(open) !== 40) open--;
  if (open < 0 || start - open > 400) return false;
  const column = countDelimiters(text, open + 1, start, ',', "'");
  // The column list ends the statement head: `… (a, b) VALUES`, then tuples up to this one.
  const head = text.slice(Math.max(0, open - 4000), open);
  const values = head.toLowerCase().lastIndexOf('values');
  if (values < 0) return false;
  const columns = SQL_COLUMNS.exec(head.slice(0, values + 6));
  if (columns === null) return false;
  const names = columns[1].split(',');
  return column < names.length && context.cell.test(names[column]);
}

/**
 * Whether a label of `context` names the value at text[start, end): before it on its line, alone
 * on the line above, as its table column's header or as its SQL column.
 */
export function hasNationalContext(text: string, start: number, end: number, context: NationalContext, memo: HeaderMemo = newHeaderMemo()): boolean {
  const from = lineStart(text, start);
  if (context.before.test(text.slice(Math.max(from, start - WINDOW), start))) return true;
  const to = lineEnd(text, end);
  const restOfLineIsGlue = /^[\s"',;|)]*$/.test(text.slice(end, Math.min(to, end + 8)));
  if (from > 0 && restOfLineIsGlue && /^[\s"'-]*$/.test(text.slice(from, start))) {
    const above = lineStart(text, from - 1);
    if (context.cell.test(text.slice(above, from - 1))) return true;
  }
  return headerNames(text, start, end, from, to, context, memo) || sqlColumnNames(text, start, context);
}
