import { GridError } from '../../spec/grid-error.js';
import type { ChatStream, ChatStreamEvent } from '../../spec/openai-wire.js';
import { usageFromOpenAI, type Usage } from '../../spec/usage.js';
import type { UpstreamResponse } from '../kit/upstream-client.js';
import { readSseEvents } from '../kit/sse-events.js';

/**
 * Passes an OpenAI-format SSE stream through event by event. Reads usage from the final chunk;
 * when the gateway asked for usage on the client's behalf, that usage-only chunk is not forwarded.
 */
export class OpenAICompatibleStream implements ChatStream {
  private reported?: Usage;

  constructor(
    private readonly provider: string,
    private readonly response: UpstreamResponse,
    private readonly forwardUsageChunk: boolean,
  ) {}

  get upstreamStatus(): number {
    return this.response.status;
  }

  usage(): Usage | undefined {
    return this.reported;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ChatStreamEvent> {
    try {
      for await (const event of readSseEvents(this.response.body)) {
        const data = event.data;
        if (data === '[DONE]') return;
        if (data.startsWith('{"error"')) throw this.streamError(data);
        // Usage arrives once, on the last chunk; avoid parsing every chunk to find it.
        if (data.includes('"usage":{')) {
          const parsed = JSON.parse(data) as { usage?: unknown; choices?: unknown[] };
          this.reported = usageFromOpenAI(parsed.usage);
          if (!this.forwardUsageChunk && (parsed.choices?.length ?? 0) === 0) continue;
        }
        yield { data };
      }
    } catch (error) {
      throw error instanceof GridError ? error : this.response.mapError(error);
    } finally {
      this.response.done();
    }
  }

  private streamError(data: string): GridError {
    let message = 'unknown error';
    try {
      message = (JSON.parse(data) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      // keep the generic message
    }
    return new GridError('upstream_error', `Provider '${this.provider}' failed mid-stream: ${message}`, { upstreamStatus: 500 });
  }
}
