import type { ProviderConfig } from '../../config/config-types.js';
import { OpenAICompatibleAdapter, type OpenAIOperation } from '../openai-compatible/openai-compatible-adapter.js';
import type { Dispatcher } from 'undici';

/** The GA data-plane version; override with `api_version` in the provider block. */
export const AZURE_DEFAULT_API_VERSION = '2024-10-21';

/**
 * Azure OpenAI: the OpenAI wire format at deployment URLs
 * (`<endpoint>/openai/deployments/<deployment>/chat/completions?api-version=…`) with an `api-key`
 * header. A model's `upstream_model` is the deployment name.
 */
export function createAzureAdapter(config: ProviderConfig, dispatcher?: Dispatcher): OpenAICompatibleAdapter {
  const version = encodeURIComponent(config.apiVersion ?? AZURE_DEFAULT_API_VERSION);
  const path = (operation: OpenAIOperation, deployment: string) =>
    `/openai/deployments/${encodeURIComponent(deployment)}/${operation === 'chat' ? 'chat/completions' : 'embeddings'}?api-version=${version}`;
  return new OpenAICompatibleAdapter(config, { dispatcher, path, authHeaders: config.apiKey ? { 'api-key': config.apiKey } : {} });
}
