// The ledger's record of one metered request: built by metering, kept by the store, journaled by
// the server. Data only.

/**
 * Prices in integer micro-USD per million tokens (1 USD = 1,000,000 micro-USD). A field that is
 * absent is not known — never zero; a free model says 0 on purpose.
 */
export interface PriceSheet {
  inputPerMTok?: number;
  /** Reading input already in the provider's prompt cache; falls back to `inputPerMTok`. */
  cachedInputPerMTok?: number;
  /** Writing input into the prompt cache; falls back to `inputPerMTok`. */
  cacheWritePerMTok?: number;
  outputPerMTok?: number;
  /** Discount of the provider's batch API in percent (50 = half price), up to 4 decimals. */
  batchDiscountPercent?: number;
}

/** Where an event's token counts came from. */
export const USAGE_SOURCES = ['reported', 'estimated', 'partial'] as const;
/**
 * `reported`: the provider reported input and output; `estimated`: the gateway counted what the
 * provider did not report; `partial`: the stream was cut short, so the counts cover what was sent.
 */
export type UsageSource = (typeof USAGE_SOURCES)[number];

/** One metered request (or part of one) as the ledger stores it. Money in integer micro-USD. */
export interface UsageEvent {
  /** Idempotency id: the request id, plus a suffix when one request yields several events. */
  id: string;
  /** Milliseconds since the epoch. */
  ts: number;
  tenant: string;
  project: string | null;
  keyId: string;
  endUser: string | null;
  /** The public model name the client asked for. */
  model: string;
  provider: string;
  deployment: string | null;
  upstreamModel: string;
  /** uncached + cache read + cache write. */
  inputTokens: number;
  uncachedInputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
  /** Reasoning included. */
  outputTokens: number;
  /** Null where the provider does not say. */
  reasoningTokens: number | null;
  costMicros: number;
  source: UsageSource;
  /** Every needed price was known; otherwise `costMicros` leaves the unpriced part out. */
  complete: boolean;
  /** The prices the cost was computed with. */
  prices: PriceSheet;
  /** Billed at the provider's batch rate. */
  batch: boolean;
}
