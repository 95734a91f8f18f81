import { USAGE_SOURCES, type UsageEvent } from './usage-event.js';

const TEXT_FIELDS = ['id', 'tenant', 'keyId', 'model', 'provider', 'upstreamModel'] as const;
const NULLABLE_TEXT_FIELDS = ['project', 'endUser', 'deployment'] as const;
const COUNT_FIELDS = ['ts', 'inputTokens', 'uncachedInputTokens', 'cacheReadTokens', 'cacheWriteTokens', 'outputTokens', 'costMicros'] as const;
const SOURCES: ReadonlySet<string> = new Set(USAGE_SOURCES);

const isCount = (value: unknown) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/**
 * What is wrong with a value that should be a usage event, or undefined when nothing is. Checked
 * before an event is journaled: one malformed row would otherwise block the ledger's retry loop.
 */
export function usageEventProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'not an object';
  const event = value as Record<string, unknown>;
  if (isWellFormed(event)) return undefined;
  for (const field of TEXT_FIELDS) {
    if (typeof event[field] !== 'string' || event[field] === '') return `${field} must be a non-empty string`;
  }
  for (const field of NULLABLE_TEXT_FIELDS) {
    if (event[field] !== null && (typeof event[field] !== 'string' || event[field] === '')) return `${field} must be a non-empty string or null`;
  }
  for (const field of COUNT_FIELDS) {
    if (!isCount(event[field])) return `${field} must be a non-negative safe integer`;
  }
  if (event.reasoningTokens !== null && !isCount(event.reasoningTokens)) return 'reasoningTokens must be a count or null';
  if (typeof event.source !== 'string' || !SOURCES.has(event.source)) return `source must be one of ${USAGE_SOURCES.join(', ')}`;
  if (typeof event.complete !== 'boolean') return 'complete must be a boolean';
  if (typeof event.batch !== 'boolean') return 'batch must be a boolean';
  if (!event.prices || typeof event.prices !== 'object' || Array.isArray(event.prices)) return 'prices must be an object';
  return undefined;
}

const isText = (value: unknown) => typeof value === 'string' && value !== '';
const isTextOrNull = (value: unknown) => value === null || isText(value);

/**
 * The same checks as the field lists above, as plain property reads: this runs for every request
 * (before its event is journaled), where a lookup by computed name per field showed in profiles.
 * Only when it fails do the lists run, to name the first bad field.
 */
function isWellFormed(event: Record<string, unknown>): boolean {
  return (
    isText(event.id) && isText(event.tenant) && isText(event.keyId) && isText(event.model) && isText(event.provider) && isText(event.upstreamModel) &&
    isTextOrNull(event.project) && isTextOrNull(event.endUser) && isTextOrNull(event.deployment) &&
    isCount(event.ts) && isCount(event.inputTokens) && isCount(event.uncachedInputTokens) && isCount(event.cacheReadTokens) &&
    isCount(event.cacheWriteTokens) && isCount(event.outputTokens) && isCount(event.costMicros) &&
    (event.reasoningTokens === null || isCount(event.reasoningTokens)) &&
    typeof event.source === 'string' && SOURCES.has(event.source) &&
    typeof event.complete === 'boolean' && typeof event.batch === 'boolean' &&
    !!event.prices && typeof event.prices === 'object' && !Array.isArray(event.prices)
  );
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
