import type { CancelSignal } from '../spec/cancel-signal.js';
import type { ChatCompletionRequest, EmbeddingsRequest } from '../spec/openai-schemas.js';
import type { ChatResult, ChatStream, EmbeddingsResult } from '../spec/openai-wire.js';

/** What every provider call gets besides the request itself. */
export interface CallContext {
  /** Aborts the upstream call: the client went away or the total timeout fired. */
  readonly signal: CancelSignal;
  readonly requestId: string;
  /** Model name to send upstream. */
  readonly upstreamModel: string;
  /**
   * The client's JSON body, given only when the request object is exactly what it parsed to (no
   * fallback list, nothing redacted). An adapter whose upstream body would carry the same fields
   * may send these bytes instead of serialising the request again.
   */
  readonly clientBody?: Uint8Array;
}

export interface ProviderCapabilities {
  readonly chat: boolean;
  readonly streaming: boolean;
  readonly tools: boolean;
  readonly embeddings: boolean;
}

/**
 * The small interface every provider implements. Requests arrive OpenAI-shaped; an adapter
 * translates to its wire format and back. Errors are thrown as GridError.
 */
export interface ProviderAdapter {
  readonly id: string;
  readonly type: string;
  readonly capabilities: ProviderCapabilities;
  chat(request: ChatCompletionRequest, context: CallContext): Promise<ChatResult>;
  chatStream(request: ChatCompletionRequest, context: CallContext): Promise<ChatStream>;
  embed(request: EmbeddingsRequest, context: CallContext): Promise<EmbeddingsResult>;
  /** Closes pooled connections. */
  close(): Promise<void>;
}
