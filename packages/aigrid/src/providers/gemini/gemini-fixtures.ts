import assert from 'node:assert/strict';
import type { ProviderConformanceSpec, RecordedRequest } from '../../../test/support/providers/conformance-types.js';
import { TINY_PNG_BASE64 } from '../../../test/support/providers/conformance-requests.js';
import { createGeminiAdapter } from './gemini-adapter.js';

/*
 * Wire fixtures in the shapes of the Gemini API reference (v1beta): GenerateContentResponse with
 * candidates, usageMetadata, modelVersion and responseId; `alt=sse` streams of such responses;
 * BatchEmbedContentsResponse; and Google's error envelope (google.rpc.Status with details).
 */

const MODEL = 'gemini-2.5-flash';
const base = { modelVersion: MODEL, responseId: 'mAitaLmkHPPlz7IPvtfUqQ4' };

const answer = (parts: unknown[], finishReason: string, usageMetadata: Record<string, unknown>) => ({
  candidates: [{ content: { parts, role: 'model' }, finishReason, index: 0 }],
  usageMetadata,
  ...base,
});

const usage = {
  promptTokenCount: 9,
  candidatesTokenCount: 2,
  totalTokenCount: 11,
  promptTokensDetails: [{ modality: 'TEXT', tokenCount: 9 }],
};

/** Gemini's SSE framing: one JSON GenerateContentResponse per `data:` event, CRLF separated, no [DONE]. */
const sse = (events: unknown[]) => events.map((event) => `data: ${JSON.stringify({ ...base, ...(event as object) })}\r\n\r\n`).join('');

const googleError = (status: number, name: string, message: string, details?: unknown[]) => ({
  reply: { status, json: { error: { code: status, message, status: name, ...(details ? { details } : {}) } } },
});

const checkAuth = (request: RecordedRequest) => {
  assert.equal(request.headers['x-goog-api-key'], 'gemini-test-key');
  assert.equal(request.headers.authorization, undefined);
  assert.doesNotMatch(request.path, /key=/, 'the API key never goes in the URL');
};

const signature = 'CiQB0e2Kb7Q3Xq9HnXb6yVdT1m2v2s8S0cYwQk2xq4zZx1Yl8n4=';

export const geminiConformance: ProviderConformanceSpec = {
  provider: 'gemini',
  upstreamModel: MODEL,
  createAdapter: (baseUrl) =>
    createGeminiAdapter({
      name: 'gemini',
      type: 'gemini',
      baseUrl: `${baseUrl}/v1beta`,
      apiKey: 'gemini-test-key',
      headers: {},
      connectTimeoutMs: 1000,
      firstByteTimeoutMs: 2000,
      totalTimeoutMs: 5000,
      maxConnections: 4,
    }),
  fixtures: {
    chat: {
      reply: { json: answer([{ text: 'Hello.' }], 'STOP', usage) },
      checkRequest: (request) => {
        assert.equal(request.path, `/v1beta/models/${MODEL}:generateContent`);
        checkAuth(request);
        assert.deepEqual(request.body.systemInstruction, { parts: [{ text: 'You are terse.' }] });
        assert.deepEqual(request.body.contents, [{ role: 'user', parts: [{ text: 'Say hello.' }] }]);
        assert.deepEqual(request.body.generationConfig, { temperature: 0.5, maxOutputTokens: 100, stopSequences: ['END'] });
      },
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 9, outputTokens: 2, totalTokens: 11, cacheReadTokens: undefined, cacheWriteTokens: undefined } },
    },
    stream: {
      reply: {
        sse: sse([
          { candidates: [{ content: { parts: [{ text: 'Hel' }], role: 'model' }, index: 0 }], usageMetadata: { promptTokenCount: 9, totalTokenCount: 9 } },
          { candidates: [{ content: { parts: [{ text: 'lo.' }], role: 'model' }, index: 0 }], usageMetadata: { promptTokenCount: 9, totalTokenCount: 9 } },
          { candidates: [{ content: { parts: [{ text: '' }], role: 'model' }, finishReason: 'STOP', index: 0 }], usageMetadata: usage },
        ]),
      },
      checkRequest: (request) => {
        assert.equal(request.path, `/v1beta/models/${MODEL}:streamGenerateContent?alt=sse`);
        assert.equal(request.headers.accept, 'text/event-stream');
        checkAuth(request);
        assert.equal(request.body.stream, undefined);
      },
      expect: { content: 'Hello.', finishReason: 'stop', usage: { inputTokens: 9, outputTokens: 2 } },
    },
    tools: {
      // A Gemini 2.x answer: the call has no id, so the adapter makes one.
      reply: { json: answer([{ functionCall: { name: 'get_weather', args: { location: 'Paris' } } }], 'STOP', usage) },
      checkRequest: (request) => {
        assert.deepEqual(request.body.contents, [
          { role: 'user', parts: [{ text: 'Weather in Boston, then Paris?' }] },
          { role: 'model', parts: [{ functionCall: { name: 'get_weather', args: { location: 'Boston' } } }] },
          { role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: { temp_c: 21 } } }] },
        ]);
        assert.deepEqual(request.body.tools, [
          {
            functionDeclarations: [
              {
                name: 'get_weather',
                description: 'Current weather for a city',
                parameters: { type: 'object', properties: { location: { type: 'string' } }, required: ['location'] },
              },
            ],
          },
        ]);
        assert.deepEqual(request.body.toolConfig, { functionCallingConfig: { mode: 'AUTO' } });
        assert.equal(request.body.generationConfig.maxOutputTokens, 200);
      },
      expect: { finishReason: 'tool_calls', toolCalls: [{ name: 'get_weather', arguments: { location: 'Paris' } }] },
    },
    'tool-stream': {
      // A Gemini 3 answer: the call carries an id (kept as is) and a thought signature.
      reply: {
        sse: sse([
          {
            candidates: [{ content: { parts: [{ functionCall: { id: 'fc_7x2k9', name: 'get_weather', args: { location: 'Paris' } }, thoughtSignature: signature }], role: 'model' }, index: 0 }],
            usageMetadata: { promptTokenCount: 60, totalTokenCount: 60 },
          },
          {
            candidates: [{ content: { parts: [{ text: '' }], role: 'model' }, finishReason: 'STOP', index: 0 }],
            usageMetadata: { promptTokenCount: 60, candidatesTokenCount: 15, thoughtsTokenCount: 40, totalTokenCount: 115 },
          },
        ]),
      },
      expect: {
        finishReason: 'tool_calls',
        toolCalls: [{ id: 'fc_7x2k9', name: 'get_weather', arguments: { location: 'Paris' } }],
        usage: { inputTokens: 60, outputTokens: 55, reasoningTokens: 40, totalTokens: 115 },
      },
    },
    images: {
      reply: { json: answer([{ text: 'A transparent pixel.' }], 'STOP', usage) },
      checkRequest: (request) =>
        assert.deepEqual(request.body.contents[0].parts, [{ text: 'What is in this image?' }, { inlineData: { mimeType: 'image/png', data: TINY_PNG_BASE64 } }]),
      expect: { content: 'A transparent pixel.' },
    },
    'usage-cache': {
      reply: {
        json: answer([{ text: 'Hi.' }], 'STOP', {
          promptTokenCount: 2006,
          candidatesTokenCount: 3,
          totalTokenCount: 2013,
          cachedContentTokenCount: 1920,
          thoughtsTokenCount: 4,
          promptTokensDetails: [{ modality: 'TEXT', tokenCount: 2006 }],
          cacheTokensDetails: [{ modality: 'TEXT', tokenCount: 1920 }],
        }),
      },
      expect: {
        usage: { inputTokens: 2006, cacheReadTokens: 1920, uncachedInputTokens: 86, cacheWriteTokens: undefined, outputTokens: 7, reasoningTokens: 4, totalTokens: 2013 },
      },
    },
    embeddings: {
      reply: { json: { embeddings: [{ values: [0.0023064255, -0.009327292, 0.015797347] }, { values: [0.0072664247, -0.003402338, 0.010027471] }] } },
      checkRequest: (request) => {
        assert.equal(request.path, `/v1beta/models/${MODEL}:batchEmbedContents`);
        checkAuth(request);
        assert.deepEqual(request.body.requests, [
          { model: `models/${MODEL}`, content: { parts: [{ text: 'first text' }] } },
          { model: `models/${MODEL}`, content: { parts: [{ text: 'second text' }] } },
        ]);
      },
      expect: { embeddings: { count: 2, dimensions: 3 }, usage: { inputTokens: undefined, outputTokens: undefined } },
    },
    'error-400': googleError(400, 'INVALID_ARGUMENT', 'Invalid JSON payload received. Unknown name "foo" at \'generation_config\': Cannot find field.', [
      {
        '@type': 'type.googleapis.com/google.rpc.BadRequest',
        fieldViolations: [{ field: 'generation_config', description: 'Invalid JSON payload received. Unknown name "foo" at \'generation_config\': Cannot find field.' }],
      },
    ]),
    // Gemini answers a wrong API key with 400, not 401; the ErrorInfo reason tells.
    'error-401': googleError(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com', metadata: { service: 'generativelanguage.googleapis.com' } },
      { '@type': 'type.googleapis.com/google.rpc.LocalizedMessage', locale: 'en-US', message: 'API key not valid. Please pass a valid API key.' },
    ]),
    'error-403': googleError(403, 'PERMISSION_DENIED', 'Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.'),
    'error-404': googleError(404, 'NOT_FOUND', 'models/gemini-9 is not found for API version v1beta, or is not supported for generateContent. Call ListModels to see the list of available models and their supported methods.'),
    'error-429': googleError(429, 'RESOURCE_EXHAUSTED', 'You exceeded your current quota, please check your plan and billing details.', [
      {
        '@type': 'type.googleapis.com/google.rpc.QuotaFailure',
        violations: [{ quotaMetric: 'generativelanguage.googleapis.com/generate_content_free_tier_requests', quotaId: 'GenerateRequestsPerMinutePerProjectPerModel-FreeTier', quotaValue: '10' }],
      },
      { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '43s' },
    ]),
    'error-500': googleError(500, 'INTERNAL', 'An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting'),
  },
  unsupported: {
    'error-529':
      'Gemini never answers HTTP 529 (an Anthropic status); its overload answer is 503 UNAVAILABLE, covered by gemini-adapter.test.ts.',
  },
};
