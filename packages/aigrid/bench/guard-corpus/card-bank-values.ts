import { ibanCheckDigits, lettersToDigits, luhnCheckDigit, mod97 } from './checksums.js';
import { computeCin } from './fiscal-code-nir.js';
import type { Rng } from './prng.js';
import { groups, groupSeparator, NBSP } from './text-noise.js';

/*
 * Payment identifiers: card numbers inside real IIN ranges with Luhn check digits, and IBANs
 * with each country's registered length, national check digits where they are cheap, and the
 * ISO 13616 mod-97 check.
 */

interface Brand {
  readonly prefix: (r: Rng) => string;
  readonly lengths: readonly number[];
  readonly weight: number;
}

const BRANDS: readonly Brand[] = [
  { prefix: () => '4', lengths: [16, 16, 16, 16, 13, 19], weight: 40 },
  { prefix: (r) => (r.chance(0.7) ? String(r.int(51, 55)) : String(r.int(2221, 2720))), lengths: [16], weight: 30 },
  { prefix: (r) => r.pick(['34', '37']), lengths: [15], weight: 10 },
  { prefix: (r) => r.pick(['6011', String(r.int(644, 649)), '65']), lengths: [16], weight: 6 },
  { prefix: (r) => String(r.int(3528, 3589)), lengths: [16], weight: 5 },
  { prefix: (r) => r.pick(['36', '38', String(r.int(300, 305))]), lengths: [14], weight: 4 },
  { prefix: () => '62', lengths: [16, 19], weight: 5 },
];

export function cardDigits(r: Rng): string {
  const brand = r.weighted(BRANDS.map((b) => [b, b.weight] as const));
  const length = r.pick(brand.lengths);
  const prefix = brand.prefix(r);
  const payload = prefix + r.digits(length - prefix.length - 1);
  return payload + String(luhnCheckDigit(payload));
}

function cardGroups(digits: string): number[] {
  if (digits.length === 15) return [4, 6, 5];
  if (digits.length === 14) return [4, 6, 4];
  if (digits.length === 13) return [4, 3, 3, 3];
  return [4, 4, 4, 4, 3];
}

/** A card number as people write it: compact, spaced, dashed, or with a no-break space. */
export function formatCard(digits: string, r: Rng): string {
  const style = r.weighted<string>([
    ['compact', 28],
    ['space', 45],
    ['dash', 17],
    ['unicode', 8],
    ['dot', 2],
  ]);
  if (style === 'compact') return digits;
  const sep = style === 'space' ? ' ' : style === 'dash' ? '-' : style === 'dot' ? '.' : groupSeparator(r);
  return groups(digits, cardGroups(digits)).join(sep);
}

const DE_BANKS = ['37040044', '10010010', '50010517', '70150000', '20041133', '12030000', '10070000', '50070010', '43060967', '60050101', '76050101', '25050180'];
const FR_BANKS = ['30004', '30003', '30002', '20041', '11306', '17515', '10278', '30066', '18206', '16606'];
const ES_BANKS = ['2100', '0049', '0182', '0081', '2085', '0128', '1465', '2080', '3058', '0075'];
const IT_ABI = ['03069', '02008', '05034', '01030', '03111', '05696', '06230', '03062', '05387', '08327'];
const PT_BANKS = ['0035', '0007', '0033', '0010', '0018', '0036', '0045', '0269'];
const NL_BANKS = ['ABNA', 'INGB', 'RABO', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'];
const GB_BANKS: ReadonlyArray<readonly [string, string]> = [
  ['NWBK', '60'], ['BARC', '20'], ['LOYD', '30'], ['HBUK', '40'], ['MIDL', '40'], ['NAIA', '07'], ['MONZ', '04'],
];
const BE_BANKS = ['001', '068', '310', '363', '539', '630', '735', '096', '751'];

function spanishDc(digits: string): string {
  const weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += Number(digits[i]) * weights[i];
  const dc = 11 - (sum % 11);
  return String(dc === 11 ? 0 : dc === 10 ? 1 : dc);
}

function frenchRibKey(bank: string, branch: string, account: string): string {
  const remainder = (89 * Number(bank) + 15 * Number(branch) + 3 * mod97(lettersToDigits(account))) % 97;
  return String(97 - remainder).padStart(2, '0');
}

const BBAN: Record<string, (r: Rng) => string> = {
  DE: (r) => r.pick(DE_BANKS) + r.digits(10),
  AT: (r) => r.pick(['12000', '20111', '14000', '32000', '19043', '60000']) + r.digits(11),
  CH: (r) => r.pick(['00762', '00700', '00230', '08390', '00235']) + r.digits(12),
  FR: (r) => {
    const bank = r.pick(FR_BANKS);
    const branch = r.digits(5);
    const account = r.digits(11);
    return bank + branch + account + frenchRibKey(bank, branch, account);
  },
  BE: (r) => {
    const first = r.pick(BE_BANKS) + r.digits(7);
    const check = mod97(first) || 97;
    return first + String(check).padStart(2, '0');
  },
  ES: (r) => {
    const bankBranch = r.pick(ES_BANKS) + r.digits(4);
    const account = r.digits(10);
    return bankBranch + spanishDc('00' + bankBranch) + spanishDc(account) + account;
  },
  NL: (r) => r.pick(NL_BANKS) + r.digits(10),
  IT: (r) => {
    const rest = r.pick(IT_ABI) + r.digits(5) + r.digits(12);
    return computeCin(rest) + rest;
  },
  PT: (r) => {
    const body = r.pick(PT_BANKS) + r.digits(4) + r.digits(11);
    const check = 98 - mod97(body + '00');
    return body + String(check).padStart(2, '0');
  },
  GB: (r) => {
    const [bank, sort] = r.pick(GB_BANKS);
    return bank + sort + r.digits(4) + r.digits(8);
  },
  IE: (r) => r.pick(['AIBK', 'BOFI']) + r.pick(['931152', '900017', '933114']) + r.digits(8),
  LU: (r) => r.pick(['001', '002', '003', '019']) + r.digits(13),
};

export const IBAN_COUNTRIES = Object.keys(BBAN);

export function ibanCompact(country: string, r: Rng): string {
  const make = BBAN[country] ?? BBAN.DE;
  const code = BBAN[country] ? country : 'DE';
  const bban = make(r);
  return code + ibanCheckDigits(code, bban) + bban;
}

/** Printed in groups of four (the paper format), compact (the electronic one), or in between. */
export function formatIban(iban: string, r: Rng): string {
  const style = r.weighted<string>([
    ['groups', 55],
    ['compact', 33],
    ['nbsp', 6],
    ['lower', 3],
    ['dash', 3],
  ]);
  if (style === 'compact') return iban;
  if (style === 'lower') return iban.toLowerCase();
  const sep = style === 'groups' ? ' ' : style === 'nbsp' ? NBSP : '-';
  return iban.match(/.{1,4}/g)!.join(sep);
}
