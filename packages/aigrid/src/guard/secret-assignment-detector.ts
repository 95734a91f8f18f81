import { isLower, isWordCode } from './char-classes.js';
import type { Detector, GuardSpan } from './guard-types.js';
import { nextSecretRun, type TextRun } from './secret-value-runs.js';
import { isTokenAlphabet, isTrailingPunctuation, isValueCode, SECRET_MIN_LENGTH_PUNCTUATED, secretScore } from './secret-value.js';

export { looksLikeSecret, SECRET_MIN_ENTROPY, SECRET_MIN_ENTROPY_HEX, SECRET_MIN_LENGTH, SECRET_UNCERTAIN_MARGIN, secretScore } from './secret-value.js';

// Secret-like words in names and labels, in the seven languages the guard reads. Inside
// identifiers too (`DB_PASSWORD`, `jwtSecret`, `databasewachtwoord`). Case-insensitive.
const WORDS =
  'key|secret|token|passw|pwd|pass(?:e|phrase)?(?![a-z])|credential|auth|kennwort|wachtwoord|geheim|segreto|senha|' +
  'contrase(?:ñ|n)a|chave|clave|chiave|schl(?:ü|ue)ssel|sleutel|(?<![a-z])(?:pw|mdp|pin)(?![a-z])|(?<![a-z])cl(?:é|e)(?![a-z])';
const SECRET_WORD = new RegExp(WORDS, 'gi');
// A superset of SECRET_WORD, for a quick test of a window: the words' first letters, each as a
// two-case class (a third faster than the case-insensitive alternation).
const GATE_PREFIXES = ['key', 'sec', 'tok', 'pas', 'pw', 'auth', 'cred', 'kenn', 'wach', 'geh', 'seg', 'senh', 'contr', 'chav', 'chia', 'clav', 'cle', 'clé', 'schl', 'sleu', 'mdp', 'pin'];
const bothCases = (prefix: string) => prefix.replace(/\p{Ll}/gu, (letter) => `[${letter}${letter.toUpperCase()}]`);
const GATE = new RegExp(GATE_PREFIXES.map(bothCases).join('|'));
// Scheme words allowed between a label and its value ("Authorization: Bearer …").
const SCHEME = /^(?:bearer|basic|token)$/i;
// A label's filler word between the secret word and the value: `is`, `ist`, `è`, `database`, `(temporary)`.
const FILLER = /^[\p{L}()/-]{1,24}$/u;
// curl's basic auth and URL credentials: `-u admin:…`, `scheme://user:…@host`.
const CURL_USER = /(?:^|\s)(?:-u|--user)\s+["']?[^\s:"']{1,64}:([^\s"']{1,256})/g;
const URL_CREDENTIALS = /:\/\/[^\s/@:]{1,64}:([^\s/@]{1,128})@/g;

const MAX_FILLERS = 7;
const INNER_FIELD = /[=:](?!=*$)/;
const WINDOW = 64;

const isBlank = (code: number) => code === 32 || code === 9;
const isQuote = (code: number) => code === 34 || code === 39 || code === 96;
const isLabelSeparator = (code: number) => code === 58 || code === 61 || code === 124 || code === 62 || code === 9;
// Rest of an identifier or compound word after the secret word (`_KEY`, `-Passwort`, `ñas`).
const isLatinLetter = (code: number) => code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;
const isNameCode = (code: number) => isWordCode(code) || code === 45 || isLatinLetter(code);
// A value, or a filler word in a label (`vorläufig`, `è`).
const isTokenCode = (code: number) => isValueCode(code) || isLatinLetter(code);

function push(out: GuardSpan[], start: number, end: number, score: number): void {
  if (score === 1) out.push({ type: 'secret', category: 'secret', start, end });
  else if (score > 0) out.push({ type: 'secret', category: 'secret', start, end, score });
}

/**
 * Reads forward from the end of a secret word to its value, on the same line: past the rest of
 * the name, blanks, quotes, a separator (`=`, `:`, `:=`, `=>`, `|`, tab, ` - `), a scheme word and
 * up to seven filler words (`is`, `ist`, `lautet`, `è`, `de la base de datos es`). After a
 * separator the next token must be the value. Returns true when a value was pushed.
 */
function scanLabel(text: string, from: number, out: GuardSpan[], maxFillers: number): boolean {
  let index = from;
  while (index < text.length && index - from < 40 && isNameCode(text.charCodeAt(index))) index++;
  const limit = Math.min(text.length, index + WINDOW);
  // A quote right after the name closes it (`"api_secret": …`).
  if (isQuote(text.charCodeAt(index))) index++;
  let fillers = 0;
  const nameEnd = index;
  while (index < limit) {
    let separated = false;
    let quote = 0;
    while (index < limit) {
      const code = text.charCodeAt(index);
      if (isBlank(code)) {
        if (code === 9) separated = true;
      } else if (isLabelSeparator(code)) separated = true;
      else if (code === 45 && isBlank(text.charCodeAt(index + 1)) && isBlank(text.charCodeAt(index - 1))) separated = true;
      else if (isQuote(code)) {
        quote = code;
        index++;
        break;
      } else if (code !== 40 && code !== 41) break;
      index++;
    }
    // Glued to the name, it is the rest of a word (`Portkey-AI/gw#12`, base64 around `pW4…`).
    if (index >= limit || (index === nameEnd && quote === 0)) return false;
    const start = index;
    let end = start;
    if (quote !== 0) {
      while (end < text.length && end - start <= 512 && text.charCodeAt(end) !== quote && text.charCodeAt(end) !== 10 && !isBlank(text.charCodeAt(end))) end++;
      if (text.charCodeAt(end) !== quote) return false;
    } else {
      while (end < text.length && end - start <= 512 && isTokenCode(text.charCodeAt(end))) end++;
      // Prose punctuation, and the closing `**` of Markdown bold, end the value.
      for (let trimmed = true; trimmed && end > start; ) {
        trimmed = isTrailingPunctuation(text.charCodeAt(end - 1)) || (text.charCodeAt(end - 1) === 42 && text.charCodeAt(end - 2) === 42);
        if (trimmed) end -= text.charCodeAt(end - 1) === 42 ? 2 : 1;
      }
    }
    if (end === start) return false;
    if (quote === 0) end = withoutProseTail(text, start, end);
    const value = text.slice(start, end);
    // Unless right after a separator, `name=value` or `name:value` is another field (`source_ip=…`).
    if ((fillers > 0 || !separated) && quote === 0 && INNER_FIELD.test(value)) return false;
    const score = secretScore(value);
    // After filler words (prose), only a sure value counts.
    if (score === 1 || (score > 0 && fillers === 0)) {
      push(out, start, end, score);
      return true;
    }
    if (quote !== 0 && separated) return false;
    if (!SCHEME.test(value) && (separated || ++fillers > maxFillers || !FILLER.test(value))) return false;
    index = end + (quote !== 0 ? 1 : 0);
  }
  return false;
}

/**
 * `KEY=abc…xyz.x`: a token followed by `.`, `!` or `?` and one or two characters is the token
 * and the next sentence or word, when the token alone is in a token alphabet and looks like a
 * secret. A typed password (`Qa.7x!Lm~2p.y`) keeps its tail.
 */
function withoutProseTail(text: string, start: number, end: number): number {
  for (let cut = end - 2; cut >= end - 3 && cut > start; cut--) {
    if (!isTrailingPunctuation(text.charCodeAt(cut))) continue;
    const token = text.slice(start, cut);
    return isTokenAlphabet(token) && secretScore(token) === 1 ? cut : end;
  }
  return end;
}

function scanCredentials(text: string, pattern: RegExp, out: GuardSpan[]): void {
  for (const match of text.matchAll(pattern)) {
    const value = match[1];
    const start = match.index + match[0].length - value.length - (pattern === URL_CREDENTIALS ? 1 : 0);
    push(out, start, start + value.length, secretScore(value));
  }
}

// How far before its value a secret word can end: scanLabel reads at most 40 name characters and
// a WINDOW past them. A window that starts inside a word is moved back to the word's start.
const WORD_REACH = 40 + WINDOW;

// A letter of a secret word (ASCII, or ñ ü é): a word match can span a position only between two of these.
const isWordLetter = (code: number) => isLower(code | 32) || code >= 0x80;

/**
 * High-entropy values and typed passwords after a secret-like name or label: assignments in
 * code, config, env files, JSON, YAML and HTTP headers (`Authorization: Bearer …`), key-value
 * tables and prose in seven languages (`Das Datenbank-Passwort ist …`, `MDP provisoire : …`),
 * URL credentials (`postgres://user:…@host`) and `curl -u user:…`. Only the value is marked.
 *
 * A value lies in a run of 12+ characters without a blank or line break (see secret-value-runs),
 * on the same line as its word and at most WORD_REACH after the word's end. So secret words are
 * looked for only in windows before the runs that could hold a value (a word elsewhere finds
 * none, and changes nothing). A window starts at a line start, a run's end or after a non-letter
 * and ends at a run's end, where no word match straddles it: its matches are those a scan of
 * the whole text finds there.
 */
export const secretAssignmentDetector: Detector = {
  id: 'secret',
  types: ['secret'],
  category: 'secret',
  mayMatch: (text) => text.length >= SECRET_MIN_LENGTH_PUNCTUATED,
  detect(text, out) {
    let after = 0;
    let scanned = 0;
    const run: TextRun = { start: 0, end: 0 };
    for (let from = 0; nextSecretRun(text, from, run); from = run.end + 1) {
      const floor = Math.max(scanned, text.lastIndexOf('\n', run.start) + 1);
      let start = Math.max(floor, run.start - WORD_REACH);
      while (start > floor && isWordLetter(text.charCodeAt(start - 1))) start--;
      const window = text.slice(start, run.end);
      if (GATE.test(window)) after = scanWords(text, start, window, after, out);
      scanned = run.end;
    }
    // URL and curl credentials need a secret-like value too.
    if (scanned === 0) return;
    if (text.includes('://')) scanCredentials(text, URL_CREDENTIALS, out);
    if (text.includes('-u') || text.includes('--user')) scanCredentials(text, CURL_USER, out);
  },
};

/** The secret words of `window` (text from `offset`), each read on to its value; returns the end of the last value found. */
function scanWords(text: string, offset: number, window: string, after: number, out: GuardSpan[]): number {
  for (const match of window.matchAll(SECRET_WORD)) {
    const index = offset + match.index;
    if (index < after) continue;
    const before = out.length;
    // `key` ending a lowercase word (`monkey`, `Portkey`) names no key unless a separator follows.
    const inWord = match[0].length === 3 && isLower(text.charCodeAt(index - 1)) && isLower(text.charCodeAt(index));
    if (scanLabel(text, index + match[0].length, out, inWord ? 0 : MAX_FILLERS)) after = out[before].end;
  }
  return after;
}
