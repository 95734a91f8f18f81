import type { AttemptRecord } from '../router/index.js';
import { upstreamCause, type UpstreamCause } from '../providers/kit/upstream-cause.js';
import { GridError } from '../spec/grid-error.js';
import type { Logger } from './logger.js';

/** The cause class of a failed request's error: a timeout code wins over whatever it wraps. */
export function failureCause(error: GridError): UpstreamCause {
  if (error.code === 'upstream_timeout') return 'timeout';
  return upstreamCause(error);
}

/**
 * One JSON warning line for a request that failed at the provider: request id, the deployment
 * tried last, the error code and the class of cause (dns, refused, reset, timeout, tls, status),
 * and each attempt's outcome. Never a message or a body: those may carry client content, and the
 * gateway's credentials never reach an error.
 */
export function logProviderFailure(logger: Logger, requestId: string, error: unknown, attempts: readonly AttemptRecord[]): void {
  if (!(error instanceof GridError) || !error.code.startsWith('upstream_')) return;
  const tried = attempts.filter((attempt) => attempt.attemptNumber > 0);
  const last = tried.at(-1);
  logger.warn('provider failure', {
    requestId,
    code: error.code,
    cause: failureCause(error),
    deployment: last?.deploymentId ?? null,
    provider: last?.provider ?? null,
    upstreamStatus: error.upstreamStatus ?? null,
    attempts: tried.map((attempt) => ({ deployment: attempt.deploymentId, code: attempt.errorCode ?? null, status: attempt.status ?? null })),
  });
}
