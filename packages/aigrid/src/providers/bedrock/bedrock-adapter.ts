import type { Dispatcher } from 'undici';
import type { ProviderConfig } from '../../config/config-types.js';
import type { ChatCompletionRequest, EmbeddingsRequest } from '../../spec/openai-schemas.js';
import type { ChatResult, ChatStream, EmbeddingsResult } from '../../spec/openai-wire.js';
import { tokenCount } from '../../spec/usage.js';
import { serializeRequest } from '../kit/serialize-request.js';
import { clientForProvider, type JsonAnswer, type UpstreamClient, type UpstreamResponse } from '../kit/upstream-client.js';
import type { CallContext, ProviderAdapter, ProviderCapabilities } from '../provider-types.js';
import { embedWithBedrock } from './bedrock-embeddings.js';
import { mapBedrockStatus } from './bedrock-errors.js';
import { toConverseRequest } from './bedrock-request.js';
import { toChatCompletion, type ResponseIdentity } from './bedrock-response.js';
import { BedrockSigner, resolveCredentials, resolveRegion, type AwsCredentials } from './bedrock-signer.js';
import { BedrockChatStream } from './bedrock-stream.js';

export interface BedrockAdapterOptions {
  dispatcher?: Dispatcher;
  /** Overrides the credentials from config and environment (tests). */
  credentials?: AwsCredentials;
  /** Signing time (tests). */
  clock?: () => Date;
}

/** Most InvokeModel calls in flight at once for one Titan embeddings request. */
const EMBED_CONCURRENCY = 8;

const modelPath = (modelId: string, operation: string) => `/model/${encodeURIComponent(modelId)}/${operation}`;

const streamHeader = (response: UpstreamResponse, name: string) => {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * Amazon Bedrock through the Converse and ConverseStream APIs (one request shape for every chat
 * model Bedrock hosts), with embeddings through InvokeModel. Every request is signed with SigV4.
 * A model's `upstream_model` is the Bedrock model id or inference profile id/ARN.
 */
export class BedrockAdapter implements ProviderAdapter {
  readonly capabilities: ProviderCapabilities = { chat: true, streaming: true, tools: true, embeddings: true };
  private readonly client: UpstreamClient;
  private readonly signer: BedrockSigner;

  constructor(
    private readonly config: ProviderConfig,
    options: BedrockAdapterOptions = {},
  ) {
    this.client = clientForProvider(config, { ...config.headers }, options.dispatcher, mapBedrockStatus);
    this.signer = new BedrockSigner({
      baseUrl: config.baseUrl,
      region: resolveRegion(config),
      credentials: options.credentials ?? resolveCredentials(config),
      provider: config.name,
      clock: options.clock,
    });
  }

  get id(): string {
    return this.config.name;
  }

  get type(): string {
    return this.config.type;
  }

  async chat(request: ChatCompletionRequest, context: CallContext): Promise<ChatResult> {
    const { body, warnings } = toConverseRequest(request);
    const answer = await this.fetch(modelPath(context.upstreamModel, 'converse'), body, context);
    const translated = toChatCompletion(answer.value ?? {}, this.identity(answer.header('x-amzn-requestid'), context));
    const result: ChatResult = { body: translated.body, usage: translated.usage, upstreamStatus: answer.status };
    if (warnings.length > 0) result.warnings = warnings;
    return result;
  }

  async chatStream(request: ChatCompletionRequest, context: CallContext): Promise<ChatStream> {
    const { body, warnings } = toConverseRequest(request);
    const path = modelPath(context.upstreamModel, 'converse-stream');
    const text = serializeRequest(body);
    const response = await this.client.postJson(path, text, context.signal, await this.signer.sign(path, text));
    return new BedrockChatStream(response, {
      provider: this.config.name,
      identity: this.identity(streamHeader(response, 'x-amzn-requestid'), context),
      includeUsage: request.stream_options?.include_usage === true,
      warnings,
    });
  }

  async embed(request: EmbeddingsRequest, context: CallContext): Promise<EmbeddingsResult> {
    const path = modelPath(context.upstreamModel, 'invoke');
    let status = 200;
    const invoke = async (body: unknown) => {
      const answer = await this.fetch(path, body, context);
      status = answer.status;
      return { value: answer.value, inputTokenCount: tokenCount(Number(answer.header('x-amzn-bedrock-input-token-count') ?? NaN)) };
    };
    const concurrency = Math.max(1, Math.min(EMBED_CONCURRENCY, this.config.maxConnections));
    const { body, usage } = await embedWithBedrock(request, context.upstreamModel, invoke, concurrency);
    return { body, usage, upstreamStatus: status };
  }

  close(): Promise<void> {
    return this.client.close();
  }

  /** Signs and sends one JSON request; the signature covers exactly the bytes sent. */
  private async fetch(path: string, body: unknown, context: CallContext): Promise<JsonAnswer> {
    const text = serializeRequest(body);
    return this.client.fetchJson(path, text, context.signal, await this.signer.sign(path, text));
  }

  private identity(amazonRequestId: string | undefined, context: CallContext): ResponseIdentity {
    const requestId = amazonRequestId ?? context.requestId;
    return { id: `chatcmpl-${requestId}`, model: context.upstreamModel, created: Math.floor(Date.now() / 1000) };
  }
}

/**
 * Builds the Bedrock adapter. Credentials come from the provider block (`access_key_id`,
 * `secret_access_key`, `session_token`), else from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY /
 * AWS_SESSION_TOKEN, read once here. The region is `region`, else read from the base URL's host.
 */
export function createBedrockAdapter(config: ProviderConfig, dispatcher?: Dispatcher): ProviderAdapter {
  return new BedrockAdapter(config, { dispatcher });
}
