import type { Rng } from './prng.js';
import { groupSeparator, NBSP } from './text-noise.js';

/*
 * Phone numbers inside each country's numbering plan (mobile and geographic ranges), written in
 * E.164, with the 00 prefix, with "(0)", or in the national style people use there.
 */

export type PhoneCountry = 'GB' | 'US' | 'IN' | 'DE' | 'AT' | 'CH' | 'FR' | 'BE' | 'ES' | 'NL' | 'IT' | 'PT';

interface PhoneParts {
  readonly cc: string;
  readonly trunk: string;
  /** First group of the national significant number (area code or mobile prefix). */
  readonly area: string;
  /** The subscriber part, grouped as it is usually printed. */
  readonly rest: readonly string[];
}

const d = (r: Rng, n: number) => r.digits(n);
const lead = (r: Rng, n: number, max = 9) => String(r.int(2, max)) + r.digits(n - 1);

const US_AREAS = ['212', '415', '312', '646', '617', '206', '303', '512', '404', '305', '702', '213', '718', '503', '602', '619', '214', '713', '202', '720', '971', '347'];

const PLANS: Record<PhoneCountry, (r: Rng) => PhoneParts> = {
  GB: (r) => {
    const kind = r.weighted<string>([['mobile', 55], ['london', 25], ['city', 20]]);
    if (kind === 'mobile') {
      const area = '7' + r.pick(['4', '5', '7', '8', '9']) + d(r, 2);
      // 07700 and 07911 are the blocks Ofcom leaves partly unallocated.
      return { cc: '44', trunk: '0', area: area === '7700' || area === '7911' ? '7912' : area, rest: [d(r, 6)] };
    }
    if (kind === 'london') return { cc: '44', trunk: '0', area: '20', rest: [r.pick(['3', '7', '8']) + d(r, 3), d(r, 4)] };
    return { cc: '44', trunk: '0', area: r.pick(['161', '121', '131', '141', '113', '117', '114', '151']), rest: [lead(r, 3, 4), d(r, 4)] };
  },
  US: (r) => {
    let exchange = lead(r, 3);
    if (exchange.endsWith('11')) exchange = exchange[0] + '55';
    return { cc: '1', trunk: '', area: r.pick(US_AREAS), rest: [exchange, d(r, 4)] };
  },
  IN: (r) => ({ cc: '91', trunk: '0', area: String(r.int(7, 9)) + d(r, 4), rest: [d(r, 5)] }),
  DE: (r) => {
    const kind = r.weighted<string>([['mobile15', 30], ['mobile17', 25], ['metro', 25], ['city', 20]]);
    if (kind === 'mobile15') return { cc: '49', trunk: '0', area: '15' + r.pick(['1', '2', '7', '9']), rest: [d(r, 8)] };
    if (kind === 'mobile17') return { cc: '49', trunk: '0', area: '17' + d(r, 1), rest: [d(r, 7)] };
    if (kind === 'metro') return { cc: '49', trunk: '0', area: r.pick(['30', '40', '89', '69']), rest: [lead(r, r.pick([7, 8]))] };
    return { cc: '49', trunk: '0', area: r.pick(['221', '211', '711', '341', '351', '511', '911', '421']), rest: [lead(r, r.pick([6, 7]))] };
  },
  AT: (r) =>
    r.chance(0.5)
      ? { cc: '43', trunk: '0', area: r.pick(['664', '650', '660', '676', '680']), rest: [d(r, 7)] }
      : { cc: '43', trunk: '0', area: '1', rest: [lead(r, 7)] },
  CH: (r) => ({ cc: '41', trunk: '0', area: r.pick(['44', '22', '31', '61', '21', '79', '78', '76', '77']), rest: [lead(r, 3), d(r, 2), d(r, 2)] }),
  FR: (r) => {
    const first = r.weighted<string>([['6', 45], ['7', 15], ['1', 15], ['2', 8], ['3', 6], ['4', 6], ['5', 5]]);
    // Skip the blocks the plan leaves unallocated (069x, 0262, 059x, 070-072).
    let head = first === '7' ? String(r.int(3, 8)) + d(r, 1) : first === '6' ? String(r.int(0, 8)) + d(r, 1) : lead(r, 2, 8);
    if (head === '39' || (first === '2' && head === '62')) head = '38';
    return { cc: '33', trunk: '0', area: first, rest: [head, d(r, 2), d(r, 2), d(r, 2)] };
  },
  BE: (r) =>
    r.chance(0.6)
      ? { cc: '32', trunk: '0', area: '4' + r.pick(['7', '8', '9']) + d(r, 1), rest: [d(r, 2), d(r, 2), d(r, 2)] }
      : { cc: '32', trunk: '0', area: r.pick(['2', '3', '9']), rest: [lead(r, 3, 4), d(r, 2), d(r, 2)] },
  ES: (r) =>
    r.chance(0.65)
      ? { cc: '34', trunk: '', area: '6' + d(r, 2), rest: [d(r, 3), d(r, 3)] }
      : { cc: '34', trunk: '', area: r.pick(['91', '93', '95', '96', '94', '98']) + String(r.int(2, 8)), rest: [d(r, 3), d(r, 3)] },
  NL: (r) =>
    r.chance(0.6)
      ? { cc: '31', trunk: '0', area: '6', rest: [String(r.int(1, 5)) + d(r, 7)] }
      : { cc: '31', trunk: '0', area: r.pick(['20', '10', '70', '30', '40', '50']), rest: [lead(r, 3), d(r, 4)] },
  IT: (r) => {
    const kind = r.weighted<string>([['mobile', 60], ['metro', 25], ['city', 15]]);
    const mobiles = ['320', '324', '327', '328', '329', '330', '331', '333', '334', '335', '338', '339', '340', '342', '345', '346', '347', '348', '349', '351', '366', '368', '380', '388', '389', '392', '393'];
    if (kind === 'mobile') return { cc: '39', trunk: '', area: r.pick(mobiles), rest: [d(r, 3), d(r, 4)] };
    if (kind === 'metro') return { cc: '39', trunk: '', area: r.pick(['06', '02']), rest: [lead(r, 4), d(r, 4)] };
    return { cc: '39', trunk: '', area: r.pick(['011', '081', '055', '051', '010', '041']), rest: [lead(r, 3), d(r, 4)] };
  },
  PT: (r) =>
    r.chance(0.65)
      ? { cc: '351', trunk: '', area: '9' + r.pick(['1', '2', '3', '6']) + d(r, 1), rest: [d(r, 3), d(r, 3)] }
      : { cc: '351', trunk: '', area: r.pick(['21', '22']), rest: [lead(r, 3), d(r, 4)] },
};

const TRUNK_IN_BRACKETS = new Set(['GB', 'DE', 'NL', 'AT', 'CH', 'BE', 'FR']);

function national(country: PhoneCountry, p: PhoneParts, r: Rng): string {
  const sub = p.rest.join('');
  const local = p.trunk + p.area;
  switch (country) {
    case 'US':
      return r.weighted<string>([
        [`(${p.area}) ${p.rest[0]}-${p.rest[1]}`, 45], [`${p.area}-${p.rest[0]}-${p.rest[1]}`, 30],
        [`${p.area}.${p.rest[0]}.${p.rest[1]}`, 10], [`1 (${p.area}) ${p.rest[0]}-${p.rest[1]}`, 10], [p.area + sub, 5],
      ]);
    case 'FR': {
      const sep = r.weighted<string>([[' ', 55], ['.', 15], [groupSeparator(r, true), 15], ['', 8], ['-', 7]]);
      return [local, ...p.rest].join(sep);
    }
    case 'DE':
    case 'AT':
      return r.weighted<string>([
        [`${local} ${sub}`, 40], [`${local}/${sub}`, 20], [`${local}-${sub}`, 10],
        [`(${local}) ${sub}`, 10], [`${local} ${sub.slice(0, 3)} ${sub.slice(3)}`, 15], [local + sub, 5],
      ]);
    case 'NL':
      return r.weighted<string>([
        [`${local}-${sub}`, 40], [`${local} ${p.rest.join(' ')}`, 25],
        [`${local} ${sub.slice(0, 4)} ${sub.slice(4)}`, 15], [local + sub, 10], [`(${local}) ${sub}`, 10],
      ]);
    case 'ES':
    case 'PT':
      return r.weighted<string>([[`${p.area} ${p.rest.join(' ')}`, 60], [p.area + sub, 30], [`${p.area}-${p.rest.join('-')}`, 10]]);
    case 'IT':
      return r.weighted<string>([
        [`${p.area} ${p.rest.join(' ')}`, 45], [p.area + sub, 25], [`${p.area}-${sub}`, 10], [`${p.area}/${sub}`, 10], [`${p.area} ${sub}`, 10],
      ]);
    case 'IN':
      return r.weighted<string>([[`${p.area} ${sub}`, 45], [`0${p.area} ${sub}`, 20], [p.area + sub, 35]]);
    case 'GB':
      return r.weighted<string>([[`${local} ${p.rest.join(' ')}`, 75], [local + sub, 10], [`(0)${p.area} ${p.rest.join(' ')}`, 8], [`(${local}) ${p.rest.join(' ')}`, 7]]);
    default:
      return r.weighted<string>([[`${local} ${p.rest.join(' ')}`, 80], [local + sub, 20]]);
  }
}

/** One phone number for the country, in one of the ways people actually write it. */
export function phoneNumber(country: PhoneCountry, r: Rng): string {
  const p = PLANS[country](r);
  const style = r.weighted<string>([
    ['national', 46], ['intl', 26], ['compact', 12], ['double-zero', country === 'US' ? 0 : 7],
    ['bracket-trunk', TRUNK_IN_BRACKETS.has(country) ? 5 : 0], ['dashed', 4],
  ]);
  const sep = country === 'FR' ? groupSeparator(r, true) : r.chance(0.06) ? NBSP : ' ';
  switch (style) {
    case 'national':
      return national(country, p, r);
    case 'intl':
      return `+${p.cc}${sep}${p.area}${sep}${p.rest.join(sep)}`;
    case 'compact':
      return `+${p.cc}${p.area}${p.rest.join('')}`;
    case 'double-zero':
      return `00${p.cc} ${p.area} ${p.rest.join(' ')}`;
    case 'bracket-trunk':
      return `+${p.cc} (0)${p.area} ${p.rest.join(' ')}`;
    default:
      return `+${p.cc}-${p.area}-${p.rest.join('-')}`;
  }
}
