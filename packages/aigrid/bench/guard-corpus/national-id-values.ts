import { iso7064Mod1110, verhoeffCheckDigit } from './checksums.js';
import type { Rng } from './prng.js';
import { groupSeparator } from './text-noise.js';

/*
 * National identifiers that follow their issuing rules: SSN area/group/serial ranges, NINO
 * prefixes and suffixes, the DNI/NIE control letter, the BSN eleven-test, Aadhaar's Verhoeff
 * digit, the NIF mod-11 digit and the Steuer-ID's digit pattern with its MOD 11,10 digit.
 */

export function usSsn(r: Rng): string {
  let area = r.int(1, 899);
  if (area === 666) area = 665;
  const a = String(area).padStart(3, '0');
  const g = String(r.int(1, 99)).padStart(2, '0');
  const s = String(r.int(1, 9999)).padStart(4, '0');
  const sep = r.weighted<string>([['-', 80], [' ', 12], ['', 8]]);
  return [a, g, s].join(sep);
}

const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';
const NINO_BANNED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function ukNino(r: Rng): string {
  let prefix = '';
  do prefix = r.pick([...NINO_FIRST]) + r.pick([...NINO_SECOND]);
  while (NINO_BANNED.has(prefix));
  const digits = r.digits(6);
  const suffix = r.pick(['A', 'B', 'C', 'D']);
  if (r.chance(0.55)) return prefix + digits + suffix;
  return [prefix, digits.slice(0, 2), digits.slice(2, 4), digits.slice(4), suffix].join(' ');
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** A Spanish DNI, or now and then a foreigner's NIE (X/Y/Z prefix). */
export function esDni(r: Rng): string {
  const sep = r.weighted<string>([['', 75], ['-', 20], [' ', 5]]);
  if (r.chance(0.3)) {
    const lead = r.int(0, 2);
    const body = r.digits(7);
    const letter = DNI_LETTERS[Number(String(lead) + body) % 23];
    return 'XYZ'[lead] + body + sep + letter;
  }
  const number = String(r.int(1_000_000, 99_999_999)).padStart(8, '0');
  return number + sep + DNI_LETTERS[Number(number) % 23];
}

export function nlBsn(r: Rng): string {
  for (;;) {
    const head = String(r.int(1, 6)) + r.digits(7);
    let sum = 0;
    for (let i = 0; i < 8; i++) sum += Number(head[i]) * (9 - i);
    const last = sum % 11;
    if (last > 9) continue;
    const bsn = head + String(last);
    const style = r.weighted<string>([['plain', 70], ['dots', 20], ['space', 10]]);
    if (style === 'plain') return bsn;
    if (style === 'dots') return `${bsn.slice(0, 4)}.${bsn.slice(4, 6)}.${bsn.slice(6)}`;
    return `${bsn.slice(0, 3)} ${bsn.slice(3, 6)} ${bsn.slice(6)}`;
  }
}

export function inAadhaar(r: Rng): string {
  const payload = String(r.int(2, 9)) + r.digits(10);
  const number = payload + String(verhoeffCheckDigit(payload));
  const sep = r.weighted<string>([[' ', 65], ['', 20], ['-', 10], [groupSeparator(r), 5]]);
  return number.match(/.{4}/g)!.join(sep);
}

export function ptNif(r: Rng): string {
  const head = r.pick(['1', '2', '2', '3']) + r.digits(7);
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(head[i]) * (9 - i);
  const rest = sum % 11;
  const nif = head + String(rest < 2 ? 0 : 11 - rest);
  if (r.chance(0.2)) return `${nif.slice(0, 3)} ${nif.slice(3, 6)} ${nif.slice(6)}`;
  return nif;
}

/** Ten digits where exactly one digit repeats (twice, or thrice but not in a row). */
function steuerIdBody(r: Rng): string {
  for (;;) {
    const twice = r.chance(0.6);
    const pool = r.shuffle([...'0123456789']);
    const repeated = pool[0];
    const others = pool.slice(1, twice ? 9 : 8);
    const digits = r.shuffle([...others, repeated, repeated, ...(twice ? [] : [repeated])]);
    const body = digits.join('');
    if (body[0] === '0') continue;
    if (!twice && body.includes(repeated.repeat(3))) continue;
    return body;
  }
}

export function deTaxId(r: Rng): string {
  const body = steuerIdBody(r);
  const id = body + String(iso7064Mod1110(body));
  if (r.chance(0.55)) return id;
  const sep = groupSeparator(r);
  return [id.slice(0, 2), id.slice(2, 5), id.slice(5, 8), id.slice(8)].join(sep);
}
