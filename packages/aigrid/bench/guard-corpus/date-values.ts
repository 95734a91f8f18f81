import type { Lang } from './label-types.js';
import type { Rng } from './prng.js';

/*
 * Dates written the way each language writes them, numerically and with month names. Used for
 * birth dates in positives and for deadlines and timestamps in negatives alike.
 */

const MONTHS: Record<Lang, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};

export function monthName(lang: Lang, month: number): string {
  return MONTHS[lang][month - 1];
}

export interface SimpleDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function randomDate(r: Rng, fromYear: number, toYear: number): SimpleDate {
  const year = r.int(fromYear, toYear);
  const month = r.int(1, 12);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const day = r.int(1, DAYS_IN_MONTH[month - 1] + (month === 2 && leap ? 1 : 0));
  return { year, month, day };
}

const p2 = (n: number) => String(n).padStart(2, '0');

export function isoDate(date: SimpleDate): string {
  return `${date.year}-${p2(date.month)}-${p2(date.day)}`;
}

function ordinalEn(day: number): string {
  const suffix = day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';
  return `${day}${suffix}`;
}

/** A date as a person of that language would write it; `us` picks the month-first order. */
export function writtenDate(lang: Lang, date: SimpleDate, r: Rng, us = false): string {
  const { year, month, day } = date;
  const name = monthName(lang, month);
  const dd = p2(day);
  const mm = p2(month);
  const options: Record<Lang, ReadonlyArray<readonly [string, number]>> = {
    en: us
      ? [[`${mm}/${dd}/${year}`, 40], [`${name} ${day}, ${year}`, 25], [`${name.slice(0, 3)} ${day}, ${year}`, 10], [`${month}/${day}/${year}`, 15], [isoDate(date), 10]]
      : [[`${dd}/${mm}/${year}`, 40], [`${day} ${name} ${year}`, 25], [`${ordinalEn(day)} ${name} ${year}`, 10], [`${day} ${name.slice(0, 3)} ${year}`, 10], [isoDate(date), 15]],
    de: [[`${dd}.${mm}.${year}`, 55], [`${day}.${month}.${year}`, 15], [`${day}. ${name} ${year}`, 20], [isoDate(date), 10]],
    fr: [[`${dd}/${mm}/${year}`, 55], [`${day === 1 ? '1er' : day} ${name} ${year}`, 30], [`${dd}.${mm}.${year}`, 5], [isoDate(date), 10]],
    es: [[`${dd}/${mm}/${year}`, 50], [`${dd}-${mm}-${year}`, 15], [`${day} de ${name} de ${year}`, 25], [isoDate(date), 10]],
    nl: [[`${dd}-${mm}-${year}`, 50], [`${day} ${name} ${year}`, 25], [`${dd}/${mm}/${year}`, 15], [isoDate(date), 10]],
    it: [[`${dd}/${mm}/${year}`, 55], [`${day} ${name} ${year}`, 25], [`${dd}.${mm}.${year}`, 5], [`${dd}-${mm}-${year}`, 5], [isoDate(date), 10]],
    pt: [[`${dd}/${mm}/${year}`, 55], [`${day} de ${name} de ${year}`, 25], [`${dd}-${mm}-${year}`, 10], [isoDate(date), 10]],
  };
  return r.weighted(options[lang]);
}

/** A date inside machine-readable data: mostly ISO, sometimes the local numeric form. */
export function machineDate(lang: Lang, date: SimpleDate, r: Rng, us = false): string {
  if (r.chance(0.65)) return isoDate(date);
  if (lang === 'en' && us) return `${p2(date.month)}/${p2(date.day)}/${date.year}`;
  if (lang === 'de') return `${p2(date.day)}.${p2(date.month)}.${date.year}`;
  if (lang === 'nl') return `${p2(date.day)}-${p2(date.month)}-${date.year}`;
  return `${p2(date.day)}/${p2(date.month)}/${date.year}`;
}
