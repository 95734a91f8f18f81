import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usageMember } from './usage-member.js';

const usage = { prompt_tokens: 19, completion_tokens: 10, total_tokens: 29, prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 } };
const choices = [{ index: 0, message: { role: 'assistant', content: 'Hello.', refusal: null }, logprobs: null, finish_reason: 'stop' }];
// OpenAI's documented answer: usage, then service_tier and system_fingerprint.
const openai = { id: 'chatcmpl-1', object: 'chat.completion', created: 1741569952, model: 'gpt-4.1', choices, usage, service_tier: 'default', system_fingerprint: 'fp_1' };
const read = (text: string) => usageMember(Buffer.from(text));

describe('usageMember', () => {
  it('reads the top-level usage with members after it, compact or pretty-printed', () => {
    assert.deepEqual(read(JSON.stringify(openai)), usage);
    assert.deepEqual(read(JSON.stringify(openai, null, 2)), usage);
    assert.deepEqual(read(`\n ${JSON.stringify(openai, null, '\t')} \r\n`), usage);
  });

  it('reads usage as the last member, and after members whose values nest and hold strings', () => {
    assert.deepEqual(read(JSON.stringify({ choices, usage })), usage);
    assert.deepEqual(read(JSON.stringify({ usage, x: { a: ['}', '"usage":{}', { b: '\\' }], n: -1.5e3 }, ok: true, none: null })), usage);
  });

  it('is not fooled by "usage" inside strings', () => {
    const content = 'Say "usage": {"prompt_tokens": 1} and ,"usage":{}';
    assert.deepEqual(read(JSON.stringify({ choices: [{ message: { content } }], usage })), usage);
    assert.equal(read(JSON.stringify({ choices: [{ message: { content } }] })), undefined);
  });

  it('leaves a nested usage key, or one followed by more than the object\'s close, to a full parse', () => {
    assert.equal(read(JSON.stringify({ x_groq: { usage } })), undefined);
    assert.equal(read(JSON.stringify({ usage, x_groq: { id: 'r', usage } })), undefined);
    assert.equal(read(JSON.stringify({ data: [{ usage }] })), undefined);
    assert.equal(read(`${JSON.stringify({ usage })} trailing`), undefined);
    assert.equal(read(`${JSON.stringify({ usage })}}`), undefined);
  });

  it('leaves answers without a usage object to a full parse', () => {
    for (const text of ['', '   ', '<html>', '[]', '{}', '{"usage":null}', '{"usage":[1]}', '{"kind":"usage"}', JSON.stringify({ choices })]) {
      assert.equal(read(text), undefined, text);
    }
  });

  it('refuses a usage object that is cut off or malformed', () => {
    const text = JSON.stringify(openai);
    assert.equal(read(text.slice(0, text.length - 1)), undefined);
    assert.equal(read(text.slice(0, text.indexOf('"service_tier"') - 3)), undefined);
    assert.equal(read('{"usage":{"prompt_tokens":1,}}'), undefined);
    assert.equal(read('{"usage":{"prompt_tokens":1},"service_tier":}'), undefined);
    assert.equal(read('{"usage":{"prompt_tokens":1},"service_tier"}'), undefined);
    assert.equal(read('{"usage":{"prompt_tokens":"1}'), undefined);
  });
});
