import type { Field } from './doc-builder.js';
import { isNational } from './label-types.js';
import type { CaptionKey, LanguagePack } from './pack-types.js';
import type { Rng } from './prng.js';

/*
 * Names for fields: human captions from the language pack, and the machine keys developers use
 * (English snake_case mostly, camelCase in JavaScript, local-language keys now and then).
 */

const KEYS: Record<string, readonly string[]> = {
  person_name: ['name', 'full_name', 'customer_name', 'contact_name', 'holder_name'],
  first_name: ['first_name', 'firstname', 'given_name'],
  last_name: ['last_name', 'surname', 'family_name'],
  email: ['email', 'email_address', 'contact_email', 'mail', 'user_email'],
  phone: ['phone', 'phone_number', 'mobile', 'tel', 'msisdn', 'contact_phone'],
  postal_address: ['address', 'billing_address', 'shipping_address', 'home_address'],
  street: ['street', 'address_line1', 'street_address'],
  date_of_birth: ['dob', 'birth_date', 'date_of_birth', 'birthdate'],
  credit_card: ['card_number', 'pan', 'cc_number', 'card'],
  iban: ['iban', 'bank_account', 'payout_iban', 'account_iban'],
  ip: ['ip', 'client_ip', 'remote_addr', 'source_ip', 'ip_address'],
  passport: ['passport_no', 'passport_number', 'document_number'],
  id_card: ['id_card_number', 'id_number', 'document_number'],
  driving_licence: ['licence_number', 'driver_license', 'dl_number'],
  api_key: ['api_key', 'key', 'access_key', 'token'],
  private_key: ['private_key', 'signing_key', 'ssh_private_key'],
  jwt: ['token', 'access_token', 'id_token', 'jwt', 'bearer'],
  us_ssn: ['ssn', 'social_security_number'],
  uk_nino: ['nino', 'ni_number', 'national_insurance_number'],
  es_dni: ['dni', 'nif', 'documento'],
  nl_bsn: ['bsn', 'burgerservicenummer'],
  in_aadhaar: ['aadhaar', 'aadhaar_number', 'uid'],
  fr_nir: ['nir', 'numero_secu', 'num_secu'],
  it_fiscal_code: ['codice_fiscale', 'cf', 'tax_code'],
  pt_nif: ['nif', 'contribuinte', 'tax_id'],
  de_tax_id: ['steuer_id', 'tax_id', 'steuerid', 'idnr'],
  customer_id: ['customer_id', 'id', 'customer_no'],
  order: ['order_id', 'order_no', 'order'],
  invoice: ['invoice_no', 'invoice_id'],
  ticket: ['ticket', 'ticket_id', 'case_id'],
  sku: ['sku', 'item_sku'],
  product: ['product', 'item', 'product_name'],
  qty: ['qty', 'quantity'],
  price: ['price', 'amount', 'total'],
  status: ['status', 'state'],
  created: ['created_at', 'created', 'signup_date'],
  due: ['due_date', 'delivery_date', 'deadline'],
  plan: ['plan', 'tier', 'tariff'],
  country: ['country', 'country_code'],
  city: ['city', 'town'],
  note: ['note', 'comment', 'remarks'],
  warehouse: ['warehouse', 'depot', 'ship_from'],
  postcode: ['postcode', 'zip', 'postal_code'],
};

export type KeyStyle = 'snake' | 'camel' | 'local';

/** The caption key of a labelled field (split names, street-only addresses, document kinds). */
export function captionKeyOf(field: Field): CaptionKey | Field['type'] {
  if (field.type === 'person_name' && (field.kind === 'first' || field.kind === 'last')) return field.kind === 'first' ? 'first_name' : 'last_name';
  if (field.type === 'postal_address' && field.kind === 'street') return 'street';
  if (field.type === 'ipv4' || field.type === 'ipv6') return 'ip';
  if (field.type === 'id_document') return (field.kind ?? 'passport') as CaptionKey;
  return field.type;
}

const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function machineKey(key: string, pack: LanguagePack, style: KeyStyle, r: Rng, field?: Field): string {
  if (field?.type === 'secret' && field.name) return style === 'camel' ? camel(field.name.toLowerCase()) : field.name.toLowerCase();
  const local = pack.localKeys[key as CaptionKey];
  if (style === 'local' && local) return r.pick(local);
  const base = r.pick(KEYS[key] ?? [key]);
  return style === 'camel' ? camel(base) : base;
}

export function humanCaption(key: string, pack: LanguagePack, r: Rng): string {
  if (isNational(key)) return r.pick(pack.national[key]?.captions ?? KEYS[key]);
  return r.pick(pack.captions[key as CaptionKey] ?? [key]);
}
