import { Pool, type Dispatcher } from 'undici';
import type { ProviderConfig } from '../../config/config-types.js';
import { UpstreamClient } from '../kit/upstream-client.js';
import { mapGeminiError } from './gemini-errors.js';

/**
 * Wraps a dispatcher so that an error answer is read and mapped with Gemini's own rules before the
 * kit sees it. Needed because the kit's client maps non-2xx answers by status alone, and Gemini
 * reports an invalid API key as HTTP 400 (reason API_KEY_INVALID in the body). The kit passes a
 * GridError thrown by `request` through unchanged. Every other member is the wrapped dispatcher's.
 */
export function withGeminiErrors(inner: Dispatcher, provider: string): Dispatcher {
  const request = async (options: Dispatcher.RequestOptions) => {
    const response = await inner.request(options);
    if (response.statusCode < 400) return response;
    let text = '';
    try {
      text = await response.body.text();
    } catch {
      // the status alone still maps
    }
    throw mapGeminiError(provider, response.statusCode, text, response.headers['retry-after']);
  };
  return new Proxy(inner, {
    get(target, property) {
      if (property === 'request') return request;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The HTTP client for one Gemini provider: the kit's client (timeouts, keep-alive pool with
 * TCP_NODELAY) with the key in the `x-goog-api-key` header, never in the URL where logs keep it.
 */
export function createGeminiClient(config: ProviderConfig, dispatcher?: Dispatcher): UpstreamClient {
  const url = new URL(config.baseUrl);
  // Same pool settings as the kit's default; built here so it can be wrapped.
  const pool =
    dispatcher ??
    new Pool(url.origin, {
      connections: config.maxConnections,
      pipelining: 1,
      keepAliveTimeout: 30_000,
      connect: { timeout: config.connectTimeoutMs, noDelay: true },
      headersTimeout: config.firstByteTimeoutMs,
      bodyTimeout: config.firstByteTimeoutMs,
    });
  const headers: Record<string, string> = { ...config.headers };
  if (config.apiKey) headers['x-goog-api-key'] = config.apiKey;
  return new UpstreamClient({
    provider: config.name,
    baseUrl: config.baseUrl,
    headers,
    connectTimeoutMs: config.connectTimeoutMs,
    firstByteTimeoutMs: config.firstByteTimeoutMs,
    totalTimeoutMs: config.totalTimeoutMs,
    maxConnections: config.maxConnections,
    dispatcher: withGeminiErrors(pool, config.name),
  });
}
