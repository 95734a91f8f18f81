import { randomDate } from './date-values.js';
import type { BirthFacts } from './fiscal-code-nir.js';
import type { Lang } from './label-types.js';
import type { NamePool } from './name-pool-types.js';
import { DE_NAMES, FR_NAMES } from './name-pools-de-fr.js';
import { EN_NAMES, IN_NAMES } from './name-pools-en.js';
import { ES_NAMES, NL_NAMES } from './name-pools-es-nl.js';
import { IT_NAMES, PT_NAMES } from './name-pools-it-pt.js';
import type { PhoneCountry } from './phone-values.js';
import type { Rng } from './prng.js';

/*
 * People and the ways their names get written: with or without a title, surname first, the
 * surname in capitals on forms, initials, first name only in greetings.
 */

export interface Person extends BirthFacts {
  readonly lang: Lang;
  readonly country: PhoneCountry;
}

const POOLS: Record<Lang, NamePool> = { en: EN_NAMES, de: DE_NAMES, fr: FR_NAMES, es: ES_NAMES, nl: NL_NAMES, it: IT_NAMES, pt: PT_NAMES };

export function makePerson(lang: Lang, country: PhoneCountry, r: Rng): Person {
  const pool = country === 'IN' ? IN_NAMES : POOLS[lang];
  const gender = r.chance(0.5) ? 'm' : 'f';
  const first = r.pick(gender === 'm' ? pool.male : pool.female);
  let last = r.pick(pool.surnames);
  // Spanish and Portuguese people mostly carry two surnames.
  if ((lang === 'es' && r.chance(0.55)) || (lang === 'pt' && r.chance(0.45))) {
    const second = r.pick(pool.surnames);
    if (second !== last && !last.includes(' ')) last = `${last} ${second}`;
  }
  const birth = randomDate(r, 1942, 2006);
  return { lang, country, first, last, gender, ...birth };
}

const TITLES: Record<Lang, { m: readonly string[]; f: readonly string[] }> = {
  en: { m: ['Mr', 'Mr.', 'Dr', 'Dr.', 'Prof.'], f: ['Ms', 'Ms.', 'Mrs', 'Mrs.', 'Miss', 'Dr'] },
  de: { m: ['Herr', 'Herr', 'Herr Dr.', 'Dr.'], f: ['Frau', 'Frau', 'Frau Dr.', 'Dr.'] },
  fr: { m: ['M.', 'Monsieur', 'M.', 'Dr'], f: ['Mme', 'Madame', 'Mme', 'Mlle'] },
  es: { m: ['Sr.', 'D.', 'Dr.', 'señor'], f: ['Sra.', 'Dña.', 'Dra.', 'señora'] },
  nl: { m: ['Dhr.', 'de heer', 'dr.', 'mr.'], f: ['Mevr.', 'mevrouw', 'dr.', 'Mw.'] },
  it: { m: ['Sig.', 'Dott.', 'Ing.', 'Avv.'], f: ['Sig.ra', 'Dott.ssa', 'Sig.ra', 'Avv.'] },
  pt: { m: ['Sr.', 'Dr.', 'Eng.', 'Sr.'], f: ['Sra.', 'Dra.', 'D.', 'Sra.'] },
};

export function title(person: Person, r: Rng): string {
  return r.pick(TITLES[person.lang][person.gender]);
}

/** A written name: `title` goes before it unlabelled, `name` is the labelled part. */
export interface WrittenName {
  readonly title: string;
  readonly name: string;
}

const capsSurname = (last: string) => last.toLocaleUpperCase();

export type NameStyle = 'full' | 'formal' | 'any' | 'form';

/** Writes the name; `formal` adds titles, `form` prefers the surname-first and capitals styles. */
export function writeName(person: Person, r: Rng, style: NameStyle = 'any'): WrittenName {
  const { first, last } = person;
  const weights: ReadonlyArray<readonly [string, number]> = [
    ['full', style === 'form' ? 25 : 55],
    ['title-last', style === 'formal' ? 35 : 8],
    ['title-full', style === 'formal' ? 35 : 8],
    ['reversed', style === 'form' ? 30 : 8],
    ['caps', style === 'form' ? 25 : person.lang === 'fr' ? 8 : 3],
    ['initial', style === 'full' ? 0 : 5],
  ];
  const kind = style === 'full' ? 'full' : r.weighted(weights);
  switch (kind) {
    case 'title-last':
      return { title: title(person, r) + ' ', name: last };
    case 'title-full':
      return { title: title(person, r) + ' ', name: `${first} ${last}` };
    case 'reversed':
      return { title: '', name: `${r.chance(0.3) ? capsSurname(last) : last}, ${first}` };
    case 'caps':
      return { title: '', name: r.chance(0.5) ? `${capsSurname(last)} ${first}` : `${first} ${capsSurname(last)}` };
    case 'initial':
      return { title: '', name: `${first[0]}. ${last}` };
    default:
      return { title: '', name: `${first} ${last}` };
  }
}
