import { isWordCode, LETTER, LOWER, UPPER } from './latin-letters.js';
import {
  TITLE_BEFORE,
  NAME_PART_KEYS,
  PERSON_KEYS,
  CONTEXT_LAST_WORDS,
  ROLE_PHRASE_BEFORE,
  SALUTATIONS,
  SIGN_OFF_BEFORE,
  SIGN_OFF_TAILS,
  STRONG_INTRODUCTION,
  WEAK_INTRODUCTION,
  STRONG_INTRODUCTION_LAST,
  WEAK_INTRODUCTION_LAST,
  TITLE_BEFORE_LAST,
  ROLE_PHRASE_LAST,
  type SalutationKind,
} from './name-context-words.js';
import { COMMON, GIVEN, SURNAME, wordFlags } from './name-gazetteer.js';
import { PARTICLE_WORDS, PARTICLES } from './name-runs.js';
import { endingWith } from './text-endings.js';

/** What the text before a name says about it (the part of NameEvidence found before it). Fixed shape. */
export interface EvidenceBefore {
  readonly title: 'strong' | undefined;
  readonly salutation: SalutationKind | undefined;
  readonly introduction: 'strong' | 'weak' | undefined;
  readonly key: 'part' | 'person' | 'loose' | undefined;
  readonly signOff: boolean;
  readonly sentenceStart: boolean;
}

/** One shape for every result (a spread or a missing key would make the callers' objects polymorphic). */
const found = (sentenceStart: boolean, title?: 'strong', salutation?: SalutationKind, introduction?: 'strong' | 'weak', key?: EvidenceBefore['key'], signOff = false): EvidenceBefore => ({
  title,
  salutation,
  introduction,
  key,
  signOff,
  sentenceStart,
});

const WINDOW = 80;

// `key: `, `"key": "`, `key=`, `key => '`, `**Key:** `, `<key>`: the field name right before a value.
const KEY_BEFORE = endingWith(String.raw`(?:^|[^\wÀ-ÿ])([A-Za-zÀ-ÿ][\wÀ-ÿ .-]{0,40})["'${'`'}*_\]]*[ \t]*(?:[:=]|=>|->)[ \t]*[*_]*[ \t]*["'${'`'}“]?|<([A-Za-z][\w:.-]{0,40})>[ \t]*`);

/*
 * Most lines before a candidate end in ", ", ": ", "(" or an ordinary word. The checks below read
 * the end of the line by char codes, and the regexes are tried only where they may match; two of
 * them are replaced outright by the loops that follow.
 */
const isBlankCode = (code: number) => code === 32 || code === 9;

/** Where the blanks at the end of `line`, before `end`, start. */
function blanksStart(line: string, end: number): number {
  while (end > 0 && isBlankCode(line.charCodeAt(end - 1))) end--;
  return end;
}

/** The char code before `end` if it is one of `last`; an introduction, title or role phrase ends in one. */
function endsInOneOf(line: string, end: number, last: ReadonlySet<number>): boolean {
  return end > 0 && last.has(line.charCodeAt(end - 1));
}

/** STRONG_INTRODUCTION may match: its phrase, then `[ \t]*["'“]?`. */
function mayEndStrongIntroduction(line: string): boolean {
  let end = line.length;
  const code = line.charCodeAt(end - 1);
  if (code === 34 || code === 39 || code === 0x201c) end--;
  return endsInOneOf(line, blanksStart(line, end), STRONG_INTRODUCTION_LAST);
}

/** TITLE_BEFORE may match: its title, then one blank. */
const mayEndTitle = (line: string) => isBlankCode(line.charCodeAt(line.length - 1)) && endsInOneOf(line, line.length - 1, TITLE_BEFORE_LAST);

/** KEY_BEFORE may match: `:` `=` `>` (also of `=>`, `->`, `<tag>`), then blanks, `*` `_` and a quote. */
function mayEndKey(line: string): boolean {
  let end = line.length;
  let code = line.charCodeAt(end - 1);
  if (code === 34 || code === 39 || code === 96 || code === 0x201c) end--;
  for (code = line.charCodeAt(end - 1); end > 0 && (isBlankCode(code) || code === 42 || code === 95); code = line.charCodeAt(end - 1)) end--;
  return code === 58 || code === 61 || code === 62;
}

/** ROLE_PHRASE_BEFORE may match: its phrase, then `[ \t]*[:\-–]?[ \t]*`. */
function mayEndRolePhrase(line: string): boolean {
  let end = blanksStart(line, line.length);
  const code = line.charCodeAt(end - 1);
  if (code === 58 || code === 45 || code === 0x2013) end = blanksStart(line, end - 1);
  return endsInOneOf(line, end, ROLE_PHRASE_LAST);
}

/** WEAK_INTRODUCTION may match: its phrase, then blanks. */
const mayEndWeakIntroduction = (line: string) => endsInOneOf(line, blanksStart(line, line.length), WEAK_INTRODUCTION_LAST);

/** `[A-Za-zÀ-ÿ]` */
const isSalutationLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0xff);

/**
 * The salutation the line ends with, over blanks and one comma ("Dear ", "Hallo, "), as the
 * regex `(?:^|[^\wÀ-ÿ])([A-Za-zÀ-ÿ]+)[ \t]*,?[ \t]*$` read it: the whole run of letters, after
 * the line's start or a character that is no letter, digit or `_`.
 */
function salutationBefore(line: string): SalutationKind | undefined {
  let end = blanksStart(line, line.length);
  if (line.charCodeAt(end - 1) === 44) end = blanksStart(line, end - 1);
  let from = end;
  while (from > 0 && isSalutationLetter(line.charCodeAt(from - 1))) from--;
  if (from === end) return undefined;
  const code = line.charCodeAt(from - 1);
  if ((code >= 48 && code <= 57) || code === 95) return undefined;
  return SALUTATIONS.get(line.slice(from, end).toLowerCase());
}

// What may stand before a sentence, so that its first word is capitalised anyway:
// `(?:^|[\n.!?:;•*#>|(\[{"'“„«-]|\d\.)[ \t"'“„«(*_]*$` (the `\d\.` is one of the `.` already).
const SENTENCE_MARKS: ReadonlySet<number> = new Set([...'\n.!?:;•*#>|([{"\'“„«-'].map((char) => char.charCodeAt(0)));
const SENTENCE_OPENERS: ReadonlySet<number> = new Set([...' \t"\'“„«(*_'].map((char) => char.charCodeAt(0)));

/** Whether a sentence may start at the end of `line`: its start or a mark, then openers (quotes, blanks, `(`). */
function sentenceBefore(line: string): boolean {
  for (let at = line.length; ; at--) {
    if (at === 0 || SENTENCE_MARKS.has(line.charCodeAt(at - 1))) return true;
    if (!SENTENCE_OPENERS.has(line.charCodeAt(at - 1))) return false;
  }
}

/** The field kind a key names: `part` (first/last name), `person` (customer, patient, From), `loose` (any …name). */
export function keyKind(rawKey: string): EvidenceBefore['key'] {
  const words = rawKey.slice(rawKey.lastIndexOf('.') + 1).trim().toLowerCase().split(/\s+/);
  const one = words[words.length - 1].replace(/[^a-zà-ÿ]/g, '');
  const two = words.length > 1 ? words[words.length - 2].replace(/[^a-zà-ÿ]/g, '') + one : one;
  // "From:" names a sender, "Ships from:" a place.
  if (words.length > 1 && one.length <= 4 && PERSON_KEYS.has(one) && !NAME_PART_KEYS.has(two)) return undefined;
  const pair = keyKindOf(two);
  const single = two === one ? undefined : keyKindOf(one);
  // "failed holder_name": the key's own word decides over a loose "…name" pair.
  return pair === 'loose' && single !== undefined ? single : pair ?? single;
}

// Keys that end in a name part: "billingfirstname", "nomdefamille" (endsWith: an unanchored `(?:…)$` tries every position).
const NAME_PART_ENDINGS = ['firstname', 'lastname', 'surname', 'fullname', 'vorname', 'nachname', 'prénom', 'apellido', 'apellidos', 'voornaam', 'achternaam', 'roepnaam', 'cognome', 'sobrenome', 'nomepróprio', 'primeironome', 'defamille'];

function keyKindOf(last: string): EvidenceBefore['key'] {
  if (NAME_PART_KEYS.has(last)) return 'part';
  if (PERSON_KEYS.has(last)) return 'person';
  for (const ending of NAME_PART_ENDINGS) if (last.endsWith(ending)) return 'part';
  return last.endsWith('name') || last.endsWith('naam') || last.endsWith('nome') ? 'loose' : undefined;
}

const MID_SENTENCE: EvidenceBefore = Object.freeze(found(false));
// The marks wordBefore may leave at a word's end ("regards,", "Mr."), stripped before the second lookup.
const WORD_MARKS: ReadonlySet<number> = new Set([46, 44, 58, 33]);

/** The word right before `start` (over spaces and an opening quote), lowercase; '' after punctuation. */
function wordBefore(text: string, start: number): string {
  let end = start;
  while (end > 0 && end > start - 4 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '"' || text[end - 1] === '“')) end--;
  let from = end;
  while (from > 0 && from > end - 24) {
    const code = text.charCodeAt(from - 1);
    if (!isWordCode(code) && code !== 39 && code !== 0x2019 && code !== 46 && code !== 47 && code !== 45 && code !== 0xba && code !== 0xaa) break;
    from--;
  }
  return from === end ? '' : text.slice(from, end).toLowerCase();
}

/** Latin-1 lowercased by code (what /i equates for the letters of the sign-offs); 0 past Latin-1, where no sign-off has a letter. */
const latinLower = (code: number) => (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) ? code + 32 : code < 0x100 ? code : 0;
const packTail = (tail: string) => [...tail].reduce((key, char) => key * 256 + char.charCodeAt(0), 0);
// The tails, one number each: three characters, or two for "lg" and "vg" (only a 3-character key can be three).
const SIGN_OFF_TAIL_KEYS: ReadonlySet<number> = new Set([...SIGN_OFF_TAILS].map(packTail));

/** Whether the sign-off may end at `end`: the three characters before it end one (SIGN_OFF_TAILS; "lg", "vg" are two). */
function endsWithSignOffTail(text: string, end: number): boolean {
  if (end < 2) return false;
  const two = latinLower(text.charCodeAt(end - 2)) * 256 + latinLower(text.charCodeAt(end - 1));
  return SIGN_OFF_TAIL_KEYS.has(two) || (end >= 3 && SIGN_OFF_TAIL_KEYS.has(latinLower(text.charCodeAt(end - 3)) * 65536 + two));
}

/**
 * Whether `text` may end with a sign-off (a superset of SIGN_OFF_BEFORE, by char codes and one
 * lookup): over the blanks, one newline and one `,` `!` `.` that may follow it, the text ends in
 * the last letters of a sign-off ("gez." keeps its dot). Lines of prose end in `?`, `:`, a blank
 * line or another word, and skip the long alternation.
 */
function maySignOff(text: string): boolean {
  let at = text.length;
  while (at > 0 && isBlankCode(text.charCodeAt(at - 1))) at--;
  if (at > 0 && text.charCodeAt(at - 1) === 10) at--;
  while (at > 0 && isBlankCode(text.charCodeAt(at - 1))) at--;
  const mark = text.charCodeAt(at - 1);
  const dot = mark === 46;
  if (mark === 44 || mark === 33 || dot) at--;
  while (at > 0 && isBlankCode(text.charCodeAt(at - 1))) at--;
  return endsWithSignOffTail(text, at) || (dot && endsWithSignOffTail(text, at + 1));
}

/** Reads the evidence in the text just before `start` (the line and, for sign-offs, the line before). */
export function evidenceBefore(text: string, start: number): EvidenceBefore {
  // Most candidates follow an ordinary word: no phrase can end there, and no regex is needed.
  const previous = wordBefore(text, start);
  if (previous !== '' && !CONTEXT_LAST_WORDS.has(previous) && (!endsInOneOf(previous, previous.length, WORD_MARKS) || !CONTEXT_LAST_WORDS.has(previous.replace(/[.,:!]+$/, '')))) return MID_SENTENCE;
  const window = text.slice(Math.max(0, start - WINDOW), start);
  const newline = window.lastIndexOf('\n');
  const line = newline < 0 ? window : window.slice(newline + 1);
  const blank = line.trim() === '';
  const sentenceStart = blank || sentenceBefore(line);
  // A name alone at the start of a line: a sign-off may end the line above.
  if (blank) return found(sentenceStart, undefined, undefined, undefined, undefined, newline >= 0 && maySignOff(window) && SIGN_OFF_BEFORE.test(window));
  if (mayEndStrongIntroduction(line) && STRONG_INTRODUCTION.test(line)) return found(sentenceStart, undefined, undefined, 'strong');
  if (mayEndTitle(line) && TITLE_BEFORE.test(line)) return found(sentenceStart, 'strong');
  const key = mayEndKey(line) ? KEY_BEFORE.exec(line) : null;
  if (key !== null) {
    const kind = keyKind(key[1] ?? key[2]);
    if (kind !== undefined) return found(sentenceStart, undefined, undefined, undefined, kind);
  }
  if (mayEndRolePhrase(line) && ROLE_PHRASE_BEFORE.test(line)) return found(sentenceStart, undefined, undefined, undefined, 'person');
  if (maySignOff(line) && SIGN_OFF_BEFORE.test(line)) return found(sentenceStart, undefined, undefined, undefined, undefined, true);
  const salutation = salutationBefore(line);
  if (salutation !== undefined) return found(sentenceStart, undefined, salutation);
  return found(sentenceStart, undefined, undefined, mayEndWeakIntroduction(line) && WEAK_INTRODUCTION.test(line) ? 'weak' : undefined);
}

// A run may begin before the candidate: "Ludwig van Beethoven" is found at "Beethoven".
const PARTICLES_BEFORE = endingWith(`(?:^|[^${LETTER}])([${UPPER}][${LOWER}'’-]+ (?:(?:${PARTICLES}) ){1,3})`);

/** Where a run with surname particles starts, if `start` follows "Word van der "; else `start`. */
export function runStartBefore(text: string, start: number): number {
  // The regex only after " particle ": a space, the particle (ASCII lowercase) and a space before it.
  if (text.charCodeAt(start - 1) !== 32) return start;
  let from = start - 1;
  while (from > start - 7 && text.charCodeAt(from - 1) >= 97 && text.charCodeAt(from - 1) <= 122) from--;
  if (from === start - 1 || text.charCodeAt(from - 1) !== 32 || !PARTICLE_WORDS.has(text.slice(from, start - 1))) return start;
  const particles = PARTICLES_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (particles === null) return start;
  // "Ik ben Esra …", "Je de …": an ordinary word before the particle starts no name.
  const flags = wordFlags(particles[1].slice(0, particles[1].indexOf(' ')));
  return (flags & COMMON) !== 0 && (flags & (GIVEN | SURNAME)) === 0 ? start : start - particles[1].length;
}

// Right after a name: `<address@host>`, `(address@host)`, `[mailto:…]`.
const EMAIL_AFTER = /^[ \t]*[<([](?:mailto:)?[^\s<>()@]+@[^\s<>()@]+\.[A-Za-z]{2,}/;

/** Whether an e-mail address follows `end` directly. */
export function emailAfter(text: string, end: number): boolean {
  // The opening bracket first, by char code: most names have none, and need no slice.
  let at = end;
  while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
  const code = text.charCodeAt(at);
  return (code === 60 || code === 40 || code === 91) && EMAIL_AFTER.test(text.slice(end, end + 120));
}

/** Whether `index` continues a word (a letter, digit, `_`, or a glued `@ . / - '` before it). */
export function gluedBefore(text: string, index: number): boolean {
  if (index === 0) return false;
  const code = text.charCodeAt(index - 1);
  return isWordCode(code) || code === 64 || code === 46 || code === 47 || code === 45 || code === 39 || code === 0x2019 || code === 92;
}
