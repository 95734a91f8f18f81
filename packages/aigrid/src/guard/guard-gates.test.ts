import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BUILTIN_DETECTORS } from './builtin-detectors.js';
import { fillerText } from '../../test/support/guard/filler-text.js';
import { PII_GENERATORS } from '../../test/support/guard/pii-generators.js';
import { seededRandom } from '../../test/support/guard/seeded-random.js';
import type { GuardSpan } from './guard-types.js';
import { measureText } from './text-features.js';
import { normalizeForScan } from './text-normalization.js';

// Pre-checks read shortcuts (number clusters, the text around them, a rare anchor): each must be a
// necessary condition. Texts hold several values of every kind among long filler, so that values
// sit far from each other, near window edges and next to unrelated numbers.
const random = seededRandom(20_261_207);
const types = Object.keys(PII_GENERATORS);

function mixedText(): string {
  let text = fillerText(random, random.int(0, 60));
  for (let count = random.int(1, 4); count > 0; count--) {
    text += ` ${PII_GENERATORS[random.pick(types)](random).snippet} ${fillerText(random, random.int(0, 80))}`;
  }
  return normalizeForScan(text).text;
}

const texts = Array.from({ length: 600 }, mixedText);

describe('detector pre-checks', () => {
  for (const detector of BUILTIN_DETECTORS) {
    it(`${detector.id}: a text its pre-check turns away holds nothing it would find`, () => {
      let turnedAway = 0;
      for (const text of texts) {
        const features = measureText(text);
        if (detector.mayMatch(text, features)) continue;
        turnedAway++;
        const spans: GuardSpan[] = [];
        detector.detect(text, spans, features);
        assert.deepEqual(spans, [], `pre-check of ${detector.id} turned away ${JSON.stringify(text)}`);
      }
      assert.ok(turnedAway > 0 || detector.id === 'person_name' || detector.id === 'secret', `${detector.id}: no text was turned away`);
    });
  }
});
