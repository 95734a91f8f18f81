import type { Dispatcher } from 'undici';
import type { ProviderConfig } from '../config/config-types.js';
import { createAnthropicAdapter } from './anthropic/anthropic-adapter.js';
import { createAzureAdapter } from './azure/azure-adapter.js';
import { createBedrockAdapter } from './bedrock/bedrock-adapter.js';
import { createGeminiAdapter } from './gemini/gemini-adapter.js';
import { OpenAICompatibleAdapter } from './openai-compatible/openai-compatible-adapter.js';
import { PROVIDER_PRESETS, type AdapterFamily } from '../spec/provider-presets.js';
import type { ProviderAdapter } from './provider-types.js';

type AdapterFactory = (config: ProviderConfig, dispatcher?: Dispatcher) => ProviderAdapter;

/** One line per adapter family; a new provider is a folder plus a line here. */
const FACTORIES: Record<AdapterFamily, AdapterFactory> = {
  'openai-compatible': (config, dispatcher) => new OpenAICompatibleAdapter(config, { dispatcher }),
  anthropic: createAnthropicAdapter,
  azure: createAzureAdapter,
  bedrock: createBedrockAdapter,
  gemini: createGeminiAdapter,
};

/** Builds the adapters for every configured provider. */
export function createProviders(
  providers: Readonly<Record<string, ProviderConfig>>,
  dispatcher?: Dispatcher,
): Map<string, ProviderAdapter> {
  const adapters = new Map<string, ProviderAdapter>();
  for (const config of Object.values(providers)) {
    adapters.set(config.name, FACTORIES[PROVIDER_PRESETS[config.type].family](config, dispatcher));
  }
  return adapters;
}
