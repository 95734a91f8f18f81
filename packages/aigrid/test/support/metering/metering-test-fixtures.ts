import { randomUUID } from 'node:crypto';
import type { UsageEvent } from '../../../src/metering/usage-event.js';

// Test helpers shared by the metering tests. Not used by the gateway itself.

/** 2024-01-15T00:00:00Z, a Monday: a fixed, day-aligned base time for ledger tests. */
export const BASE_TS = Date.UTC(2024, 0, 15);

/** A plausible usage event; override what a test cares about. */
export function sampleUsageEvent(overrides: Partial<UsageEvent> = {}): UsageEvent {
  return {
    id: `req_${randomUUID()}`,
    ts: BASE_TS + 90 * 60_000,
    tenant: 'acme',
    project: 'web',
    keyId: 'key_1',
    endUser: null,
    model: 'gpt-4o-mini',
    provider: 'openai',
    deployment: 'openai-main',
    upstreamModel: 'gpt-4o-mini-2024-07-18',
    inputTokens: 1_000,
    uncachedInputTokens: 1_000,
    cacheReadTokens: 0,
    cacheWriteTokens: 0,
    outputTokens: 200,
    reasoningTokens: null,
    costMicros: 270,
    source: 'reported',
    complete: true,
    prices: { inputPerMTok: 150_000, outputPerMTok: 600_000 },
    batch: false,
    ...overrides,
  };
}
