import assert from 'node:assert/strict';
import type { ProviderConformanceSpec } from '../../../test/support/providers/conformance-types.js';
import { openAICompatibleConformance } from '../openai-compatible/openai-compatible-fixtures.js';
import { createAzureAdapter } from './azure-adapter.js';

/*
 * Azure OpenAI answers in OpenAI's wire format (its REST reference shows the same completion,
 * chunk and error objects); what differs is the URL, the api-version and the api-key header.
 * Its content filter answers 400 with code "content_filter".
 */
const openai = openAICompatibleConformance.fixtures;

export const azureConformance: ProviderConformanceSpec = {
  provider: 'azure',
  upstreamModel: 'my-gpt-4o-deployment',
  createAdapter: (baseUrl) =>
    createAzureAdapter({
      name: 'azure',
      type: 'azure',
      baseUrl,
      apiKey: 'azure-key',
      apiVersion: '2024-10-21',
      headers: {},
      connectTimeoutMs: 1000,
      firstByteTimeoutMs: 2000,
      totalTimeoutMs: 5000,
      maxConnections: 4,
    }),
  fixtures: {
    ...openai,
    chat: {
      ...openai.chat!,
      checkRequest: (request) => {
        assert.equal(request.path, '/openai/deployments/my-gpt-4o-deployment/chat/completions?api-version=2024-10-21');
        assert.equal(request.headers['api-key'], 'azure-key');
        assert.equal(request.headers.authorization, undefined);
      },
    },
    embeddings: {
      ...openai.embeddings!,
      checkRequest: (request) => assert.equal(request.path, '/openai/deployments/my-gpt-4o-deployment/embeddings?api-version=2024-10-21'),
    },
    'error-400': {
      reply: {
        status: 400,
        json: {
          error: {
            message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
            type: null,
            param: 'prompt',
            code: 'content_filter',
            status: 400,
          },
        },
      },
    },
  },
};
