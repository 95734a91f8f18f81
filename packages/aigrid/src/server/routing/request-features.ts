import type { ChatCompletionRequest, EmbeddingsRequest } from '../../spec/openai-schemas.js';
import type { LatencyClass, RequestFeatures } from '../../router/index.js';
import type { AuthenticatedKey } from '../key-cache.js';

// Roughly four characters a token for English text; images count as a low-detail tile. The
// estimate only steers routing (context windows, cost ranking), never billing.
const CHARS_PER_TOKEN = 4;
const IMAGE_TOKENS = 85;
const MESSAGE_OVERHEAD_TOKENS = 4;

/** A fast estimate of a chat request's input tokens. */
export function estimateInputTokens(request: ChatCompletionRequest): number {
  let characters = 0;
  let images = 0;
  for (const message of request.messages) {
    const content = message.content;
    if (typeof content === 'string') characters += content.length;
    else if (Array.isArray(content)) {
      for (const part of content) {
        if (part.type === 'text' && typeof part.text === 'string') characters += part.text.length;
        else if (part.type === 'image_url') images += 1;
      }
    }
    for (const call of message.tool_calls ?? []) characters += call.function.arguments.length + call.function.name.length;
  }
  if (request.tools) characters += JSON.stringify(request.tools).length;
  return Math.ceil(characters / CHARS_PER_TOKEN) + images * IMAGE_TOKENS + request.messages.length * MESSAGE_OVERHEAD_TOKENS;
}

function hasImages(request: ChatCompletionRequest): boolean {
  return request.messages.some((message) => Array.isArray(message.content) && message.content.some((part) => part.type === 'image_url'));
}

const LATENCY_CLASSES = new Set<string>(['interactive', 'batch']);

type Headers = Record<string, string | string[] | undefined>;

function latencyClassOf(headers: Headers, defaultLatencyClass: LatencyClass): LatencyClass {
  const asked = headers['x-aigrid-latency-class'];
  return typeof asked === 'string' && LATENCY_CLASSES.has(asked) ? (asked as LatencyClass) : defaultLatencyClass;
}

/**
 * What the router needs to know about a chat request. Residency is the tenant's; a policy's
 * regions, locations and price cap are laid over these by the guarded stage (guardPlan).
 */
export function chatFeatures(
  request: ChatCompletionRequest,
  headers: Headers,
  key: AuthenticatedKey,
  defaultLatencyClass: LatencyClass,
  tenantRegions: readonly string[] | undefined,
): RequestFeatures {
  return {
    estimatedInputTokens: estimateInputTokens(request),
    maxOutputTokens: request.max_completion_tokens ?? request.max_tokens ?? undefined,
    needs: {
      tools: (request.tools?.length ?? 0) > 0,
      vision: hasImages(request),
      jsonSchema: request.response_format?.type === 'json_schema',
      streaming: request.stream === true,
    },
    tenant: key.tenant,
    keyId: key.id,
    // As node:http gave them: rules read single values only, so nothing is copied per request.
    headers,
    metadata: request.metadata ?? undefined,
    params: request,
    latencyClass: latencyClassOf(headers, defaultLatencyClass),
    allowedRegions: tenantRegions,
  };
}

const NO_NEEDS = Object.freeze({ tools: false, vision: false, jsonSchema: false, streaming: false });

/** A fast estimate of an embeddings request's input tokens: four characters or one id a token. */
function estimateEmbeddingTokens(request: EmbeddingsRequest): number {
  const input = request.input;
  if (typeof input === 'string') return Math.ceil(input.length / CHARS_PER_TOKEN);
  let characters = 0;
  let tokens = 0;
  for (const item of input) {
    if (typeof item === 'string') characters += item.length;
    else if (typeof item === 'number') tokens += 1;
    else tokens += item.length;
  }
  return Math.ceil(characters / CHARS_PER_TOKEN) + tokens;
}

/** What the router needs to know about an embeddings request (it needs no capabilities). */
export function embeddingsFeatures(
  request: EmbeddingsRequest,
  headers: Headers,
  key: AuthenticatedKey,
  defaultLatencyClass: LatencyClass,
  tenantRegions: readonly string[] | undefined,
): RequestFeatures {
  return {
    estimatedInputTokens: estimateEmbeddingTokens(request),
    needs: NO_NEEDS,
    tenant: key.tenant,
    keyId: key.id,
    headers,
    params: request,
    latencyClass: latencyClassOf(headers, defaultLatencyClass),
    allowedRegions: tenantRegions,
  };
}
