import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fillerText, wordNext } from '../../test/support/guard/filler-text.js';
import { PII_GENERATORS, type PiiSample } from '../../test/support/guard/pii-generators.js';
import { seededRandom } from '../../test/support/guard/seeded-random.js';
import { createClassifier } from './guard-classifier.js';

const PROMPTS = 5_000;
const SEED = 20_240_601;
const WRAPPERS: ReadonlyArray<readonly [string, string]> = [['', ''], ['', ''], ['(', ')'], ['"', '"'], ['', '.'], ['', ','], ['\n', '\n']];

interface Planted {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

describe('property: generated PII in ordinary text', () => {
  it(`detects 100% of values planted at random positions in ${PROMPTS} seeded prompts`, (t) => {
    const random = seededRandom(SEED);
    const classifier = createClassifier();
    const types = Object.keys(PII_GENERATORS);
    const misses: string[] = [];
    let planted = 0;
    let exact = 0;
    const started = performance.now();
    for (let prompt = 0; prompt < PROMPTS; prompt++) {
      let text = fillerText(random, random.int(0, 60));
      const values: Planted[] = [];
      for (let count = random.int(1, 3); count > 0; count--) {
        const sample: PiiSample = PII_GENERATORS[types[(prompt + count) % types.length]](random);
        const [open, close] = random.pick(WRAPPERS);
        text += `${text ? ' ' : ''}${wordNext(random)} ${open}`;
        values.push({ type: sample.type, start: text.length + sample.start, end: text.length + sample.end });
        text += `${sample.snippet}${close} ${wordNext(random)} ${fillerText(random, random.int(0, 40))}`;
      }
      const spans = classifier.scanText(text);
      for (const value of values) {
        planted++;
        const hit = spans.find((span) => span.type === value.type && span.start <= value.start && span.end >= value.end);
        if (hit === undefined) misses.push(`${value.type} in ${JSON.stringify(text)}`);
        else if (hit.start === value.start && hit.end === value.end) exact++;
      }
    }
    const elapsed = performance.now() - started;
    t.diagnostic(`planted ${planted} values in ${PROMPTS} prompts: ${planted - misses.length} detected, ${exact} with exact bounds, ${elapsed.toFixed(0)} ms`);
    assert.deepEqual(misses.slice(0, 5), []);
  });
});
