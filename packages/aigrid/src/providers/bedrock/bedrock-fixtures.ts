import assert from 'node:assert/strict';
import { TINY_PNG_BASE64 } from '../../../test/support/providers/conformance-requests.js';
import type { CaseFixture, ProviderConformanceSpec } from '../../../test/support/providers/conformance-types.js';
import type { ProviderAdapter } from '../provider-types.js';
import { BedrockAdapter } from './bedrock-adapter.js';
import { assertSigned } from './bedrock-sigv4-fixtures.js';
import { eventStream, testConfig, type WireEvent } from './bedrock-wire-fixtures.js';

/*
 * Wire fixtures in the shapes of the Bedrock Runtime API reference: the Converse response, the
 * ConverseStream events in AWS event-stream framing (payloads carry Bedrock's "p" padding
 * field), InvokeModel answers of Titan Text Embeddings V2, and restJson error bodies with the
 * x-amzn-errortype header.
 */

export const CHAT_MODEL = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
export const EMBED_MODEL = 'amazon.titan-embed-text-v2:0';
const CONVERSE_PATH = '/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse';

const requestId = { 'x-amzn-requestid': '5f1c2a9e-8b7d-4c1e-9f3a-2d6b8e0c4a11' };
const usage = { inputTokens: 12, outputTokens: 3, totalTokens: 15 };

const converse = (content: unknown[], stopReason: string, usageWire: object = usage) => ({
  headers: requestId,
  json: { output: { message: { role: 'assistant', content } }, stopReason, usage: usageWire, metrics: { latencyMs: 412 } },
});

const stream = (events: WireEvent[]) => ({
  headers: { 'content-type': 'application/vnd.amazon.eventstream', ...requestId },
  bytes: eventStream(events),
});

const event = (type: string, payload: object, padding = 'abcdefghij'): WireEvent => ({ type, payload: { ...payload, p: padding } });

const error = (status: number, type: string, message: string): CaseFixture => ({
  reply: {
    status,
    headers: { 'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazon.bedrock/`, ...requestId },
    json: { message },
  },
});

const toolUseId = 'tooluse_kZJMlvQmRJ6eAyJE5GIl7Q';

/** Routes embeddings to a Titan model: the conformance suite sends one upstream model for every case. */
function withEmbeddingModel(adapter: BedrockAdapter): ProviderAdapter {
  return {
    id: adapter.id,
    type: adapter.type,
    capabilities: adapter.capabilities,
    chat: (request, context) => adapter.chat(request, context),
    chatStream: (request, context) => adapter.chatStream(request, context),
    embed: (request, context) => adapter.embed(request, { ...context, upstreamModel: EMBED_MODEL }),
    close: () => adapter.close(),
  };
}

export const bedrockConformance: ProviderConformanceSpec = {
  provider: 'bedrock',
  upstreamModel: CHAT_MODEL,
  createAdapter: (baseUrl) => withEmbeddingModel(new BedrockAdapter(testConfig(baseUrl))),
  fixtures: {
    chat: {
      reply: converse([{ text: 'Hello.' }], 'end_turn'),
      checkRequest: (request) => {
        assert.equal(request.method, 'POST');
        assert.equal(request.path, CONVERSE_PATH);
        assert.equal(request.headers['content-type'], 'application/json');
        assertSigned(request);
        assert.deepEqual(request.body, {
          messages: [{ role: 'user', content: [{ text: 'Say hello.' }] }],
          system: [{ text: 'You are terse.' }],
          inferenceConfig: { maxTokens: 100, temperature: 0.5, stopSequences: ['END'] },
        });
      },
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 12, outputTokens: 3, totalTokens: 15, cacheReadTokens: undefined, cacheWriteTokens: undefined } },
    },
    stream: {
      reply: stream([
        event('messageStart', { role: 'assistant' }),
        event('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'Hel' } }),
        event('contentBlockDelta', { contentBlockIndex: 0, delta: { text: 'lo.' } }),
        event('contentBlockStop', { contentBlockIndex: 0 }),
        event('messageStop', { stopReason: 'end_turn' }),
        event('metadata', { usage, metrics: { latencyMs: 301 } }),
      ]),
      checkRequest: (request) => {
        assert.equal(request.path, '/model/anthropic.claude-3-5-sonnet-20240620-v1%3A0/converse-stream');
        assertSigned(request);
        assert.equal(request.body.stream, undefined);
      },
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 12, outputTokens: 3 } },
    },
    tools: {
      reply: converse([{ text: 'Now Paris.' }, { toolUse: { toolUseId, name: 'get_weather', input: { location: 'Paris' } } }], 'tool_use'),
      checkRequest: (request) => {
        assertSigned(request);
        const [question, call, result] = request.body.messages;
        assert.equal(question.role, 'user');
        assert.deepEqual(call, { role: 'assistant', content: [{ toolUse: { toolUseId: 'call_prev_1', name: 'get_weather', input: { location: 'Boston' } } }] });
        assert.deepEqual(result, { role: 'user', content: [{ toolResult: { toolUseId: 'call_prev_1', content: [{ text: '{"temp_c":21}' }] } }] });
        assert.equal(request.body.toolConfig.tools[0].toolSpec.name, 'get_weather');
        assert.equal(request.body.toolConfig.tools[0].toolSpec.inputSchema.json.type, 'object');
        assert.deepEqual(request.body.toolConfig.toolChoice, { auto: {} });
        assert.equal(request.body.inferenceConfig.maxTokens, 200);
      },
      expect: { finishReason: 'tool_calls', toolCalls: [{ id: toolUseId, name: 'get_weather', arguments: { location: 'Paris' } }] },
    },
    'tool-stream': {
      reply: stream([
        event('messageStart', { role: 'assistant' }),
        event('contentBlockStart', { contentBlockIndex: 0, start: { toolUse: { toolUseId, name: 'get_weather' } } }),
        event('contentBlockDelta', { contentBlockIndex: 0, delta: { toolUse: { input: '{"loc' } } }),
        event('contentBlockDelta', { contentBlockIndex: 0, delta: { toolUse: { input: 'ation":"Paris"}' } } }),
        event('contentBlockStop', { contentBlockIndex: 0 }),
        event('messageStop', { stopReason: 'tool_use' }),
        event('metadata', { usage, metrics: { latencyMs: 288 } }),
      ]),
      expect: { finishReason: 'tool_calls', toolCalls: [{ id: toolUseId, name: 'get_weather', arguments: { location: 'Paris' } }] },
    },
    images: {
      reply: converse([{ text: 'A transparent pixel.' }], 'end_turn'),
      checkRequest: (request) => {
        assert.deepEqual(request.body.messages[0].content, [
          { text: 'What is in this image?' },
          { image: { format: 'png', source: { bytes: TINY_PNG_BASE64 } } },
        ]);
      },
      expect: { content: 'A transparent pixel.' },
    },
    'usage-cache': {
      reply: converse([{ text: 'Hi.' }], 'end_turn', {
        inputTokens: 86,
        outputTokens: 5,
        totalTokens: 2161,
        cacheReadInputTokens: 1920,
        cacheWriteInputTokens: 150,
      }),
      expect: { usage: { inputTokens: 2156, uncachedInputTokens: 86, cacheReadTokens: 1920, cacheWriteTokens: 150, outputTokens: 5, totalTokens: 2161 } },
    },
    embeddings: {
      reply: {
        headers: { ...requestId, 'x-amzn-bedrock-input-token-count': '3' },
        json: { embedding: [0.0123, -0.0456, 0.0789], inputTextTokenCount: 3 },
      },
      checkRequest: (request) => {
        assert.equal(request.path, '/model/amazon.titan-embed-text-v2%3A0/invoke');
        assertSigned(request);
        assert.ok(['first text', 'second text'].includes(request.body.inputText));
      },
      expect: { embeddings: { count: 2, dimensions: 3 }, usage: { inputTokens: 6, outputTokens: undefined } },
    },
    'error-400': error(400, 'ValidationException', 'The provided model identifier is invalid.'),
    'error-403': error(403, 'UnrecognizedClientException', 'The security token included in the request is invalid.'),
    'error-404': error(404, 'ResourceNotFoundException', 'Could not resolve the foundation model from the provided model identifier.'),
    'error-429': error(429, 'ThrottlingException', 'Too many requests, please wait before trying again.'),
    'error-500': error(500, 'InternalServerException', 'The server encountered an internal error.'),
  },
  unsupported: {
    'error-401':
      'Bedrock never answers 401: SigV4 requests with invalid or unknown credentials are rejected with 403 (UnrecognizedClientException, InvalidSignatureException), covered by error-403.',
    'error-529':
      'Bedrock has no 529 status; overload is 503 ServiceUnavailableException or 429 ThrottlingException (unit-tested in bedrock-adapter.test.ts).',
  },
};
