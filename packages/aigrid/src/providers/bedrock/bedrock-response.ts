import type { ChatCompletion } from '../../spec/openai-wire.js';
import { usageToOpenAI, type Usage } from '../../spec/usage.js';
import { usageFromBedrock } from './bedrock-usage.js';
import type { ConverseResponse } from './bedrock-wire.js';

const FINISH_REASONS: Record<string, string> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  model_context_window_exceeded: 'length',
  tool_use: 'tool_calls',
  guardrail_intervened: 'content_filter',
  content_filtered: 'content_filter',
};

/**
 * Maps Converse's stopReason to OpenAI's finish_reason. An unknown or missing reason becomes
 * 'tool_calls' when the answer holds tool calls (the client must run them) and 'stop' otherwise.
 */
export function finishReason(stopReason: string | null | undefined, hasToolCalls: boolean): string {
  return (stopReason && FINISH_REASONS[stopReason]) || (hasToolCalls ? 'tool_calls' : 'stop');
}

export interface ResponseIdentity {
  id: string;
  model: string;
  created: number;
}

/** An OpenAI chat.completion made from a Converse response; toolUseIds become tool call ids unchanged. */
export function toChatCompletion(response: ConverseResponse, identity: ResponseIdentity): { body: ChatCompletion; usage?: Usage } {
  let text = '';
  const toolCalls: Array<Record<string, unknown>> = [];
  for (const block of response.output?.message?.content ?? []) {
    if (typeof block?.text === 'string') text += block.text;
    else if (block?.toolUse) {
      const { toolUseId, name, input } = block.toolUse;
      toolCalls.push({
        id: toolUseId ?? `call_${identity.id}_${toolCalls.length}`,
        type: 'function',
        function: { name: name ?? '', arguments: JSON.stringify(input ?? {}) },
      });
    }
    // reasoningContent and other block kinds have no place in an OpenAI message.
  }
  const message: Record<string, unknown> = { role: 'assistant', content: text === '' && toolCalls.length > 0 ? null : text };
  if (toolCalls.length > 0) message.tool_calls = toolCalls;
  const usage = usageFromBedrock(response.usage);
  const choice = { index: 0, message, logprobs: null, finish_reason: finishReason(response.stopReason, toolCalls.length > 0) };
  const body: ChatCompletion = { id: identity.id, object: 'chat.completion', created: identity.created, model: identity.model, choices: [choice] };
  const wireUsage = usageToOpenAI(usage);
  if (wireUsage) body.usage = wireUsage;
  return { body, usage };
}
