import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { translateMessages } from './anthropic-messages.js';
import { translateTools } from './anthropic-tools.js';
import type { AnthropicRequest } from './anthropic-wire.js';

/**
 * `max_tokens` when the client sent none (Anthropic requires it): 4096 for the Claude 3.0 and
 * older families (their ceiling), 8192 for newer Claude models, 4096 for names we do not know.
 */
export function defaultMaxTokens(model: string): number {
  if (/claude-(instant|2)|claude-3-(opus|sonnet|haiku)/i.test(model)) return 4096;
  return /claude/i.test(model) ? 8192 : 4096;
}

/** OpenAI options Anthropic has no counterpart for: dropped with a warning when set. */
const DROPPED_OPTIONS = [
  'seed',
  'presence_penalty',
  'frequency_penalty',
  'logit_bias',
  'logprobs',
  'top_logprobs',
  'metadata',
  'reasoning_effort',
  'service_tier',
  'modalities',
  'audio',
  'prediction',
  'store',
  'web_search_options',
] as const;

export interface BuiltRequest {
  body: AnthropicRequest;
  warnings: string[];
}

function responseFormat(request: ChatCompletionRequest, body: AnthropicRequest, warnings: string[]): void {
  const format = request.response_format;
  if (!format || format.type === 'text') return;
  if (format.type === 'json_schema' && format.json_schema.schema) {
    // Structured outputs (`output_config.format`); models without them answer 400 upstream.
    body.output_config = { format: { type: 'json_schema', schema: format.json_schema.schema } };
    return;
  }
  warnings.push(`response_format '${format.type}' without a schema is not supported by Anthropic and was dropped; ask for JSON in the prompt.`);
}

function samplingOptions(request: ChatCompletionRequest, body: AnthropicRequest, warnings: string[]): void {
  if (typeof request.temperature === 'number') {
    // OpenAI allows 0–2, Anthropic 0–1.
    body.temperature = Math.min(request.temperature, 1);
    if (request.temperature > 1) warnings.push(`temperature ${request.temperature} is above Anthropic's maximum of 1; sent as 1.`);
  }
  if (typeof request.top_p === 'number') body.top_p = request.top_p;
  // top_k is Anthropic's own option, passed through when a client sends it.
  if (typeof request.top_k === 'number') body.top_k = request.top_k;
  if (typeof request.stop === 'string') body.stop_sequences = [request.stop];
  else if (Array.isArray(request.stop) && request.stop.length > 0) body.stop_sequences = request.stop;
}

/**
 * Builds the Anthropic Messages request for an OpenAI chat request, with a warning for each
 * option that could not be honoured.
 */
export function buildAnthropicRequest(request: ChatCompletionRequest, upstreamModel: string, stream: boolean): BuiltRequest {
  const warnings: string[] = [];
  const { system, messages } = translateMessages(request.messages);
  let maxTokens = request.max_completion_tokens ?? request.max_tokens ?? undefined;
  if (maxTokens === undefined) {
    maxTokens = defaultMaxTokens(upstreamModel);
    warnings.push(`max_tokens is required by Anthropic and was not given; ${maxTokens} was used.`);
  }
  const body: AnthropicRequest = { model: upstreamModel, max_tokens: maxTokens, messages };
  if (system !== undefined) body.system = system;
  const { tools, toolChoice } = translateTools(request, warnings);
  if (tools) body.tools = tools;
  if (toolChoice) body.tool_choice = toolChoice;
  samplingOptions(request, body, warnings);
  responseFormat(request, body, warnings);
  if (typeof request.user === 'string' && request.user !== '') body.metadata = { user_id: request.user };
  if (typeof request.n === 'number' && request.n > 1) warnings.push(`n=${request.n} is not supported by Anthropic; one choice is returned.`);
  for (const option of DROPPED_OPTIONS) {
    const value = request[option];
    if (value !== undefined && value !== null && value !== false) warnings.push(`${option} is not supported by Anthropic and was dropped.`);
  }
  if (stream) body.stream = true;
  return { body, warnings };
}
