import type { Dispatcher } from 'undici';
import type { ProviderConfig } from '../../config/config-types.js';
import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest, EmbeddingsRequest } from '../../spec/openai-schemas.js';
import type { ChatResult, ChatStream, EmbeddingsResult } from '../../spec/openai-wire.js';
import { serializeRequest } from '../kit/serialize-request.js';
import type { UpstreamClient } from '../kit/upstream-client.js';
import type { CallContext, ProviderAdapter, ProviderCapabilities } from '../provider-types.js';
import { fromGeminiEmbedResponse, toGeminiEmbedRequest } from './gemini-embeddings.js';
import { toGeminiRequest } from './gemini-request.js';
import { toChatCompletion } from './gemini-response.js';
import { GeminiStream } from './gemini-stream.js';
import { createGeminiClient } from './gemini-upstream.js';
import { usageFromGemini } from './gemini-usage.js';

/** Gemini's resource name for a model: `models/<name>`; `models/…` and `tunedModels/…` are kept. */
export function geminiModelName(model: string): string {
  return model.startsWith('models/') || model.startsWith('tunedModels/') ? model : `models/${model}`;
}

const modelPath = (model: string, method: string) => `/${geminiModelName(model).split('/').map(encodeURIComponent).join('/')}:${method}`;

/**
 * Adapter for Google's Gemini API (Generative Language API, `v1beta`): OpenAI-shaped requests are
 * translated to generateContent / streamGenerateContent / batchEmbedContents and the answers back.
 */
class GeminiAdapter implements ProviderAdapter {
  readonly capabilities: ProviderCapabilities = { chat: true, streaming: true, tools: true, embeddings: true };
  private readonly client: UpstreamClient;

  constructor(
    private readonly config: ProviderConfig,
    dispatcher?: Dispatcher,
  ) {
    this.client = createGeminiClient(config, dispatcher);
  }

  get id(): string {
    return this.config.name;
  }

  get type(): string {
    return this.config.type;
  }

  async chat(request: ChatCompletionRequest, context: CallContext): Promise<ChatResult> {
    const { body, warnings } = toGeminiRequest(request);
    const { value, status } = await this.client.fetchJson(modelPath(context.upstreamModel, 'generateContent'), serializeRequest(body), context.signal);
    if (!value || typeof value !== 'object') throw new GridError('upstream_invalid_response', `Provider '${this.config.name}' sent an answer that is not an object.`);
    const usage = usageFromGemini(value.usageMetadata);
    return {
      body: toChatCompletion(value, context.upstreamModel, usage),
      usage,
      upstreamStatus: status,
      ...(warnings.length ? { warnings } : {}),
    };
  }

  async chatStream(request: ChatCompletionRequest, context: CallContext): Promise<ChatStream> {
    const { body, warnings } = toGeminiRequest(request);
    const path = modelPath(context.upstreamModel, 'streamGenerateContent?alt=sse');
    const response = await this.client.postJson(path, serializeRequest(body), context.signal, { accept: 'text/event-stream' });
    return new GeminiStream(response, {
      provider: this.config.name,
      model: context.upstreamModel,
      includeUsage: request.stream_options?.include_usage === true,
      warnings: warnings.length ? warnings : undefined,
    });
  }

  async embed(request: EmbeddingsRequest, context: CallContext): Promise<EmbeddingsResult> {
    const body = toGeminiEmbedRequest(request, geminiModelName(context.upstreamModel));
    const { value, status } = await this.client.fetchJson(modelPath(context.upstreamModel, 'batchEmbedContents'), serializeRequest(body), context.signal);
    // Gemini reports no token usage for embeddings: usage stays unknown.
    return { body: fromGeminiEmbedResponse(value, request, context.upstreamModel, this.config.name), upstreamStatus: status };
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** Builds the Gemini adapter for one provider block (`type = "gemini"`). */
export function createGeminiAdapter(config: ProviderConfig, dispatcher?: Dispatcher): ProviderAdapter {
  return new GeminiAdapter(config, dispatcher);
}
