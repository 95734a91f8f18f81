import type { Field } from './doc-builder.js';
import { type FieldContext, makeField, NATIONAL_COUNTRY, nationalTypeOf } from './field-factory.js';
import { FORMAT_SPECS, type FormatSpec } from './format-specs.js';
import { FORMATS, type Format, isNational, isSecret, type Lang, type LabelType } from './label-types.js';
import { makePerson, type Person } from './person-names.js';
import type { PhoneCountry } from './phone-values.js';
import { makeAddress } from './postal-addresses.js';
import type { Rng } from './prng.js';

/*
 * Plans one positive prompt: its country, its format, and the labelled values per record, never
 * more than four labels in all.
 */

const COUNTRIES: Record<Lang, ReadonlyArray<readonly [PhoneCountry, number]>> = {
  en: [['GB', 45], ['US', 40], ['IN', 15]],
  de: [['DE', 75], ['AT', 15], ['CH', 10]],
  fr: [['FR', 85], ['BE', 15]],
  es: [['ES', 1]],
  nl: [['NL', 85], ['BE', 15]],
  it: [['IT', 1]],
  pt: [['PT', 1]],
};

export function countryFor(lang: Lang, primary: LabelType | undefined, r: Rng): PhoneCountry {
  if (primary && isNational(primary)) return NATIONAL_COUNTRY[primary];
  return r.weighted(COUNTRIES[lang]);
}

export function pickFormat(primary: LabelType, r: Rng): Format {
  const fits = FORMATS.filter((format) => FORMAT_SPECS[format].types.includes(primary));
  return r.weighted(fits.map((format) => [format, FORMAT_SPECS[format].weight] as const));
}

const PERSONAL_COMPANIONS: ReadonlyArray<readonly [LabelType, number]> = [
  ['person_name', 5], ['email', 3], ['phone', 3], ['postal_address', 2.5], ['date_of_birth', 2.5], ['id_document', 2],
  ['credit_card', 1], ['iban', 1.2], ['ipv4', 0.4], ['ipv6', 0.2],
];
const SECRET_COMPANIONS: ReadonlyArray<readonly [LabelType, number]> = [
  ['api_key', 2], ['secret', 2], ['jwt', 1.2], ['private_key', 0.4], ['ipv4', 1], ['ipv6', 0.6], ['email', 1],
];

function companions(primary: LabelType, spec: FormatSpec, country: PhoneCountry): Array<readonly [LabelType, number]> {
  const technical = isSecret(primary) || primary === 'ipv4' || primary === 'ipv6';
  const pool: Array<readonly [LabelType, number]> = [...(technical ? SECRET_COMPANIONS : PERSONAL_COMPANIONS)];
  const national = nationalTypeOf(country);
  if (!technical && national) pool.push([national, 2.2]);
  return pool.filter(([type]) => type !== primary && spec.types.includes(type));
}

export interface PositivePlan {
  readonly format: Format;
  readonly country: PhoneCountry;
  readonly subject: Person;
  readonly rows: Field[][];
  readonly ctx: FieldContext;
}

const AUTH_TYPES = new Set<LabelType>(['api_key', 'jwt', 'secret']);

export function planPositive(primary: LabelType, lang: Lang, r: Rng): PositivePlan {
  const country = countryFor(lang, primary, r);
  const format = pickFormat(primary, r);
  const spec = FORMAT_SPECS[format];
  const total = r.weighted<number>([[1, 25], [2, 35], [3, 25], [4, 15]]);
  const rowCount = spec.rows > 1 && total >= 2 && r.chance(0.5) ? r.int(2, Math.min(spec.rows, total)) : 1;
  const columns = Math.max(1, Math.floor(total / rowCount));
  const types: LabelType[] = [primary];
  const pool = companions(primary, spec, country);
  while (types.length < columns && pool.length > 0) {
    const next = r.weighted(pool);
    pool.splice(pool.findIndex(([type]) => type === next), 1);
    // One credential per curl command; a private key takes most of a prompt on its own.
    if (format === 'curl' && AUTH_TYPES.has(next) && types.some((t) => AUTH_TYPES.has(t))) continue;
    if (next === 'private_key' && types.length > 1) continue;
    types.push(next);
  }
  const ctx: FieldContext = {
    human: spec.human,
    multiline: spec.multiline,
    nameStyle: spec.nameStyle === 'full' && r.chance(0.3) ? 'any' : spec.nameStyle,
    plainSecrets: spec.plainSecrets,
  };
  const subject = makePerson(lang, country, r);
  let budget = 4;
  const rows: Field[][] = [];
  for (let i = 0; i < rowCount; i++) {
    const person = i === 0 ? subject : makePerson(lang, country, r);
    rows.push(types.map((type) => makeField(type, person, r, ctx)));
    budget -= types.length;
  }
  return { format, country, subject, rows: splitValues(rows, spec, budget, r, country), ctx };
}

/** Records sometimes hold first and last name, or street, postcode and city, in separate fields. */
function splitValues(rows: Field[][], spec: FormatSpec, budget: number, r: Rng, country: PhoneCountry): Field[][] {
  if (!spec.splits) return rows;
  const splitName = rows.length <= budget && r.chance(0.25);
  const splitAddress = r.chance(0.35);
  return rows.map((row) =>
    row.flatMap((field): Field[] => {
      if (field.type === 'person_name' && splitName && !field.prefix && /^\S+ \S+$/.test(field.text)) {
        const [first, last] = field.text.split(' ');
        return [{ type: 'person_name', text: first, kind: 'first' }, { type: 'person_name', text: last, kind: 'last' }];
      }
      if (field.type === 'postal_address' && splitAddress) {
        const address = makeAddress(country, r, false);
        return [{ type: 'postal_address', text: address.streetLine, kind: 'street', parts: { postcode: address.postcode, city: address.city } }];
      }
      return [field];
    }),
  );
}
