import type { Usage } from '../spec/usage.js';
import type { UsageEvent } from '../spec/usage-event.js';
import { costOf, type PriceSheet } from './cost.js';

export { USAGE_SOURCES, type UsageEvent, type UsageSource } from '../spec/usage-event.js';

/** The idempotency id of an event: the request id, or `<request id>:<suffix>`. */
export function usageEventId(requestId: string, suffix?: string): string {
  return suffix === undefined ? requestId : `${requestId}:${suffix}`;
}

/** What the gateway knows after a request; {@link buildUsageEvent} turns it into an event. */
export interface UsageEventInput {
  requestId: string;
  idSuffix?: string;
  ts: number;
  tenant: string;
  project?: string | null;
  keyId: string;
  endUser?: string | null;
  model: string;
  provider: string;
  deployment?: string | null;
  upstreamModel: string;
  /** What the provider reported; undefined fields are filled from `estimate`. */
  usage: Usage | undefined;
  /**
   * The gateway's own counts: the input estimate (a function when counting is dear: called only
   * when the provider reported no input) and the tokens it saw sent.
   */
  estimate: { inputTokens: number | (() => number); outputTokens: number };
  /** The stream ended before the provider's final usage (client gone, upstream cut). */
  partial?: boolean;
  prices: PriceSheet;
  batch?: boolean;
}

/**
 * Builds an event: reported counts where the provider gave them, estimates elsewhere, the source
 * that says which, and the cost at `prices`. Cache counts the provider did not report are 0, so
 * all input is billed at the uncached price — what the provider bills when it reports no cache.
 */
export function buildUsageEvent(input: UsageEventInput): UsageEvent {
  const usage = input.usage ?? {};
  const reportedInput = usage.inputTokens ?? sumIfKnown(usage.uncachedInputTokens, usage.cacheReadTokens, usage.cacheWriteTokens);
  const estimated = input.estimate.inputTokens;
  const inputTokens = reportedInput ?? (typeof estimated === 'function' ? estimated() : estimated);
  const outputTokens = usage.outputTokens ?? input.estimate.outputTokens;
  const cacheReadTokens = reportedInput === undefined ? 0 : (usage.cacheReadTokens ?? 0);
  const cacheWriteTokens = reportedInput === undefined ? 0 : (usage.cacheWriteTokens ?? 0);
  const uncachedInputTokens =
    (reportedInput === undefined ? undefined : usage.uncachedInputTokens) ??
    Math.max(0, inputTokens - cacheReadTokens - cacheWriteTokens);
  const reported = reportedInput !== undefined && usage.outputTokens !== undefined;
  const batch = input.batch ?? false;
  const cost = costOf({ inputTokens, uncachedInputTokens, cacheReadTokens, cacheWriteTokens, outputTokens }, input.prices, { batch });
  return {
    id: usageEventId(input.requestId, input.idSuffix),
    ts: input.ts,
    tenant: input.tenant,
    // '' means none: it would collide with the rollups' stand-in for "no project".
    project: input.project || null,
    keyId: input.keyId,
    endUser: input.endUser || null,
    model: input.model,
    provider: input.provider,
    deployment: input.deployment || null,
    upstreamModel: input.upstreamModel,
    inputTokens,
    uncachedInputTokens,
    cacheReadTokens,
    cacheWriteTokens,
    outputTokens,
    reasoningTokens: usage.reasoningTokens ?? null,
    costMicros: cost.micros,
    source: input.partial ? 'partial' : reported ? 'reported' : 'estimated',
    complete: cost.complete,
    prices: input.prices,
    batch,
  };
}

function sumIfKnown(...parts: Array<number | undefined>): number | undefined {
  let total = 0;
  for (const part of parts) {
    if (part === undefined) return undefined;
    total += part;
  }
  return total;
}
