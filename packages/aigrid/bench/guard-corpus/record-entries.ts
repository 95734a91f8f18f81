import type { Field } from './doc-builder.js';
import type { FillerKey } from './pack-types.js';
import { captionKeyOf, humanCaption, type KeyStyle, machineKey } from './record-keys.js';
import { FILLERS_BUSINESS, FILLERS_PERSONAL, fillerValue, positive, type Scene } from './scene.js';

/*
 * A record as an ordered list of entries: labelled fields between unlabelled filler columns.
 * Tables share one layout across rows, so the layout is chosen once and filled per row.
 */

export interface Entry {
  /** Caption key (or national type) used to name the column. */
  readonly key: string;
  readonly field?: Field;
  readonly text: string;
}

export interface Layout {
  readonly lead: readonly FillerKey[];
  readonly tail: readonly FillerKey[];
}

export function chooseLayout(scene: Scene, max = 3): Layout {
  const { r } = scene;
  const pool = positive(scene) ? FILLERS_PERSONAL : FILLERS_BUSINESS;
  const picked = r.sample(pool, r.int(positive(scene) ? 1 : 3, positive(scene) ? max : max + 2));
  const lead: FillerKey[] = picked.filter((key) => key === 'customer_id' || key === 'order' || key === 'sku');
  return { lead, tail: picked.filter((key) => !lead.includes(key)) };
}

export function entriesFor(scene: Scene, row: readonly Field[], layout: Layout): Entry[] {
  const filler = (key: FillerKey): Entry => ({ key, text: fillerValue(scene, key) });
  const out: Entry[] = layout.lead.map(filler);
  for (const field of row) {
    out.push({ key: captionKeyOf(field), field, text: field.text });
    if (field.parts) for (const [key, text] of Object.entries(field.parts)) out.push({ key, text });
  }
  // A split address brings its own postcode and city; do not add a second city column.
  const own = new Set(row.flatMap((field) => Object.keys(field.parts ?? {})));
  out.push(...layout.tail.filter((key) => !own.has(key)).map(filler));
  return out;
}

/** Column names for a layout, as captions or as machine keys in one style. */
export function columnNames(scene: Scene, entries: readonly Entry[], human: boolean, style: KeyStyle): string[] {
  return entries.map((entry) =>
    human ? humanCaption(entry.key, scene.pack, scene.r) : machineKey(entry.key, scene.pack, style, scene.r, entry.field),
  );
}

export function keyStyle(scene: Scene): KeyStyle {
  return scene.r.weighted<KeyStyle>([['snake', 55], ['camel', 30], ['local', scene.lang === 'en' ? 0 : 15]]);
}

/** Writes an entry's value, labelled when it is a field; `escape` adapts it to the format. */
export function writeEntry(scene: Scene, entry: Entry, escape: (text: string) => string = (t) => t): void {
  if (entry.field) {
    if (entry.field.prefix) scene.doc.text(escape(entry.field.prefix));
    scene.doc.value(entry.field.type, escape(entry.field.text));
  } else {
    scene.doc.text(escape(entry.text));
  }
}

export const jsonEscape = (text: string) => JSON.stringify(text).slice(1, -1);
export const sqlEscape = (text: string) => text.replace(/'/g, "''");
export const htmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
