import type { Usage } from './usage.js';

/** The parts of an OpenAI chat completion the gateway reads; everything else is carried as is. */
export interface ChatCompletion {
  id?: string;
  object?: string;
  model?: string;
  choices?: Array<{ index?: number; finish_reason?: string | null; message?: Record<string, unknown> }>;
  usage?: Record<string, unknown> | null;
  [key: string]: unknown;
}

/** A provider's chat answer: the OpenAI-shaped body and the usage read from it. */
export interface ChatResult {
  body: ChatCompletion;
  /** The upstream bytes, when they already are the OpenAI wire format: sent as they are. */
  raw?: Uint8Array;
  usage?: Usage;
  upstreamStatus: number;
  /** Request options the provider could not honour (dropped, not fatal). */
  warnings?: string[];
}

/** One server-sent event of a chat stream: the JSON text of an OpenAI `chat.completion.chunk`. */
export interface ChatStreamEvent {
  data: string;
}

/** A provider's chat stream: events in OpenAI chunk shape, and the usage once the stream ended. */
export interface ChatStream extends AsyncIterable<ChatStreamEvent> {
  usage(): Usage | undefined;
  upstreamStatus: number;
  /** Request options the provider could not honour, known before the first event. */
  warnings?: string[];
}

export interface EmbeddingsResult {
  body: Record<string, unknown>;
  raw?: Uint8Array;
  usage?: Usage;
  upstreamStatus: number;
}
