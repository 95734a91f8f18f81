import { randomUUID } from 'node:crypto';
import { GridError } from '../../spec/grid-error.js';
import type { ChatStream, ChatStreamEvent } from '../../spec/openai-wire.js';
import { usageToOpenAI, type Usage } from '../../spec/usage.js';
import type { UpstreamResponse } from '../kit/upstream-client.js';
import { readSseEvents } from '../kit/sse-events.js';
import { mapFinishReason, readParts } from './gemini-candidate.js';
import { mapGeminiError } from './gemini-errors.js';
import { usageFromGemini } from './gemini-usage.js';
import type { GeminiCandidate, GeminiGenerateResponse } from './gemini-wire.js';

export interface GeminiStreamOptions {
  provider: string;
  /** Model name for the chunks until Gemini names its model version. */
  model: string;
  /** The client asked for a final usage chunk (`stream_options.include_usage`). */
  includeUsage: boolean;
  warnings?: string[];
}

/** What has been sent for one choice so far. */
interface ChoiceState {
  started: boolean;
  toolCalls: number;
}

/**
 * Translates Gemini's SSE stream (`streamGenerateContent?alt=sse`, one GenerateContentResponse per
 * event) into OpenAI `chat.completion.chunk` events, one by one as they arrive. Gemini sends each
 * function call whole, so each becomes one tool-call delta with id, name and all its arguments.
 * Usage arrives on every event, complete on the last; the last one seen is kept.
 */
export class GeminiStream implements ChatStream {
  readonly warnings?: string[];
  private reported?: Usage;
  private id = `chatcmpl-${randomUUID()}`;
  private readonly created = Math.floor(Date.now() / 1000);
  private model: string;
  private readonly choices = new Map<number, ChoiceState>();

  constructor(
    private readonly response: UpstreamResponse,
    private readonly options: GeminiStreamOptions,
  ) {
    this.model = options.model;
    this.warnings = options.warnings;
  }

  get upstreamStatus(): number {
    return this.response.status;
  }

  usage(): Usage | undefined {
    return this.reported;
  }

  async *[Symbol.asyncIterator](): AsyncIterator<ChatStreamEvent> {
    try {
      let first = true;
      for await (const event of readSseEvents(this.response.body)) {
        if (!event.data.trim()) continue;
        const chunk = this.parse(event.data);
        if (first && chunk.responseId) this.id = `chatcmpl-${chunk.responseId}`;
        first = false;
        if (chunk.modelVersion) this.model = chunk.modelVersion;
        if (chunk.usageMetadata) this.reported = usageFromGemini(chunk.usageMetadata);
        const candidates = Array.isArray(chunk.candidates) ? chunk.candidates : [];
        for (const [position, candidate] of candidates.entries()) {
          // Gemini's JSON leaves out a zero index.
          const data = this.candidateChunk(candidate, typeof candidate.index === 'number' ? candidate.index : position);
          if (data) yield { data };
        }
        const blockReason = chunk.promptFeedback?.blockReason;
        if (!candidates.length && blockReason) yield { data: this.chunk(0, { role: 'assistant', content: null }, 'content_filter', blockReason) };
      }
      if (this.options.includeUsage && this.reported) yield { data: this.frame({ choices: [], usage: usageToOpenAI(this.reported) }) };
    } catch (error) {
      throw error instanceof GridError ? error : this.response.mapError(error);
    } finally {
      this.response.done();
    }
  }

  private parse(data: string): GeminiGenerateResponse & { error?: { code?: unknown } } {
    let chunk: GeminiGenerateResponse & { error?: { code?: unknown } };
    try {
      chunk = JSON.parse(data);
    } catch (error) {
      throw new GridError('upstream_invalid_response', `Provider '${this.options.provider}' sent a stream event that is not JSON.`, { cause: error });
    }
    if (chunk?.error) {
      const status = typeof chunk.error.code === 'number' ? chunk.error.code : 500;
      throw mapGeminiError(this.options.provider, status, data);
    }
    return chunk ?? {};
  }

  /** One chunk for one candidate's event, or undefined when it carries nothing to send. */
  private candidateChunk(candidate: GeminiCandidate, index: number): string | undefined {
    const state = this.choices.get(index) ?? { started: false, toolCalls: 0 };
    this.choices.set(index, state);
    const { text, toolCalls } = readParts(candidate.content?.parts);
    const raw = typeof candidate.finishReason === 'string' ? candidate.finishReason : undefined;
    // Empty text (Gemini ends some streams with a signature-only part) is not worth a chunk.
    if (!text && !toolCalls.length && !raw) return undefined;
    const delta: Record<string, unknown> = state.started ? {} : { role: 'assistant' };
    state.started = true;
    if (text) delta.content = text;
    if (toolCalls.length) delta.tool_calls = toolCalls.map((call) => ({ index: state.toolCalls++, ...call }));
    const finish = raw ? mapFinishReason(raw, state.toolCalls > 0) : null;
    return this.chunk(index, delta, finish, raw);
  }

  private chunk(index: number, delta: Record<string, unknown>, finish: string | null, raw?: string): string {
    const choice: Record<string, unknown> = { index, delta, logprobs: null, finish_reason: finish };
    if (raw) choice.native_finish_reason = raw;
    return this.frame({ choices: [choice] });
  }

  private frame(fields: Record<string, unknown>): string {
    return JSON.stringify({ id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.model, ...fields });
  }
}
