import { ENGLISH_AMBIGUOUS_NAMES, GERMANIC_AMBIGUOUS_NAMES, ROMANCE_AMBIGUOUS_NAMES, WORLD_AMBIGUOUS_NAMES } from './ambiguous-given-names.js';
import { ENGLISH_COMMON_NOUNS, ENGLISH_FUNCTION_WORDS } from './common-words-english.js';
import { GERMANIC_COMMON_WORDS, ROMANCE_COMMON_WORDS } from './common-words-european.js';
import { AFRICAN_GIVEN_NAMES } from './given-names-african.js';
import { EAST_ASIAN_GIVEN_NAMES, SOUTH_ASIAN_GIVEN_NAMES } from './given-names-asian.js';
import { DUTCH_GIVEN_NAMES } from './given-names-dutch.js';
import { ENGLISH_GIVEN_NAMES } from './given-names-english.js';
import { FRENCH_GIVEN_NAMES } from './given-names-french.js';
import { GERMAN_GIVEN_NAMES } from './given-names-german.js';
import { ITALIAN_GIVEN_NAMES } from './given-names-italian.js';
import { PORTUGUESE_GIVEN_NAMES } from './given-names-portuguese.js';
import { SLAVIC_GIVEN_NAMES } from './given-names-slavic.js';
import { SPANISH_GIVEN_NAMES } from './given-names-spanish.js';
import { ARABIC_GIVEN_NAMES, TURKISH_GIVEN_NAMES } from './given-names-turkish-arabic.js';
import { NORTHERN_SURNAMES, SOUTHERN_SURNAMES } from './surnames-european.js';
import { WORLD_SURNAMES } from './surnames-world.js';

/** What a capitalised word can be; a word may be several (bit flags). */
export const GIVEN = 1;
/** A given name that is also an ordinary word, month, place or product ("May", "Florence", "Will"). */
export const AMBIGUOUS = 2;
export const SURNAME = 4;
/** An ordinary capitalised word that is never part of a name ("Street", "The", "Montag"). */
export const COMMON = 8;

const GIVEN_TABLES = [
  ENGLISH_GIVEN_NAMES, GERMAN_GIVEN_NAMES, FRENCH_GIVEN_NAMES, SPANISH_GIVEN_NAMES, PORTUGUESE_GIVEN_NAMES, DUTCH_GIVEN_NAMES,
  ITALIAN_GIVEN_NAMES, TURKISH_GIVEN_NAMES, ARABIC_GIVEN_NAMES, SLAVIC_GIVEN_NAMES, AFRICAN_GIVEN_NAMES, SOUTH_ASIAN_GIVEN_NAMES,
  EAST_ASIAN_GIVEN_NAMES,
];
const AMBIGUOUS_TABLES = [ENGLISH_AMBIGUOUS_NAMES, GERMANIC_AMBIGUOUS_NAMES, ROMANCE_AMBIGUOUS_NAMES, WORLD_AMBIGUOUS_NAMES];
const SURNAME_TABLES = [NORTHERN_SURNAMES, SOUTHERN_SURNAMES, WORLD_SURNAMES];
const COMMON_TABLES = [ENGLISH_FUNCTION_WORDS, ENGLISH_COMMON_NOUNS, GERMANIC_COMMON_WORDS, ROMANCE_COMMON_WORDS];

function buildIndex(): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  const mark = (tables: readonly (readonly string[])[], flag: number) => {
    for (const table of tables) for (const word of table) {
      const key = word.toLowerCase();
      index.set(key, (index.get(key) ?? 0) | flag);
    }
  };
  mark(GIVEN_TABLES, GIVEN);
  // An ambiguous word is a weak given name, whichever table it was also listed in.
  mark(AMBIGUOUS_TABLES, GIVEN | AMBIGUOUS);
  mark(SURNAME_TABLES, SURNAME);
  mark(COMMON_TABLES, COMMON);
  return index;
}

/** Lowercase word → flags, built once. */
const INDEX = buildIndex();

/** The flags of one capitalised word as written ("Anna's", "Jean-Pierre", "Müller-Lüdenscheidt" included); 0 if unknown. */
export const wordFlags = (word: string): number => lowerWordFlags(word.toLowerCase());

/** wordFlags of a word already lowercased (the name runs lowercase each word once, for both uses). */
export function lowerWordFlags(lower: string): number {
  let key = lower;
  // The last letter first: most words end in no "s", and need no endsWith.
  if (key.charCodeAt(key.length - 1) === 115 && (key.endsWith("'s") || key.endsWith('’s'))) key = key.slice(0, -2);
  const flags = INDEX.get(key);
  if (flags !== undefined) return flags;
  // A double name or double surname counts as its first part (without COMMON: "Maria-Street" is rare).
  const hyphen = key.indexOf('-');
  if (hyphen > 0) return (INDEX.get(key.slice(0, hyphen)) ?? 0) & ~COMMON;
  return 0;
}

/** Whether a word is a given name in the gazetteer (ambiguous ones included). */
export const isGivenName = (word: string): boolean => (wordFlags(word) & GIVEN) !== 0;
