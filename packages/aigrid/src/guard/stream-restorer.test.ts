import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createClassifier } from './guard-classifier.js';
import { redact } from './request-redaction.js';
import { createStreamRestorer } from './stream-restorer.js';

const values = new Map([
  ['[EMAIL_1]', 'john@example.com'],
  ['[EMAIL_12]', 'jane@example.com'],
  ['[CREDIT_CARD_1]', '4111 1111 1111 1111'],
]);
const longest = Math.max(...[...values.keys()].map((key) => key.length));

const run = (chunks: readonly string[]) => {
  const restorer = createStreamRestorer(values);
  return chunks.map((chunk) => restorer.push(chunk)).join('') + restorer.flush();
};

describe('stream restorer', () => {
  const output = 'Hi [EMAIL_1], card [CREDIT_CARD_1] and [EMAIL_12]; keep [EMAIL_2] and [x] and a[ bracket [EMAIL_1';
  const expected = 'Hi john@example.com, card 4111 1111 1111 1111 and jane@example.com; keep [EMAIL_2] and [x] and a[ bracket [EMAIL_1';

  it('restores whole placeholders whatever the chunking', () => {
    assert.equal(run([output]), expected);
    for (let cut = 0; cut <= output.length; cut++) assert.equal(run([output.slice(0, cut), output.slice(cut)]), expected, `cut at ${cut}`);
    for (let cut = 0; cut + 3 <= output.length; cut++) {
      assert.equal(run([output.slice(0, cut), output.slice(cut, cut + 3), output.slice(cut + 3)]), expected, `three at ${cut}`);
    }
    assert.equal(run([...output]), expected, 'one character per chunk');
  });

  it('holds back at most the longest placeholder minus one character, and only placeholder prefixes', () => {
    const restorer = createStreamRestorer(values);
    const text = 'prefix [CREDIT_CARD_ then [EMAIL_1 and [EMAIL_12 [PHONE_ tail [CREDIT_CARD_1';
    let emitted = '';
    let maxHeld = 0;
    for (let index = 0; index < text.length; index++) {
      emitted += restorer.push(text[index]);
      const held = index + 1 - emitted.length;
      maxHeld = Math.max(maxHeld, held);
      if (text.slice(0, index + 1).endsWith('[PHONE_')) assert.equal(held, 0, 'not a prefix of an issued placeholder');
    }
    assert.equal(maxHeld, longest - 1);
    assert.equal(emitted + restorer.flush(), text);
  });

  it('emits text without "[" at once, and passes everything through when nothing was redacted', () => {
    const restorer = createStreamRestorer(values);
    assert.equal(restorer.push('plain text '), 'plain text ');
    assert.equal(restorer.push('then [EM'), 'then ');
    assert.equal(restorer.push('AIL_1] done'), 'john@example.com done');
    assert.equal(restorer.flush(), '');
    const passthrough = createStreamRestorer(new Map());
    assert.equal(passthrough.push('[EMAIL_1'), '[EMAIL_1');
  });

  it('works end to end with a redaction', () => {
    const input = { texts: ['call +44 20 7946 0958 or mail a@example.com'] };
    const redaction = redact(input, createClassifier().classify(input));
    const answer = 'I will call [PHONE_1] and write to [EMAIL_1].';
    for (let cut = 0; cut <= answer.length; cut++) {
      const restorer = redaction.createStreamRestorer();
      const text = restorer.push(answer.slice(0, cut)) + restorer.push(answer.slice(cut)) + restorer.flush();
      assert.equal(text, 'I will call +44 20 7946 0958 and write to a@example.com.');
    }
  });
});
