import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chatInputTokenBound, embeddingInputTokenBound, estimateChatInputTokens } from './token-estimate.js';

const require = createRequire(import.meta.url);
const loaded = (name: string) => require.resolve(`gpt-tokenizer/cjs/encoding/${name}`) in require.cache;

// Its own file: node:test runs each file in a fresh process, so nothing else loaded the encodings.
describe('encodings load on first count only', () => {
  it('bounds load no encoding; the first count loads the one its model uses', () => {
    const chat = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Bonjour, ça va ? 你好' }] };
    assert.ok(chatInputTokenBound(chat) > 0);
    assert.ok(embeddingInputTokenBound({ model: 'text-embedding-3-small', input: ['a', 'b'] }) > 0);
    assert.equal(loaded('o200k_base'), false);
    assert.equal(loaded('cl100k_base'), false);
    estimateChatInputTokens(chat);
    assert.equal(loaded('o200k_base'), true);
    assert.equal(loaded('cl100k_base'), false);
  });
});
