import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GridError } from '../../spec/grid-error.js';
import { chatAnswer, embeddingsAnswer } from './openai-answer.js';

const decode = chatAnswer('mock');
const answer = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));
const usage = { prompt_tokens: 9, completion_tokens: 12, total_tokens: 21, prompt_tokens_details: { cached_tokens: 4 } };
const isInvalid = (error: unknown) => error instanceof GridError && error.code === 'upstream_invalid_response';

describe('chatAnswer', () => {
  it('keeps the bytes, reads usage, and parses the body when it is read', () => {
    const raw = answer({ id: 'c', choices: [{ message: { content: 'Hi' } }], usage, system_fingerprint: 'fp' });
    const result = decode(raw, 200, () => undefined);
    assert.equal(result.raw, raw);
    assert.equal(result.upstreamStatus, 200);
    assert.deepEqual(result.usage, { inputTokens: 9, uncachedInputTokens: 5, cacheReadTokens: 4, outputTokens: 12, reasoningTokens: undefined, totalTokens: 21 });
    assert.equal(result.body.choices?.[0]?.message?.content, 'Hi');
    assert.equal(result.body, result.body, 'parsed once');
  });

  it('parses an answer whose usage it cannot find at once, and reads usage from it', () => {
    const result = decode(answer({ usage, timings: { predicted_n: 12 } }), 200, () => undefined);
    assert.equal(result.usage?.outputTokens, 12);
    assert.equal(decode(answer({ choices: [] }), 200, () => undefined).usage, undefined);
  });

  it('fails the call on a body that is not JSON', () => {
    assert.throws(() => decode(answer('<html>'), 200, () => undefined), isInvalid);
    assert.throws(() => decode(answer('{"choices": [ '), 200, () => undefined), isInvalid);
  });

  it('passes on an answer broken before its usage, and says so when its body is read', () => {
    const result = decode(answer(`{"choices": [}, "usage": ${JSON.stringify(usage)}}`), 200, () => undefined);
    assert.equal(result.usage?.inputTokens, 9);
    assert.throws(() => result.body, isInvalid);
  });

  it('survives a spread that replaces the body, as guard restoration does', () => {
    const result = decode(answer({ choices: [], usage }), 200, () => undefined);
    const restored = { ...result, raw: undefined, body: { ...result.body, choices: [] } };
    assert.equal(restored.usage?.inputTokens, 9);
    assert.deepEqual(restored.body, { choices: [], usage });
  });
});

describe('embeddingsAnswer', () => {
  it('reads usage without parsing the vectors', () => {
    const raw = answer({ object: 'list', data: [{ object: 'embedding', index: 0, embedding: [0.1, -0.2] }], model: 'e', usage: { prompt_tokens: 6, total_tokens: 6 } });
    const result = embeddingsAnswer('mock')(raw, 200, () => undefined);
    assert.equal(result.usage?.inputTokens, 6);
    assert.equal(result.raw, raw);
    assert.deepEqual((result.body.data as Array<{ embedding: number[] }>)[0].embedding, [0.1, -0.2]);
  });
});
