import type { ChatCompletion } from '../../spec/openai-wire.js';
import { usageToOpenAI, type Usage } from '../../spec/usage.js';
import { finishReasonFromAnthropic } from './anthropic-finish.js';
import { usageFromAnthropic } from './anthropic-usage.js';
import type { AnthropicMessage } from './anthropic-wire.js';

export interface TranslatedResponse {
  body: ChatCompletion;
  usage?: Usage;
}

/** An input object as OpenAI's JSON-string arguments; a missing input is `{}`. */
export const argumentsJson = (input: unknown): string => JSON.stringify(input ?? {});

/**
 * Translates an Anthropic `message` into an OpenAI `chat.completion`. Text blocks are joined into
 * `content`; `tool_use` blocks become `tool_calls` with Anthropic's ids unchanged; thinking and
 * server-tool blocks have no OpenAI counterpart and are left out.
 */
export function completionFromAnthropic(message: AnthropicMessage, fallbackId: string, fallbackModel: string): TranslatedResponse {
  const blocks = Array.isArray(message.content) ? message.content : [];
  let text: string | undefined;
  const toolCalls: Array<Record<string, unknown>> = [];
  for (const block of blocks) {
    if (block?.type === 'text' && typeof block.text === 'string') text = (text ?? '') + block.text;
    else if (block?.type === 'tool_use') {
      toolCalls.push({ id: block.id, type: 'function', function: { name: block.name, arguments: argumentsJson(block.input) } });
    }
  }
  const reply: Record<string, unknown> = { role: 'assistant', content: text ?? (toolCalls.length > 0 ? null : ''), refusal: null };
  if (toolCalls.length > 0) reply.tool_calls = toolCalls;
  const usage = usageFromAnthropic(message.usage);
  const choice = { index: 0, message: reply, logprobs: null, finish_reason: finishReasonFromAnthropic(message.stop_reason) };
  const body: ChatCompletion = {
    id: message.id ?? fallbackId,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: message.model ?? fallbackModel,
    choices: [choice],
  };
  const openAIUsage = usageToOpenAI(usage);
  if (openAIUsage) body.usage = openAIUsage;
  return { body, usage };
}
