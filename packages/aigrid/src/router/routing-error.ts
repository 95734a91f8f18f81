import type { ErrorCode } from '../spec/error-codes.js';
import { GridError } from '../spec/grid-error.js';
import type { AttemptRecord } from './attempt-types.js';
import type { FilterKind, RoutePlan } from './router-types.js';

/**
 * The GridError a route throws when it gives up: same code, status, message and `retry-after` as
 * the error it chose to report, plus the whole attempt history for explanations and the log.
 */
export class RoutingError extends GridError {
  constructor(
    source: GridError,
    readonly route: string,
    readonly attempts: readonly AttemptRecord[],
  ) {
    super(source.code, source.message, {
      param: source.param,
      upstreamStatus: source.upstreamStatus,
      retryAfterSeconds: source.retryAfterSeconds,
      cause: source,
    });
    this.name = 'RoutingError';
  }
}

/** The attempts behind an error thrown by executeWithFallback; undefined for other errors. */
export function attemptsOf(error: unknown): readonly AttemptRecord[] | undefined {
  return error instanceof RoutingError ? error.attempts : undefined;
}

// A request no deployment can serve is the caller's to fix, so these are 4xx.
function codeFor(kinds: ReadonlySet<FilterKind>): { code: ErrorCode; param: string | null } {
  const only = (kind: FilterKind) => kinds.size === 1 && kinds.has(kind);
  if (only('context') || only('output')) return { code: 'invalid_request', param: only('output') ? 'max_tokens' : 'messages' };
  if (only('capability')) return { code: 'unsupported_operation', param: null };
  if ([...kinds].every((kind) => kind === 'region' || kind === 'location' || kind === 'price' || kind === 'rule')) {
    return { code: 'model_not_allowed', param: 'model' };
  }
  return { code: 'invalid_request', param: null };
}

/** The error for a plan with no candidate left, listing why each deployment was filtered. */
export function noCandidateError(plan: RoutePlan): GridError {
  if (plan.filtered.length === 0) {
    return new GridError('model_not_found', `Route '${plan.route}' has no deployments.`, { param: 'model' });
  }
  const { code, param } = codeFor(new Set(plan.filtered.flatMap((entry) => entry.kinds)));
  const reasons = plan.filtered.map((entry) => `${entry.deployment.id}: ${entry.reason}`).join('; ');
  return new GridError(code, `No deployment of '${plan.route}' can serve this request (${reasons}).`, { param });
}
