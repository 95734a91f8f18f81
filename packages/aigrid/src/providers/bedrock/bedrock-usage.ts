import { tokenCount, type Usage } from '../../spec/usage.js';
import type { BedrockUsageWire } from './bedrock-wire.js';

/**
 * Normalises Bedrock's TokenUsage. Bedrock's `inputTokens` counts only the uncached input; cache
 * reads and writes are reported beside it (as Anthropic does), so our `inputTokens` is the sum.
 * Cache fields Bedrock left out stay undefined; the total still counts them as none, since
 * Bedrock omits them exactly when no cache point was used.
 */
export function usageFromBedrock(wire: BedrockUsageWire | null | undefined): Usage | undefined {
  if (!wire || typeof wire !== 'object') return undefined;
  const uncachedInputTokens = tokenCount(wire.inputTokens);
  const cacheReadTokens = tokenCount(wire.cacheReadInputTokens);
  const cacheWriteTokens = tokenCount(wire.cacheWriteInputTokens);
  const outputTokens = tokenCount(wire.outputTokens);
  const inputTokens = uncachedInputTokens === undefined ? undefined : uncachedInputTokens + (cacheReadTokens ?? 0) + (cacheWriteTokens ?? 0);
  // Computed rather than read: whether Bedrock's totalTokens counts cache tokens is not documented.
  const totalTokens = inputTokens !== undefined && outputTokens !== undefined ? inputTokens + outputTokens : tokenCount(wire.totalTokens);
  return { inputTokens, uncachedInputTokens, cacheReadTokens, cacheWriteTokens, outputTokens, totalTokens };
}
