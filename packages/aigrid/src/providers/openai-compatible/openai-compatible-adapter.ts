import type { ProviderConfig } from '../../config/config-types.js';
import type { ChatCompletionRequest, EmbeddingsRequest } from '../../spec/openai-schemas.js';
import type { ChatResult, ChatStream, EmbeddingsResult } from '../../spec/openai-wire.js';
import { serializeRequest } from '../kit/serialize-request.js';
import { clientForProvider, type AnswerDecoder, type UpstreamClient } from '../kit/upstream-client.js';
import { chatAnswer, embeddingsAnswer } from './openai-answer.js';
import type { CallContext, ProviderAdapter, ProviderCapabilities } from '../provider-types.js';
import { OpenAICompatibleStream } from './openai-compatible-stream.js';
import type { Dispatcher } from 'undici';

export type OpenAIOperation = 'chat' | 'embeddings';

export interface OpenAICompatibleOptions {
  dispatcher?: Dispatcher;
  /** Path (after the base URL) for an operation; Azure puts the deployment in the path. */
  path?: (operation: OpenAIOperation, upstreamModel: string) => string;
  /** Credentials header; by default `Authorization: Bearer <api_key>`. */
  authHeaders?: Record<string, string>;
}

const defaultPath = (operation: OpenAIOperation) => (operation === 'chat' ? '/chat/completions' : '/embeddings');

/**
 * Adapter for OpenAI and every server that speaks its wire format (vLLM, llama.cpp, Ollama, Groq…).
 * Requests are forwarded as sent, unknown fields included, with the model renamed upstream.
 */
export class OpenAICompatibleAdapter implements ProviderAdapter {
  readonly capabilities: ProviderCapabilities = { chat: true, streaming: true, tools: true, embeddings: true };
  private readonly client: UpstreamClient;
  private readonly path: (operation: OpenAIOperation, upstreamModel: string) => string;
  private readonly chatAnswer: AnswerDecoder<ChatResult>;
  private readonly embeddingsAnswer: AnswerDecoder<EmbeddingsResult>;

  constructor(
    private readonly config: ProviderConfig,
    options: OpenAICompatibleOptions = {},
  ) {
    const dispatcher = options.dispatcher;
    this.path = options.path ?? defaultPath;
    const headers: Record<string, string> = { ...config.headers };
    if (options.authHeaders) Object.assign(headers, options.authHeaders);
    else if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
    this.client = clientForProvider(config, headers, dispatcher);
    this.chatAnswer = chatAnswer(config.name);
    this.embeddingsAnswer = embeddingsAnswer(config.name);
  }

  get id(): string {
    return this.config.name;
  }

  get type(): string {
    return this.config.type;
  }

  chat(request: ChatCompletionRequest, context: CallContext): Promise<ChatResult> {
    // No async frame: the hot path's promise chain is one link shorter. Failures still reject.
    try {
      // The client's own bytes when they already say what would be sent: same model, not streamed.
      const forward = context.clientBody !== undefined && request.model === context.upstreamModel && request.stream === undefined && request.stream_options === undefined;
      const body = forward ? context.clientBody! : serializeRequest({ ...request, model: context.upstreamModel, stream: false, stream_options: undefined });
      return this.client.fetchAnswer(this.path('chat', context.upstreamModel), body, context.signal, this.chatAnswer);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async chatStream(request: ChatCompletionRequest, context: CallContext): Promise<ChatStream> {
    const clientWantsUsage = request.stream_options?.include_usage === true;
    // Ask for usage even when the client did not, so every stream is metered.
    const streamOptions = { ...request.stream_options, include_usage: true };
    const body = serializeRequest({ ...request, model: context.upstreamModel, stream: true, stream_options: streamOptions });
    const response = await this.client.postJson(this.path('chat', context.upstreamModel), body, context.signal, { accept: 'text/event-stream' });
    return new OpenAICompatibleStream(this.config.name, response, clientWantsUsage);
  }

  async embed(request: EmbeddingsRequest, context: CallContext): Promise<EmbeddingsResult> {
    // As for chat: the client's own bytes when they name the model sent upstream.
    const forward = context.clientBody !== undefined && request.model === context.upstreamModel;
    const body = forward ? context.clientBody! : serializeRequest({ ...request, model: context.upstreamModel });
    return this.client.fetchAnswer(this.path('embeddings', context.upstreamModel), body, context.signal, this.embeddingsAnswer);
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
