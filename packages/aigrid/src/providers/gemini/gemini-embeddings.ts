import { GridError } from '../../spec/grid-error.js';
import type { EmbeddingsRequest } from '../../spec/openai-schemas.js';

/** Body of `models/<model>:batchEmbedContents`. */
export interface GeminiBatchEmbedRequest {
  requests: Array<{ model: string; content: { parts: Array<{ text: string }> }; outputDimensionality?: number }>;
}

/** The texts to embed; Gemini embeds text only, so token-id inputs are a client error. */
function inputTexts(input: EmbeddingsRequest['input']): string[] {
  if (typeof input === 'string') return [input];
  if (input.every((entry): entry is string => typeof entry === 'string')) return input;
  throw new GridError('invalid_request', 'Gemini embeds text only: send `input` as a string or an array of strings, not token ids.', { param: 'input' });
}

/** OpenAI embeddings request → Gemini batchEmbedContents body; `model` is `models/<name>`. */
export function toGeminiEmbedRequest(request: EmbeddingsRequest, model: string): GeminiBatchEmbedRequest {
  return {
    requests: inputTexts(request.input).map((text) => ({
      model,
      content: { parts: [{ text }] },
      ...(request.dimensions ? { outputDimensionality: request.dimensions } : {}),
    })),
  };
}

/** Float vector → base64 of little-endian float32s, the format OpenAI's `encoding_format: base64` returns. */
export function float32Base64(values: number[]): string {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((value, index) => view.setFloat32(index * 4, value, true));
  return Buffer.from(view.buffer).toString('base64');
}

/**
 * Gemini `{embeddings: [{values}]}` → an OpenAI embeddings list, in input order. Gemini reports no
 * token usage for embeddings; the body's usage says 0 because OpenAI clients expect numbers there,
 * while the normalised usage the gateway meters stays unknown.
 */
export function fromGeminiEmbedResponse(value: unknown, request: EmbeddingsRequest, model: string, provider: string): Record<string, unknown> {
  const embeddings = (value as { embeddings?: Array<{ values?: unknown }> } | undefined)?.embeddings;
  const expected = typeof request.input === 'string' ? 1 : request.input.length;
  if (!Array.isArray(embeddings) || embeddings.length !== expected || !embeddings.every((entry) => Array.isArray(entry?.values))) {
    throw new GridError('upstream_invalid_response', `Provider '${provider}' answered without one embedding per input.`);
  }
  const base64 = request.encoding_format === 'base64';
  return {
    object: 'list',
    data: embeddings.map((entry, index) => ({
      object: 'embedding',
      index,
      embedding: base64 ? float32Base64(entry.values as number[]) : entry.values,
    })),
    model,
    usage: { prompt_tokens: 0, total_tokens: 0 },
  };
}
