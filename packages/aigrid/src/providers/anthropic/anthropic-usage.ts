import { tokenCount, type Usage } from '../../spec/usage.js';
import type { AnthropicUsageWire } from './anthropic-wire.js';

/**
 * Normalises Anthropic usage. Anthropic's `input_tokens` counts only the uncached input, so the
 * full input is uncached + cache read + cache write. Cache fields the provider did not report
 * stay undefined (unknown is not zero); they count as 0 only inside the sum.
 */
export function usageFromAnthropic(wire: AnthropicUsageWire | null | undefined): Usage | undefined {
  if (!wire || typeof wire !== 'object') return undefined;
  const uncachedInputTokens = tokenCount(wire.input_tokens);
  const cacheReadTokens = tokenCount(wire.cache_read_input_tokens);
  const cacheWriteTokens = tokenCount(wire.cache_creation_input_tokens);
  const outputTokens = tokenCount(wire.output_tokens);
  const inputTokens =
    uncachedInputTokens === undefined ? undefined : uncachedInputTokens + (cacheReadTokens ?? 0) + (cacheWriteTokens ?? 0);
  return {
    inputTokens,
    uncachedInputTokens,
    cacheReadTokens,
    cacheWriteTokens,
    outputTokens,
    reasoningTokens: tokenCount(wire.output_tokens_details?.thinking_tokens),
    totalTokens: inputTokens !== undefined && outputTokens !== undefined ? inputTokens + outputTokens : undefined,
  };
}

/**
 * Folds a stream's later usage (`message_delta`, cumulative) over the one from `message_start`:
 * a field the later report carries wins, an absent or null one keeps the earlier value.
 */
export function mergeUsageWire(
  earlier: AnthropicUsageWire | undefined,
  later: AnthropicUsageWire | null | undefined,
): AnthropicUsageWire | undefined {
  if (!later) return earlier;
  const merged: AnthropicUsageWire = { ...earlier };
  for (const [key, value] of Object.entries(later) as Array<[keyof AnthropicUsageWire, never]>) {
    if (value !== null && value !== undefined) merged[key] = value;
  }
  return merged;
}
