import type { Detector, GuardSpan } from './guard-types.js';

/** A named user regex from config, e.g. `{ name: 'ticket', pattern: 'TCK-\\d{6}' }`. */
export interface PatternSpec {
  readonly name: string;
  readonly pattern: string;
  /** Any of `i m s u v`; `g` is implied and accepted. */
  readonly flags?: string;
}

/** A named list of terms matched case-insensitively as whole words, e.g. project code names. */
export interface DictionarySpec {
  readonly name: string;
  readonly terms: readonly string[];
}

const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;
const ALLOWED_FLAGS = /^[gimsuv]*$/;

function checkName(kind: string, name: string): void {
  if (!NAME.test(name)) {
    throw new Error(`guard ${kind} name ${JSON.stringify(name)} is invalid: use a letter then letters, digits, '_' or '-' (at most 64)`);
  }
}

function spanDetector(name: string, regex: RegExp): Detector {
  return {
    id: name,
    types: [name],
    category: 'custom',
    mayMatch: () => true,
    detect(text, out: GuardSpan[]) {
      // matchAll copies the compiled regex, so concurrent texts never share its lastIndex.
      for (const match of text.matchAll(regex)) {
        if (match[0].length === 0) continue;
        out.push({ type: name, category: 'custom', start: match.index, end: match.index + match[0].length });
      }
    },
  };
}

/**
 * Compiles a user pattern once. Throws an Error naming the pattern for a bad name, an unsupported
 * flag, a regex that does not compile, or one that matches the empty string (it would mark nothing
 * and usually means a missing quantifier bound).
 */
export function compilePattern(spec: PatternSpec): Detector {
  checkName('pattern', spec.name);
  const flags = spec.flags ?? '';
  if (!ALLOWED_FLAGS.test(flags)) {
    throw new Error(`guard pattern "${spec.name}": unsupported flags "${flags}" (allowed: i, m, s, u, v)`);
  }
  const compileFlags = [...new Set(flags.replace('g', ''))].join('') + 'g';
  let regex: RegExp;
  try {
    regex = new RegExp(spec.pattern, compileFlags);
  } catch (error) {
    throw new Error(`guard pattern "${spec.name}": invalid regular expression /${spec.pattern}/: ${(error as Error).message}`);
  }
  if (new RegExp(spec.pattern, compileFlags.replace('g', '')).test('')) {
    throw new Error(`guard pattern "${spec.name}": /${spec.pattern}/ matches the empty string`);
  }
  return spanDetector(spec.name, regex);
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Compiles a dictionary into one alternation, longest term first, bounded by non-letters/digits
 * (Unicode-aware, so "Falcon" does not match inside "Falconry" or "éFalcon"). Whitespace inside a
 * term matches any run of whitespace.
 */
export function compileDictionary(spec: DictionarySpec): Detector {
  checkName('dictionary', spec.name);
  const terms = [...new Set(spec.terms.map((term) => term.trim()).filter((term) => term.length > 0))];
  if (terms.length === 0) throw new Error(`guard dictionary "${spec.name}" has no terms`);
  terms.sort((a, b) => b.length - a.length);
  const alternation = terms.map((term) => term.split(/\s+/).map(escapeRegex).join('\\s+')).join('|');
  const regex = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternation})(?![\\p{L}\\p{N}_])`, 'giu');
  return spanDetector(spec.name, regex);
}
