import type { Detector, GuardSpan } from '../guard-types.js';
import { ADDRESS_CONTEXT, BUSINESS_CONTEXT, EXAMPLE_CONTEXT } from './address-context.js';
import { forEachCandidate } from './candidate-scan.js';
import { LETTER, LOWER, UPPER } from './latin-letters.js';
import { COMMON, wordFlags } from './name-gazetteer.js';
import { LOCALITY_AFTER, TOWN_AFTER, UNIT_AFTER } from './postcode-shapes.js';
import { CAPITALISED_PREFIXES, ENGLISH_TYPES, FRENCH_TYPES, GERMAN_PREFIXES, GLUED_TYPE, GLUED_TYPE_ENDINGS, ITALIAN_TYPES, PORTUGUESE_TYPES, REGIONAL_TYPES, SPANISH_TYPES } from './street-types.js';
import { detectIndianAddresses, PIN } from './address-india.js';
import { leadingUnitStart, POSTCODE_FIELD_AFTER } from './address-fields.js';

/*
 * Street addresses: a street with its type and a house number, then the unit, postcode and town
 * when they follow (on the same line or the next). Scores: street and number alone 0.45 (0.3 when
 * a word follows the number), with a town 0.55, with a postcode in the record's next field 0.6,
 * with a postcode and town 0.85; an address label before ("Adresse:", "ship to", "I live at")
 * adds 0.35; a business's premises ("our office is at") or an example ("address format:") take
 * 0.65 off, so that only a labelled one stays (uncertain). Indian addresses: address-india.ts.
 */

// English streets named by one word with no type after it ("Broadway", the northern "-gate" streets).
const ONE_WORD_STREETS = 'Broadway|(?!(?:Dele|Navi|Aggre|Propa|Irri|Miti|Investi|Interro|Obli|Segre|Surro|Rele|Casti|Insti|Abro|Fumi|Liti|Varie)gate)[A-Z][a-z]{2,}gate';
const PREFIX_TYPES = `${FRENCH_TYPES}|${SPANISH_TYPES}|${ITALIAN_TYPES}|${PORTUGUESE_TYPES}|${REGIONAL_TYPES}`;
// Candidates, each found at a digit of the house number or at the street type:
//   "221B Baker Street", "12 rue de la Paix", "12, avenue Foch" (the number's last digit);
//   "Hauptstraße 12", "Keizersgracht 123" (the number's first digit, after a glued type);
//   "Via Roma 12", "C/ Mayor, 10", "Am Markt 3" (the capitalised type, up to the number).
// Each digit branch starts with a one-character test, so most digits fail at once.
const CANDIDATE = new RegExp(
  `\\d(?:(?=[A-Za-z ,])(?=(?:[A-Za-z]| ?bis| ?ter)?,? (?:${FRENCH_TYPES})\\b|[A-Za-z]? (?:(?:[A-Z0-9][\\w'’.-]* ){1,4}(?:${ENGLISH_TYPES})|${ONE_WORD_STREETS})\\b)` +
    `|(?<=[a-zß.], ?\\d|[a-zß.] \\d)(?<=(?:${GLUED_TYPE_ENDINGS}),? \\d))` +
    `|(?:${CAPITALISED_PREFIXES}) (?:[${LETTER}'’.-]+,? ){1,6}\\d`,
);
const LOOKBEHIND = 8;

const HOUSE_NUMBER = /^\d{1,5}(?: ?[a-zA-Z](?![\w])| ?(?:bis|ter)\b|[-/](?:\d{1,4}(?:\/\d{1,4})*[a-zA-Z]?|[A-Za-z]|[IVX]{1,3})(?![\w]))?(?: hs\b)?/;
const NUMBER_FIRST = new RegExp(
  `^\\d{1,5}(?:[A-Za-z]| ?bis| ?ter)?,? (?:(?:${FRENCH_TYPES})(?: [${LETTER}'’.-]+){1,6}?(?=[ \\t]*(?:[,;\\n("'<|\\t]|$|\\. |\\d{4,5} ))|(?:[NSEW]{1,2}\\.? )?(?:(?:[A-Z0-9][\\w'’.-]* ){1,4}(?:${ENGLISH_TYPES})\\b\\.?|(?:${ONE_WORD_STREETS})\\b)(?: (?:N|S|E|W|NE|NW|SE|SW)\\b)?)`,
);
// The word may follow a quote ("address: 'Lindenweg 4'"), but does not start with one.
// One capitalised word before it, with a Dutch or German particle ("Burgemeester de Boerlaan").
const WORD_BEFORE = new RegExp(`(?:^|[^${LETTER}.-])((?:[${UPPER}][${LOWER}'’-]+ (?:(?:de|van|der|den|von|vom|van de|van der) )?)?[${LETTER}][${LETTER}'’-]*\\.?),? $`);
const PREFIX_STREET = new RegExp(`^(?:${PREFIX_TYPES}|${GERMAN_PREFIXES}) ((?:(?:de|del|de la|de los|de las|dei|degli|della|delle|di|da|do|dos|das|des|du|le|la|les|l'|d')[ ']?)?[${UPPER}0-9][${LETTER}'’.-]*)`);
const AFTER_NUMBER_WORD = /^[ \t]+[a-zß-ÿ]/;
const NOT_A_HOUSE_NUMBER_AFTER = /^(?:[.,]\d{1,3}(?![\d-])|\d|[ \t]?(?:%|°|km|m\b|kg|g\b|h\b|min|mb|gb|px|ms|s\b|x\b|€|\$|£))/i;

const SPAN_TYPE = 'postal_address';
const MIN_SCORE = 0.25;

/** The street found for a candidate: where it starts and where its house number starts. */
interface Street {
  readonly start: number;
  readonly numberStart: number;
  readonly numberFirst: boolean;
}

/** "221B Baker Street": from the number's last digit back to its first, then the street after. */
function numberFirstStreet(text: string, lastDigit: number): { street: Street; end: number } | undefined {
  let start = lastDigit;
  while (start > 0 && text.charCodeAt(start - 1) >= 48 && text.charCodeAt(start - 1) <= 57) start--;
  if (start > 0 && /[\w.,/:-]/.test(text[start - 1])) return undefined;
  const street = NUMBER_FIRST.exec(text.slice(start, start + 120));
  if (street === null) return undefined;
  return { street: { start, numberStart: start, numberFirst: true }, end: start + street[0].length };
}

/** "Hauptstraße 12", "Berliner Str. 5": the glued street word before the number. */
function gluedStreet(text: string, numberStart: number): Street | undefined {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, numberStart - 60), numberStart));
  if (before === null) return undefined;
  const words = before[1];
  const last = words.slice(words.lastIndexOf(' ') + 1);
  if (!GLUED_TYPE.test(last) || /string$/i.test(last) || !/^[A-ZÀ-ÞŁŚŻ]/.test(words)) return undefined;
  // A type as a word of its own ("Straße", "Weg", "Platz") needs the name before it ("Berliner Straße").
  if (words === last && /^(?:Stra(?:ss|ß)e|Str\.|Weg|Gasse|Allee|Platz|Ring|Damm|Ufer|Markt)$/.test(last)) return undefined;
  return { start: numberStart - before[0].length + before[0].indexOf(words), numberStart, numberFirst: false };
}

/** "Via Roma 12", "Am Markt 3": the type and name from the candidate to its number. */
function prefixStreet(text: string, start: number, candidate: string): Street | undefined {
  if (start > 0 && /[\p{L}\d]/u.test(text[start - 1])) return undefined;
  const name = PREFIX_STREET.exec(candidate);
  if (name === null) return undefined;
  // "Am Montag 3", "Im Jahr 2024": an ordinary word after a German prefix is no street name.
  if (/^(?:Am|An|Auf|Im|In|Zum|Zur|Unter|Hinter|Vor) /.test(candidate) && (wordFlags(name[1]) & COMMON) !== 0) return undefined;
  return { start, numberStart: start + candidate.length - 1, numberFirst: false };
}

/** Scores and emits the address whose street is found; returns where scanning may go on. */
function emitAddress(text: string, street: Street, streetEnd: number, out: GuardSpan[]): number {
  let end = streetEnd;
  let score = 0.45;
  if (!street.numberFirst) {
    const number = HOUSE_NUMBER.exec(text.slice(street.numberStart, street.numberStart + 12));
    if (number === null) return street.numberStart + 1;
    end = street.numberStart + number[0].length;
    const after = text.slice(end, end + 6);
    if (NOT_A_HOUSE_NUMBER_AFTER.test(after) || Number(number[0].match(/^\d+/)?.[0]) === 0) return end;
    if (AFTER_NUMBER_WORD.test(after)) score = 0.3;
    // "Am Markt 3 Termine": after a German prefix the number must end the street.
    if (score < 0.45 && /^(?:Am|An|Auf|Im|In|Zum|Zur|Unter|Hinter|Vor) /.test(text.slice(street.start, street.start + 7))) return end;
  }
  const rest = text.slice(end, end + 120);
  const locality = LOCALITY_AFTER.exec(rest);
  if (locality !== null) {
    score = 0.85;
    end += locality[0].length;
  } else {
    const town = TOWN_AFTER.exec(rest);
    if (town !== null && (wordFlags(town.groups!.town.split(' ')[0]) & COMMON) === 0) {
      score += 0.1;
      end += town[0].length;
    } else {
      const unit = UNIT_AFTER.exec(rest);
      if (unit !== null) end += unit[0].length;
      // A postcode in the record's next field (CSV, SQL, JSON, a form's next row) is the street's.
      if (POSTCODE_FIELD_AFTER.test(unit === null ? rest : rest.slice(unit[0].length))) score += 0.15;
    }
  }
  const start = leadingUnitStart(text, street.start);
  const before = text.slice(Math.max(0, start - 60), start);
  if (ADDRESS_CONTEXT.test(before)) score += 0.35;
  const line = before.slice(before.lastIndexOf('\n') + 1);
  // A business's premises or an example address is not a person's: below the uncertain floor unless labelled.
  if (BUSINESS_CONTEXT.test(line) || EXAMPLE_CONTEXT.test(line)) score -= 0.65;
  score = Math.min(0.95, Math.round(score * 100) / 100);
  if (score >= MIN_SCORE) out.push({ type: SPAN_TYPE, category: 'pii', start, end, score });
  return end;
}

function visit(text: string, match: RegExpExecArray, index: number, out: GuardSpan[]): number {
  const char = text.charCodeAt(index);
  if (char >= 48 && char <= 57) {
    const first = numberFirstStreet(text, index);
    if (first !== undefined) return emitAddress(text, first.street, first.end, out);
    const glued = gluedStreet(text, index);
    return glued === undefined ? index + 1 : emitAddress(text, glued, index, out);
  }
  const prefixed = prefixStreet(text, index, match[0]);
  return prefixed === undefined ? index + 1 : emitAddress(text, prefixed, prefixed.numberStart, out);
}

/** Street addresses in the seven languages' conventions; every span has a score. */
export const postalAddressDetector: Detector = {
  id: SPAN_TYPE,
  types: [SPAN_TYPE],
  category: 'pii',
  // A PIN is six digits in a row, so the shared longest-number count rules most texts out first.
  mayMatch: (text, features) => CANDIDATE.test(text) || (features.longestNumber >= 6 && PIN.test(text)),
  detect(text, out: GuardSpan[]) {
    forEachCandidate(CANDIDATE, text, LOOKBEHIND, (match, index) => visit(text, match, index, out));
    detectIndianAddresses(text, out, SPAN_TYPE);
  },
};
