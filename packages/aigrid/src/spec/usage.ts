/**
 * Token usage as a provider reported it. A field the provider did not report is `undefined`,
 * never 0: unknown is not zero.
 */
export interface Usage {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
  reasoningTokens?: number;
}

interface OpenAIUsageWire {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

const num = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** Reads an OpenAI-shaped `usage` object leniently. */
export function usageFromOpenAI(wire: unknown): Usage | undefined {
  if (!wire || typeof wire !== 'object') return undefined;
  const usage = wire as OpenAIUsageWire;
  return {
    inputTokens: num(usage.prompt_tokens),
    outputTokens: num(usage.completion_tokens),
    totalTokens: num(usage.total_tokens),
    cacheReadTokens: num(usage.prompt_tokens_details?.cached_tokens),
    reasoningTokens: num(usage.completion_tokens_details?.reasoning_tokens),
  };
}
