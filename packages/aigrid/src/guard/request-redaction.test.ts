import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChatCompletionRequest } from '../spec/openai-schemas.js';
import { createClassifier } from './guard-classifier.js';
import { redact } from './request-redaction.js';

const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
};

const classifier = createClassifier({ dictionaries: [{ name: 'codename', terms: ['Falcon'] }] });

const request = deepFreeze({
  model: 'gpt-4o-mini',
  temperature: 0.2,
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content: 'Email john@example.com about Falcon; cc jane@example.com and john@example.com.' },
    {
      role: 'user',
      content: [
        { type: 'text', text: 'Pay with 4111 1111 1111 1111 please' },
        { type: 'image_url', image_url: { url: 'https://example.com/a.png' } },
      ],
    },
    { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'send', arguments: '{"to":"jane@example.com"}' } }] },
  ],
}) as ChatCompletionRequest;

describe('redact', () => {
  const result = classifier.classify(request);
  const redaction = redact(request, result);
  const messages = redaction.request.messages as Array<{ content: unknown; tool_calls?: Array<{ function: { arguments: string } }> }>;

  it('replaces spans with stable placeholders, same value → same placeholder', () => {
    assert.equal(messages[1].content, 'Email [EMAIL_1] about [CODENAME_1]; cc [EMAIL_2] and [EMAIL_1].');
    assert.deepEqual((messages[2].content as Array<{ text?: string }>)[0].text, 'Pay with [CREDIT_CARD_1] please');
    assert.equal(messages[3].tool_calls?.[0].function.arguments, '{"to":"[EMAIL_2]"}');
    assert.equal(redaction.placeholderCount, 4);
  });

  it('never mutates the input and shares untouched branches', () => {
    assert.equal((request.messages[1] as { content: string }).content.includes('john@example.com'), true);
    assert.notEqual(redaction.request, request);
    assert.equal(redaction.request.messages[0], request.messages[0]);
    assert.equal((messages[2].content as unknown[])[1], (request.messages[2].content as unknown[])[1]);
    assert.equal(redaction.request.temperature, 0.2);
  });

  it('restores issued placeholders and nothing else', () => {
    assert.equal(redaction.restore('Sent to [EMAIL_1] and [EMAIL_2] re [CODENAME_1].'), 'Sent to john@example.com and jane@example.com re Falcon.');
    assert.equal(redaction.restore('[EMAIL_9] [PHONE_1] [email_1] [EMAIL_1 ] [x]'), '[EMAIL_9] [PHONE_1] [email_1] [EMAIL_1 ] [x]');
    assert.equal(redaction.restore('no placeholders'), 'no placeholders');
  });

  it('restores into JSON string content with escaping', () => {
    const pem = '-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0B\n-----END PRIVATE KEY-----';
    const keyRedaction = redact({ texts: [`key "${pem}"`] }, classifier.classify({ texts: [`key "${pem}"`] }));
    assert.equal(keyRedaction.request.texts[0], 'key "[PRIVATE_KEY_1]"');
    const json = keyRedaction.restoreJson('{"key":"[PRIVATE_KEY_1]"}');
    assert.deepEqual(JSON.parse(json), { key: pem });
  });

  it('round-trips: restore(redacted text) gives back the original text', () => {
    const texts = ['a 123-45-6789 b +44 20 7946 0958 c DE89 3704 0044 0532 0130 00', 'AKIAIOSFODNN7EXAMPLE then 123-45-6789 again'];
    const input = { texts };
    const { request: redacted, restore } = redact(input, classifier.classify(input));
    assert.deepEqual(redacted.texts.map(restore), texts);
    assert.ok(!redacted.texts.join(' ').includes('6789'));
  });

  it('skips placeholder numbers the client already used', () => {
    const input = { texts: ['literal [EMAIL_1] and real a@example.com'] };
    const redaction = redact(input, classifier.classify(input));
    assert.equal(redaction.request.texts[0], 'literal [EMAIL_1] and real [EMAIL_2]');
    assert.equal(redaction.restore('[EMAIL_1] [EMAIL_2]'), '[EMAIL_1] a@example.com');
  });

  it('returns the input itself when nothing was found, and refuses a result for another request', () => {
    const clean = { texts: ['hello'] };
    assert.equal(redact(clean, classifier.classify(clean)).request, clean);
    assert.throws(() => redact({ texts: ['short'] }, classifier.classify({ texts: ['mail a@example.com now'] })), /does not match the request at texts\.0/);
  });
});
