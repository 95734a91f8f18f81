import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { toGeminiContents } from './gemini-messages.js';
import { toGeminiTools } from './gemini-tools.js';
import type { GeminiGenerateRequest, GeminiGenerationConfig } from './gemini-wire.js';

/** OpenAI request fields Gemini's generateContent has no equivalent for; dropped with a warning. */
const UNSUPPORTED_FIELDS = ['logprobs', 'top_logprobs', 'logit_bias', 'reasoning_effort', 'verbosity', 'prediction', 'modalities', 'audio', 'web_search_options', 'service_tier', 'store'];

const defined = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

function generationConfig(request: ChatCompletionRequest): GeminiGenerationConfig {
  const config: GeminiGenerationConfig = {};
  if (defined(request.temperature)) config.temperature = request.temperature;
  if (defined(request.top_p)) config.topP = request.top_p;
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  if (defined(maxTokens)) config.maxOutputTokens = maxTokens;
  if (defined(request.stop)) config.stopSequences = typeof request.stop === 'string' ? [request.stop] : request.stop;
  if (defined(request.n)) config.candidateCount = request.n;
  if (defined(request.seed)) config.seed = request.seed;
  if (defined(request.presence_penalty)) config.presencePenalty = request.presence_penalty;
  if (defined(request.frequency_penalty)) config.frequencyPenalty = request.frequency_penalty;
  const format = request.response_format;
  if (format?.type === 'json_object') config.responseMimeType = 'application/json';
  if (format?.type === 'json_schema') {
    config.responseMimeType = 'application/json';
    // responseJsonSchema takes JSON Schema as is (the older responseSchema takes only the OpenAPI subset).
    if (format.json_schema.schema) config.responseJsonSchema = format.json_schema.schema;
  }
  return config;
}

/**
 * Translates an OpenAI chat request into a Gemini generateContent body. Options Gemini cannot
 * honour are listed in `warnings`; the request goes ahead without them.
 */
export function toGeminiRequest(request: ChatCompletionRequest): { body: GeminiGenerateRequest; warnings: string[] } {
  const warnings: string[] = [];
  const { contents, systemInstruction } = toGeminiContents(request.messages, warnings);
  const body: GeminiGenerateRequest = { contents };
  if (systemInstruction) body.systemInstruction = systemInstruction;
  Object.assign(body, toGeminiTools(request, warnings));
  const config = generationConfig(request);
  if (Object.keys(config).length) body.generationConfig = config;
  const record = request as Record<string, unknown>;
  for (const field of UNSUPPORTED_FIELDS) {
    if (defined(record[field]) && record[field] !== false) warnings.push(`'${field}' is not supported by the Gemini adapter and was ignored.`);
  }
  return { body, warnings };
}
