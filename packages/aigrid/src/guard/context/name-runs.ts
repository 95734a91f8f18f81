import { LOWER, UPPER } from './latin-letters.js';
import { lowerWordFlags } from './name-gazetteer.js';

/** One word of a run of capitalised words. */
export interface NameToken {
  readonly start: number;
  /** End of the word, without a final dot. */
  readonly end: number;
  /** The word without a final dot. */
  readonly word: string;
  readonly dotted: boolean;
  /** A lowercase surname particle ("van", "de", "al-"). */
  readonly particle: boolean;
  /** The word lowercased, and its gazetteer flags (see name-gazetteer.ts). */
  readonly lower: string;
  readonly flags: number;
}

// A capitalised word as names are written: "O'Brien", "D'Angelo", "Jean-Pierre", "al-Farsi",
// "Anna's", titles with a raised ending ("Sig.ra", "Dott.ssa", "Sr.ª"), and a final dot.
const WORD = `(?:(?:al|el|ad|as|ar|an|at)-|d['’])?(?:(?:Ma?c|De|La|Le|Di|Du|Da)(?=[${UPPER}][${LOWER}]))?[${UPPER}](?:[${UPPER}]+(?![${LOWER}])|[${LOWER}]*)(?:['’][${UPPER}]?[${LOWER}]+)?(?:-(?:[${UPPER}]?[${LOWER}]+|[${UPPER}]+(?![${LOWER}])))*(?:\\.(?:ra|ssa|ª)|ª)?\\.?`;

/** Lowercase surname particles between name words: "van der", "de la", "dos", "von und zu", "bin". */
export const PARTICLES = 'v[ao]n|de[rnl]?|des|di|da|do|dos|das|du|della|delle|dei|degli|le|la|lo|ten|ter|te|zu|zur|zum|bin|ibn|ben|bint|abu|y|e|af|av|und';

/** The words of PARTICLES spelled out ("v[ao]n" → "van", "von"; "de[rnl]?" → "de", "der", …), for lookups without a regex. */
export const PARTICLE_WORDS: ReadonlySet<string> = new Set(
  PARTICLES.split('|').flatMap((alternative) => {
    let forms = [''];
    for (let at = 0; at < alternative.length; at++) {
      if (alternative[at] !== '[') {
        forms = forms.map((form) => form + alternative[at]);
        continue;
      }
      const close = alternative.indexOf(']', at);
      const chars = [...alternative.slice(at + 1, close)];
      const optional = alternative[close + 1] === '?';
      forms = forms.flatMap((form) => [...(optional ? [form] : []), ...chars.map((char) => form + char)]);
      at = optional ? close + 1 : close;
    }
    return forms;
  }),
);

// Non-global, anchored: applied to a slice, it keeps no lastIndex between calls.
const RUN = new RegExp(`^${WORD}(?: (?:(?:${PARTICLES}) ){0,3}${WORD}){0,5}`);

const MAX_RUN = 120;

/** The capitalised words from `start` on, joined by single spaces and particles (at most six words). */
export function readNameRun(text: string, start: number): NameToken[] {
  const match = RUN.exec(text.slice(start, start + MAX_RUN));
  if (match === null) return [];
  const tokens: NameToken[] = [];
  const run = match[0];
  // Words are read off the text by offsets (no split array); each is lowercased once.
  for (let from = 0; from < run.length; ) {
    const space = run.indexOf(' ', from);
    const to = space < 0 ? run.length : space;
    const dotted = run.charCodeAt(to - 1) === 46;
    const word = run.slice(from, dotted ? to - 1 : to);
    const first = word.charCodeAt(0);
    const particle = first >= 97 && first <= 122 && !word.includes('-') && !word.includes("'") && !word.includes('’');
    const lower = word.toLowerCase();
    tokens.push({ start: start + from, end: start + from + word.length, word, dotted, particle, lower, flags: particle ? 0 : lowerWordFlags(lower) });
    from = to + 1;
  }
  return tokens;
}
