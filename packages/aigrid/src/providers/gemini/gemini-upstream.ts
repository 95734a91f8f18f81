import type { Dispatcher } from 'undici';
import type { ProviderConfig } from '../../config/config-types.js';
import { clientForProvider, type UpstreamClient } from '../kit/upstream-client.js';
import { mapGeminiError } from './gemini-errors.js';

/**
 * The HTTP client for one Gemini provider: the kit's client (timeouts, keep-alive pool with
 * TCP_NODELAY) with the key in the `x-goog-api-key` header, never in the URL where logs keep it,
 * and Gemini's own error mapping (a bad key is a 400 with reason API_KEY_INVALID).
 */
export function createGeminiClient(config: ProviderConfig, dispatcher?: Dispatcher): UpstreamClient {
  const headers: Record<string, string> = { ...config.headers };
  if (config.apiKey) headers['x-goog-api-key'] = config.apiKey;
  return clientForProvider(config, headers, dispatcher, mapGeminiError);
}
