import { luhnCheckDigit, verhoeffCheckDigit } from './checksums.js';
import { isoDate, monthName, randomDate, writtenDate } from './date-values.js';
import type { Lang } from './label-types.js';
import { CITIES, COMPANIES, COUNTRIES, WEEKDAYS } from './place-words.js';
import { DIGITS, type Rng, UPPER } from './prng.js';
import { NBSP, NNBSP } from './text-noise.js';

/*
 * Values that are not personal data but look like it to a pattern: order and ticket numbers,
 * barcodes with valid check digits, tracking numbers, amounts, non-birth dates, versions,
 * hashes, serial and part numbers, coordinates. They fill the {slots} of business templates.
 */

/** A GS1 barcode with its check digit; never one that would also pass as a Luhn card number. */
function ean13(r: Rng): string {
  for (;;) {
    const payload = (r.pick(['400', '401', '424', '300', '340', '84', '87', '80', '560', '50', '0']) + r.digits(12)).slice(0, 12);
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(payload[i]) * (i % 2 === 0 ? 1 : 3);
    const code = payload + String((10 - (sum % 10)) % 10);
    if (luhnCheckDigit(code.slice(0, 12)) !== Number(code[12])) return code;
  }
}

function isbn13(r: Rng): string {
  const group = r.pick(['3', '2', '84', '90', '88', '972', '1', '0']);
  const publisher = r.digits(r.int(2, 4));
  const title = r.digits(9 - group.length - publisher.length);
  const payload = `978${group}${publisher}${title}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(payload[i]) * (i % 2 === 0 ? 1 : 3);
  return `978-${group}-${publisher}-${title}-${(10 - (sum % 10)) % 10}`;
}

function amount(lang: Lang, r: Rng): string {
  const value = r.weighted([[r.int(1, 99) + r.int(0, 99) / 100, 40], [r.int(100, 9999) + r.int(0, 99) / 100, 45], [r.int(10_000, 2_500_000), 15]] as const);
  const [int, frac] = value.toFixed(2).split('.');
  const group = (sep: string) => int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  switch (lang) {
    case 'en':
      return `${r.pick(['£', '$', '€'])}${group(',')}.${frac}`;
    case 'fr':
      return `${group(r.pick([NNBSP, NBSP, ' ']))},${frac}${NBSP}€`;
    case 'de':
      return r.chance(0.7) ? `${group('.')},${frac} €` : `${group(NBSP)},${frac} EUR`;
    default:
      return r.chance(0.8) ? `${group('.')},${frac} €` : `€ ${group('.')},${frac}`;
  }
}

const hex = (r: Rng, n: number) => r.chars('0123456789abcdef', n);

function uuid(r: Rng): string {
  return `${hex(r, 8)}-${hex(r, 4)}-4${hex(r, 3)}-${r.pick(['8', '9', 'a', 'b'])}${hex(r, 3)}-${hex(r, 12)}`;
}

/** Twelve digits in fours that never pass the Verhoeff check, so they are no Aadhaar number. */
function numericSerial(r: Rng): string {
  for (;;) {
    const digits = r.digits(12);
    if (verhoeffCheckDigit(digits.slice(0, 11)) !== Number(digits[11])) return digits.match(/.{4}/g)!.join('-');
  }
}

type Maker = (r: Rng, lang: Lang) => string;

const MAKERS: Record<string, Maker> = {
  order: (r) => r.pick([`ORD-${r.int(2022, 2026)}-${r.digits(6)}`, `#${r.int(100000, 999999)}`, `SO-${r.digits(5)}`, `A-${r.int(2023, 2026)}/${r.digits(4)}`, `PO ${'45' + r.digits(8)}`]),
  invoice: (r) => r.pick([`INV-${r.digits(5)}`, `RE-${r.int(2023, 2026)}-${r.digits(4)}`, `FA-${r.int(2023, 2026)}-${r.digits(5)}`, `F${r.int(2023, 2026)}/${r.digits(3)}`]),
  ticket: (r) => r.pick([`#${r.int(10000, 99999)}`, `OPS-${r.int(100, 9999)}`, `SUP-${r.digits(5)}`, `INC${r.digits(7)}`, `CS-${r.digits(5)}`]),
  sku: (r) => r.pick([`SKU-${r.chars(UPPER, 2)}-${r.digits(4)}-${r.pick(['S', 'M', 'L', 'XL'])}`, `${r.chars(UPPER, 3)}-${r.pick(['BLK', 'WHT', 'RED', 'NVY'])}-${r.int(36, 46)}`, `${r.digits(4)}-${r.chars(UPPER, 2)}`, `HX-${r.digits(4)}/${r.chars(UPPER, 1)}`]),
  ean: (r) => ean13(r),
  isbn: (r) => isbn13(r),
  tracking: (r) => r.pick([`1Z${r.chars(UPPER + DIGITS, 6)}${r.digits(10)}`, `00340434${r.digits(12)}`, `JJD${r.digits(18)}`, `3S${r.chars(UPPER, 4)}${r.digits(7)}`, `${r.chars(UPPER, 2)}${r.digits(9)}GB`, `9400 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(4)} ${r.digits(2)}`]),
  amount: (r, lang) => amount(lang, r),
  pct: (r, lang) => (lang === 'en' ? `${r.int(1, 95)}.${r.int(0, 9)}%` : `${r.int(1, 95)},${r.int(0, 9)}${r.pick([NBSP, ' ', ''])}%`),
  date: (r, lang) => (r.chance(0.2) ? isoDate(randomDate(r, 2023, 2026)) : writtenDate(lang, randomDate(r, 2023, 2026), r, lang === 'en' && r.chance(0.5))),
  time: (r, lang) => {
    const h = r.int(7, 19);
    const m = r.pick(['00', '15', '30', '45', String(r.int(10, 59))]);
    if (lang === 'en') return r.chance(0.5) ? `${h > 12 ? h - 12 : h}:${m} ${h >= 12 ? 'PM' : 'AM'}` : `${h}:${m}`;
    if (lang === 'fr') return `${h}h${m}`;
    if (lang === 'de') return r.chance(0.5) ? `${h}:${m} Uhr` : `${h}.${m} Uhr`;
    return `${h}:${m}`;
  },
  duration: (r) => r.pick([`${r.int(1, 9)}h ${r.int(1, 59)}min`, `${r.int(100, 9000)} ms`, `00:${r.int(10, 59)}:${r.int(10, 59)}`, `${r.int(2, 90)}s`]),
  version: (r) => r.pick([`v${r.int(1, 9)}.${r.int(0, 30)}.${r.int(0, 20)}`, `${r.int(1, 20)}.${r.int(0, 12)}.${r.int(0, 9)}`, `${r.int(1, 5)}.0.0-rc.${r.int(1, 4)}`, `${r.int(2023, 2026)}.${r.int(1, 12)}.${r.int(0, 5)}`]),
  build: (r) => r.pick([`${r.int(2023, 2026)}${r.digits(4)}.${r.int(1, 30)}`, `#${r.int(1000, 9999)}`, `b${r.int(100, 9999)}`]),
  uuid: (r) => uuid(r),
  sha: (r) => hex(r, r.chance(0.6) ? 7 : 40),
  hash: (r) => hex(r, 64),
  color: (r) => r.pick([`#${hex(r, 6).toUpperCase()}`, `#${hex(r, 3)}`, `rgb(${r.int(0, 255)}, ${r.int(0, 255)}, ${r.int(0, 255)})`]),
  port: (r) => String(r.pick([80, 443, 3000, 5432, 6379, 8080, 8443, 9090, 27017])),
  http: (r) => String(r.pick([200, 201, 204, 301, 400, 401, 403, 404, 409, 429, 500, 502, 503])),
  coord: (r) => `${r.int(36, 59)}.${r.digits(4)}, ${r.chance(0.8) ? '' : '-'}${r.int(1, 24)}.${r.digits(4)}`,
  measure: (r) => r.pick([`${r.int(60, 240)} x ${r.int(40, 120)} x ${r.int(10, 180)} cm`, `${r.int(60, 240)} × ${r.int(40, 120)} cm`, `${r.int(600, 2400)} x ${r.int(400, 1200)} mm`]),
  serial: (r) => r.pick([`${r.chars(UPPER + DIGITS, 4)}-${r.chars(UPPER + DIGITS, 4)}-${r.chars(UPPER + DIGITS, 4)}`, numericSerial(r), `SN${r.digits(10)}`]),
  part: (r) => r.pick([`${r.int(1000, 9999)}-${r.digits(4)}-${r.digits(2)}`, `0${r.int(1, 9)}-${r.digits(4)}-${r.digits(2)}`, `${r.chars(UPPER, 3)}-${r.digits(6)}`]),
  range: (r) => {
    const low = r.int(1, 40) * 50;
    return `${low}-${low + r.int(1, 10) * 50}`;
  },
  qty: (r) => String(r.weighted([[r.int(1, 12), 60], [r.int(13, 500), 40]] as const)),
  count: (r) => String(r.int(2, 48)),
  year: (r) => String(r.int(2019, 2027)),
  quarter: (r) => `Q${r.int(1, 4)}`,
  company: (r) => r.pick(COMPANIES),
  city: (r, lang) => r.pick(CITIES[lang]),
  country: (r, lang) => r.pick(COUNTRIES[lang]),
  weekday: (r, lang) => r.pick(WEEKDAYS[lang]),
  month: (r, lang) => monthName(lang, r.int(1, 12)),
  voucher: (r) => `${r.pick(['SPRING', 'SUMMER', 'WELCOME', 'BLACKFRIDAY', 'XMAS'])}${r.int(10, 30)}`,
};

export const NEAR_MISS_SLOTS = Object.keys(MAKERS);

export function nearMiss(slot: string, lang: Lang, r: Rng): string | undefined {
  const make = MAKERS[slot];
  return make ? make(r, lang) : undefined;
}
