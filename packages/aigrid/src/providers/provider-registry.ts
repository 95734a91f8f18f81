import type { Dispatcher } from 'undici';
import type { ProviderConfig, ProviderType } from '../config/config-types.js';
import { OpenAICompatibleAdapter } from './openai-compatible/openai-compatible-adapter.js';
import type { ProviderAdapter } from './provider-types.js';

type AdapterFactory = (config: ProviderConfig, dispatcher?: Dispatcher) => ProviderAdapter;

/** One line per provider type; a new provider is a folder plus a line here. */
const FACTORIES: Record<ProviderType, AdapterFactory> = {
  openai: (config, dispatcher) => new OpenAICompatibleAdapter(config, dispatcher),
  'openai-compatible': (config, dispatcher) => new OpenAICompatibleAdapter(config, dispatcher),
};

/** Builds the adapters for every configured provider. */
export function createProviders(
  providers: Readonly<Record<string, ProviderConfig>>,
  dispatcher?: Dispatcher,
): Map<string, ProviderAdapter> {
  const adapters = new Map<string, ProviderAdapter>();
  for (const config of Object.values(providers)) adapters.set(config.name, FACTORIES[config.type](config, dispatcher));
  return adapters;
}
