import assert from 'node:assert/strict';
import type { ProviderConformanceSpec } from '../../../test/support/providers/conformance-types.js';
import { OpenAICompatibleAdapter } from './openai-compatible-adapter.js';

/*
 * Wire fixtures in the shapes of OpenAI's API reference: chat completion object, streaming
 * chat.completion.chunk events, embeddings list and the error object.
 */

const base = { id: 'chatcmpl-B9MBs8CjcvOU2jLn4n570S5qMJKcT', created: 1741569952, model: 'gpt-4.1-2025-04-14', system_fingerprint: 'fp_1' };

const completion = (message: Record<string, unknown>, finish: string, usage: Record<string, unknown>) => ({
  ...base,
  object: 'chat.completion',
  choices: [{ index: 0, message: { role: 'assistant', refusal: null, annotations: [], ...message }, logprobs: null, finish_reason: finish }],
  usage,
  service_tier: 'default',
});

const usage = {
  prompt_tokens: 19,
  completion_tokens: 10,
  total_tokens: 29,
  prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
  completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
};

const sse = (chunks: unknown[]) =>
  `${chunks.map((chunk) => `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', ...(chunk as object) })}\n\n`).join('')}data: [DONE]\n\n`;

const delta = (value: Record<string, unknown>, finish: string | null = null) => ({
  choices: [{ index: 0, delta: value, logprobs: null, finish_reason: finish }],
  usage: null,
});

const error = (status: number, type: string, code: string | null, message: string, headers?: Record<string, string>) => ({
  reply: { status, headers, json: { error: { message, type, param: null, code } } },
});

export const openAICompatibleConformance: ProviderConformanceSpec = {
  provider: 'openai-compatible',
  upstreamModel: 'gpt-4.1',
  createAdapter: (baseUrl) =>
    new OpenAICompatibleAdapter({
      name: 'openai',
      type: 'openai',
      baseUrl: `${baseUrl}/v1`,
      apiKey: 'sk-test',
      headers: { 'OpenAI-Organization': 'org-test' },
      connectTimeoutMs: 1000,
      firstByteTimeoutMs: 2000,
      totalTimeoutMs: 5000,
      maxConnections: 4,
    }),
  fixtures: {
    chat: {
      reply: { json: completion({ content: 'Hello.' }, 'stop', usage) },
      checkRequest: (request) => {
        assert.equal(request.path, '/v1/chat/completions');
        assert.equal(request.headers.authorization, 'Bearer sk-test');
        assert.equal(request.headers['openai-organization'], 'org-test');
        assert.equal(request.body.model, 'gpt-4.1');
        assert.deepEqual(request.body.stop, ['END']);
        assert.equal(request.body.messages[0].role, 'system');
      },
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 19, outputTokens: 10, cacheReadTokens: 0, cacheWriteTokens: undefined } },
    },
    stream: {
      reply: {
        sse: sse([
          delta({ role: 'assistant', content: '' }),
          delta({ content: 'Hel' }),
          delta({ content: 'lo.' }),
          delta({}, 'stop'),
          { choices: [], usage },
        ]),
      },
      checkRequest: (request) => assert.deepEqual(request.body.stream_options, { include_usage: true }),
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 19, outputTokens: 10 } },
    },
    tools: {
      reply: {
        json: completion(
          { content: null, tool_calls: [{ id: 'call_Paris_2', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } }] },
          'tool_calls',
          usage,
        ),
      },
      checkRequest: (request) => {
        assert.equal(request.body.messages[1].tool_calls[0].id, 'call_prev_1');
        assert.equal(request.body.messages[2].tool_call_id, 'call_prev_1');
        assert.equal(request.body.tools[0].function.name, 'get_weather');
      },
      expect: { finishReason: 'tool_calls', toolCalls: [{ id: 'call_Paris_2', name: 'get_weather', arguments: { location: 'Paris' } }] },
    },
    'tool-stream': {
      reply: {
        sse: sse([
          delta({ role: 'assistant', content: null, tool_calls: [{ index: 0, id: 'call_Paris_2', type: 'function', function: { name: 'get_weather', arguments: '' } }] }),
          delta({ tool_calls: [{ index: 0, function: { arguments: '{"loc' } }] }),
          delta({ tool_calls: [{ index: 0, function: { arguments: 'ation":"Paris"}' } }] }),
          delta({}, 'tool_calls'),
          { choices: [], usage },
        ]),
      },
      expect: { finishReason: 'tool_calls', toolCalls: [{ id: 'call_Paris_2', name: 'get_weather', arguments: { location: 'Paris' } }] },
    },
    images: {
      reply: { json: completion({ content: 'A transparent pixel.' }, 'stop', usage) },
      checkRequest: (request) => assert.equal(request.body.messages[0].content[1].type, 'image_url'),
      expect: { content: 'A transparent pixel.' },
    },
    'usage-cache': {
      reply: {
        json: completion({ content: 'Hi.' }, 'stop', {
          ...usage,
          prompt_tokens: 2006,
          prompt_tokens_details: { cached_tokens: 1920 },
          completion_tokens_details: { reasoning_tokens: 4 },
        }),
      },
      expect: { usage: { inputTokens: 2006, cacheReadTokens: 1920, uncachedInputTokens: 86, cacheWriteTokens: undefined, reasoningTokens: 4 } },
    },
    embeddings: {
      reply: {
        json: {
          object: 'list',
          data: [
            { object: 'embedding', embedding: [0.0023064255, -0.009327292, 0.015797347], index: 0 },
            { object: 'embedding', embedding: [0.0072664247, -0.003402338, 0.010027471], index: 1 },
          ],
          model: 'text-embedding-3-small',
          usage: { prompt_tokens: 6, total_tokens: 6 },
        },
      },
      checkRequest: (request) => assert.equal(request.path, '/v1/embeddings'),
      expect: { embeddings: { count: 2, dimensions: 3 }, usage: { inputTokens: 6, outputTokens: undefined } },
    },
    'error-400': error(400, 'invalid_request_error', null, "Invalid value for 'temperature'."),
    'error-401': error(401, 'invalid_request_error', 'invalid_api_key', 'Incorrect API key provided.'),
    'error-403': error(403, 'invalid_request_error', 'unsupported_country_region_territory', 'Country not supported.'),
    'error-404': error(404, 'invalid_request_error', 'model_not_found', 'The model `gpt-9` does not exist.'),
    'error-429': error(429, 'requests', 'rate_limit_exceeded', 'Rate limit reached.', { 'retry-after': '20' }),
    'error-500': error(500, 'server_error', null, 'The server had an error while processing your request.'),
    'error-529': error(529, 'server_error', null, 'Overloaded.'),
  },
};
