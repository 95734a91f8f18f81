import { GridError } from '../../spec/grid-error.js';
import type { ChatCompletionRequest } from '../../spec/openai-schemas.js';
import { toBedrockMessages, type TranslatedMessages } from './bedrock-messages.js';
import type { BedrockInferenceConfig, BedrockToolChoice, BedrockToolSpec, ConverseRequest } from './bedrock-wire.js';
import { quoteClient } from '../../spec/client-text.js';

export interface TranslatedRequest {
  body: ConverseRequest;
  /** Options Converse cannot honour; they were dropped. */
  warnings: string[];
}

/** OpenAI options Converse has no field for: dropped with a warning. */
const UNSUPPORTED_OPTIONS = [
  'presence_penalty',
  'frequency_penalty',
  'seed',
  'logprobs',
  'top_logprobs',
  'logit_bias',
  'metadata',
] as const;

const isSet = (value: unknown) => value !== undefined && value !== null && value !== false;

function inferenceConfig(request: ChatCompletionRequest): BedrockInferenceConfig | undefined {
  const config: BedrockInferenceConfig = {};
  const maxTokens = request.max_completion_tokens ?? request.max_tokens;
  if (maxTokens != null) config.maxTokens = maxTokens;
  if (request.temperature != null) config.temperature = request.temperature;
  if (request.top_p != null) config.topP = request.top_p;
  if (request.stop != null) config.stopSequences = typeof request.stop === 'string' ? [request.stop] : [...request.stop];
  return Object.keys(config).length > 0 ? config : undefined;
}

function toolSpecs(request: ChatCompletionRequest, warnings: string[]): BedrockToolSpec[] {
  const specs: BedrockToolSpec[] = [];
  for (const tool of request.tools ?? []) {
    if (tool.type !== 'function' || !tool.function) {
      warnings.push(`Tools of type '${tool.type}' are not supported by Bedrock and were dropped.`);
      continue;
    }
    const { name, description, parameters } = tool.function;
    specs.push({ toolSpec: { name, description, inputSchema: { json: parameters ?? { type: 'object', properties: {} } } } });
  }
  return specs;
}

/** OpenAI's tool_choice as Converse's toolChoice; 'none' is handled by the caller. */
function toolChoice(choice: ChatCompletionRequest['tool_choice']): BedrockToolChoice | undefined {
  if (choice === undefined || choice === 'auto') return { auto: {} };
  if (choice === 'required') return { any: {} };
  if (typeof choice === 'object') {
    const name = (choice as { function?: { name?: unknown } }).function?.name;
    if (typeof name === 'string') return { tool: { name } };
  }
  throw new GridError('invalid_request', `tool_choice ${quoteClient(JSON.stringify(choice))} is not supported.`, { param: 'tool_choice' });
}

/**
 * Converse refuses toolUse/toolResult blocks without a toolConfig, so a request that replays a
 * tool history but defines no tools gets the history's tools declared with an open schema.
 */
function historyTools(names: string[], warnings: string[]): ConverseRequest['toolConfig'] {
  if (names.length === 0) return undefined;
  warnings.push('The history holds tool calls but the request defines no tools; Bedrock requires them, so they were declared without schemas.');
  return { tools: names.map((name) => ({ toolSpec: { name, inputSchema: { json: { type: 'object' } } } })) };
}

function toolConfig(request: ChatCompletionRequest, history: TranslatedMessages, warnings: string[]): ConverseRequest['toolConfig'] {
  const { hasToolBlocks, historyToolNames } = history;
  const tools = toolSpecs(request, warnings);
  if (tools.length === 0) return hasToolBlocks ? historyTools(historyToolNames, warnings) : undefined;
  if (request.tool_choice === 'none') {
    // Converse has no "none"; leaving the tools out is the same, unless the history holds tool
    // blocks, which Converse accepts only alongside a toolConfig.
    if (!hasToolBlocks) return undefined;
    warnings.push("tool_choice 'none' cannot be enforced on Bedrock when the history holds tool calls; the model may call a tool.");
    return { tools };
  }
  return { tools, toolChoice: toolChoice(request.tool_choice) };
}

function dropped(request: ChatCompletionRequest): string[] {
  const warnings: string[] = [];
  const fields = request as Record<string, unknown>;
  for (const option of UNSUPPORTED_OPTIONS) {
    if (isSet(fields[option])) warnings.push(`'${option}' is not supported by Bedrock Converse and was ignored.`);
  }
  if (request.n != null && request.n > 1) warnings.push("'n' > 1 is not supported by Bedrock Converse; one choice is returned.");
  if (request.response_format && request.response_format.type !== 'text') {
    warnings.push("'response_format' is not supported by Bedrock Converse and was ignored.");
  }
  if (request.parallel_tool_calls === false) warnings.push("'parallel_tool_calls: false' cannot be enforced on Bedrock.");
  return warnings;
}

/** Translates an OpenAI chat request into a Converse request body plus warnings for dropped options. */
export function toConverseRequest(request: ChatCompletionRequest): TranslatedRequest {
  const warnings = dropped(request);
  const history = toBedrockMessages(request.messages);
  const { system, messages } = history;
  const body: ConverseRequest = { messages };
  if (system.length > 0) body.system = system;
  const config = inferenceConfig(request);
  if (config) body.inferenceConfig = config;
  const tools = toolConfig(request, history, warnings);
  if (tools) body.toolConfig = tools;
  return { body, warnings };
}
