import { AMBIGUOUS, COMMON, GIVEN, SURNAME } from './name-gazetteer.js';
import type { SalutationKind, TitleStrength } from './name-context-words.js';

/*
 * Scores for a run of name words, by the evidence found for it. 0.5 and up is a finding; 0.25 to
 * 0.5 an uncertain candidate (see FINDING_SCORE). The levels, strongest first:
 *   0.85–0.9  a gazetteer given name with a surname after it; any name after a title, "my name is",
 *             a first/last-name field, or before an e-mail address ("Anna Weber <a@b.c>");
 *   0.7–0.8   a given name and another capitalised word; a given name after "Dear", a sign-off, a title;
 *   0.55–0.6  an ambiguous name ("Will", "May") with a known surname; a single given name in a person field;
 *   0.3–0.45  a word after "Dear" or a sign-off that no list knows; an ambiguous name and a capitalised
 *             word mid-sentence; a capitalised word and a known surname; company-like values in person fields.
 */

/** What was found around a run, before or after it. */
export interface NameEvidence {
  readonly title: TitleStrength | undefined;
  readonly salutation: SalutationKind | undefined;
  readonly introduction: 'strong' | 'weak' | undefined;
  /** `part`: a first/last/full-name field; `person`: a field that often holds a person; `loose`: any `…name` field. */
  readonly key: 'part' | 'person' | 'loose' | undefined;
  readonly signOff: boolean;
  /** An e-mail address right after the name (`Name <address>`). */
  readonly email: boolean;
  /** Capitalisation says little at the start of a sentence or line. */
  readonly sentenceStart: boolean;
  /** Spelled like a brand or place named after a person: only context makes it a name. */
  readonly brand: boolean;
  /** The run ends its clause (`,`, `!`, `:` or the line): "Hi Kemal," or a name alone under a sign-off. */
  readonly closes: boolean;
}

/** The words of a run as flags (GIVEN, AMBIGUOUS, SURNAME), initials and particles apart. */
export interface NameShape {
  readonly flags: readonly number[];
  readonly initials: number;
  readonly particle: boolean;
}

const isGiven = (flags: number) => (flags & GIVEN) !== 0 && (flags & AMBIGUOUS) === 0;

/** Whether any word after the first has `flag` (and, with `without`, not that one). Loops: no closures on the hot path. */
function laterHas(flags: readonly number[], flag: number, without = 0): boolean {
  for (let index = 1; index < flags.length; index++) if ((flags[index] & flag) !== 0 && (flags[index] & without) === 0) return true;
  return false;
}

/** Score from the words alone: no context but capitalisation and the gazetteers. */
function wordsScore(shape: NameShape, evidence: NameEvidence): number {
  if (evidence.brand) return 0;
  const first = shape.flags[0];
  const given = isGiven(first);
  const knownSurname = laterHas(shape.flags, SURNAME);
  if (shape.flags.length === 1) return shape.initials > 0 && (given || (first & SURNAME) !== 0) ? 0.6 : 0;
  if (given) return shape.particle || knownSurname ? 0.85 : 0.7;
  if ((first & AMBIGUOUS) !== 0) {
    // "Will Smith", "Jan de Vries"; but "Santiago de Compostela" is a place.
    if (knownSurname) return 0.6;
    if (shape.particle) return evidence.sentenceStart ? 0 : 0.3;
    if (laterHas(shape.flags, GIVEN)) return 0.4;
    return evidence.sentenceStart ? 0 : 0.3;
  }
  if ((first & SURNAME) !== 0 && laterHas(shape.flags, GIVEN, AMBIGUOUS)) return 0.4;
  return (shape.particle || knownSurname) && !evidence.sentenceStart ? 0.3 : 0;
}

/** Score from the context, given what the words are. */
function contextScore(shape: NameShape, evidence: NameEvidence): number {
  const first = shape.flags[0];
  const many = shape.flags.length >= 2;
  const given = isGiven(first);
  const ambiguous = (first & AMBIGUOUS) !== 0;
  const surname = shape.particle || (first & SURNAME) !== 0 || laterHas(shape.flags, SURNAME);
  const known = given || ambiguous || surname;
  let score = 0;
  if (evidence.title === 'strong') score = Math.max(score, given || surname || many ? 0.9 : ambiguous ? 0.75 : 0.7);
  if (evidence.title === 'weak') score = Math.max(score, given || surname ? 0.8 : many ? 0.6 : ambiguous ? 0.45 : 0.35);
  if (evidence.introduction === 'strong') score = Math.max(score, many || given || surname ? 0.9 : 0.7);
  if (evidence.introduction === 'weak') score = Math.max(score, given ? (many ? 0.85 : 0.7) : many ? 0.6 : ambiguous ? 0.4 : 0);
  if (evidence.key === 'part') score = Math.max(score, 0.85);
  if (evidence.key === 'person') score = Math.max(score, many ? (known ? 0.85 : 0.45) : given ? 0.55 : ambiguous || surname ? 0.4 : 0);
  if (evidence.key === 'loose') score = Math.max(score, many ? (given || surname ? 0.75 : 0.35) : given ? 0.4 : 0);
  if (evidence.email) score = Math.max(score, many ? 0.9 : given || ambiguous ? 0.75 : surname ? 0.6 : 0.45);
  if (evidence.signOff) score = Math.max(score, many ? (known ? 0.85 : 0.6) : given || ambiguous ? 0.75 : 0.4);
  if (evidence.salutation === 'dear') score = Math.max(score, given ? 0.85 : surname ? 0.7 : ambiguous || many ? 0.6 : 0.4);
  if (evidence.salutation === 'loose') score = Math.max(score, given ? 0.8 : ambiguous ? 0.45 : 0);
  if (evidence.salutation === 'hello') score = Math.max(score, given ? (many ? 0.85 : 0.7) : ambiguous ? 0.4 : 0);
  // A salutation or sign-off that the name closes is strong whatever the gazetteers know ("Hi Zoltán,").
  if (evidence.closes && (evidence.salutation !== undefined || evidence.signOff)) score = Math.max(score, 0.6);
  return score;
}

/** The confidence that a run of words (shape) with this evidence is a person's name, in [0, 1]. */
export function nameScore(shape: NameShape, evidence: NameEvidence): number {
  if (shape.flags.length === 0) return 0;
  return Math.max(wordsScore(shape, evidence), contextScore(shape, evidence));
}

/** Score for two cells of a table row ("Anna,Schmidt", "Schmidt;Anna"): only the gazetteers speak. */
export function cellPairScore(first: number, second: number): number {
  if (isGiven(first) && (second & COMMON) === 0) return (second & SURNAME) !== 0 ? 0.8 : 0.6;
  if ((first & SURNAME) !== 0 && isGiven(second)) return 0.6;
  return 0;
}
