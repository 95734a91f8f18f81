/**
 * Token usage normalised across providers. A field the provider did not report is `undefined`,
 * never 0: unknown is not zero.
 *
 * - `inputTokens` counts every input token: uncached + cache read + cache write.
 * - `outputTokens` counts every output token, reasoning included.
 */
export interface Usage {
  inputTokens?: number;
  uncachedInputTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  outputTokens?: number;
  reasoningTokens?: number;
  totalTokens?: number;
}

interface OpenAIUsageWire {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

/** A finite number, or undefined for anything else (null, missing, NaN). */
export const tokenCount = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

const difference = (total?: number, part?: number) => (total !== undefined && part !== undefined ? total - part : undefined);
const sum = (a?: number, b?: number) => (a !== undefined && b !== undefined ? a + b : undefined);

/** Reads an OpenAI-shaped `usage` object leniently. OpenAI's prompt_tokens already include cached tokens. */
export function usageFromOpenAI(wire: unknown): Usage | undefined {
  if (!wire || typeof wire !== 'object') return undefined;
  const usage = wire as OpenAIUsageWire;
  const inputTokens = tokenCount(usage.prompt_tokens);
  const outputTokens = tokenCount(usage.completion_tokens);
  const cacheReadTokens = tokenCount(usage.prompt_tokens_details?.cached_tokens);
  return {
    inputTokens,
    uncachedInputTokens: difference(inputTokens, cacheReadTokens),
    cacheReadTokens,
    outputTokens,
    reasoningTokens: tokenCount(usage.completion_tokens_details?.reasoning_tokens),
    totalTokens: tokenCount(usage.total_tokens) ?? sum(inputTokens, outputTokens),
  };
}

/** Writes normalised usage in OpenAI's wire shape, for responses translated from other providers. */
export function usageToOpenAI(usage: Usage | undefined): Record<string, unknown> | undefined {
  if (!usage) return undefined;
  const wire: Record<string, unknown> = {
    prompt_tokens: usage.inputTokens ?? 0,
    completion_tokens: usage.outputTokens ?? 0,
    total_tokens: usage.totalTokens ?? (usage.inputTokens ?? 0) + (usage.outputTokens ?? 0),
  };
  if (usage.cacheReadTokens !== undefined) wire.prompt_tokens_details = { cached_tokens: usage.cacheReadTokens };
  if (usage.reasoningTokens !== undefined) wire.completion_tokens_details = { reasoning_tokens: usage.reasoningTokens };
  return wire;
}
