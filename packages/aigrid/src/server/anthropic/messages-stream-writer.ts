import { once } from 'node:events';
import type { ServerResponse } from 'node:http';
import { toGridError } from '../../spec/grid-error.js';
import type { ChatStream } from '../../spec/openai-wire.js';
import { startEventStream } from '../http-io.js';
import type { RequestContext } from '../request-context.js';
import { anthropicErrorBody } from './anthropic-errors.js';
import { anthropicUsage, messageId, stopReason } from './openai-to-messages.js';

interface OpenBlock {
  index: number;
  kind: 'text' | 'tool_use';
}

/**
 * Re-emits an OpenAI chunk stream as Anthropic Messages events (message_start, content_block_*,
 * message_delta, message_stop), one upstream chunk at a time.
 */
export class MessagesStreamWriter {
  private open?: OpenBlock;
  private nextIndex = 0;
  private readonly toolBlocks = new Map<number, number>();
  private finish: string | null = null;

  constructor(
    private readonly res: ServerResponse,
    private readonly context: RequestContext,
    private readonly model: string,
  ) {}

  private async send(event: string, data: Record<string, unknown>): Promise<void> {
    if (!this.res.write(`event: ${event}\ndata: ${JSON.stringify({ type: event, ...data })}\n\n`)) {
      await once(this.res, 'drain', { signal: this.context.abortSignal(this.res) });
    }
  }

  private async closeOpen(): Promise<void> {
    if (!this.open) return;
    await this.send('content_block_stop', { index: this.open.index });
    this.open = undefined;
  }

  private async openBlock(kind: OpenBlock['kind'], contentBlock: Record<string, unknown>): Promise<number> {
    await this.closeOpen();
    const index = this.nextIndex++;
    this.open = { index, kind };
    await this.send('content_block_start', { index, content_block: contentBlock });
    return index;
  }

  private async onChunk(chunk: any): Promise<void> {
    const choice = chunk.choices?.[0];
    if (!choice) return;
    const delta = choice.delta ?? {};
    if (typeof delta.content === 'string' && delta.content.length > 0) {
      const index = this.open?.kind === 'text' ? this.open.index : await this.openBlock('text', { type: 'text', text: '' });
      await this.send('content_block_delta', { index, delta: { type: 'text_delta', text: delta.content } });
    }
    for (const call of delta.tool_calls ?? []) {
      let index = this.toolBlocks.get(call.index ?? 0);
      if (index === undefined) {
        index = await this.openBlock('tool_use', { type: 'tool_use', id: call.id ?? `toolu_${this.nextIndex}`, name: call.function?.name ?? '', input: {} });
        this.toolBlocks.set(call.index ?? 0, index);
      }
      const fragment = call.function?.arguments;
      if (fragment) await this.send('content_block_delta', { index, delta: { type: 'input_json_delta', partial_json: fragment } });
    }
    if (choice.finish_reason) this.finish = choice.finish_reason;
  }

  /** Writes the whole stream; failures after the start become an Anthropic `error` event. */
  async pipe(stream: ChatStream): Promise<void> {
    startEventStream(this.res, this.context);
    try {
      await this.send('message_start', {
        message: { id: messageId(undefined), type: 'message', role: 'assistant', model: this.model, content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: 0, output_tokens: 0 } },
      });
      for await (const event of stream) await this.onChunk(JSON.parse(event.data));
      await this.closeOpen();
      this.context.usage = stream.usage();
      await this.send('message_delta', { delta: { stop_reason: stopReason(this.finish), stop_sequence: null }, usage: anthropicUsage(this.context.usage) });
    } catch (error) {
      const failure = toGridError(error);
      this.context.usage = stream.usage();
      this.context.complete(failure.code === 'client_closed_request' ? 499 : 200, failure.code, () => {
        if (!this.res.destroyed) this.res.end(`event: error\ndata: ${JSON.stringify(anthropicErrorBody(failure))}\n\n`);
      });
      return;
    }
    this.context.complete(200, undefined, () => this.res.end(`event: message_stop\ndata: {"type":"message_stop"}\n\n`));
  }
}
