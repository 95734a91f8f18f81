import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import { float32Base64, fromGeminiEmbedResponse, toGeminiEmbedRequest } from './gemini-embeddings.js';

test('string inputs become batch requests with outputDimensionality', () => {
  assert.deepEqual(toGeminiEmbedRequest({ model: 'e', input: 'one', dimensions: 256 }, 'models/gemini-embedding-001'), {
    requests: [{ model: 'models/gemini-embedding-001', content: { parts: [{ text: 'one' }] }, outputDimensionality: 256 }],
  });
});

test('token-id inputs are rejected as a client error', () => {
  for (const input of [[1, 2, 3], [[1, 2], [3]]]) {
    assert.throws(() => toGeminiEmbedRequest({ model: 'e', input }, 'models/e'), (error) => error instanceof GridError && error.code === 'invalid_request' && error.param === 'input');
  }
});

test('base64 encoding is little-endian float32', () => {
  const values = [0.5, -1.25, 3];
  const encoded = float32Base64(values);
  const bytes = Buffer.from(encoded, 'base64');
  assert.deepEqual([0, 1, 2].map((index) => bytes.readFloatLE(index * 4)), values);
  const body = fromGeminiEmbedResponse({ embeddings: [{ values }] }, { model: 'e', input: 'x', encoding_format: 'base64' }, 'e', 'gemini');
  assert.equal((body.data as any[])[0].embedding, encoded);
});

test('an answer without one embedding per input is an invalid upstream response', () => {
  assert.throws(
    () => fromGeminiEmbedResponse({ embeddings: [{ values: [1] }] }, { model: 'e', input: ['a', 'b'] }, 'e', 'gemini'),
    (error) => error instanceof GridError && error.code === 'upstream_invalid_response',
  );
});
