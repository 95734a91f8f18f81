import { parse } from '@cdktf/hcl2json';
import { ConfigError, type ConfigIssue } from './config-error.js';

// @cdktf/hcl2json is unmaintained upstream: every use of it stays in this file so that it can be
// swapped for another HCL parser without touching the loader.

/**
 * Parses HCL2 text into its JSON form, as hcl2json writes it:
 * - attributes become plain values; expressions stay strings such as `"${env(\"KEY\")}"`;
 * - an unlabelled block `server { … }` becomes `server: [ { … } ]` (one entry per occurrence);
 * - a labelled block `provider "openai" { … }` becomes `provider: { openai: [ { … } ] }`.
 *
 * @throws ConfigError with file, line and column for each syntax error.
 */
export async function parseHcl(text: string, filename: string): Promise<Record<string, unknown>> {
  try {
    return (await parse(filename, text)) as Record<string, unknown>;
  } catch (error) {
    throw new ConfigError(syntaxIssues(error instanceof Error ? error.message : String(error), filename));
  }
}

/**
 * Reads diagnostics out of hcl2json's error text, which looks like
 * `parse config: [a.hcl:2,10-3,1: Invalid expression; Expected …. a.hcl:5,1-2: …]`.
 */
export function syntaxIssues(text: string, filename: string): ConfigIssue[] {
  const file = escapeRegExp(filename);
  const start = new RegExp(`(?:^|[\\s\\[])${file}:(\\d+),(\\d+)-[\\d,]+: `, 'g');
  const matches = [...text.matchAll(start)];
  if (matches.length === 0) {
    return [{ file: filename, path: [], message: `syntax error: ${text.replace(/^parse config: /, '')}` }];
  }
  return matches.map((match, index) => {
    const from = match.index! + match[0].length;
    const to = index + 1 < matches.length ? matches[index + 1].index! : text.length;
    const body = text.slice(from, to).trim().replace(/\]$/, '');
    const [summary, ...detail] = body.split('; ');
    const message = detail.length === 0 ? summary : `${summary}: ${detail.join('; ')}`;
    return {
      file: filename,
      line: Number(match[1]),
      column: Number(match[2]),
      path: [],
      message: `syntax error: ${message}`,
    };
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
