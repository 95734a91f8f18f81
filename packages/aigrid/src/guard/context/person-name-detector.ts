import type { Detector, GuardSpan } from '../guard-types.js';
import { forEachCandidate } from './candidate-scan.js';
import { isUpperChar, LOWER } from './latin-letters.js';
import { CANDIDATE, INITIAL, LOOKBEHIND } from './name-candidates.js';
import { hasNounEnding, NAME_LIKE_BRANDS, NOT_A_NAME_VALUE, PERSON_KEYS, SALUTATIONS, TITLES, type SalutationKind, type TitleStrength } from './name-context-words.js';
import { emailAfter, evidenceBefore, gluedBefore, runStartBefore, type EvidenceBefore } from './name-evidence.js';
import { COMMON, GIVEN, SURNAME } from './name-gazetteer.js';
import { readNameRun, type NameToken } from './name-runs.js';
import { scanNameFields } from './name-fields.js';
import { cellPairScore, nameScore, type NameEvidence } from './person-name-scoring.js';

/*
 * Person names: runs of capitalised words, weighed by gazetteers (given names of many origins,
 * frequent surnames, ordinary capitalised words) and by the context around them (titles,
 * salutations, sign-offs, "my name is", field names, e-mail headers). See person-name-scoring.ts.
 */

// The gate: a capitalised word at all (every candidate has one; the full candidate regex would
// pass on almost every text, after scanning part of it).
const GATE = new RegExp(`[${INITIAL}][${LOWER}]`);
const CELL_SEPARATOR = /^(?:[,;|\t] ?|"[,;]"|" ?[,;] ?")/;
/** Whether the code may start a CELL_SEPARATOR (`,` `;` `|` a tab, `"`): most words are followed by a space. */
const mayStartCell = (code: number) => code === 44 || code === 59 || code === 124 || code === 9 || code === 34;

const CLOSES = /^(?:\.(?:\s|$)|[ \t]*(?:[,!:;)]|\r?\n|$))/;
const CAPITAL_PARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'de', 'da', 'di', 'del', 'della', 'dalla', 'dello', 'degli', 'dos', 'das', 'do', 'du', 'des', 'van', 'von', 'der', 'den', 'ter', 'ten', 'el', 'al', 'lo', 'st', 'mac', 'mc', 'bin', 'ben', 'abu']);
// A capitalised first word that introduces the speaker: "Soy Ana Ruiz", "Sono Luca Bassi", "Chamo-me Rui Costa".
const INTRODUCING_WORDS: ReadonlyMap<string, 'strong' | 'weak'> = new Map([
  ['soy', 'weak'], ['sono', 'weak'], ['sou', 'weak'], ['chamo-me', 'strong'], ['llamo', 'strong'], ['chiamo', 'strong'],
]);
// After a name, the speaker names themself: "Ana Ruiz here", "Anna Weber hier", "Luc Petit à l'appareil".
const SELF_NAMED_AFTER = /^,? (?:here|speaking|hier|aquí|al habla|à l['’]appareil|qui|aqui|aan de lijn)\b/;
// The regex only where ",? " and one of the words' first letters (h s a à q) follow.
const SELF_NAMED_FIRST: ReadonlySet<number> = new Set([...'hsaàq'].map((char) => char.charCodeAt(0)));
const selfNamedAfter = (text: string, end: number) => {
  const space = text.charCodeAt(end) === 44 ? end + 1 : end;
  return text.charCodeAt(space) === 32 && SELF_NAMED_FIRST.has(text.charCodeAt(space + 1)) && SELF_NAMED_AFTER.test(text.slice(end, end + 20));
};
// At a run's start only the particles that are no article as well ("Das Team", "La Tienda").
const START_PARTICLES: ReadonlySet<string> = new Set(['le', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'el', 'al', 'du', 'dos', 'ter', 'ten', 'mac', 'mc']);
const NO_WORDS: ReadonlySet<string> = new Set();
const CELL_END = /^(?:[,;|\t\r\n"']|$)/;
// A department signs too ("Buchhaltung", "Klantenservice"): long words and noun endings are no unknown name.
const DEPARTMENT_ENDING = /(?:service|dienst|zione|ción|ção|ment|erie|ería|team|desk|office)$/;
const looksLikeNoun = (word: string) => word.length > 12 || hasNounEnding(word) || DEPARTMENT_ENDING.test(word);
const SENTENCE_GOES_ON = new RegExp(`^ [${LOWER}]`);

const SPAN_TYPE = 'person_name';
const MIN_SCORE = 0.25;

// Capitalised role words that may begin a run ("Patient Hans Müller"; "Kunde: …" is a key).
const ROLE_WORDS: ReadonlySet<string> = new Set([...PERSON_KEYS].filter((word) => word.length >= 6 && word !== 'person'));

const isInitial = (token: NameToken) => token.dotted && token.word.length === 1;

/** The context of a run's first words, without the e-mail and brand checks made per span. */
type RunEvidence = Omit<NameEvidence, 'email' | 'brand' | 'closes'>;

const NO_EVIDENCE: RunEvidence = Object.freeze({ title: undefined, salutation: undefined, introduction: undefined, key: undefined, signOff: false, sentenceStart: false });

/** The titles, a salutation or a role word at the start of a run, and how many words they take. */
interface Prefix {
  readonly length: number;
  readonly title: TitleStrength | undefined;
  readonly salutation: SalutationKind | undefined;
  readonly role: boolean;
  readonly introduction: 'strong' | 'weak' | undefined;
}

function readPrefix(tokens: readonly NameToken[]): Prefix {
  let index = 0;
  let title: TitleStrength | undefined;
  let role = false;
  let introduction: 'strong' | 'weak' | undefined;
  const salutation = tokens.length > 1 ? SALUTATIONS.get(tokens[0].lower) : undefined;
  // "Guten Morgen", "Bom Dia", "Good Morning": a salutation of two words.
  if (salutation !== undefined) for (index = 1; index < tokens.length - 1 && SALUTATIONS.has(tokens[index].lower); ) index++;
  else if (tokens.length > 1 && ROLE_WORDS.has(tokens[0].lower)) {
    role = true;
    index = 1;
  } else if (tokens.length > 1 && INTRODUCING_WORDS.has(tokens[0].lower)) {
    introduction = INTRODUCING_WORDS.get(tokens[0].lower);
    index = 1;
  }
  for (; index < tokens.length - 1; index++) {
    // A lone letter is an initial, "M. Dupont" included: it stays in the span.
    if (tokens[index].word.length === 1) break;
    const strength = TITLES.get(tokens[index].lower);
    if (strength === undefined) break;
    if (title !== 'strong') title = strength;
  }
  return { length: index, title, salutation, role, introduction };
}

/** Merges the prefix of a run with what stands before it. */
function runEvidence(prefix: Prefix, before: EvidenceBefore): RunEvidence {
  return {
    title: prefix.title ?? before.title,
    salutation: prefix.salutation ?? before.salutation,
    introduction: prefix.introduction ?? before.introduction,
    key: prefix.role ? 'person' : before.key,
    signOff: before.signOff,
    sentenceStart: prefix.length === 0 && before.sentenceStart,
  };
}

const hasContext = (evidence: RunEvidence) =>
  evidence.title !== undefined || evidence.salutation !== undefined || evidence.key !== undefined || evidence.introduction !== undefined || evidence.signOff;

/** Emits the span for tokens `[from, to)` when the evidence scores it. */
function emit(text: string, tokens: readonly NameToken[], from: number, to: number, base: RunEvidence, out: GuardSpan[]): void {
  while (to > from && tokens[to - 1].particle) to--;
  const flags: number[] = [];
  let initials = 0;
  let particle = false;
  let joined = '';
  let firstWord: NameToken | undefined;
  for (let index = from; index < to; index++) {
    const token = tokens[index];
    if (token.particle) particle = true;
    else if (isInitial(token)) initials++;
    else {
      firstWord ??= token;
      flags.push(token.flags);
      joined += joined === '' ? token.lower : ` ${token.lower}`;
    }
  }
  if (firstWord === undefined || NOT_A_NAME_VALUE.has(firstWord.lower) || !isUpperChar(firstWord.word[0])) return;
  const last = tokens[to - 1];
  const evidence: NameEvidence = {
    title: base.title,
    salutation: base.salutation,
    introduction: base.introduction ?? (selfNamedAfter(text, last.end) ? 'weak' : undefined),
    key: base.key,
    signOff: base.signOff,
    sentenceStart: base.sentenceStart,
    email: emailAfter(text, last.dotted ? last.end + 1 : last.end),
    brand: NAME_LIKE_BRANDS.has(joined),
    // Only a salutation or sign-off asks whether the name closes its clause (person-name-scoring.ts).
    closes: (base.signOff || base.salutation !== undefined) && CLOSES.test(text.slice(last.end, last.end + 4)) && !(flags.length === 1 && flags[0] === 0 && looksLikeNoun(firstWord.lower)) && !DEPARTMENT_ENDING.test(last.lower),
  };
  // A sign-off is followed by the name alone on its line ("Su equipo de …" is no name).
  if (evidence.signOff && !evidence.closes) return;
  // A field value followed by lowercase words is a sentence ("Kunde: Gilt der Rabatt auch …").
  if (evidence.key !== undefined && SENTENCE_GOES_ON.test(text.slice(last.end, last.end + 3))) return;
  const score = nameScore({ flags, initials, particle: particle && flags.length > 0 }, evidence);
  if (score >= MIN_SCORE) out.push({ type: SPAN_TYPE, category: 'pii', start: tokens[from].start, end: last.end, score });
}

/**
 * Whether the token at `index` ends the name: an ordinary word, a lone letter, or (without context)
 * a noun-like word. An ordinary word that is also a name ("Max", "Will", "Costa") ends it only
 * without context and unless a known surname follows ("Will Smith").
 */
function endsName(tokens: readonly NameToken[], index: number, context: boolean): boolean {
  const token = tokens[index];
  if (token.particle || isInitial(token)) return false;
  if (token.word.length === 1) return true;
  const flags = token.flags;
  // A capitalised particle inside a name: "Amina Le Roux", "Mei Della Valle" (not at the run's start).
  if ((index > 0 ? CAPITAL_PARTICLES : context ? START_PARTICLES : NO_WORDS).has(token.lower) && index + 1 < tokens.length && !tokens[index + 1].particle && ((tokens[index + 1].flags & COMMON) === 0 || (tokens[index + 1].flags & SURNAME) !== 0 || CAPITAL_PARTICLES.has(tokens[index + 1].lower))) return false;
  if ((flags & COMMON) !== 0) {
    if ((flags & (GIVEN | SURNAME)) === 0) return true;
    // After a particle a surname that is also a word stays: "Luís da Costa", "Carla Dalla Costa".
    if (index > 0 && (tokens[index - 1].particle || CAPITAL_PARTICLES.has(tokens[index - 1].lower))) return false;
    if (context) return false;
    let next = index + 1;
    while (next < tokens.length && tokens[next].particle) next++;
    const nextFlags = next < tokens.length ? tokens[next].flags : 0;
    return (nextFlags & SURNAME) === 0 || (nextFlags & COMMON) !== 0;
  }
  return !context && (flags & SURNAME) === 0 && hasNounEnding(token.lower);
}

/**
 * Whether the context of a run cannot matter: its first word after the prefix ends the name
 * whatever the context (a lone letter, an ordinary word that no list has as a name, so endsName
 * returns true before reading `context`), or there is no such word; and no ", Given" follows
 * that the context would append (withInvertedGiven). The context is then used by no span.
 */
function endsFirstAnyway(text: string, tokens: readonly NameToken[], at: number): boolean {
  if (at < tokens.length) {
    const token = tokens[at];
    if (token.particle || isInitial(token)) return false;
    const common = (token.flags & COMMON) !== 0 && (token.flags & (GIVEN | SURNAME)) === 0 && !CAPITAL_PARTICLES.has(token.lower) && !START_PARTICLES.has(token.lower);
    if (token.word.length !== 1 && !common) return false;
  }
  const last = tokens[tokens.length - 1];
  return tokens.length - at > 2 || last.dotted || text.charCodeAt(last.end) !== 44 || text.charCodeAt(last.end + 1) !== 32;
}

/** Two cells of a table row, "Anna,Schmidt" or "Schmidt;Anna": one span per cell; -1 if they are no name. */
function scanCells(text: string, first: NameToken, secondStart: number, out: GuardSpan[]): number {
  const second = readNameRun(text, secondStart)[0];
  if (second === undefined || gluedBefore(text, secondStart) || second.dotted || second.word.length < 2 || second.word === second.word.toUpperCase()) return -1;
  // A cell ends at a separator or the line ("Anna,Weber,"), not in a sentence ("Anna, Berta and …").
  if (!CELL_END.test(text.slice(second.end, second.end + 1))) return -1;
  const score = cellPairScore(first.flags, second.flags);
  if (score < MIN_SCORE) return -1;
  out.push({ type: SPAN_TYPE, category: 'pii', start: first.start, end: first.end, score });
  out.push({ type: SPAN_TYPE, category: 'pii', start: second.start, end: second.end, score });
  return second.end;
}

/** The run with the words after its ", " appended, when they close the clause; else the run. */
function withInvertedGiven(text: string, tokens: NameToken[]): NameToken[] {
  const last = tokens[tokens.length - 1];
  if (last.dotted || text.charCodeAt(last.end) !== 44 || text.charCodeAt(last.end + 1) !== 32) return tokens;
  let second = readNameRun(text, last.end + 2);
  // The given name ends at a sentence's dot: "Me llamo Iturbe, Begoña. Tengo …".
  const dot = second.findIndex((token) => token.dotted && !isInitial(token));
  if (dot >= 0) second = second.slice(0, dot + 1);
  if (second.length === 0 || second.length > 3 || second[0].word === second[0].word.toUpperCase()) return tokens;
  const end = second[second.length - 1];
  return CLOSES.test(text.slice(end.end, end.end + 4)) ? tokens.concat(second) : tokens;
}

/** Scans one run of capitalised words at `start`; returns where scanning may go on. */
function scanRun(text: string, start: number, out: GuardSpan[]): number {
  let tokens = readNameRun(text, start);
  if (tokens.length === 0) return start + 1;
  if (tokens.length === 1) {
    const after = tokens[0].dotted ? tokens[0].end + 1 : tokens[0].end;
    const cell = mayStartCell(text.charCodeAt(after)) ? CELL_SEPARATOR.exec(text.slice(after, after + 4)) : null;
    const resume = cell === null ? -1 : scanCells(text, tokens[0], after + cell[0].length, out);
    if (resume >= 0) return resume;
  }
  const prefix = readPrefix(tokens);
  // The text before is read only when the run's first name word may use it (see endsFirstAnyway).
  const context = endsFirstAnyway(text, tokens, prefix.length) ? NO_EVIDENCE : runEvidence(prefix, evidenceBefore(text, start));
  const contextual = hasContext(context);
  // "Surname, Given" after a salutation, sign-off or introduction: "Hi Okafor, Grace,".
  if (contextual && tokens.length - prefix.length <= 2) tokens = withInvertedGiven(text, tokens);
  let from = prefix.length;
  let first = true;
  for (let index = from; index <= tokens.length; index++) {
    if (index === tokens.length || endsName(tokens, index, first && contextual)) {
      if (index > from) emit(text, tokens, from, index, first ? context : NO_EVIDENCE, out);
      first = false;
      from = index + 1;
      continue;
    }
    const token = tokens[index];
    // A dot after a word that is no title or initial ends the sentence, and the run.
    if (token.dotted && !isInitial(token) && !TITLES.has(token.lower)) {
      emit(text, tokens, from, index + 1, first ? context : NO_EVIDENCE, out);
      return token.end + 1;
    }
  }
  return tokens[tokens.length - 1].end;
}

/** Person names in the seven languages covered, from gazetteers and context; every span has a score. */
export const personNameDetector: Detector = {
  id: SPAN_TYPE,
  types: [SPAN_TYPE],
  category: 'pii',
  mayMatch: (text) => GATE.test(text),
  detect(text, out: GuardSpan[]) {
    scanNameFields(text, out);
    forEachCandidate(CANDIDATE, text, LOOKBEHIND, (match, index) => (gluedBefore(text, index) ? index + 1 : scanRun(text, runStartBefore(text, index), out)));
  },
};
