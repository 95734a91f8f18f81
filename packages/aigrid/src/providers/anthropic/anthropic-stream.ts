import { GridError } from '../../spec/grid-error.js';
import type { ChatStream, ChatStreamEvent } from '../../spec/openai-wire.js';
import type { Usage } from '../../spec/usage.js';
import { readSseEvents } from '../kit/sse-events.js';
import type { UpstreamResponse } from '../kit/upstream-client.js';
import { streamErrorFromAnthropic } from './anthropic-errors.js';
import { AnthropicStreamTranslator } from './anthropic-stream-translator.js';
import type { AnthropicStreamEvent } from './anthropic-wire.js';

/** What the stream reads from: an upstream response (a plain async iterable body in tests). */
export type StreamSource = Pick<UpstreamResponse, 'status' | 'done' | 'mapError'> & { body: AsyncIterable<Uint8Array | string> };

export interface AnthropicStreamOptions {
  provider: string;
  fallbackId: string;
  model: string;
  /** Whether the client asked for a final usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
  warnings?: string[];
}

/**
 * An Anthropic SSE stream presented as OpenAI chunks, translated event by event as they arrive.
 * An `error` event becomes a thrown GridError; usage is known once the stream has ended.
 */
export class AnthropicStream implements ChatStream {
  readonly warnings?: string[];
  private readonly translator: AnthropicStreamTranslator;

  constructor(
    private readonly source: StreamSource,
    private readonly options: AnthropicStreamOptions,
  ) {
    this.warnings = options.warnings;
    this.translator = new AnthropicStreamTranslator(options.fallbackId, options.model, options.includeUsage);
  }

  get upstreamStatus(): number {
    return this.source.status;
  }

  usage(): Usage | undefined {
    return this.translator.usage();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ChatStreamEvent> {
    try {
      for await (const message of readSseEvents(this.source.body)) {
        // After message_stop the body is read to its end so the connection can be reused.
        if (this.translator.done || message.data === '') continue;
        const event = this.parse(message.data);
        if (message.event === 'error' || event.type === 'error') throw streamErrorFromAnthropic(this.options.provider, message.data);
        for (const data of this.translator.push(event)) yield { data };
      }
      for (const data of this.translator.finish()) yield { data };
    } catch (error) {
      throw error instanceof GridError ? error : this.source.mapError(error);
    } finally {
      this.source.done();
    }
  }

  private parse(data: string): AnthropicStreamEvent {
    try {
      const event = JSON.parse(data) as unknown;
      if (event && typeof event === 'object') return event as AnthropicStreamEvent;
    } catch {
      // reported below
    }
    throw new GridError('upstream_invalid_response', `Provider '${this.options.provider}' sent a stream event that is not JSON.`, { upstreamStatus: 200 });
  }
}
