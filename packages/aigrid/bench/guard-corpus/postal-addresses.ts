import {
  AT_ADDRESSES, CH_ADDRESSES, DE_ADDRESSES, GB_ADDRESSES, IN_ADDRESSES, US_ADDRESSES, type AddressData,
} from './address-data-a.js';
import { BE_ADDRESSES, ES_ADDRESSES, FR_ADDRESSES, IT_ADDRESSES, NL_ADDRESSES, PT_ADDRESSES } from './address-data-b.js';
import type { PhoneCountry } from './phone-values.js';
import type { Rng } from './prng.js';

/*
 * Postal addresses in each country's conventions: number before or after the street, postcode
 * before or after the city, floor and door in Spain and Portugal, flats in Britain.
 */

export interface PostalAddress {
  /** The address as one writes it in a letter or a form field (may span lines when allowed). */
  readonly full: string;
  /** Street and house number only, for records that split the address into fields. */
  readonly streetLine: string;
  readonly postcode: string;
  readonly city: string;
}

const DATA: Record<PhoneCountry, AddressData> = {
  GB: GB_ADDRESSES, US: US_ADDRESSES, IN: IN_ADDRESSES, DE: DE_ADDRESSES, AT: AT_ADDRESSES, CH: CH_ADDRESSES,
  FR: FR_ADDRESSES, BE: BE_ADDRESSES, ES: ES_ADDRESSES, NL: NL_ADDRESSES, IT: IT_ADDRESSES, PT: PT_ADDRESSES,
};

const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function postcode(pattern: string, r: Rng): string {
  return pattern.replace(/#/g, () => String(r.int(0, 9))).replace(/@/g, () => r.pick([...INWARD_LETTERS.replace('S', '')]));
}

function houseNumber(country: PhoneCountry, r: Rng): string {
  const n = String(r.weighted([[r.int(1, 40), 60], [r.int(41, 250), 35], [r.int(251, 2400), 5]] as const));
  const style = r.int(0, 9);
  switch (country) {
    case 'DE': return style < 2 ? n + r.pick(['a', 'b', ' a', 'c']) : style === 2 ? `${n}-${Number(n) + 2}` : n;
    case 'NL': return style < 2 ? n + r.pick(['a', 'b', '-II', ' hs', '-1']) : n;
    case 'FR': return style < 2 ? `${n} ${r.pick(['bis', 'ter'])}` : n;
    case 'IT': return style < 2 ? `${n}/${r.pick(['A', 'B', 'C'])}` : n;
    case 'GB': return style < 2 ? n + r.pick(['A', 'B']) : n;
    case 'US': return String(r.int(100, 9999));
    default: return n;
  }
}

export function makeAddress(country: PhoneCountry, r: Rng, multiline = true): PostalAddress {
  const data = DATA[country];
  const street = r.pick(data.streets);
  const no = houseNumber(country, r);
  const [pattern, city] = r.pick(data.places);
  const code = postcode(pattern, r);
  const lines = multiline && r.chance(0.3);
  const join = (...parts: string[]) => parts.join(lines ? '\n' : ', ');
  switch (country) {
    case 'GB': {
      const flat = r.chance(0.2) ? `Flat ${r.int(1, 24)}, ` : '';
      const line = `${flat}${no} ${street}`;
      return { full: lines ? `${line}\n${city}\n${code}` : `${line}, ${city} ${code}`, streetLine: line, postcode: code, city };
    }
    case 'US': {
      const unit = r.chance(0.25) ? ` ${r.pick(['Apt', 'Unit', 'Suite', '#'])} ${r.int(1, 30)}${r.pick(['', 'B', 'C'])}` : '';
      const line = `${no} ${street}${unit}`;
      return { full: join(line, `${city} ${code}`), streetLine: line, postcode: code, city };
    }
    case 'IN': {
      const line = `${r.pick(['No. ', '', 'Flat ', 'B-', 'H.No. '])}${no}, ${street}`;
      return { full: join(line, `${city} ${code}`), streetLine: line, postcode: code, city };
    }
    case 'FR': {
      const line = `${no}${r.chance(0.2) ? ',' : ''} ${street}`;
      const extra = r.chance(0.15) ? `${r.pick(['Bât. B', 'Appt 12', 'Résidence Les Pins', '3e étage'])}${lines ? '\n' : ', '}` : '';
      const town = lines && r.chance(0.5) ? city.toUpperCase() : city;
      return { full: extra + join(line, `${code} ${town}`), streetLine: line, postcode: code, city };
    }
    case 'ES': {
      const floor = r.chance(0.55) ? `, ${r.int(1, 9)}º ${r.pick(['A', 'B', 'C', 'D', 'izq.', 'dcha.', '1ª', '2ª'])}` : '';
      const line = street.startsWith('C/') || r.chance(0.4) ? `${street}, ${no}${floor}` : `${street} ${no}${floor}`;
      return { full: join(line, `${code} ${city}`), streetLine: line, postcode: code, city };
    }
    case 'IT': {
      const line = r.chance(0.35) ? `${street}, ${no}` : `${street} ${no}`;
      const tail = r.chance(0.2) ? `${code} ${city.replace(/ \(.+\)$/, '')} ${r.pick(['RM', 'MI', 'NA', 'TO'])}` : `${code} ${city}`;
      return { full: r.chance(0.15) && !lines ? `${line} - ${tail}` : join(line, tail), streetLine: line, postcode: code, city };
    }
    case 'PT': {
      const floor = r.chance(0.45) ? `, ${r.int(1, 8)}.º ${r.pick(['Esq.', 'Dto.', 'Frente', 'A'])}` : '';
      const line = r.chance(0.3) ? `${street}, n.º ${no}${floor}` : `${street} ${no}${floor}`;
      return { full: join(line, `${code} ${city}`), streetLine: line, postcode: code, city };
    }
    case 'NL': {
      const compact = r.chance(0.2) ? code.replace(' ', '') : code;
      const line = `${street} ${no}`;
      return { full: join(line, `${compact} ${lines && r.chance(0.4) ? city.toUpperCase() : city}`), streetLine: line, postcode: compact, city };
    }
    case 'AT': {
      const line = r.chance(0.35) ? `${street} ${no}/${r.int(1, 4)}/${r.int(1, 24)}` : `${street} ${no}`;
      return { full: join(line, `${code} ${city}`), streetLine: line, postcode: code, city };
    }
    default: {
      const prefix = country === 'DE' && r.chance(0.08) ? 'D-' : country === 'CH' && r.chance(0.1) ? 'CH-' : '';
      const line = `${street} ${no}`;
      return { full: join(line, `${prefix}${code} ${city}`), streetLine: line, postcode: code, city };
    }
  }
}

/** A street name on its own, as a place ("the shop on Königsallee"), never with a number. */
export function streetName(country: PhoneCountry, r: Rng): string {
  return r.pick(DATA[country].streets);
}

export function cityOf(country: PhoneCountry, r: Rng): string {
  return r.pick(DATA[country].places)[1].replace(/ \(.+\)$/, '');
}
