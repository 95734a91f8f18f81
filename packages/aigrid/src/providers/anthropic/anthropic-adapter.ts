import type { Dispatcher } from 'undici';
import type { ProviderConfig } from '../../config/config-types.js';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest, EmbeddingsRequest } from '../../spec/openai-schemas.js';
import type { ChatResult, ChatStream, EmbeddingsResult } from '../../spec/openai-wire.js';
import { serializeRequest } from '../kit/serialize-request.js';
import { clientForProvider, type UpstreamClient } from '../kit/upstream-client.js';
import type { CallContext, ProviderAdapter, ProviderCapabilities } from '../provider-types.js';
import { buildAnthropicRequest } from './anthropic-request.js';
import { completionFromAnthropic } from './anthropic-response.js';
import { AnthropicStream } from './anthropic-stream.js';
import type { AnthropicMessage } from './anthropic-wire.js';

/** The `anthropic-version` header sent unless the provider block sets `api_version`. */
export const ANTHROPIC_DEFAULT_API_VERSION = '2023-06-01';

/** Messages path after the base URL; a base URL that already ends in `/v1` is accepted too. */
export function messagesPath(baseUrl: string): string {
  return /\/v1\/?$/.test(new URL(baseUrl).pathname) ? '/messages' : '/v1/messages';
}

/** Upstream headers: version, the block's own headers (lower-cased, so they override), the key. */
function upstreamHeaders(config: ProviderConfig): Record<string, string> {
  const headers: Record<string, string> = { 'anthropic-version': config.apiVersion ?? ANTHROPIC_DEFAULT_API_VERSION };
  for (const [name, value] of Object.entries(config.headers)) headers[name.toLowerCase()] = value;
  if (config.apiKey) headers['x-api-key'] = config.apiKey;
  return headers;
}

/** Anthropic's Messages API behind the OpenAI-shaped interface; see docs/providers/anthropic.md. */
class AnthropicAdapter implements ProviderAdapter {
  readonly capabilities: ProviderCapabilities = { chat: true, streaming: true, tools: true, embeddings: false };
  private readonly client: UpstreamClient;
  private readonly path: string;

  constructor(
    private readonly config: ProviderConfig,
    dispatcher?: Dispatcher,
  ) {
    this.path = messagesPath(config.baseUrl);
    this.client = clientForProvider(config, upstreamHeaders(config), dispatcher);
  }

  get id(): string {
    return this.config.name;
  }

  get type(): string {
    return this.config.type;
  }

  async chat(request: ChatCompletionRequest, context: CallContext): Promise<ChatResult> {
    const { body, warnings } = buildAnthropicRequest(request, context.upstreamModel, false);
    const { value, status } = await this.client.fetchJson(this.path, serializeRequest(body), context.signal);
    if (!value || typeof value !== 'object') {
      throw new GridError('upstream_invalid_response', `Provider '${this.config.name}' sent a message that is not an object.`, { upstreamStatus: status });
    }
    const translated = completionFromAnthropic(value as AnthropicMessage, `chatcmpl-${context.requestId}`, context.upstreamModel);
    const result: ChatResult = { body: translated.body, usage: translated.usage, upstreamStatus: status };
    if (warnings.length > 0) result.warnings = warnings;
    return result;
  }

  async chatStream(request: ChatCompletionRequest, context: CallContext): Promise<ChatStream> {
    const { body, warnings } = buildAnthropicRequest(request, context.upstreamModel, true);
    const response = await this.client.postJson(this.path, serializeRequest(body), context.signal, { accept: 'text/event-stream' });
    return new AnthropicStream(response, {
      provider: this.config.name,
      fallbackId: `chatcmpl-${context.requestId}`,
      model: context.upstreamModel,
      includeUsage: request.stream_options?.include_usage === true,
      warnings: warnings.length > 0 ? warnings : undefined,
    });
  }

  async embed(_request: EmbeddingsRequest, _context: CallContext): Promise<EmbeddingsResult> {
    throw new GridError('unsupported_operation', `Provider '${this.config.name}' (Anthropic) has no embeddings API; route embeddings to another provider.`, { param: 'model' });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** Creates the adapter for an `anthropic` provider block. */
export function createAnthropicAdapter(config: ProviderConfig, dispatcher?: Dispatcher): ProviderAdapter {
  return new AnthropicAdapter(config, dispatcher);
}
