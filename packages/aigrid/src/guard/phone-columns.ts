/*
 * The header cell above a number in a table (CSV, TSV, `;`-separated, Markdown): a column named
 * `Tel.` or `msisdn` announces a phone number as a word on the number's line would.
 */

const DELIMITERS = ['|', '\t', ';', ','] as const;
// How far up a header is looked for: enough for a pasted table, bounded for huge texts.
const MAX_LINES_UP = 60;
const MAX_CHARACTERS_UP = 8000;
const RULE_LINE = /^\s*\|?\s*:?-{3,}/;

function count(text: string, character: string, from: number, to: number): number {
  let n = 0;
  for (let at = text.indexOf(character, from); at >= 0 && at < to; at = text.indexOf(character, at + 1)) n++;
  return n;
}

/** The cell at column `column` of `line` split by `delimiter`, trimmed, or undefined. */
function cellAt(line: string, delimiter: string, column: number): string | undefined {
  const cells = line.split(delimiter);
  return column < cells.length ? cells[column].trim() : undefined;
}

/**
 * The header cell of the column holding offset `start`, when its line is a table row: the first
 * line of the block of lines written with the same delimiter (Markdown rule lines skipped).
 */
export function columnHeader(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  let delimiter: string | undefined;
  let most = 0;
  for (const candidate of DELIMITERS) {
    const n = count(text, candidate, lineStart, lineEnd);
    if (n > most) {
      most = n;
      delimiter = candidate;
    }
  }
  if (delimiter === undefined || lineStart === 0) return undefined;
  const column = count(text, delimiter, lineStart, start);
  let header: string | undefined;
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < MAX_LINES_UP && lineStart - end < MAX_CHARACTERS_UP; lines++) {
    const from = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(from, end);
    if (!line.includes(delimiter)) break;
    if (!RULE_LINE.test(line)) header = line;
    end = from - 1;
  }
  return header === undefined ? undefined : cellAt(header, delimiter, column);
}
