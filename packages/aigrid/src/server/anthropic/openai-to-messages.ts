import type { ChatCompletion } from '../../spec/openai-wire.js';
import type { Usage } from '../../spec/usage.js';

const STOP_REASONS: Record<string, string> = {
  stop: 'end_turn',
  length: 'max_tokens',
  tool_calls: 'tool_use',
  function_call: 'tool_use',
  content_filter: 'refusal',
};

/** OpenAI finish_reason → Anthropic stop_reason. */
export function stopReason(finish: string | null | undefined): string {
  return (finish && STOP_REASONS[finish]) ?? 'end_turn';
}

/** Usage in Anthropic's shape: input_tokens counts only uncached input there. */
export function anthropicUsage(usage: Usage | undefined): Record<string, number> {
  const wire: Record<string, number> = {
    input_tokens: usage?.uncachedInputTokens ?? usage?.inputTokens ?? 0,
    output_tokens: usage?.outputTokens ?? 0,
  };
  if (usage?.cacheReadTokens !== undefined) wire.cache_read_input_tokens = usage.cacheReadTokens;
  if (usage?.cacheWriteTokens !== undefined) wire.cache_creation_input_tokens = usage.cacheWriteTokens;
  return wire;
}

/** Parses tool arguments; a model that produced invalid JSON still yields an object. */
export function toolInput(argumentsText: string | undefined): Record<string, unknown> {
  if (!argumentsText) return {};
  try {
    const value = JSON.parse(argumentsText);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : { value };
  } catch {
    return { _raw: argumentsText };
  }
}

export function messageId(id: string | undefined): string {
  return id?.startsWith('msg_') ? id : `msg_${(id ?? crypto.randomUUID()).replace(/[^A-Za-z0-9]/g, '')}`;
}

/** Translates an OpenAI chat completion into an Anthropic Messages response. */
export function openAIToMessages(completion: ChatCompletion, model: string, usage: Usage | undefined): Record<string, unknown> {
  const choice = completion.choices?.[0];
  const message = (choice?.message ?? {}) as { content?: unknown; tool_calls?: Array<{ id: string; function?: { name?: string; arguments?: string } }> };
  const content: Array<Record<string, unknown>> = [];
  if (typeof message.content === 'string' && message.content.length > 0) content.push({ type: 'text', text: message.content });
  for (const call of message.tool_calls ?? []) {
    content.push({ type: 'tool_use', id: call.id, name: call.function?.name ?? '', input: toolInput(call.function?.arguments) });
  }
  return {
    id: messageId(completion.id),
    type: 'message',
    role: 'assistant',
    model,
    content,
    stop_reason: stopReason(choice?.finish_reason),
    stop_sequence: null,
    usage: anthropicUsage(usage),
  };
}
