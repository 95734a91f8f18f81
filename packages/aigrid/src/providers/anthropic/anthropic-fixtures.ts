import assert from 'node:assert/strict';
import type { ProviderConformanceSpec, RecordedRequest } from '../../../test/support/providers/conformance-types.js';
import { TINY_PNG_BASE64 } from '../../../test/support/providers/conformance-requests.js';
import { createAnthropicAdapter } from './anthropic-adapter.js';

/*
 * Wire fixtures in the shapes of Anthropic's Messages API reference: the `message` object, the
 * streaming events (message_start … message_stop, with `event:` lines and pings) and the error
 * object `{type: 'error', error: {type, message}}`.
 */

const MODEL = 'claude-sonnet-4-5-20250929';

const usage = (extra: Record<string, unknown> = {}) => ({
  input_tokens: 21,
  cache_creation_input_tokens: 0,
  cache_read_input_tokens: 0,
  output_tokens: 6,
  service_tier: 'standard',
  ...extra,
});

const message = (content: unknown[], stopReason: string | null, wireUsage: Record<string, unknown> = usage()) => ({
  id: 'msg_01XFDUDYJgAACzvnptvVoYEL',
  type: 'message',
  role: 'assistant',
  model: MODEL,
  content,
  stop_reason: stopReason,
  stop_sequence: null,
  usage: wireUsage,
});

/** Server-sent events as Anthropic writes them: an `event:` line naming the `type`, then data. */
const sse = (events: Array<Record<string, unknown>>) =>
  events.map((event) => `event: ${String(event.type)}\ndata: ${JSON.stringify(event)}\n\n`).join('');

const messageStart = (wireUsage: Record<string, unknown>) => ({
  type: 'message_start',
  message: message([], null, wireUsage),
});

const error = (status: number, type: string, text: string, headers?: Record<string, string>) => ({
  reply: { status, headers, json: { type: 'error', error: { type, message: text }, request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy' } },
});

function checkHeaders(request: RecordedRequest) {
  assert.equal(request.method, 'POST');
  assert.equal(request.path, '/v1/messages');
  assert.equal(request.headers['x-api-key'], 'sk-ant-test');
  assert.equal(request.headers['anthropic-version'], '2023-06-01');
  assert.equal(request.headers['anthropic-beta'], 'token-efficient-tools-2025-02-19');
  assert.equal(request.headers.authorization, undefined);
  assert.match(String(request.headers['content-type']), /application\/json/);
}

export const anthropicConformance: ProviderConformanceSpec = {
  provider: 'anthropic',
  upstreamModel: MODEL,
  createAdapter: (baseUrl) =>
    createAnthropicAdapter({
      name: 'anthropic',
      type: 'anthropic',
      baseUrl,
      apiKey: 'sk-ant-test',
      headers: { 'anthropic-beta': 'token-efficient-tools-2025-02-19' },
      connectTimeoutMs: 1000,
      firstByteTimeoutMs: 2000,
      totalTimeoutMs: 5000,
      maxConnections: 4,
    }),
  fixtures: {
    chat: {
      reply: { json: message([{ type: 'text', text: 'Hello.' }], 'end_turn') },
      checkRequest: (request) => {
        checkHeaders(request);
        assert.deepEqual(request.body, {
          model: MODEL,
          max_tokens: 100,
          system: 'You are terse.',
          messages: [{ role: 'user', content: 'Say hello.' }],
          temperature: 0.5,
          stop_sequences: ['END'],
        });
      },
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 21, uncachedInputTokens: 21, outputTokens: 6, cacheReadTokens: 0, cacheWriteTokens: 0 } },
    },
    stream: {
      reply: {
        sse: sse([
          messageStart(usage({ output_tokens: 1 })),
          { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
          { type: 'ping' },
          { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hel' } },
          { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'lo.' } },
          { type: 'content_block_stop', index: 0 },
          { type: 'message_delta', delta: { stop_reason: 'stop_sequence', stop_sequence: 'END' }, usage: { output_tokens: 6 } },
          { type: 'message_stop' },
        ]),
      },
      checkRequest: (request) => {
        checkHeaders(request);
        assert.equal(request.body.stream, true);
        assert.equal(request.headers.accept, 'text/event-stream');
      },
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 21, outputTokens: 6, totalTokens: 27 } },
    },
    tools: {
      reply: {
        json: message(
          [
            { type: 'text', text: 'Now Paris.' },
            { type: 'tool_use', id: 'toolu_01A09q90qw90lq917835lq9', name: 'get_weather', input: { location: 'Paris' } },
          ],
          'tool_use',
        ),
      },
      checkRequest: (request) => {
        assert.deepEqual(request.body.messages, [
          { role: 'user', content: 'Weather in Boston, then Paris?' },
          { role: 'assistant', content: [{ type: 'tool_use', id: 'call_prev_1', name: 'get_weather', input: { location: 'Boston' } }] },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_prev_1', content: '{"temp_c":21}' }] },
        ]);
        assert.deepEqual(request.body.tools, [
          {
            name: 'get_weather',
            description: 'Current weather for a city',
            input_schema: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
          },
        ]);
        assert.deepEqual(request.body.tool_choice, { type: 'auto' });
        assert.equal(request.body.max_tokens, 200);
      },
      expect: { content: 'Now Paris.', finishReason: 'tool_calls', toolCalls: [{ id: 'toolu_01A09q90qw90lq917835lq9', name: 'get_weather', arguments: { location: 'Paris' } }] },
    },
    'tool-stream': {
      reply: {
        sse: sse([
          messageStart(usage({ input_tokens: 472, output_tokens: 2 })),
          { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
          { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Checking Paris.' } },
          { type: 'content_block_stop', index: 0 },
          { type: 'content_block_start', index: 1, content_block: { type: 'tool_use', id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', input: {} } },
          { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '' } },
          { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: '{"loc' } },
          { type: 'content_block_delta', index: 1, delta: { type: 'input_json_delta', partial_json: 'ation": "Paris"}' } },
          { type: 'content_block_stop', index: 1 },
          { type: 'message_delta', delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 89 } },
          { type: 'message_stop' },
        ]),
      },
      checkRequest: (request) => assert.equal(request.body.messages[2].content[0].tool_use_id, 'call_prev_1'),
      expect: {
        content: 'Checking Paris.',
        finishReason: 'tool_calls',
        toolCalls: [{ id: 'toolu_01T1x1fJ34qAmk2tNTrN7Up6', name: 'get_weather', arguments: { location: 'Paris' } }],
        usage: { inputTokens: 472, outputTokens: 89 },
      },
    },
    images: {
      reply: { json: message([{ type: 'text', text: 'A transparent pixel.' }], 'end_turn') },
      checkRequest: (request) =>
        assert.deepEqual(request.body.messages[0].content, [
          { type: 'text', text: 'What is in this image?' },
          { type: 'image', source: { type: 'base64', media_type: 'image/png', data: TINY_PNG_BASE64 } },
        ]),
      expect: { content: 'A transparent pixel.', finishReason: 'stop' },
    },
    'usage-cache': {
      reply: {
        json: message([{ type: 'text', text: 'Hi.' }], 'end_turn', {
          input_tokens: 50,
          cache_creation_input_tokens: 248,
          cache_read_input_tokens: 1920,
          cache_creation: { ephemeral_5m_input_tokens: 248, ephemeral_1h_input_tokens: 0 },
          output_tokens: 3,
          service_tier: 'standard',
        }),
      },
      expect: {
        usage: { inputTokens: 2218, uncachedInputTokens: 50, cacheReadTokens: 1920, cacheWriteTokens: 248, outputTokens: 3, totalTokens: 2221, reasoningTokens: undefined },
      },
    },
    'error-400': error(400, 'invalid_request_error', 'messages: roles must alternate between "user" and "assistant"'),
    'error-401': error(401, 'authentication_error', 'invalid x-api-key'),
    'error-403': error(403, 'permission_error', 'Your API key does not have permission to use the specified resource.'),
    'error-404': error(404, 'not_found_error', 'model: claude-9'),
    'error-429': error(429, 'rate_limit_error', 'Number of request tokens has exceeded your per-minute rate limit.', { 'retry-after': '17' }),
    'error-500': error(500, 'api_error', 'Internal server error'),
    'error-529': error(529, 'overloaded_error', 'Overloaded'),
  },
  unsupported: {
    embeddings: 'Anthropic has no embeddings API (it recommends third-party embedding providers); embed() throws unsupported_operation.',
  },
};
