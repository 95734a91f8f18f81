import { GridError } from '../../spec/grid-error.js';
import { usageToOpenAI, type Usage } from '../../spec/usage.js';
import { finishReasonFromAnthropic } from './anthropic-finish.js';
import { argumentsJson } from './anthropic-response.js';
import { mergeUsageWire, usageFromAnthropic } from './anthropic-usage.js';
import type { AnthropicStreamEvent, AnthropicUsageWire } from './anthropic-wire.js';

interface OpenToolCall {
  index: number;
  startInput: unknown;
  sentArguments: boolean;
}

/**
 * Turns Anthropic stream events, one at a time, into OpenAI `chat.completion.chunk` JSON strings.
 * Each `tool_use` block becomes a tool call numbered in order of appearance: the first delta
 * carries its id and name, later ones the argument fragments as they arrive.
 */
export class AnthropicStreamTranslator {
  private id: string;
  private model: string;
  private readonly created = Math.floor(Date.now() / 1000);
  private stopReason?: string | null;
  private usageWire?: AnthropicUsageWire;
  private readonly tools = new Map<number, OpenToolCall>();
  private finished = false;

  constructor(
    fallbackId: string,
    fallbackModel: string,
    private readonly includeUsage: boolean,
  ) {
    this.id = fallbackId;
    this.model = fallbackModel;
  }

  /** True once `message_stop` was translated; later events are ignored. */
  get done(): boolean {
    return this.finished;
  }

  usage(): Usage | undefined {
    return usageFromAnthropic(this.usageWire);
  }

  /** Translates one event into zero or more chunks. */
  push(event: AnthropicStreamEvent): string[] {
    if (this.finished) return [];
    switch (event.type) {
      case 'message_start':
        this.id = event.message?.id ?? this.id;
        this.model = event.message?.model ?? this.model;
        this.usageWire = mergeUsageWire(this.usageWire, event.message?.usage);
        return [this.chunk({ role: 'assistant', content: '' })];
      case 'content_block_start':
        return this.blockStart(event);
      case 'content_block_delta':
        return this.blockDelta(event);
      case 'content_block_stop':
        return this.blockStop(event.index);
      case 'message_delta':
        if (event.delta?.stop_reason !== undefined) this.stopReason = event.delta.stop_reason;
        this.usageWire = mergeUsageWire(this.usageWire, event.usage);
        return [];
      case 'message_stop':
        return this.finish();
      default:
        // ping, and event types added after this was written
        return [];
    }
  }

  /** The closing chunks: the finish reason, then usage when the client asked for it. */
  finish(): string[] {
    if (this.finished) return [];
    if (this.stopReason === undefined) {
      throw new GridError('upstream_invalid_response', 'The Anthropic stream ended before the message was complete.', { upstreamStatus: 200 });
    }
    this.finished = true;
    const chunks = [this.chunk({}, finishReasonFromAnthropic(this.stopReason))];
    if (this.includeUsage) {
      chunks.push(JSON.stringify({ id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.model, choices: [], usage: usageToOpenAI(this.usage()) ?? null }));
    }
    return chunks;
  }

  private blockStart(event: AnthropicStreamEvent): string[] {
    const block = event.content_block;
    if (block?.type === 'text') return block.text ? [this.chunk({ content: block.text })] : [];
    if (block?.type !== 'tool_use' || event.index === undefined) return [];
    const call: OpenToolCall = { index: this.tools.size, startInput: block.input, sentArguments: false };
    this.tools.set(event.index, call);
    const first = { index: call.index, id: block.id, type: 'function', function: { name: block.name, arguments: '' } };
    return [this.chunk({ tool_calls: [first] })];
  }

  private blockDelta(event: AnthropicStreamEvent): string[] {
    const delta = event.delta;
    if (delta?.type === 'text_delta') return delta.text ? [this.chunk({ content: delta.text })] : [];
    if (delta?.type !== 'input_json_delta' || !delta.partial_json) return [];
    const call = event.index === undefined ? undefined : this.tools.get(event.index);
    if (!call) return [];
    call.sentArguments = true;
    return [this.chunk({ tool_calls: [{ index: call.index, function: { arguments: delta.partial_json } }] })];
  }

  /** A call whose input arrived whole (or empty) still gets JSON arguments, `{}` at least. */
  private blockStop(index: number | undefined): string[] {
    const call = index === undefined ? undefined : this.tools.get(index);
    if (!call || call.sentArguments) return [];
    call.sentArguments = true;
    return [this.chunk({ tool_calls: [{ index: call.index, function: { arguments: argumentsJson(call.startInput) } }] })];
  }

  private chunk(delta: Record<string, unknown>, finishReason: string | null = null): string {
    return JSON.stringify({
      id: this.id,
      object: 'chat.completion.chunk',
      created: this.created,
      model: this.model,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
    });
  }
}
