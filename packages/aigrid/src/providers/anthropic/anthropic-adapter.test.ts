import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ProviderConfig } from '../../config/config-types.js';
import { GridError } from '../../spec/grid-error.js';
import { collectStream } from '../../../test/support/providers/collect-stream.js';
import { FixtureServer } from '../../../test/support/providers/fixture-server.js';
import { createAnthropicAdapter, messagesPath } from './anthropic-adapter.js';

const server = new FixtureServer();
before(() => server.start());
after(() => server.close());

const config = (extra: Partial<ProviderConfig> = {}): ProviderConfig => ({
  name: 'claude',
  type: 'anthropic',
  baseUrl: server.url,
  apiKey: 'sk-ant-key',
  headers: {},
  connectTimeoutMs: 1000,
  firstByteTimeoutMs: 2000,
  totalTimeoutMs: 5000,
  maxConnections: 2,
  ...extra,
});
const context = { signal: new AbortController().signal, requestId: 'req-1', upstreamModel: 'claude-sonnet-4-5' };
const request = { model: 'm', messages: [{ role: 'user' as const, content: 'hi' }] };
const message = { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-sonnet-4-5', content: [{ type: 'text', text: 'yo' }], stop_reason: 'end_turn', usage: { input_tokens: 3, output_tokens: 1 } };

test('embeddings are unsupported: capability off, embed throws unsupported_operation', async () => {
  const adapter = createAnthropicAdapter(config());
  assert.equal(adapter.capabilities.embeddings, false);
  await assert.rejects(adapter.embed({ model: 'm', input: 'x' }, context), (error: unknown) => error instanceof GridError && error.code === 'unsupported_operation' && error.status === 400);
  await adapter.close();
});

test('warnings reach the result; api_version and config headers are sent, header names case-insensitively', async () => {
  const adapter = createAnthropicAdapter(config({ apiVersion: '2099-01-01', headers: { 'Anthropic-Beta': 'beta-1', 'X-Extra': 'e' } }));
  server.use({ json: message });
  const result = await adapter.chat({ ...request, n: 2 }, context);
  assert.equal(result.body.choices![0].message!.content, 'yo');
  assert.equal(result.warnings?.length, 2); // defaulted max_tokens, n=2
  const sent = server.last();
  assert.equal(sent.headers['anthropic-version'], '2099-01-01');
  assert.equal(sent.headers['anthropic-beta'], 'beta-1');
  assert.equal(sent.headers['x-extra'], 'e');
  assert.equal(sent.body.max_tokens, 8192);
  await adapter.close();
});

test('a base URL that already ends in /v1 is accepted', async () => {
  assert.equal(messagesPath('https://api.anthropic.com'), '/v1/messages');
  assert.equal(messagesPath('https://proxy.example/anthropic/v1/'), '/messages');
  const adapter = createAnthropicAdapter(config({ baseUrl: `${server.url}/v1` }));
  server.use({ json: message });
  await adapter.chat({ ...request, max_tokens: 5 }, context);
  assert.equal(server.last().path, '/v1/messages');
  await adapter.close();
});

test('stream warnings are known before the first event; translation errors never reach upstream', async () => {
  const adapter = createAnthropicAdapter(config());
  server.use({ sse: 'event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"end_turn"}}\n\nevent: message_stop\ndata: {"type":"message_stop"}\n\n' });
  const stream = await adapter.chatStream({ ...request, seed: 1, max_tokens: 5 }, context);
  assert.deepEqual(stream.warnings, ['seed is not supported by Anthropic and was dropped.']);
  assert.equal((await collectStream(stream)).finishReason, 'stop');
  const before = server.requests.length;
  const bad = { model: 'm', messages: [{ role: 'assistant' as const, content: null, tool_calls: [{ id: 'c', type: 'function', function: { name: 'f', arguments: '{oops' } }] }] };
  await assert.rejects(adapter.chat(bad, context), (error: unknown) => error instanceof GridError && error.code === 'invalid_request');
  assert.equal(server.requests.length, before);
  await adapter.close();
});

test('a non-object body is an invalid upstream response', async () => {
  const adapter = createAnthropicAdapter(config());
  server.use({ json: 'hello' });
  await assert.rejects(adapter.chat({ ...request, max_tokens: 5 }, context), (error: unknown) => error instanceof GridError && error.code === 'upstream_invalid_response');
  await adapter.close();
});
