import { cardDigits, formatCard, formatIban, ibanCompact } from './card-bank-values.js';
import { machineDate, writtenDate } from './date-values.js';
import type { Field } from './doc-builder.js';
import { documentNumber } from './document-values.js';
import { emailFor } from './email-values.js';
import { codiceFiscale, formatNir, nirDigits } from './fiscal-code-nir.js';
import type { LabelType, NationalType } from './label-types.js';
import { deTaxId, esDni, inAadhaar, nlBsn, ptNif, ukNino, usSsn } from './national-id-values.js';
import { ipv4, ipv6 } from './network-values.js';
import { type NameStyle, type Person, writeName } from './person-names.js';
import { phoneNumber, type PhoneCountry } from './phone-values.js';
import { makeAddress } from './postal-addresses.js';
import type { Rng } from './prng.js';
import { privateKeyPem } from './private-key-values.js';
import { apiKey, jwt, SECRET_NAMES, secretValue } from './secret-values.js';
import { fullWidthDigits } from './text-noise.js';

/*
 * Turns a label type into a concrete value belonging to one person, written for the context it
 * will appear in: free text allows long dates, multi-line addresses and the odd full-width digit;
 * machine data gets ISO dates and single lines.
 */

export interface FieldContext {
  /** Free text typed by a person (e-mail, chat, prose, key: value forms). */
  readonly human: boolean;
  readonly multiline: boolean;
  readonly nameStyle?: NameStyle;
  /** Keep secrets to URL- and shell-safe characters. */
  readonly plainSecrets?: boolean;
}

/** The country whose rules a national type follows. */
export const NATIONAL_COUNTRY: Record<NationalType, PhoneCountry> = {
  us_ssn: 'US', uk_nino: 'GB', es_dni: 'ES', nl_bsn: 'NL', in_aadhaar: 'IN', fr_nir: 'FR', it_fiscal_code: 'IT', pt_nif: 'PT', de_tax_id: 'DE',
};

/** The national type a resident of the country would give, if the corpus covers one. */
export function nationalTypeOf(country: PhoneCountry): NationalType | undefined {
  return (Object.keys(NATIONAL_COUNTRY) as NationalType[]).find((type) => NATIONAL_COUNTRY[type] === country);
}

const IBAN_COUNTRY: Partial<Record<PhoneCountry, readonly string[]>> = { US: ['GB', 'IE', 'DE'], IN: ['GB', 'DE'], GB: ['GB', 'GB', 'IE'], BE: ['BE'], CH: ['CH'], AT: ['AT'], DE: ['DE', 'DE', 'DE', 'LU'] };

function nationalValue(type: NationalType, person: Person, r: Rng): string {
  switch (type) {
    case 'us_ssn': return usSsn(r);
    case 'uk_nino': return ukNino(r);
    case 'es_dni': return esDni(r);
    case 'nl_bsn': return nlBsn(r);
    case 'in_aadhaar': return inAadhaar(r);
    case 'fr_nir': return formatNir(nirDigits(person, r), r);
    case 'it_fiscal_code': return r.chance(0.1) ? codiceFiscale(person, r).toLowerCase() : codiceFiscale(person, r);
    case 'pt_nif': return ptNif(r);
    case 'de_tax_id': return deTaxId(r);
  }
}

export function makeField(type: LabelType, person: Person, r: Rng, ctx: FieldContext): Field {
  const wide = (text: string) => (ctx.human && r.chance(0.03) ? fullWidthDigits(text) : text);
  const us = person.country === 'US';
  switch (type) {
    case 'person_name': {
      const written = writeName(person, r, ctx.nameStyle ?? (ctx.human ? 'any' : 'form'));
      return { type, text: written.name, prefix: written.title || undefined, gender: person.gender };
    }
    case 'email': return { type, text: emailFor(person, r) };
    case 'phone': return { type, text: wide(phoneNumber(person.country, r)) };
    case 'postal_address': return { type, text: makeAddress(person.country, r, ctx.multiline).full };
    case 'date_of_birth': return { type, text: ctx.human ? wide(writtenDate(person.lang, person, r, us)) : machineDate(person.lang, person, r, us) };
    case 'id_document': {
      const doc = documentNumber(person.country, person, r);
      return { type, text: doc.text, kind: doc.kind };
    }
    case 'credit_card': return { type, text: wide(formatCard(cardDigits(r), r)) };
    case 'iban': {
      const country = r.pick(IBAN_COUNTRY[person.country] ?? [person.country]);
      return { type, text: formatIban(ibanCompact(country, r), r) };
    }
    case 'ipv4': return { type, text: ipv4(r) };
    case 'ipv6': return { type, text: ipv6(r) };
    case 'api_key': {
      const key = apiKey(r);
      return { type, text: key.text, kind: key.vendor, name: key.envName, vendor: key.product };
    }
    case 'secret': return { type, text: secretValue(r, ctx.plainSecrets), name: r.pick(SECRET_NAMES) };
    case 'private_key': return { type, text: privateKeyPem(r) };
    case 'jwt': return { type, text: jwt(r) };
    default: return { type, text: nationalValue(type, person, r) };
  }
}
