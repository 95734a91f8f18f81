import { GridError } from '../../spec/grid-error.js';
import type { EmbeddingsRequest } from '../../spec/openai-schemas.js';
import { tokenCount, type Usage } from '../../spec/usage.js';

/** One InvokeModel call: the parsed JSON answer and the input token count Bedrock reports in a header. */
export type InvokeModel = (body: unknown) => Promise<{ value: any; inputTokenCount?: number }>;

/** Cohere Embed on Bedrock takes at most 96 texts per call. */
const COHERE_BATCH = 96;

function texts(request: EmbeddingsRequest): string[] {
  const input = request.input;
  if (typeof input === 'string') return [input];
  if (input.every((item): item is string => typeof item === 'string')) return input;
  throw new GridError('invalid_request', 'Bedrock embedding models take text input, not token arrays.', { param: 'input' });
}

/** Runs `task` over every item with at most `limit` in flight, keeping the order of results. */
async function mapBounded<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const sumKnown = (counts: Array<number | undefined>) =>
  counts.every((count) => count !== undefined) ? counts.reduce((total: number, count) => total + count!, 0) : undefined;

async function titan(inputs: string[], request: EmbeddingsRequest, invoke: InvokeModel, concurrency: number) {
  // Titan embeds one text per call.
  const answers = await mapBounded(inputs, concurrency, (inputText) =>
    invoke(request.dimensions ? { inputText, dimensions: request.dimensions } : { inputText }),
  );
  const vectors = answers.map(({ value }) => (Array.isArray(value?.embedding) ? (value.embedding as number[]) : []));
  const inputTokens = sumKnown(answers.map(({ value, inputTokenCount }) => tokenCount(value?.inputTextTokenCount) ?? inputTokenCount));
  return { vectors, inputTokens };
}

async function cohere(modelId: string, inputs: string[], request: EmbeddingsRequest, invoke: InvokeModel, concurrency: number) {
  const body: Record<string, unknown> = { input_type: 'search_document' };
  if (request.dimensions) {
    // Only Embed v4 has a configurable size; v3 models are fixed at 1024 (384 for light).
    if (!/embed-v4/.test(modelId)) throw new GridError('invalid_request', `'dimensions' is not supported by ${modelId}.`, { param: 'dimensions' });
    body.output_dimension = request.dimensions;
  }
  const batches: string[][] = [];
  for (let start = 0; start < inputs.length; start += COHERE_BATCH) batches.push(inputs.slice(start, start + COHERE_BATCH));
  const answers = await mapBounded(batches, concurrency, (batch) => invoke({ ...body, texts: batch }));
  const vectors = answers.flatMap(({ value }) => {
    // embeddings_floats answers hold the list itself; embeddings_by_type answers hold it under `float`.
    const embeddings = Array.isArray(value?.embeddings) ? value.embeddings : value?.embeddings?.float;
    return Array.isArray(embeddings) ? (embeddings as number[][]) : [];
  });
  return { vectors, inputTokens: sumKnown(answers.map(({ inputTokenCount }) => inputTokenCount)) };
}

function encode(vector: number[], format: EmbeddingsRequest['encoding_format']): number[] | string {
  if (format !== 'base64') return vector;
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

/**
 * Embeddings through InvokeModel, in OpenAI's `list` shape. The body format depends on the model
 * family, chosen by the model id: Amazon Titan Text Embeddings (one text per call, run with
 * bounded concurrency) or Cohere Embed (batches of 96). Other models are unsupported.
 */
export async function embedWithBedrock(
  request: EmbeddingsRequest,
  modelId: string,
  invoke: InvokeModel,
  concurrency: number,
): Promise<{ body: Record<string, unknown>; usage: Usage }> {
  const inputs = texts(request);
  let result: { vectors: number[][]; inputTokens?: number };
  if (modelId.includes('amazon.titan-embed')) result = await titan(inputs, request, invoke, concurrency);
  else if (modelId.includes('cohere.embed')) result = await cohere(modelId, inputs, request, invoke, concurrency);
  else {
    throw new GridError('unsupported_operation', `Bedrock embeddings support Amazon Titan and Cohere Embed models, not '${modelId}'.`);
  }
  if (result.vectors.length !== inputs.length || result.vectors.some((vector) => vector.length === 0)) {
    throw new GridError('upstream_invalid_response', `Bedrock returned ${result.vectors.length} embeddings for ${inputs.length} inputs.`);
  }
  const data = result.vectors.map((vector, index) => ({ object: 'embedding', index, embedding: encode(vector, request.encoding_format) }));
  const body: Record<string, unknown> = { object: 'list', data, model: modelId };
  if (result.inputTokens !== undefined) body.usage = { prompt_tokens: result.inputTokens, total_tokens: result.inputTokens };
  const usage: Usage = { inputTokens: result.inputTokens, uncachedInputTokens: result.inputTokens, totalTokens: result.inputTokens };
  return { body, usage };
}
