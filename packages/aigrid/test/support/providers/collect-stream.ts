import type { ChatStream } from '../../../src/spec/openai-wire.js';

export interface CollectedStream {
  content: string;
  finishReason?: string;
  toolCalls: Array<{ id?: string; name: string; arguments: string }>;
  chunks: any[];
}

/** Assembles OpenAI-shaped stream chunks the way a client does: text, tool calls, finish reason. */
export async function collectStream(stream: ChatStream): Promise<CollectedStream> {
  const collected: CollectedStream = { content: '', toolCalls: [], chunks: [] };
  for await (const event of stream) {
    const chunk = JSON.parse(event.data);
    collected.chunks.push(chunk);
    if (chunk.object !== 'chat.completion.chunk') throw new Error(`chunk object is ${chunk.object}`);
    const choice = chunk.choices?.[0];
    if (!choice) continue;
    if (typeof choice.delta?.content === 'string') collected.content += choice.delta.content;
    for (const call of choice.delta?.tool_calls ?? []) {
      const slot = (collected.toolCalls[call.index] ??= { name: '', arguments: '' });
      if (call.id) slot.id = call.id;
      if (call.function?.name) slot.name += call.function.name;
      if (call.function?.arguments) slot.arguments += call.function.arguments;
    }
    if (choice.finish_reason) collected.finishReason = choice.finish_reason;
  }
  return collected;
}
