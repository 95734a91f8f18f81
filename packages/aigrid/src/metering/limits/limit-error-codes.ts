import { formatMicros } from '../../spec/usd-micros.js';
import type { Refusal } from './limit-types.js';

/**
 * Error codes the limits engine needs, proposed for `spec/error-codes.ts` (and docs/errors.md).
 * Until they are added there, `refusalError` gives everything the server needs to answer.
 *
 * `budget_exceeded` is 429 with type `insufficient_quota`, as OpenAI answers an exhausted quota, so
 * existing clients recognise it; it carries `x-should-retry: false`, which the OpenAI and
 * Anthropic SDKs honour, so they do not retry a refusal that only a new period or a larger
 * budget can lift. (402 would be truer to the word but no client handles it.)
 */
export const LIMIT_ERROR_TABLE = {
  budget_exceeded: { status: 429, type: 'insufficient_quota' },
  rate_limited: { status: 429, type: 'rate_limit_error' },
  concurrency_limited: { status: 429, type: 'rate_limit_error' },
  limits_unavailable: { status: 503, type: 'server_error' },
} as const satisfies Record<string, { status: number; type: string }>;

export type LimitErrorCode = keyof typeof LIMIT_ERROR_TABLE;

/** Everything needed to answer a refused request. */
export interface RefusalError {
  readonly code: LimitErrorCode;
  readonly status: number;
  readonly type: string;
  readonly message: string;
  /** Whole seconds for `retry-after`, rounded up; absent when retrying will not help. */
  readonly retryAfterSeconds?: number;
  readonly headers: Readonly<Record<string, string>>;
}

const CODE_BY_KIND = {
  budget: 'budget_exceeded',
  rate: 'rate_limited',
  tokens: 'rate_limited',
  concurrency: 'concurrency_limited',
  unavailable: 'limits_unavailable',
} as const satisfies Record<Refusal['kind'], LimitErrorCode>;

/** Maps a refusal to its error code, status, message and headers. Never names other tenants' data. */
export function refusalError(refusal: Refusal): RefusalError {
  const code = CODE_BY_KIND[refusal.kind];
  const retryAfterSeconds = refusal.retryAfterMs === undefined ? undefined : Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
  const headers: Record<string, string> = {};
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  if (refusal.kind === 'budget') headers['x-should-retry'] = 'false';
  return { code, ...LIMIT_ERROR_TABLE[code], message: refusalMessage(refusal), retryAfterSeconds, headers };
}

const PERIOD_WORDS = { day: ' daily', week: ' weekly', month: ' monthly', total: '' } as const;

function refusalMessage(refusal: Refusal): string {
  switch (refusal.kind) {
    case 'budget': {
      const period = refusal.period === undefined ? '' : PERIOD_WORDS[refusal.period];
      return `The${period} budget of ${refusal.scope} is exhausted: $${formatMicros(refusal.remaining)} of $${formatMicros(refusal.limit)} left, not enough for this request.`;
    }
    case 'rate':
      return `Rate limit of ${refusal.scope} reached: ${refusal.limit} requests per window.`;
    case 'tokens':
      return `Token rate limit of ${refusal.scope} reached: ${refusal.limit} tokens per window, ${refusal.remaining} left.`;
    case 'concurrency':
      return `Too many concurrent requests for ${refusal.scope}: at most ${refusal.limit} at a time.`;
    case 'unavailable':
      return `Limits for ${refusal.scope} cannot be checked right now (limits store unavailable); the request was refused to protect its budget.`;
  }
}
