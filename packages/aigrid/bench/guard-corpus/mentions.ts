import type { Field } from './doc-builder.js';
import { isNational } from './label-types.js';
import type { MentionKey } from './pack-types.js';
import { captionKeyOf, humanCaption } from './record-keys.js';
import { say, type Scene } from './scene.js';

/*
 * A sentence that gives one value in the pack's language, chosen for the value's type; national
 * numbers use the pack's own sentences, or their caption when the pack has none.
 */

export function mention(scene: Scene, field: Field): void {
  const { r, pack } = scene;
  if (isNational(field.type)) {
    const own = pack.national[field.type]?.mentions;
    if (own && own.length > 0) return say(scene, r.pick(own), field);
    return say(scene, `${humanCaption(field.type, pack, r)}: {v}`, field);
  }
  const key = captionKeyOf(field);
  const templates = pack.mentions[(key === 'first_name' || key === 'last_name' ? 'person_name' : key) as MentionKey];
  say(scene, r.pick(templates), field);
}

/** Mentions joined the way people write: one line each, or running on in a paragraph. */
export function mentionAll(scene: Scene, fields: readonly Field[], business = 0): void {
  const { r, doc } = scene;
  const sentences: Array<Field | string> = [...fields];
  for (let i = 0; i < business; i++) sentences.splice(r.int(0, sentences.length), 0, r.pick(scene.pack.business.sentences));
  const joiner = r.pick([' ', '\n', ' ', '\n\n']);
  sentences.forEach((item, i) => {
    // Notes like "IBAN: …" end without a full stop; people start a new line after them.
    if (i > 0) doc.text(joiner === ' ' && !/[.!?)»]$/.test(doc.toString()) ? '\n' : joiner);
    if (typeof item === 'string') say(scene, item);
    else mention(scene, item);
  });
}
