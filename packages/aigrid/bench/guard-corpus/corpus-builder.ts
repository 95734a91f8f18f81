import { Doc, type Field } from './doc-builder.js';
import { makeField } from './field-factory.js';
import { FORMAT_SPECS } from './format-specs.js';
import {
  CONTEXTUAL_TYPES, FORMATS, type Format, isNational, type LabelType, LANGUAGES, type Lang, NATIONAL_TYPES, type NationalType, STRUCTURED_TYPES,
} from './label-types.js';
import { PACKS } from './lang-packs.js';
import { makePerson, writeName } from './person-names.js';
import { countryFor, planPositive } from './prompt-plan.js';
import { streamFor } from './prng.js';
import type { ExtraOptions, Scene } from './scene.js';

/*
 * The held-out guard corpus: positives carrying one to four labelled personal values or secrets,
 * negatives of ordinary business text with none. Deterministic for a seed; every prompt draws
 * from its own random stream.
 */

export interface CorpusLabel {
  readonly type: string;
  /** UTF-16 offsets into text, end exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface CorpusPrompt {
  readonly id: string;
  readonly format: string;
  readonly language: string;
  readonly text: string;
  readonly labels: readonly CorpusLabel[];
}

export const POSITIVE_COUNT = 3_600;
export const NEGATIVE_COUNT = 2_450;
export const DEFAULT_SEED = 20_250_314;

// Contextual types twice, national types and the rarer structured ones a little more often.
const SCHEDULE: readonly LabelType[] = [
  ...STRUCTURED_TYPES,
  ...CONTEXTUAL_TYPES,
  ...CONTEXTUAL_TYPES,
  ...NATIONAL_TYPES,
  'ipv6',
  'private_key',
  'jwt',
];

const NATIVE_LANGUAGE: Record<NationalType, Lang> = {
  us_ssn: 'en', uk_nino: 'en', in_aadhaar: 'en', es_dni: 'es', nl_bsn: 'nl', fr_nir: 'fr', it_fiscal_code: 'it', pt_nif: 'pt', de_tax_id: 'de',
};

function positiveAt(seed: number, index: number): CorpusPrompt {
  const r = streamFor(seed, 'positive', index);
  const primary = SCHEDULE[index % SCHEDULE.length];
  const lang = isNational(primary) ? NATIVE_LANGUAGE[primary] : LANGUAGES[(index + Math.floor(index / SCHEDULE.length)) % LANGUAGES.length];
  const plan = planPositive(primary, lang, r);
  const labels = plan.rows.reduce((sum, row) => sum + row.length, 0);
  const extra = (type: Field['type'], options: ExtraOptions = {}): Field => {
    const person = options.other ? makePerson(lang, plan.country, r) : plan.subject;
    if (type !== 'person_name') return makeField(type, person, r, plan.ctx);
    if (options.nameStyle === 'first') return { type, text: person.first, gender: person.gender };
    const written = writeName(person, r, options.nameStyle === 'formal' ? 'formal' : 'full');
    return { type, text: written.name, prefix: written.title || undefined, gender: person.gender };
  };
  const scene: Scene = {
    r, lang, country: plan.country, pack: PACKS[lang], rows: plan.rows, person: plan.subject, doc: new Doc(), spare: 4 - labels, extra,
  };
  FORMAT_SPECS[plan.format].render(scene);
  return finish(`p${index}-${lang}-${plan.format}`, plan.format, lang, scene.doc);
}

const NEGATIVE_FORMATS: ReadonlyArray<readonly [Format, number]> = FORMATS.map((format) => [format, FORMAT_SPECS[format].weight] as const);

function negativeAt(seed: number, index: number): CorpusPrompt {
  const r = streamFor(seed, 'negative', index);
  const lang: Lang = LANGUAGES[index % LANGUAGES.length];
  const format = r.weighted(NEGATIVE_FORMATS);
  const scene: Scene = {
    r, lang, country: countryFor(lang, undefined, r), pack: PACKS[lang], rows: [], doc: new Doc(), spare: 0,
    extra: () => {
      throw new Error('negatives carry no labelled values');
    },
  };
  FORMAT_SPECS[format].render(scene);
  return finish(`n${index}-${lang}-${format}`, format, lang, scene.doc);
}

function finish(id: string, format: string, language: string, doc: Doc): CorpusPrompt {
  return { id, format, language, text: doc.toString(), labels: doc.labels };
}

export function buildGuardCorpus(seed = DEFAULT_SEED): { positives: CorpusPrompt[]; negatives: CorpusPrompt[] } {
  const positives = Array.from({ length: POSITIVE_COUNT }, (_, i) => positiveAt(seed, i));
  const negatives = Array.from({ length: NEGATIVE_COUNT }, (_, i) => negativeAt(seed, i));
  return { positives, negatives };
}
