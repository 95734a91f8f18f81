import { isWordCode, LETTER, LOWER, UPPER } from './latin-letters.js';
import {
  TITLE_BEFORE,
  NAME_PART_KEYS,
  PERSON_KEYS,
  CONTEXT_LAST_WORDS,
  ROLE_PHRASE_BEFORE,
  SALUTATIONS,
  SIGN_OFF_BEFORE,
  STRONG_INTRODUCTION,
  WEAK_INTRODUCTION,
  type SalutationKind,
} from './name-context-words.js';
import { COMMON, GIVEN, SURNAME, wordFlags } from './name-gazetteer.js';
import { PARTICLES } from './name-runs.js';
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
const SALUTATION_BEFORE = endingWith(String.raw`(?:^|[^\wÀ-ÿ])([A-Za-zÀ-ÿ]+)[ \t]*,?[ \t]*`);
// What may stand before a sentence, so that its first word is capitalised anyway.
const SENTENCE_BEFORE = endingWith(String.raw`(?:^|[\n.!?:;•*#>|(\[{"'“„«-]|\d\.)[ \t"'“„«(*_]*`);

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

function keyKindOf(last: string): EvidenceBefore['key'] {
  if (NAME_PART_KEYS.has(last)) return 'part';
  if (PERSON_KEYS.has(last)) return 'person';
  if (/(?:firstname|lastname|surname|fullname|vorname|nachname|prénom|apellidos?|voornaam|achternaam|roepnaam|cognome|sobrenome|nomepróprio|primeironome|defamille)$/.test(last)) return 'part';
  return last.endsWith('name') || last.endsWith('naam') || last.endsWith('nome') ? 'loose' : undefined;
}

const MID_SENTENCE: EvidenceBefore = Object.freeze(found(false));

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

const isBlankCode = (code: number) => code === 32 || code === 9;

/**
 * Whether `text` may end with a sign-off (a superset of SIGN_OFF_BEFORE, by char codes): over the
 * blanks, one newline and one `,` `!` `.` that may follow it, a sign-off ends in a letter or a dot.
 * Lines of prose end in `?`, `:` or a blank line, and skip the long alternation.
 */
function maySignOff(text: string): boolean {
  let at = text.length;
  while (at > 0 && isBlankCode(text.charCodeAt(at - 1))) at--;
  if (at > 0 && text.charCodeAt(at - 1) === 10) at--;
  while (at > 0 && isBlankCode(text.charCodeAt(at - 1))) at--;
  const mark = text.charCodeAt(at - 1);
  if (mark === 44 || mark === 33 || mark === 46) at--;
  while (at > 0 && isBlankCode(text.charCodeAt(at - 1))) at--;
  const code = at > 0 ? text.charCodeAt(at - 1) : 0;
  return code === 46 || code >= 0x80 || ((code | 32) >= 97 && (code | 32) <= 122);
}

/** Reads the evidence in the text just before `start` (the line and, for sign-offs, the line before). */
export function evidenceBefore(text: string, start: number): EvidenceBefore {
  // Most candidates follow an ordinary word: no phrase can end there, and no regex is needed.
  const previous = wordBefore(text, start);
  if (previous !== '' && !CONTEXT_LAST_WORDS.has(previous) && !CONTEXT_LAST_WORDS.has(previous.replace(/[.,:!]+$/, ''))) return MID_SENTENCE;
  const window = text.slice(Math.max(0, start - WINDOW), start);
  const newline = window.lastIndexOf('\n');
  const line = newline < 0 ? window : window.slice(newline + 1);
  const blank = line.trim() === '';
  const sentenceStart = blank || SENTENCE_BEFORE.test(line);
  // A name alone at the start of a line: a sign-off may end the line above.
  if (blank) return found(sentenceStart, undefined, undefined, undefined, undefined, newline >= 0 && maySignOff(window) && SIGN_OFF_BEFORE.test(window));
  if (STRONG_INTRODUCTION.test(line)) return found(sentenceStart, undefined, undefined, 'strong');
  if (TITLE_BEFORE.test(line)) return found(sentenceStart, 'strong');
  const key = KEY_BEFORE.exec(line);
  if (key !== null) {
    const kind = keyKind(key[1] ?? key[2]);
    if (kind !== undefined) return found(sentenceStart, undefined, undefined, undefined, kind);
  }
  if (ROLE_PHRASE_BEFORE.test(line)) return found(sentenceStart, undefined, undefined, undefined, 'person');
  if (maySignOff(line) && SIGN_OFF_BEFORE.test(line)) return found(sentenceStart, undefined, undefined, undefined, undefined, true);
  const word = SALUTATION_BEFORE.exec(line);
  const salutation = word === null ? undefined : SALUTATIONS.get(word[1].toLowerCase());
  if (salutation !== undefined) return found(sentenceStart, undefined, salutation);
  return found(sentenceStart, undefined, undefined, WEAK_INTRODUCTION.test(line) ? 'weak' : undefined);
}

// A run may begin before the candidate: "Ludwig van Beethoven" is found at "Beethoven".
const PARTICLES_BEFORE = endingWith(`(?:^|[^${LETTER}])([${UPPER}][${LOWER}'’-]+ (?:(?:${PARTICLES}) ){1,3})`);

/** Where a run with surname particles starts, if `start` follows "Word van der "; else `start`. */
export function runStartBefore(text: string, start: number): number {
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
