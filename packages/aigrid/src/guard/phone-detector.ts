import type { Detector, GuardSpan } from './guard-types.js';
import { checkInternational, checkNational, type CountryCode, type PlanVerdict } from './phone-numbering-plans.js';
import { columnHeader } from './phone-columns.js';
import { groupDigits, runStart, splitRun, type DigitGroup } from './phone-runs.js';
import { phoneShape, type PhoneShape } from './phone-shapes.js';

/*
 * Telephone numbers: candidates by shape (phone-shapes.ts), validated against the national
 * numbering plans (libphonenumber-js), scored with the words around them. A score of 0.5 or more
 * is a finding; 0.25–0.5 is an uncertain candidate (see FINDING_SCORE).
 */

// Words that announce a phone number, in the languages the guard covers, tried on the same line
// just before a candidate: "Tel.:", "phone=", "Handy", "tél.", "móvil", "telefoon", "cellulare",
// "msisdn", "erreichbar unter", "localizable en el", "my number is" …
const PHONE_WORDS =
  /tel|t[eé]l[eé]?f|phone|fone|mobil|m[oó]vil|m[oó]vel|cell|celular|handy|fax|gsm|msisdn|(?<![a-z])sms|whats ?app|rufnummer|portable|\bruf|\bcall(?:ing)?\b|\bring|appel|llam|\bbel(?:len|l)\b|chiam|lig(?:ar|ue)|contact|kontakt|contatt|\bph\b|\bmob\b|\btlf|\btfno|erreichbar|joignable|localizable|raggiungibil|bereikbaar|reach(?:able)? me|reach us|\btext me|(?:new|my|our) number/gi;
// Signature letters right before the number: "T: …", "M. …", "F …" (case matters: "m" is metres).
const SIGNATURE_LETTER = /(?:^|[\s|,;(])[TMF]\s?[:.]?\s*$/;
// Words that make a number something else: an order, invoice, account, article or tracking id.
const OTHER_NUMBER_WORDS =
  /order|bestell|commande|pedido|ordine|encomenda|invoice|rechnung|factur|fattura|factuur|fatura|ticket|\bref\b|\bsku|serial|\bserie|tracking|sendung|\bpart\b|artikel|article|\bean\b|isbn|gtin|account|konto|compte|cuenta|\bconto\b|rekening|\bconta\b|\biban|\bid\b|#|version|build|\blot\b|batch|\bpo\b/gi;
const CONTEXT_WINDOW = 40;
const OTHER_WINDOW = 16;
const PHONE_WORDS_TEST = new RegExp(PHONE_WORDS.source, 'i');

/** Where the last match of a global regex in `window` ends, or -1. */
function lastMatchEnd(regex: RegExp, window: string): number {
  let end = -1;
  for (const match of window.matchAll(regex)) end = match.index + match[0].length;
  return end;
}

/** What the words before a candidate say: the nearer of a phone word and another kind of number wins. */
type Context = 'phone' | 'other' | 'none';

function lineContext(window: string): Context {
  if (SIGNATURE_LETTER.test(window)) return 'phone';
  const phone = lastMatchEnd(PHONE_WORDS, window);
  // Only right before the number: "order 4711 … call 06 …" names the order, not the phone.
  let other = lastMatchEnd(OTHER_NUMBER_WORDS, window);
  if (other < window.length - OTHER_WINDOW) other = -1;
  if (phone < 0 && other < 0) return 'none';
  return phone > other ? 'phone' : 'other';
}

/** What the header of the number's table column says (`Tel.`, `msisdn`, `Order no.`). */
function headerContext(text: string, start: number): Context {
  const header = columnHeader(text, start);
  if (header === undefined || header.length > 60) return 'none';
  return lineContext(header);
}

const LINE_BONUS = 0.35;
const DOCUMENT_BONUS = 0.15;
// Only weak forms lose to "order", "invoice", "#": "+44 20 …" or "020 7946 0958" is a phone's shape.
const OTHER_PENALTY = 0.45;

// The same digits can be valid in several plans ("030 1234567" is Berlin and Amiens): numbers
// written in pairs are tried as French first, others as German, British, Dutch and Italian.
const PAIRED_TRUNK_COUNTRIES: readonly CountryCode[] = ['FR', 'BE', 'CH', 'NL'];
const TRUNK_COUNTRIES: readonly CountryCode[] = ['DE', 'GB', 'NL', 'IT', 'FR'];
const NANP_COUNTRIES: readonly CountryCode[] = ['US', 'CA', 'IT', 'IN'];
const GROUPED_COUNTRIES: readonly CountryCode[] = ['ES', 'PT', 'IT', 'BR', 'IN', 'US'];
// At most this many plans per candidate: each costs 6–30 µs.
const MAX_PLANS = 4;
// Digit groups a phone number is written in, at most ("+33 6 12 34 56 78" has six).
const MAX_GROUPS = 8;

/** The line before `start`, at most CONTEXT_WINDOW characters. */
function before(text: string, start: number): string {
  const from = Math.max(0, start - CONTEXT_WINDOW);
  const window = text.slice(from, start);
  const newline = window.lastIndexOf('\n');
  return newline === -1 ? window : window.slice(newline + 1);
}

/** Whether groups `[first, last]` are written in pairs, as French numbers are ("06 12 34 56 78"). */
function inPairs(groups: readonly DigitGroup[], first: number, last: number): boolean {
  if (last - first < 3) return false;
  for (let index = first; index <= last; index++) if (groups[index].end - groups[index].digitsStart !== 2) return false;
  return true;
}

function verdictFor(shape: PhoneShape, digits: string, paired: boolean): PlanVerdict {
  switch (shape.form) {
    case 'plus':
      return checkInternational(digits);
    case 'double-zero':
      return checkInternational(digits.slice(2));
    case 'trunk':
      return checkNational(digits, (paired ? PAIRED_TRUNK_COUNTRIES : TRUNK_COUNTRIES).slice(0, MAX_PLANS));
    case 'nanp':
      return checkNational(digits, NANP_COUNTRIES);
    default:
      return checkNational(digits, GROUPED_COUNTRIES.slice(0, MAX_PLANS + 2));
  }
}

/** The evidence of the shape and the plans alone, before context. */
function baseScore(shape: PhoneShape, verdict: PlanVerdict): number {
  switch (shape.form) {
    case 'plus':
      return verdict.valid ? 0.95 : verdict.possible ? 0.7 : 0.3;
    case 'double-zero':
      return verdict.valid ? 0.9 : verdict.possible ? 0.55 : 0;
    case 'trunk':
      // A trunk prefix, separators and enough digits are a phone's shape even off-plan.
      if (shape.compact) return verdict.valid ? 0.55 : 0;
      return verdict.valid ? 0.9 : 0.55;
    case 'nanp':
      return shape.spacesOnly ? (verdict.valid ? 0.4 : 0) : verdict.valid ? 0.9 : 0.55;
    case 'grouped':
      return verdict.valid ? (shape.spacesOnly ? 0.4 : 0.45) : 0;
    default:
      return verdict.valid ? 0.2 : 0;
  }
}

interface Scored {
  readonly last: number;
  readonly score: number;
  readonly verdict: PlanVerdict;
  readonly shape: PhoneShape;
}

const FORMAT_META: Record<string, string> = { plus: 'e164', 'double-zero': 'international', trunk: 'national', nanp: 'nanp', grouped: 'national', compact: 'national' };

/** The best-scoring phone that starts at group `first`, trying every end group. */
function bestFrom(text: string, groups: readonly DigitGroup[], first: number, limit: number, context: (start: number) => number): Scored | undefined {
  let best: Scored | undefined;
  const lastEnd = Math.min(limit, first + MAX_GROUPS - 1);
  for (let last = lastEnd; last >= first; last--) {
    const digits = groupDigits(text, groups, first, last);
    if (digits.length < 8 || digits.length > 17) continue;
    const shape = phoneShape(text, groups, first, last, digits);
    if (shape === undefined || (last < limit && (shape.weak || groups[last + 1].separator !== ' '))) continue;
    // A compact number without prefix needs words around it before any plan is asked; other
    // forms ask the plans first, as most candidates in ordinary text fail them.
    const compact = shape.form === 'compact';
    let around = compact ? context(groups[first].start) : 0;
    if (compact && around <= 0) continue;
    const verdict = verdictFor(shape, digits, inPairs(groups, first, last));
    const base = baseScore(shape, verdict);
    if (base === 0) continue;
    if (!compact) around = context(groups[first].start);
    const adjusted = around < 0 && !shape.weak ? 0 : around;
    const score = Math.max(0, Math.min(1, base + adjusted));
    if (best === undefined || score > best.score) best = { last, score, verdict, shape };
  }
  return best !== undefined && best.score >= 0.25 ? best : undefined;
}

const isDigitCode = (code: number) => code >= 48 && code <= 57;
const isWordCode = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95 || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);

/**
 * Whether the run's first group belongs to something before it: a word ("p99 020 …", UUIDs'
 * "0000180d-0000-…"), or a number in thousands ("1,234 …").
 */
function gluedBefore(text: string, groups: readonly DigitGroup[]): boolean {
  const start = groups[0].start;
  const left = text.charCodeAt(start - 1);
  if (isWordCode(left)) return true;
  if ((left === 45 || left === 46) && isWordCode(text.charCodeAt(start - 2))) return true;
  // "1,234" or "1,234.56": a comma, three digits, and nothing or a decimal after them.
  const size = groups[0].end - groups[0].digitsStart;
  return left === 44 && isDigitCode(text.charCodeAt(start - 2)) && start === groups[0].digitsStart && size === 3 && (groups.length === 1 || groups[1].separator === '.');
}

/** Scans the run that starts at `start`; returns where it ended. */
function scanRun(text: string, start: number, clusterEnd: number, out: GuardSpan[], context: (start: number) => number): number {
  const groups = splitRun(text, start, clusterEnd);
  const end = groups[groups.length - 1].end;
  if (groups.length === 1 && end - groups[0].digitsStart < MIN_DIGITS) return end;
  let first = 0;
  let last = groups.length - 1;
  // Glued to a word ("p99 020 …", "…0958abc") or continuing a number ("1,234 …"): that group is not ours.
  if (gluedBefore(text, groups)) first++;
  const right = text.charCodeAt(end);
  // A comma and digits continue a number only after a thousands group ("12 345,67"); after any
  // other group it separates CSV fields ("…-2671,9194").
  const lastSize = groups[groups.length - 1].end - groups[groups.length - 1].digitsStart;
  const continues = isDigitCode(text.charCodeAt(end + 1)) && (right === 46 || (right === 44 && lastSize === 3));
  if (isWordCode(right) || continues) last--;
  const firstOfRun = first;
  while (first <= last) {
    // A number may not continue one written just before it in the same style ("1011 0110 1110 0001").
    if (first > firstOfRun && groups[first].separator === groups[first + 1]?.separator) break;
    const found = bestFrom(text, groups, first, last, context);
    if (found === undefined) {
      first++;
      continue;
    }
    const meta: Record<string, string> = { format: FORMAT_META[found.shape.form] };
    if (found.verdict.valid && found.verdict.country !== undefined) meta.country = found.verdict.country;
    out.push({ type: 'phone', category: 'pii', start: groups[first].start, end: groups[found.last].end, meta, score: found.score });
    first = found.last + 1;
  }
  return end;
}

// The cheapest necessary condition: eight digits in one cluster (TextFeatures); only such clusters are read.
const MIN_DIGITS = 8;

/**
 * Phone numbers in international (`+CC`, `00CC`), trunk-prefixed national, North American and
 * other national groupings, validated per country by libphonenumber-js and weighed with the
 * words before them: "Tel.", "phone=", "Handy" raise the score, "order", "invoice", "#" lower it.
 */
export const phoneDetector: Detector = {
  id: 'phone',
  types: ['phone'],
  category: 'pii',
  mayMatch: (_text, features) => features.longestNumber >= MIN_DIGITS,
  detect(text, out, features) {
    let documentMentionsPhones: boolean | undefined;
    // Asked once per end group tried: the last answer is kept for the same start.
    let askedAt = -1;
    let answer = 0;
    const context = (start: number) => {
      if (start === askedAt) return answer;
      askedAt = start;
      let line = lineContext(before(text, start));
      if (line === 'none') line = headerContext(text, start);
      if (line === 'phone') answer = LINE_BONUS;
      else if (line === 'other') answer = -OTHER_PENALTY;
      else {
        documentMentionsPhones ??= PHONE_WORDS_TEST.test(text);
        answer = documentMentionsPhones ? DOCUMENT_BONUS : 0;
      }
      return answer;
    };
    for (const cluster of features.clusters) {
      if (cluster.digits < MIN_DIGITS) continue;
      const clusterEnd = cluster.end;
      // A cluster may hold several runs ("p99 +1 391 …", "7(+33 …"): each starts at a digit.
      for (let at = cluster.start; at < clusterEnd; ) {
        const end = scanRun(text, runStart(text, at), clusterEnd, out, context);
        at = end;
        while (at < clusterEnd && !isDigitCode(text.charCodeAt(at))) at++;
      }
    }
  },
};
