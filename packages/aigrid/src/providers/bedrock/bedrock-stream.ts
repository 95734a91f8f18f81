import { GridError } from '../../spec/grid-error.js';
import type { ChatStream, ChatStreamEvent } from '../../spec/openai-wire.js';
import type { Usage } from '../../spec/usage.js';
import type { UpstreamResponse } from '../kit/upstream-client.js';
import { streamExceptionError } from './bedrock-errors.js';
import { headerText, payloadJson, readEventStream } from './bedrock-event-stream.js';
import type { ResponseIdentity } from './bedrock-response.js';
import { ConverseStreamTranslator } from './bedrock-stream-events.js';

export interface BedrockStreamOptions {
  provider: string;
  identity: ResponseIdentity;
  /** The client asked for a final usage chunk (stream_options.include_usage). */
  includeUsage: boolean;
  warnings: string[];
}

/**
 * A ConverseStream answer as an OpenAI chunk stream: each event-stream message is translated and
 * forwarded as soon as it is decoded. Exceptions sent inside the stream are thrown as GridError.
 */
export class BedrockChatStream implements ChatStream {
  readonly warnings?: string[];
  private readonly translator: ConverseStreamTranslator;

  constructor(
    private readonly response: UpstreamResponse,
    private readonly options: BedrockStreamOptions,
  ) {
    this.translator = new ConverseStreamTranslator(options.identity);
    if (options.warnings.length > 0) this.warnings = options.warnings;
  }

  get upstreamStatus(): number {
    return this.response.status;
  }

  usage(): Usage | undefined {
    return this.translator.usage;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ChatStreamEvent> {
    const { provider } = this.options;
    try {
      for await (const message of readEventStream(this.response.body, provider)) {
        const kind = headerText(message, ':message-type') ?? 'event';
        if (kind === 'exception') {
          throw streamExceptionError(provider, headerText(message, ':exception-type') ?? 'unknownException', payloadJson(message, provider));
        }
        if (kind === 'error') {
          const detail = headerText(message, ':error-message') ?? headerText(message, ':error-code') ?? 'unknown error';
          throw new GridError('upstream_error', `Provider '${provider}' failed mid-stream: ${detail}`, { upstreamStatus: 500 });
        }
        for (const chunk of this.translator.translate(headerText(message, ':event-type'), payloadJson(message, provider))) {
          yield { data: JSON.stringify(chunk) };
        }
      }
      // metadata is the last event; the usage chunk goes after the finish chunk either way.
      const usageChunk = this.options.includeUsage ? this.translator.usageChunk() : undefined;
      if (usageChunk) yield { data: JSON.stringify(usageChunk) };
    } catch (error) {
      throw error instanceof GridError ? error : this.response.mapError(error);
    } finally {
      this.response.done();
    }
  }
}
