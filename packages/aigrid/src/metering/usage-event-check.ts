import { USAGE_SOURCES, type UsageEvent } from './usage-event.js';

const SOURCES: ReadonlySet<string> = new Set(USAGE_SOURCES);

const isCount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
const isText = (value: unknown) => typeof value === 'string' && value !== '';

// Each check takes the field's value read by name at the call: this runs for every request,
// where a lookup by computed name per field showed in profiles.
const text = (field: string, value: unknown) => (isText(value) ? undefined : `${field} must be a non-empty string`);
const textOrNull = (field: string, value: unknown) =>
  value === null || isText(value) ? undefined : `${field} must be a non-empty string or null`;
const count = (field: string, value: unknown) => (isCount(value) ? undefined : `${field} must be a non-negative safe integer`);

/**
 * What is wrong with a value that should be a usage event, or undefined when nothing is. Checked
 * before an event is journaled: one malformed row would otherwise block the ledger's retry loop.
 */
export function usageEventProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'not an object';
  const event = value as Record<string, unknown>;
  const problem =
    text('id', event.id) ??
    text('tenant', event.tenant) ??
    text('keyId', event.keyId) ??
    text('model', event.model) ??
    text('provider', event.provider) ??
    text('upstreamModel', event.upstreamModel) ??
    textOrNull('project', event.project) ??
    textOrNull('endUser', event.endUser) ??
    textOrNull('deployment', event.deployment) ??
    count('ts', event.ts) ??
    count('inputTokens', event.inputTokens) ??
    count('uncachedInputTokens', event.uncachedInputTokens) ??
    count('cacheReadTokens', event.cacheReadTokens) ??
    count('cacheWriteTokens', event.cacheWriteTokens) ??
    count('outputTokens', event.outputTokens) ??
    count('costMicros', event.costMicros);
  if (problem !== undefined) return problem;
  if (event.reasoningTokens !== null && !isCount(event.reasoningTokens)) return 'reasoningTokens must be a count or null';
  if (typeof event.source !== 'string' || !SOURCES.has(event.source)) return `source must be one of ${USAGE_SOURCES.join(', ')}`;
  if (typeof event.complete !== 'boolean') return 'complete must be a boolean';
  if (typeof event.batch !== 'boolean') return 'batch must be a boolean';
  if (!event.prices || typeof event.prices !== 'object' || Array.isArray(event.prices)) return 'prices must be an object';
  return undefined;
}

/** Throws a TypeError naming the first bad field. */
export function assertUsageEvent(value: unknown): asserts value is UsageEvent {
  const problem = usageEventProblem(value);
  if (problem !== undefined) throw new TypeError(`invalid usage event: ${problem}`);
}

/** The value as a usage event, or undefined (a damaged journal line). */
export function parseUsageEvent(value: unknown): UsageEvent | undefined {
  return usageEventProblem(value) === undefined ? (value as UsageEvent) : undefined;
}
