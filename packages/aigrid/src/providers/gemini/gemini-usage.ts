import { tokenCount, type Usage } from '../../spec/usage.js';
import type { GeminiUsageMetadata } from './gemini-wire.js';

/**
 * Gemini `usageMetadata` → normalised usage.
 *
 * - `promptTokenCount` already includes cached tokens; `toolUsePromptTokenCount` (tool results
 *   Gemini fed itself, e.g. code execution) is input too, so both make `inputTokens`.
 * - `cachedContentTokenCount` is the cache read. Gemini writes caches through a separate API and
 *   never reports a cache write here, so `cacheWriteTokens` stays undefined.
 * - Gemini bills thoughts as output: `outputTokens` = candidates + thoughts, `reasoningTokens` = thoughts.
 * - Counters Gemini did not send stay undefined. Its JSON leaves out zero counters, so a response
 *   with a prompt count and no cached count read nothing from a cache: uncached = input then.
 */
export function usageFromGemini(metadata: GeminiUsageMetadata | null | undefined): Usage | undefined {
  if (!metadata || typeof metadata !== 'object') return undefined;
  const prompt = tokenCount(metadata.promptTokenCount);
  const toolUse = tokenCount(metadata.toolUsePromptTokenCount);
  const inputTokens = prompt === undefined ? undefined : prompt + (toolUse ?? 0);
  const cacheReadTokens = tokenCount(metadata.cachedContentTokenCount);
  const candidates = tokenCount(metadata.candidatesTokenCount);
  const thoughts = tokenCount(metadata.thoughtsTokenCount);
  const outputTokens = candidates === undefined && thoughts === undefined ? undefined : (candidates ?? 0) + (thoughts ?? 0);
  const sum = inputTokens !== undefined && outputTokens !== undefined ? inputTokens + outputTokens : undefined;
  return {
    inputTokens,
    uncachedInputTokens: inputTokens === undefined ? undefined : inputTokens - (cacheReadTokens ?? 0),
    cacheReadTokens,
    cacheWriteTokens: undefined,
    outputTokens,
    reasoningTokens: thoughts,
    totalTokens: tokenCount(metadata.totalTokenCount) ?? sum,
  };
}
