import type { GuardSpan } from '../guard-types.js';
import { isWordCode, LETTER, LOWER, UPPER } from './latin-letters.js';
import { NOT_A_NAME_VALUE } from './name-context-words.js';
import { keyKind } from './name-evidence.js';
import { endingWith } from './text-endings.js';
import { AMBIGUOUS, COMMON, GIVEN, SURNAME, wordFlags } from './name-gazetteer.js';
import { PARTICLES } from './name-runs.js';

/*
 * Names as the values of fields: `Name: …`, `"holder_name": "…"`, `<th>Titular</th><td>…`,
 * `name=…&`, and table columns under a header cell such as `Nachname` (CSV, TSV, Markdown, SQL
 * column lists). The field says "person"; the value only has to be written like a name, in any
 * case ("WEBER, Andreas", "Nikhil SHAH"). One global scan for the key stems; the rest is read
 * only around a hit.
 */

// The endings of field names that hold a person (see NAME_PART_KEYS and PERSON_KEYS; keyKind decides).
const STEM_WORDS = [
  'name', 'naam', 'nome', 'nom', 'nombre', 'nombres', 'apellido', 'apellidos', 'apelido', 'apelidos', 'cognome', 'sobrenome',
  'vorname', 'vornamen', 'nachname', 'rufname', 'surname', 'forename', 'forenames', 'prénom', 'prénoms', 'prenom', 'titular',
  'titulaire', 'holder', 'inhaber', 'houder', 'intestatario', 'beneficiar', 'beneficiari', 'beneficiary', 'beneficiario',
  'beneficiaryo', 'customer', 'client', 'cliente', 'kunde', 'klant', 'contact', 'contacto', 'contatto', 'kontakt', 'patient',
  'paciente', 'paziente', 'employee', 'empleado', 'empleada', 'colaborador', 'mitarbeiter', 'medewerker', 'dipendente',
  'referente', 'tenant', 'inquilino', 'huurder', 'mieter', 'locataire', 'ansprechpartner', 'famille', 'próprio', 'proprio',
] as const;
// Gendered forms written into the key: "Mitarbeiter/in", "Kunde(in)".
const STEM_SUFFIXES = ['', '/in', '/a', '/e', '(in)', '(a)'] as const;
const STEM_AT_END = endingWith(`(?:${STEM_WORDS.join('|')})(?:/in|/a|/e|\\(in\\)|\\(a\\))?`, 'i');

// Most marks follow no key at all: the last three characters of every stem form, lowercase ASCII
// packed in an integer, reject them with a few charCodeAt calls before any slice or regex.
const STEM_TAIL_WORDS: ReadonlySet<string> = new Set(STEM_WORDS.flatMap((stem) => STEM_SUFFIXES.map((suffix) => `${stem}${suffix}`.slice(-3))));
const tailKey = (a: number, b: number, c: number) => (a << 16) | (b << 8) | c;
const STEM_TAILS: ReadonlySet<number> = new Set([...STEM_TAIL_WORDS].map((tail) => tailKey(tail.charCodeAt(0), tail.charCodeAt(1), tail.charCodeAt(2))));
/** ASCII lowercased; other characters as 0 (no stem ends in one, and /i folds none of them to ASCII). */
const asciiLower = (code: number) => (code >= 65 && code <= 90 ? code | 32 : code < 128 ? code : 0);
/** Whether the text before `end` may end with a stem (a superset of STEM_AT_END). */
const mayEndWithStem = (text: string, end: number) =>
  end >= 3 && STEM_TAILS.has(tailKey(asciiLower(text.charCodeAt(end - 3)), asciiLower(text.charCodeAt(end - 2)), asciiLower(text.charCodeAt(end - 1))));

// Keys are found from the marks that follow them (`:`, `=`, a tab, `|`, a tag, a cell separator, a
// quote, ` - `): scanning for those costs a quarter of scanning for the stems at every letter. The
// lookbehind keeps, inside the regex, only the marks after the last three characters of a stem
// form (STEM_TAILS, ASCII in either case: /i without `u` folds no other letter to ASCII) and the
// blanks, quotes and emphasis a key may close with: a comma after an ordinary word would cost an
// exec and a return to the loop. The tails are grouped by their last character, which the
// lookbehind reads first. It stands after the mark: before it, it would be tried at every
// position. ` - ` is found from its dash (a space would start a try at every word), and its match
// stands one character after the space that scanNameFields reads as the mark.
const escapeTail = (tail: string) => tail.replace(/[()/]/g, '\\$&');
const tailsByLast = new Map<string, string[]>();
for (const tail of STEM_TAIL_WORDS) tailsByLast.set(tail[2], [...(tailsByLast.get(tail[2]) ?? []), tail.slice(0, 2)]);
const TAIL_BEFORE = `(?:${[...tailsByLast].map(([last, heads]) => `(?:${heads.map(escapeTail).join('|')})${escapeTail(last)}`).join('|')})[ \t"'\`*_\\]]*`;
const FIELD_MARK = new RegExp(`[:=\\t|<;,("](?<=${TAIL_BEFORE}.)|-(?<=${TAIL_BEFORE} -)(?= )`, 'gi');

// Between a key and its value: `: `, ` = `, `=>`, a tab, ` - `, closing and opening tags, quotes, `" value="`.
const SEPARATOR = /^["'`*_\]]*(?:<\/[a-z]+>)?[ \t]*(?:(?::|=>|->|=|\t+| - | ?\| ?|(?=<))[ \t]*(?:<\/[a-z]+>[ \t]*|\n?[ \t]*<t[dh][^>]*>[ \t]*)?|["'][ \t]+value=)[*_]*[ \t]*["'`“]?/i;

// A value written like a name: words of letters, particles, initials; `+` for a space (URL queries).
const NAME_WORD = `[${UPPER}][${LETTER}'’-]*\\.?`;
const NAME_VALUE = new RegExp(`^(?:${NAME_WORD}|(?:${PARTICLES}|d'|d’|o'|o’)[${LETTER}'’-]*)(?:(?:[ +]|, ?)(?:${NAME_WORD}|(?:${PARTICLES})(?![${LOWER}])|[${UPPER}]\\.)){0,6}`, 'u');
const VALUE_END = /["'`<\n\t|&;]|,["' ]*(?:$|\n)| [\w.-]+=/;
const CAPITAL_PARTICLE = /^(?:DE|DA|DI|DO|DU|LA|LE|EL|AL|VAN|VON|Y|E)$/;
const BARE_NAME_KEYS: ReadonlySet<string> = new Set(['name', 'nom', 'nombre', 'naam', 'nome']);
/** Whether the key is a bare "name" (in a language): it may hold products as well. */
const isBare = (key: string) => BARE_NAME_KEYS.has(key.trim().toLowerCase());
/** How a field holds a name: keyKind's kinds, and `bare` for a bare "name" key. */
type FieldKind = 'part' | 'person' | 'loose' | 'bare';

function fieldKind(key: string): FieldKind | undefined {
  const kind = keyKind(key);
  return kind === 'person' && isBare(key) ? 'bare' : kind;
}
const SHORT_KEYS: ReadonlySet<string> = new Set(['to', 'from', 'de', 'da', 'van', 'von', 'an', 'aan', 'à', 'para', 'cc', 'bcc']);

/** The score of a field value that reads as a name; 0 if it does not. `kind` is the field's keyKind. */
function valueScore(value: string, kind: FieldKind): number {
  // "Austin, TX": a place and a region code.
  if (/, ?[A-Z]{2}$/.test(value)) return 0;
  const words = value.split(/[ +,]+/).filter((word) => word !== '');
  let known = 0;
  let capitalised = 0;
  let common = 0;
  let given = 0;
  for (const word of words) {
    const lower = word.toLowerCase().replace(/\.$/, '');
    if (NOT_A_NAME_VALUE.has(lower)) return 0;
    const flags = wordFlags(word.replace(/\.$/, ''));
    // An ordinary first word ("Business Plan") is no name; later ones may be ("Nicola Villa"), and a name part is one anyway.
    if ((flags & COMMON) !== 0 && (flags & (GIVEN | SURNAME)) === 0) {
      if (kind !== 'part' && (words.indexOf(word) === 0 || words.length === 1)) return 0;
      common++;
    }
    if ((flags & (GIVEN | SURNAME)) !== 0 && (flags & AMBIGUOUS) === 0) known++;
    if ((flags & GIVEN) !== 0 && (flags & AMBIGUOUS) === 0) given++;
    // "XL", "TX": sizes and region codes, not name parts (capital particles such as "DE" aside).
    if (word.length <= 2 && word === word.toUpperCase() && !CAPITAL_PARTICLE.test(word)) return 0;
    if (word[0] !== word[0].toLowerCase()) capitalised++;
  }
  if (capitalised === 0 || (kind !== 'part' && common * 2 >= words.length)) return 0;
  if (kind === 'part') return 0.85;
  // A bare "name" field also names products ("Blue Ceramic Mug"): it takes a known name or the
  // "Surname, Given" shape; other values stay uncertain.
  if (kind === 'bare') return given > 0 || (known > 0 && capitalised >= 2) || (capitalised >= 2 && value.includes(',')) ? 0.8 : 0.45;
  if (kind === 'person') return known > 0 ? 0.8 : capitalised >= 2 ? 0.6 : 0.4;
  return known > 0 && capitalised >= 2 ? 0.7 : 0.35;
}

/** Reads the value at `from` (up to a quote, tag, tab, newline or `&`) and emits it when it reads as a name. */
function emitValue(text: string, from: number, kind: FieldKind, out: GuardSpan[]): number {
  const rest = text.slice(from, from + 100);
  const stop = VALUE_END.exec(rest);
  const raw = stop === null ? rest : rest.slice(0, stop.index);
  const match = NAME_VALUE.exec(raw);
  if (match === null) return from;
  const value = match[0].replace(/[ ,+]+$/, '');
  // The value must be the whole field (or end it before a comma): "Kunde: Gilt der Rabatt auch …" is a sentence.
  const after = raw.slice(value.length).trim();
  if (after !== '' && !after.startsWith(',') && !/^[.)\]}]*$/.test(after)) return from;
  const score = valueScore(value, kind);
  if (score >= 0.25) out.push({ type: 'person_name', category: 'pii', start: from, end: from + value.length, score });
  return from + value.length;
}

// What may stand between a key and its mark: ' ', a tab, quotes, `*`, `_`, `]`.
const isKeyCloser = (code: number) => code === 32 || code === 9 || code === 34 || code === 39 || code === 96 || code === 42 || code === 95 || code === 93;

/** Where the key token holding the stem at `index` starts ("holder_name", "customerName", "Nachname"). */
function keyStart(text: string, index: number): number {
  let start = index;
  while (start > 0 && start > index - 40) {
    const code = text.charCodeAt(start - 1);
    if (!isWordCode(code) && code !== 46 && code !== 45 && code !== 47) break;
    start--;
  }
  return start;
}

// Up to two words before a key, each with its space or hyphen: read backwards from the end, in a
// lookbehind that captures them (the same text as the leftmost match of `(?:\p{L}+[ -]){0,2}$`,
// which tries every start of the slice).
const WORDS_BEFORE_KEY = /$(?<=((?:\p{L}+[ -]){0,2}))/u;

/** The key that ends at `end` (the stem with its prefix, and up to two words before it). */
function keyBefore(text: string, start: number, end: number): string {
  const line = text.lastIndexOf('\n', start) + 1;
  const head = WORDS_BEFORE_KEY.exec(text.slice(Math.max(line, start - 30), start))?.[1] ?? '';
  return head + text.slice(start, end);
}

/** The cells of one table line, with their offsets: quote-aware for `,` and `;`. */
function cells(text: string, from: number, to: number, separator: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  let quote = '';
  for (let at = from; at <= to; at++) {
    const char = at < to ? text[at] : separator;
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if ((char === '"' || char === "'") && /^[\s,;(|]*$/.test(text.slice(start, at))) quote = char;
    else if (char === separator) {
      out.push([start, at]);
      start = at + 1;
    }
  }
  return out;
}

/** The separator of a header line: tab, `|`, `;` or `,` (at least one), or '' for none. */
function separatorOf(line: string): string {
  for (const separator of ['\t', '|', ';', ',']) if (line.includes(separator)) return separator;
  return '';
}

const trimCell = (text: string, [from, to]: [number, number]): [number, number] => {
  while (from < to && /[\s"'`(*]/.test(text[from])) from++;
  while (to > from && /[\s"'`)*,;]/.test(text[to - 1])) to--;
  return [from, to];
};

/** A header line with a name column: emits that column's cells on the lines below. Returns where scanning goes on. */
function scanTable(text: string, lineStart: number, lineEnd: number, out: GuardSpan[]): number {
  let header = text.slice(lineStart, lineEnd);
  const values = header.search(/\)\s*values\b/i);
  let headerEnd = lineEnd;
  if (values >= 0) headerEnd = lineStart + values;
  const columnsFrom = values >= 0 ? lineStart + header.lastIndexOf('(', values) + 1 : lineStart;
  header = text.slice(columnsFrom, headerEnd);
  const separator = separatorOf(header);
  if (separator === '') return lineEnd;
  const heads = cells(text, columnsFrom, headerEnd, separator);
  if (heads.length < 2) return lineEnd;
  const columns: Array<[number, FieldKind]> = [];
  heads.forEach((cell, index) => {
    const [from, to] = trimCell(text, cell);
    const key = text.slice(from, to);
    if (to - from > 40 || SHORT_KEYS.has(key.toLowerCase())) return;
    const kind = fieldKind(key);
    if (kind !== undefined) columns.push([index, kind]);
  });
  if (columns.length === 0) return lineEnd;
  if (values >= 0) return scanTuples(text, headerEnd, columns, out);
  let rowStart = values >= 0 ? headerEnd : lineEnd + 1;
  while (rowStart < text.length) {
    const newline = text.indexOf('\n', rowStart);
    const rowEnd = newline < 0 ? text.length : newline;
    const row = text.slice(rowStart, rowEnd);
    if (row.trim() === '' || !row.includes(separator)) break;
    const rowCells = cells(text, rowStart, rowEnd, separator);
    for (const [index, kind] of columns) {
      if (index >= rowCells.length) continue;
      const [from, to] = trimCell(text, rowCells[index]);
      if (to > from) emitCell(text, from, to, kind, out);
    }
    rowStart = rowEnd + 1;
  }
  return rowStart;
}

const TUPLE = /\(((?:[^()'"]|'(?:[^']|'')*'|"[^"]*")*)\)\s*([,;]?)/y;

/** The rows of `INSERT … (columns) VALUES (…), (…);`: emits the name columns of each tuple. */
function scanTuples(text: string, from: number, columns: ReadonlyArray<[number, FieldKind]>, out: GuardSpan[]): number {
  let at = text.indexOf('(', from);
  while (at >= 0) {
    TUPLE.lastIndex = at;
    const tuple = TUPLE.exec(text);
    if (tuple === null) return at + 1;
    const rowCells = cells(text, at + 1, at + 1 + tuple[1].length, ',');
    for (const [index, kind] of columns) {
      if (index >= rowCells.length) continue;
      const [start, end] = trimCell(text, rowCells[index]);
      if (end > start) emitCell(text, start, end, kind, out);
    }
    at = TUPLE.lastIndex;
    if (tuple[2] !== ',') return at;
    while (at < text.length && /\s/.test(text[at])) at++;
    if (text[at] !== '(') return at;
  }
  return from;
}

function emitCell(text: string, from: number, to: number, kind: FieldKind, out: GuardSpan[]): void {
  const value = text.slice(from, to);
  const match = NAME_VALUE.exec(value);
  if (match === null || match[0].replace(/[ ,+]+$/, '').length !== value.length) return;
  const score = valueScore(value, kind);
  if (score >= 0.25) out.push({ type: 'person_name', category: 'pii', start: from, end: to, score });
}

/** Whether the stem at [start, end) is a cell of a header row: between separators, on a line with two or more of them. */
function isHeaderCell(text: string, lineStart: number, lineEnd: number, start: number, end: number): boolean {
  const next = /^[ \t"'`*]*([,;|\t)])/.exec(text.slice(end, end + 8));
  const before = /([,;|\t(])[ \t"'`*]*$/.exec(text.slice(Math.max(lineStart, start - 8), start));
  // A column list: "INSERT INTO t (first_name, …)".
  if (next?.[1] === ')' || before?.[1] === '(') return true;
  const separator = next?.[1] ?? before?.[1];
  if (separator === undefined) return false;
  let count = 0;
  for (let at = text.indexOf(separator, lineStart); at >= 0 && at < lineEnd; at = text.indexOf(separator, at + 1)) count++;
  return count >= 2;
}

// A chat export's author line: "Name Surname  14:02" (two spaces, then the time, then the line ends).
// A time is found from its colon (indexOf is far cheaper than a regex scan for a digit); the
// sticky regex reads it from the last hour digit, and the blanks before it are checked by hand.
const AUTHOR_TIME = /\d:\d{2}(?: ?[AaPp][Mm])?[ \t]*(?=\r?\n|$)/y;
const isBlank = (code: number) => code === 32 || code === 9;
const isDigit = (code: number) => code >= 48 && code <= 57;
/** What may follow the minutes of AUTHOR_TIME: " am", "pm", blanks, the line's end or the text's (NaN). */
const mayEndTime = (code: number) => code === 32 || code === 9 || code === 13 || code === 10 || code === 65 || code === 97 || code === 80 || code === 112 || Number.isNaN(code);

/** Where the blanks before the time at `at` (its last hour digit) start; -1 unless two or more stand there. */
function authorEnd(text: string, at: number): number {
  let end = at > 0 && isDigit(text.charCodeAt(at - 1)) ? at - 1 : at;
  if (end < 2 || !isBlank(text.charCodeAt(end - 1)) || !isBlank(text.charCodeAt(end - 2))) return -1;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  return end;
}

function scanAuthorLines(text: string, out: GuardSpan[]): void {
  for (let colon = text.indexOf(':', 1); colon > 0; colon = text.indexOf(':', colon + 1)) {
    if (!isDigit(text.charCodeAt(colon - 1)) || !isDigit(text.charCodeAt(colon + 1)) || !isDigit(text.charCodeAt(colon + 2)) || !mayEndTime(text.charCodeAt(colon + 3))) continue;
    const digit = colon - 1;
    AUTHOR_TIME.lastIndex = digit;
    if (!AUTHOR_TIME.test(text)) continue;
    // The match runs to its line's end: the next time is on a later line.
    colon = AUTHOR_TIME.lastIndex - 1;
    const index = authorEnd(text, digit);
    if (index < 0) continue;
    const lineStart = text.lastIndexOf('\n', index) + 1;
    const author = text.slice(lineStart, index);
    const match = NAME_VALUE.exec(author);
    if (match === null || match[0].length !== author.length) continue;
    const score = valueScore(author, 'person');
    if (score >= 0.25) out.push({ type: 'person_name', category: 'pii', start: lineStart, end: index, score: Math.max(score, author.includes(' ') ? 0.6 : score) });
  }
}

/** Names in fields and table columns; appends spans to `out`. */
export function scanNameFields(text: string, out: GuardSpan[]): void {
  scanAuthorLines(text, out);
  FIELD_MARK.lastIndex = 0;
  let resume = 0;
  for (let mark = FIELD_MARK.exec(text); mark !== null; mark = FIELD_MARK.exec(text)) {
    // The key token right before the mark, over quotes, spaces and Markdown emphasis.
    const at = text.charCodeAt(mark.index) === 45 ? mark.index - 1 : mark.index;
    if (at < resume) continue;
    let end = at;
    while (end > 0 && end > at - 40 && isKeyCloser(text.charCodeAt(end - 1))) end--;
    if (!mayEndWithStem(text, end)) continue;
    const start = keyStart(text, end);
    if (start === end || start < resume) continue;
    const hit = { index: start, 0: text.slice(start, end) };
    if (!STEM_AT_END.test(hit[0])) continue;
    const separator = SEPARATOR.exec(text.slice(end, end + 40));
    const key = keyBefore(text, hit.index, end);
    const lineStart = text.lastIndexOf('\n', hit.index) + 1;
    const newline = text.indexOf('\n', end);
    const lineEnd = newline < 0 ? text.length : newline;
    const table = isHeaderCell(text, lineStart, lineEnd, hit.index, end);
    if (separator !== null && separator[0] !== '' && !table) {
      // "from", "to", "de" name a person only alone ("From: …"), not in "Ships from:".
      const kind = SHORT_KEYS.has(hit[0].toLowerCase()) && key.length > hit[0].length ? undefined : fieldKind(key);
      if (kind !== undefined) resume = emitValue(text, end + separator[0].length, kind, out);
      continue;
    }
    if (table) {
      resume = scanTable(text, lineStart, lineEnd, out);
      FIELD_MARK.lastIndex = Math.max(FIELD_MARK.lastIndex, resume);
    }
  }
}
