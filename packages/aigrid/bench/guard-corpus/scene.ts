import { isoDate, machineDate, randomDate } from './date-values.js';
import { type Doc, type Field, fill, inflect, type Slot, slotNames } from './doc-builder.js';
import type { Lang } from './label-types.js';
import { nearMiss } from './near-miss-values.js';
import type { FillerKey, LanguagePack } from './pack-types.js';
import type { Person } from './person-names.js';
import type { PhoneCountry } from './phone-values.js';
import { cityOf, makeAddress, streetName } from './postal-addresses.js';
import { ALNUM, type Rng } from './prng.js';

/*
 * Everything a format renderer needs for one prompt, and the helpers they share: filling
 * templates (near-miss slots filled on the fly), filler record values, and the name budget.
 */

export interface Scene {
  readonly r: Rng;
  readonly lang: Lang;
  readonly country: PhoneCountry;
  readonly pack: LanguagePack;
  /** Labelled values per record; one record for most formats, none for negatives. */
  readonly rows: ReadonlyArray<readonly Field[]>;
  /** Whose data it is (the writer in e-mails and chats); absent in negatives. */
  readonly person?: Person;
  readonly doc: Doc;
  /** Labels the renderer may still add (greeting and signature names), never past four. */
  spare: number;
  /** Makes one more labelled value of the person, or of someone else when `other` is set. */
  readonly extra: (type: Field['type'], options?: ExtraOptions) => Field;
}

export interface ExtraOptions {
  readonly other?: boolean;
  /** For names: first name only, with a title, or in full. */
  readonly nameStyle?: 'first' | 'formal' | 'full';
}

export const positive = (scene: Scene) => scene.rows.length > 0;

/** Writes a template; {v} is the given value, other slots are business fillers. */
export function say(scene: Scene, template: string, v?: Slot, more: Record<string, Slot> = {}): void {
  const gender = (typeof v === 'object' && v.gender) || scene.person?.gender || (scene.r.chance(0.5) ? 'm' : 'f');
  const text = inflect(template, gender);
  const slots: Record<string, Slot> = { ...more };
  if (v !== undefined) slots.v = v;
  for (const name of slotNames(text)) {
    if (slots[name] !== undefined) continue;
    if (name === 'vendor' && typeof v !== 'string' && v?.vendor) slots.vendor = v.vendor;
    else slots[name] = businessSlot(scene, name);
  }
  fill(scene.doc, text, slots);
}

/** A filler for a named slot: pack vocabulary first, then the near-miss generators. */
export function businessSlot(scene: Scene, name: string): string {
  const { r, pack } = scene;
  const b = pack.business;
  switch (name) {
    case 'product': return r.pick(b.products);
    case 'team': return r.pick(b.teams);
    case 'status': return r.pick(b.statuses);
    case 'plan': return r.pick(b.plans);
    case 'street': return streetName(scene.country, r);
    case 'office': return cityOf(scene.country, r);
    default: {
      const value = nearMiss(name, scene.lang, r);
      if (value === undefined) throw new Error(`unknown template slot {${name}}`);
      return value;
    }
  }
}

/** A value for a non-personal record column. */
export function fillerValue(scene: Scene, key: FillerKey): string {
  const { r, lang } = scene;
  switch (key) {
    case 'customer_id': return r.pick([`C-${r.int(10000, 99999)}`, String(r.int(1000, 999999)), `cus_${r.chars(ALNUM, 14)}`, `K${r.digits(6)}`]);
    case 'qty': return businessSlot(scene, 'qty');
    case 'price': return businessSlot(scene, 'amount');
    case 'created': return r.chance(0.5) ? machineDate(lang, randomDate(r, 2019, 2025), r) : `${isoDate(randomDate(r, 2023, 2025))}T${String(r.int(6, 22)).padStart(2, '0')}:${r.int(10, 59)}:${r.int(10, 59)}Z`;
    case 'due': return machineDate(lang, randomDate(r, 2024, 2026), r);
    case 'country': return r.chance(0.6) ? scene.country : businessSlot(scene, 'country');
    case 'city':
    case 'warehouse': return cityOf(scene.country, r);
    case 'postcode': return makeAddress(scene.country, r, false).postcode;
    case 'note': return r.pick(scene.pack.business.notes);
    default: return businessSlot(scene, key);
  }
}

export function ask(scene: Scene, kind: keyof LanguagePack['asks'], probability = 0.6): void {
  if (!scene.r.chance(probability)) return;
  const business = !positive(scene) && (kind === 'text' || kind === 'data');
  say(scene, scene.r.pick(business ? [...scene.pack.business.asks, ...scene.pack.asks[kind]] : scene.pack.asks[kind]));
  scene.doc.text(scene.r.pick(['\n\n', '\n', '\n\n']));
}

/** Takes one name label from the spare budget, or returns undefined when none is left. */
export function spareName(scene: Scene, options: ExtraOptions = {}): Field | undefined {
  if (!positive(scene) || scene.spare <= 0) return undefined;
  scene.spare -= 1;
  return scene.extra('person_name', options);
}

export const FILLERS_PERSONAL: readonly FillerKey[] = ['customer_id', 'created', 'status', 'plan', 'country', 'note', 'city'];
export const FILLERS_BUSINESS: readonly FillerKey[] = ['order', 'sku', 'product', 'qty', 'price', 'status', 'due', 'warehouse', 'invoice', 'ticket'];
