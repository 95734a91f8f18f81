import type { ChatCompletionRequest, EmbeddingsRequest } from '../spec/openai-schemas.js';
import { encodingForModel, textCounter, type EncodingName, type TextCounter } from './token-count.js';
import { estimateToolTokens } from './tool-token-estimate.js';

/*
 * Token estimates made before the upstream call (for budget reservations) and for usage a provider
 * did not report (recorded as `estimated`). They follow OpenAI's documented counting rules with
 * OpenAI's tokenizers; for other vendors' models they are estimates of a different tokenizer.
 * Callers keep the estimate they made for the reservation rather than encode the prompt again.
 */

/** Per message: `<|start|>{role}<|message|>…<|end|>` framing, as OpenAI's cookbook counts it. */
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
/** Every reply is primed with `<|start|>assistant<|message|>`. */
const REPLY_PRIMER_TOKENS = 3;
/** Per tool call in an assistant message (id, type, framing): an estimate, not documented. */
const TOKENS_PER_TOOL_CALL = 3;

/**
 * Images without known dimensions: OpenAI charges 85 tokens for `detail: low`, and 85 + 170 per
 * 512 px tile otherwise. A 1024×1024 image is scaled to 768×768, four tiles: 765 tokens.
 */
export const IMAGE_TOKENS_LOW = 85;
export const IMAGE_TOKENS_DEFAULT = 765;
/** Other attachments (audio, files) cannot be sized without decoding them: a flat estimate. */
export const ATTACHMENT_TOKENS = 765;

/** Output tokens assumed when neither the request nor the model card caps them. */
export const DEFAULT_MAX_OUTPUT_TOKENS = 4_096;

/**
 * An upper bound of a text's tokens without a tokenizer: its UTF-8 bytes. Every token of a
 * byte-level BPE (o200k, cl100k; SentencePiece with byte fallback) covers at least one byte, and
 * special-token markers in user text are encoded as plain text, so no count can exceed it.
 */
export const utf8Bytes: TextCounter = (text) => Buffer.byteLength(text, 'utf8');

/** Tokens of a plain text in the given model's encoding (o200k_base when no model is named). */
export function estimateTextTokens(text: string, model?: string): number {
  return textCounter(encodingForModel(model))(text);
}

/**
 * Input tokens of a chat request: messages with their role and name overheads, text parts,
 * images (fixed estimate), tool calls and tool results, tool definitions, and a JSON schema
 * response format. `model` picks the encoding; it defaults to the request's model.
 */
export function estimateChatInputTokens(request: ChatCompletionRequest, model: string = request.model): number {
  const encoding = encodingForModel(model);
  return chatInputTokens(request, encoding, textCounter(encoding));
}

/**
 * An upper bound of {@link estimateChatInputTokens} that loads no tokenizer: the same framing with
 * every text counted as its UTF-8 bytes. Admission reserves with it (roughly 4× the count for
 * English prose, still small beside the worst-case output) and counts exactly only when it is refused.
 */
export function chatInputTokenBound(request: ChatCompletionRequest, model: string = request.model): number {
  return chatInputTokens(request, encodingForModel(model), utf8Bytes);
}

function chatInputTokens(request: ChatCompletionRequest, encoding: EncodingName, count: TextCounter): number {
  let tokens = REPLY_PRIMER_TOKENS;
  for (const message of request.messages) {
    tokens += TOKENS_PER_MESSAGE + count(message.role) + contentTokens(message.content, count);
    if (message.name) tokens += TOKENS_PER_NAME + count(message.name);
    for (const call of message.tool_calls ?? []) {
      tokens += TOKENS_PER_TOOL_CALL + count(call.function.name) + count(call.function.arguments);
    }
  }
  if (request.tools) tokens += estimateToolTokens(request.tools, encoding, count);
  const format = request.response_format;
  if (format?.type === 'json_schema') tokens += count(JSON.stringify(format.json_schema));
  return tokens;
}

/** Input tokens of an embeddings request: strings are encoded, token arrays are counted. */
export function estimateEmbeddingInputTokens(request: EmbeddingsRequest, model: string = request.model): number {
  return embeddingInputTokens(request, textCounter(encodingForModel(model)));
}

/** An upper bound of {@link estimateEmbeddingInputTokens} that loads no tokenizer (see {@link utf8Bytes}). */
export function embeddingInputTokenBound(request: EmbeddingsRequest): number {
  return embeddingInputTokens(request, utf8Bytes);
}

function embeddingInputTokens(request: EmbeddingsRequest, count: TextCounter): number {
  const input = request.input;
  if (typeof input === 'string') return count(input);
  let tokens = 0;
  for (const item of input) {
    if (typeof item === 'string') tokens += count(item);
    else if (typeof item === 'number') tokens += 1;
    else tokens += item.length;
  }
  return tokens;
}

/**
 * The most output a chat request can produce: `max_completion_tokens`, else `max_tokens`, else
 * the model's maximum, else {@link DEFAULT_MAX_OUTPUT_TOKENS} — times `n` choices.
 */
export function worstCaseOutputTokens(request: ChatCompletionRequest, modelMaxOutput?: number | null): number {
  const perChoice = request.max_completion_tokens ?? request.max_tokens ?? modelMaxOutput ?? DEFAULT_MAX_OUTPUT_TOKENS;
  return perChoice * (request.n ?? 1);
}

function contentTokens(content: ChatCompletionRequest['messages'][number]['content'], count: TextCounter): number {
  if (typeof content === 'string') return count(content);
  if (!Array.isArray(content)) return 0;
  let tokens = 0;
  for (const part of content) {
    if (part.type === 'text' && typeof part.text === 'string') tokens += count(part.text);
    else if (part.type === 'image_url') tokens += imageTokens(part.image_url);
    else if (part.type === 'refusal' && typeof part.refusal === 'string') tokens += count(part.refusal);
    else tokens += ATTACHMENT_TOKENS;
  }
  return tokens;
}

function imageTokens(imageUrl: unknown): number {
  const detail = imageUrl && typeof imageUrl === 'object' ? (imageUrl as { detail?: unknown }).detail : undefined;
  return detail === 'low' ? IMAGE_TOKENS_LOW : IMAGE_TOKENS_DEFAULT;
}
