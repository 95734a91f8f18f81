/*
 * The label vocabulary of the corpus and its groups. The strings are the contract with the runner
 * and with the classifier under test, so they are spelled exactly as the detectors name them.
 */

export const NATIONAL_TYPES = [
  'us_ssn',
  'uk_nino',
  'es_dni',
  'nl_bsn',
  'in_aadhaar',
  'fr_nir',
  'it_fiscal_code',
  'pt_nif',
  'de_tax_id',
] as const;

export const SECRET_TYPES = ['api_key', 'private_key', 'jwt', 'secret'] as const;

export const STRUCTURED_TYPES = [
  'email',
  'phone',
  'credit_card',
  'iban',
  ...NATIONAL_TYPES,
  'ipv4',
  'ipv6',
  ...SECRET_TYPES,
] as const;

export const CONTEXTUAL_TYPES = ['person_name', 'postal_address', 'date_of_birth', 'id_document'] as const;

export const LABEL_TYPES = [...STRUCTURED_TYPES, ...CONTEXTUAL_TYPES] as const;

export type NationalType = (typeof NATIONAL_TYPES)[number];
export type SecretType = (typeof SECRET_TYPES)[number];
export type LabelType = (typeof LABEL_TYPES)[number];

export const LANGUAGES = ['en', 'de', 'fr', 'es', 'nl', 'it', 'pt'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const FORMATS = [
  'log-json',
  'log-plain',
  'csv',
  'tsv',
  'json',
  'yaml',
  'markdown-table',
  'email',
  'chat',
  'code',
  'env',
  'sql',
  'curl',
  'html-form',
  'url-query',
  'prose',
  'key-value',
] as const;
export type Format = (typeof FORMATS)[number];

/** Minimum labelled values per type that the corpus promises. */
export function minimumCount(type: LabelType): number {
  return (CONTEXTUAL_TYPES as readonly string[]).includes(type) ? 300 : 150;
}

export function isNational(type: string): type is NationalType {
  return (NATIONAL_TYPES as readonly string[]).includes(type);
}

export function isSecret(type: string): type is SecretType {
  return (SECRET_TYPES as readonly string[]).includes(type);
}
