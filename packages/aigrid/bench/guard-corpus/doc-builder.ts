import type { CorpusLabel } from './corpus-builder.js';
import type { LabelType } from './label-types.js';

/*
 * Builds a prompt's text piece by piece and records the offsets of the labelled values as they
 * are appended, so labels can never drift from the text.
 */

/** One labelled value, already written the way it will appear (escaping is the renderer's job). */
export interface Field {
  readonly type: LabelType;
  readonly text: string;
  /** Sub-kind: the document kind, the key vendor, 'split' for name parts, and so on. */
  readonly kind?: string;
  /** A variable or key name that naturally holds this value (DB_PASSWORD, client_secret). */
  readonly name?: string;
  /** Unlabelled text written right before the value, such as a title before a name. */
  readonly prefix?: string;
  /** The vendor of an API key, for prose ("my Stripe key"). */
  readonly vendor?: string;
  /** For names: the person's gender, so greetings agree with it. */
  readonly gender?: 'm' | 'f';
  /** Unlabelled companions of a split value, such as the postcode and city of a street line. */
  readonly parts?: Readonly<Record<string, string>>;
}

export type Slot = string | Field;

export class Doc {
  private readonly parts: string[] = [];
  private size = 0;
  readonly labels: CorpusLabel[] = [];

  get length(): number {
    return this.size;
  }

  text(piece: string): this {
    this.parts.push(piece);
    this.size += piece.length;
    return this;
  }

  value(type: LabelType, piece: string): this {
    if (piece.length === 0) throw new Error(`empty ${type} value`);
    this.labels.push({ type, start: this.size, end: this.size + piece.length });
    return this.text(piece);
  }

  slot(slot: Slot): this {
    if (typeof slot === 'string') return this.text(slot);
    if (slot.prefix) this.text(slot.prefix);
    return this.value(slot.type, slot.text);
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Chooses between ⟨masculine|feminine⟩ alternatives; those brackets never occur in real text. */
export function inflect(template: string, gender: 'm' | 'f'): string {
  return template.replace(/⟨([^|⟩]*)\|([^⟩]*)⟩/g, (_, m: string, f: string) => (gender === 'm' ? m : f));
}

/** Appends a template whose {slot} markers are filled from `slots`; unknown slots are a bug. */
export function fill(doc: Doc, template: string, slots: Readonly<Record<string, Slot>>): Doc {
  const pattern = /\{([a-z_]+)\}/g;
  let last = 0;
  for (let match = pattern.exec(template); match; match = pattern.exec(template)) {
    doc.text(template.slice(last, match.index));
    const slot = slots[match[1]];
    if (slot === undefined) throw new Error(`template slot {${match[1]}} has no value: ${template}`);
    doc.slot(slot);
    last = match.index + match[0].length;
  }
  return doc.text(template.slice(last));
}

/** The slot names a template uses, so callers can fill only what is needed. */
export function slotNames(template: string): string[] {
  return [...template.matchAll(/\{([a-z_]+)\}/g)].map((match) => match[1]);
}
