import { usageToOpenAI, type Usage } from '../../spec/usage.js';
import { finishReason, type ResponseIdentity } from './bedrock-response.js';
import { usageFromBedrock } from './bedrock-usage.js';

type Chunk = Record<string, unknown>;

/**
 * Turns ConverseStream events (messageStart, contentBlockStart/Delta/Stop, messageStop, metadata)
 * into OpenAI `chat.completion.chunk` objects, one event at a time. Tool-use blocks are numbered
 * in order of appearance; their toolUseId and name go on the first delta, input fragments after.
 */
export class ConverseStreamTranslator {
  /** Usage from the metadata event, once it arrived. */
  usage?: Usage;
  private readonly toolIndexes = new Map<number, number>();

  constructor(private readonly identity: ResponseIdentity) {}

  translate(eventType: string | undefined, payload: any): Chunk[] {
    switch (eventType) {
      case 'messageStart':
        return [this.chunk({ role: 'assistant', content: '' })];
      case 'contentBlockStart': {
        const toolUse = payload?.start?.toolUse;
        if (!toolUse) return [];
        const index = this.toolIndex(payload.contentBlockIndex);
        const call = { index, id: toolUse.toolUseId, type: 'function', function: { name: toolUse.name ?? '', arguments: '' } };
        return [this.chunk({ tool_calls: [call] })];
      }
      case 'contentBlockDelta':
        return this.delta(payload);
      case 'messageStop':
        return [this.chunk({}, finishReason(payload?.stopReason, this.toolIndexes.size > 0))];
      case 'metadata':
        this.usage = usageFromBedrock(payload?.usage);
        return [];
      default:
        // contentBlockStop and event types added later carry nothing a client needs.
        return [];
    }
  }

  /** The `{choices: [], usage}` chunk a client asks for with stream_options.include_usage. */
  usageChunk(): Chunk | undefined {
    const usage = usageToOpenAI(this.usage);
    return usage ? { ...this.base(), choices: [], usage } : undefined;
  }

  private delta(payload: any): Chunk[] {
    const delta = payload?.delta;
    if (typeof delta?.text === 'string') return delta.text === '' ? [] : [this.chunk({ content: delta.text })];
    const input = delta?.toolUse?.input;
    if (typeof input === 'string') {
      const call = { index: this.toolIndex(payload.contentBlockIndex), function: { arguments: input } };
      return [this.chunk({ tool_calls: [call] })];
    }
    // reasoningContent and citations have no place in an OpenAI chunk.
    return [];
  }

  private toolIndex(blockIndex: unknown): number {
    const key = typeof blockIndex === 'number' ? blockIndex : -1 - this.toolIndexes.size;
    let index = this.toolIndexes.get(key);
    if (index === undefined) {
      index = this.toolIndexes.size;
      this.toolIndexes.set(key, index);
    }
    return index;
  }

  private base(): Chunk {
    const { id, created, model } = this.identity;
    return { id, object: 'chat.completion.chunk', created, model };
  }

  private chunk(delta: Chunk, finish: string | null = null): Chunk {
    return { ...this.base(), choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }] };
  }
}
