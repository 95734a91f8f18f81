import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { GridError } from '../../spec/grid-error.js';
import { collectStream } from '../../../test/support/providers/collect-stream.js';
import { FixtureServer } from '../../../test/support/providers/fixture-server.js';
import type { ProviderAdapter } from '../provider-types.js';
import { createGeminiAdapter } from './gemini-adapter.js';

const server = new FixtureServer();
let adapter: ProviderAdapter;
const context = (upstreamModel = 'gemini-2.5-flash') => ({ signal: new AbortController().signal, requestId: 'test', upstreamModel });
const hello = { model: 'gemini', messages: [{ role: 'user' as const, content: 'Hi' }] };

before(async () => {
  await server.start();
  adapter = createGeminiAdapter({
    name: 'google',
    type: 'gemini',
    baseUrl: `${server.url}/v1beta/`,
    apiKey: 'k',
    headers: { 'x-goog-user-project': 'p' },
    connectTimeoutMs: 1000,
    firstByteTimeoutMs: 2000,
    totalTimeoutMs: 5000,
    maxConnections: 2,
  });
});

after(async () => {
  await adapter.close();
  await server.close();
});

test('503 UNAVAILABLE is upstream_overloaded and retryable', async () => {
  server.use({ status: 503, json: { error: { code: 503, message: 'The model is overloaded. Please try again later.', status: 'UNAVAILABLE' } } });
  await assert.rejects(adapter.chat(hello, context()), (error) => error instanceof GridError && error.code === 'upstream_overloaded' && error.isRetryable);
  await assert.rejects(adapter.chatStream({ ...hello, stream: true }, context()), (error) => error instanceof GridError && error.code === 'upstream_overloaded');
});

test('tuned models keep their resource path; configured headers are sent', async () => {
  server.use({ json: { candidates: [{ content: { parts: [{ text: 'ok' }] }, finishReason: 'STOP' }] } });
  const result = await adapter.chat({ ...hello, logprobs: true }, context('tunedModels/my-model-7'));
  assert.equal(server.last().path, '/v1beta/tunedModels/my-model-7:generateContent');
  assert.equal(server.last().headers['x-goog-user-project'], 'p');
  assert.deepEqual(result.warnings, ["'logprobs' is not supported by the Gemini adapter and was ignored."]);
  assert.equal(result.usage, undefined, 'no usageMetadata, no usage');
  await adapter.chat(hello, context('models/gemini-2.0-flash'));
  assert.equal(server.last().path, '/v1beta/models/gemini-2.0-flash:generateContent');
});

test('a request the adapter cannot translate fails before anything is sent', async () => {
  const sent = server.requests.length;
  const orphan = { model: 'gemini', messages: [{ role: 'tool' as const, tool_call_id: 'nope', content: 'x' }] };
  await assert.rejects(adapter.chat(orphan, context()), (error) => error instanceof GridError && error.code === 'invalid_request');
  assert.equal(server.requests.length, sent);
});

test('a blocked prompt is an answer, not an error', async () => {
  server.use({ json: { promptFeedback: { blockReason: 'SAFETY', safetyRatings: [] }, usageMetadata: { promptTokenCount: 5, totalTokenCount: 5 } } });
  const result = await adapter.chat(hello, context());
  assert.equal(result.body.choices?.[0].finish_reason, 'content_filter');
  assert.equal(result.usage?.inputTokens, 5);
});

test('stream warnings are known before the first event; the final usage chunk follows include_usage', async () => {
  server.use({
    sse: 'data: {"candidates":[{"content":{"parts":[{"text":"Hi"}],"role":"model"},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":1,"candidatesTokenCount":1,"totalTokenCount":2}}\r\n\r\n',
  });
  const stream = await adapter.chatStream({ ...hello, stream: true, stream_options: { include_usage: true }, parallel_tool_calls: false }, context());
  assert.equal(stream.warnings?.length, 1);
  const collected = await collectStream(stream);
  assert.equal(collected.content, 'Hi');
  assert.deepEqual(collected.chunks.at(-1).usage, { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 });
});
