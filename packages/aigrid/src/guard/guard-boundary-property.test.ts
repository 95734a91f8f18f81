import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PII_GENERATORS, type PiiSample } from '../../test/support/guard/pii-generators.js';
import { seededRandom, type Random } from '../../test/support/guard/seeded-random.js';
import { createClassifier } from './guard-classifier.js';

/*
 * For every detector: a value it finds in plain prose must be found, with the same bounds, when
 * glued to any punctuation on either side and when its spaces and digits are typed another way.
 * The contexts are generated from character classes, not listed case by case.
 */

const SAMPLES_PER_TYPE = 12;
const SEED = 20_261_207;

// Characters a value is glued to in logs, CSV, JSON, query strings, markdown and chat.
const LEFT_GLUE = [...'=:,;|"\'([{<\t\n/«“‘'];
const RIGHT_GLUE = [...',;|"\')]}>\t\n.!?»”’&'];
// Prefixes standing before the glue: nothing, a field name, a word.
const FIELD_PREFIXES = ['', 'x', 'value', 'id 7'];
// Characters that stand for a space inside a value: no-break, narrow no-break, thin, figure, ideographic.
const SPACE_STANDINS = ['\u00a0', '\u202f', '\u2009', '\u2007', '\u3000'];

const fullWidthDigits = (text: string) => text.replace(/\d/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));

/** The contexts (left, right) every found value is tried in: each glue with each prefix, both sides. */
function* contexts(): Generator<readonly [string, string]> {
  for (const prefix of FIELD_PREFIXES) {
    for (const left of LEFT_GLUE) yield [`see ${prefix}${left}`, ' now'];
  }
  for (const right of RIGHT_GLUE) yield ['see ', `${right}x`];
  // Letters outside A–F: "a:2425:…" is itself a valid IPv6 address, so a hex letter would change the value.
  for (const left of LEFT_GLUE) for (const right of RIGHT_GLUE) yield [`k${left}`, `${right}z`];
}

/** Ways of typing the same value: spaces replaced by each stand-in, digits in full width. */
function* variants(sample: PiiSample): Generator<{ readonly snippet: string; readonly how: string }> {
  const value = sample.snippet.slice(sample.start, sample.end);
  const rebuild = (changed: string) => sample.snippet.slice(0, sample.start) + changed + sample.snippet.slice(sample.end);
  if (value.includes(' ') && !value.includes('\n')) {
    for (const standin of SPACE_STANDINS) yield { snippet: rebuild(value.replaceAll(' ', standin)), how: `U+${standin.charCodeAt(0).toString(16)}` };
  }
  if (/\d/.test(value) && !value.includes('\n')) yield { snippet: rebuild(fullWidthDigits(value)), how: 'full-width digits' };
}

/**
 * Contexts that change the value itself rather than its surroundings: before an IPv6 address, a
 * colon glued to a hex character makes that character the address's first group ("7:2425:…").
 */
function changesValue(type: string, left: string): boolean {
  return type === 'ipv6' && /[0-9A-Fa-f]:$/.test(left);
}

function foundAt(classifier: ReturnType<typeof createClassifier>, text: string, type: string, start: number, end: number): boolean {
  return classifier.scanText(text).some((span) => span.type === type && span.start === start && span.end === end);
}

function samplesOf(type: string, random: Random): PiiSample[] {
  return Array.from({ length: SAMPLES_PER_TYPE }, () => PII_GENERATORS[type](random));
}

describe('property: values glued to punctuation and typed with other separators', () => {
  const classifier = createClassifier();
  const random = seededRandom(SEED);
  for (const type of Object.keys(PII_GENERATORS)) {
    it(`${type}: found with the same bounds in every context and variant`, () => {
      const failures: string[] = [];
      let tried = 0;
      for (const sample of samplesOf(type, random)) {
        const plain = `see ${sample.snippet} now`;
        if (!foundAt(classifier, plain, type, 4 + sample.start, 4 + sample.end)) continue; // the base property test owns this
        for (const [left, right] of contexts()) {
          if (changesValue(type, left)) continue;
          tried++;
          const text = left + sample.snippet + right;
          if (!foundAt(classifier, text, type, left.length + sample.start, left.length + sample.end)) failures.push(JSON.stringify(text));
        }
        for (const variant of variants(sample)) {
          tried++;
          const text = `see ${variant.snippet} now`;
          const end = 4 + variant.snippet.length - (sample.snippet.length - sample.end);
          if (!foundAt(classifier, text, type, 4 + sample.start, end)) failures.push(`${variant.how}: ${JSON.stringify(text)}`);
        }
      }
      assert.ok(tried > 0, `no ${type} sample was found in plain prose`);
      assert.deepEqual(failures.slice(0, 8), [], `${failures.length} of ${tried} contexts failed`);
    });
  }
});
