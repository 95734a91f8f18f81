import { LOWER, UPPER } from './latin-letters.js';
import { PARTICLE_WORDS } from './name-runs.js';

/** Initials that start a candidate: Latin-1 and the extended ones names begin with (each range in a
 * class costs on two-byte text, and this class is tried at every position). */
export const INITIAL = 'A-ZÀ-ÖØ-ÞŁŚŻŹĆŞŠČŽİĐŘ';

// The words that may announce a single name, after a `\b`: surname particles ("van "), "is ",
// "heiße ", lowercase titles.
const SINGLE_BEFORE_WORDS = [
  ...PARTICLE_WORDS, 'is', 'ist', 'es', 'est', 'heiße', 'heisse', 'heet', 'appelle', 'llamo', 'chiamo', 'chamo', 'am', 'bin', 'suis', 'soy',
  'sono', 'ben', 'sou', 'heer', 'mevrouw', 'meneer', 'herr', 'frau', 'señor', 'señora', 'senhor', 'senhora', 'signor', 'signora', 'monsieur', 'madame',
];
// Grouped by their last letter, which the lookbehind reads first: a word before a capitalised one
// is then compared with the few words of its last letter only, not with all of them in turn.
const wordsByLast = new Map<string, Set<string>>();
for (const word of SINGLE_BEFORE_WORDS) wordsByLast.set(word.slice(-1), (wordsByLast.get(word.slice(-1)) ?? new Set()).add(word.slice(0, -1)));
const WORDS_BY_LAST = [...wordsByLast].map(([last, heads]) => `(?:${[...heads].join('|')})${last}`).join('|');

/** A context that may announce one capitalised word: `key: `, `<tag>`, `, `, a line start, a raised
 * title ending (".ra ", "ª "), " é ", or one of SINGLE_BEFORE_WORDS and a space. */
const SINGLE_BEFORE = `(?:[:=>][ \\t]*["'\`“]?|[,.!a-zß-ÿ][ \\t]*\\n[ \\t]*|(?:,| é|\\.ra|\\.ssa|ª|\\b(?:${WORDS_BY_LAST})) )`;

// After a capitalised word: another one (through a title's dot or one table separator), or the end
// of its clause.
const WORD_END = `(?:\\.? |[,;|\\t] ?|"[,;]")(?=[${UPPER}])|[ \\t]*(?:[,!:]|\\r?\\n)`;

/**
 * Candidates, in one pass: a capitalised word followed by another, a word closing its clause, an
 * initial ("M. Dupont"), capitals before a capitalised word ("WEBER, Andreas"), or one word after
 * SINGLE_BEFORE. The run itself is read from there (name-runs.ts); only where a match starts
 * matters. Both word branches start with an uppercase and a lowercase letter, so that acronyms
 * ("JSON", "HTTP") are rejected before any lookbehind is tried. The rest of the word is read once,
 * in a lookahead with a backreference (an atomic group): none of WORD_END's branches can start
 * inside a word, and a plain `[…]*` would be given back letter by letter before each of them. The
 * one-character lookbehind before SINGLE_BEFORE (every context of it ends in one of those
 * characters) spares its alternation after a word glued to punctuation or a digit.
 */
export const CANDIDATE = new RegExp(
  `[${INITIAL}](?:[${LOWER}](?:(?=([${LOWER}'’-]*))\\1(?:${WORD_END})|(?<=[:=>"'\`“ \\t\\n][${INITIAL}][${LOWER}])(?<=${SINGLE_BEFORE}[${INITIAL}][${LOWER}]))|\\. (?=[${UPPER}])|[${UPPER}]+(?:-[${UPPER}]+)*,? (?=[${UPPER}][${LOWER}]))`,
);

/** How far back the lookbehind of SINGLE_BEFORE looks (the longest context, "señora ", and spaces). */
export const LOOKBEHIND = 16;
