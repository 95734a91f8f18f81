import type { GridError } from '../spec/grid-error.js';
import { retryWait } from './backoff.js';
import type { FailureClass } from './failure-classes.js';
import type { HealthView } from './health/health-types.js';
import type { RetryBudgetPort } from './retry-budget.js';
import type { Clock, RandomSource } from './router-deps.js';
import type { RetryPolicy } from './router-types.js';

export type RetryVerdict = { readonly retry: true; readonly delayMs: number } | { readonly retry: false; readonly note: string };

export interface RetryQuestion {
  readonly kind: FailureClass;
  readonly error: GridError;
  readonly deploymentId: string;
  /** 1-based try on this deployment that just failed. */
  readonly attemptOnDeployment: number;
  readonly policy: RetryPolicy;
  readonly retriesLeft: number;
  readonly deadline?: number;
}

export interface RetryDeps {
  readonly health: HealthView;
  readonly retryBudget: RetryBudgetPort;
  readonly clock: Clock;
  readonly random: RandomSource;
}

/**
 * Whether to retry the same deployment after a failure, and after how long. Cheap checks come
 * first and the global budget last, so a retry refused for another reason never spends a token.
 */
export function decideRetry(question: RetryQuestion, deps: RetryDeps): RetryVerdict {
  const { kind, policy } = question;
  if (kind !== 'transient' && kind !== 'rate-limited') return { retry: false, note: 'not retryable' };
  if (question.attemptOnDeployment >= policy.maxAttempts) return { retry: false, note: `maxAttempts ${policy.maxAttempts} reached` };
  if (deps.health.health(question.deploymentId).state !== 'closed') return { retry: false, note: 'circuit open' };
  const wait = retryWait(question.error, question.attemptOnDeployment, policy, deps.random);
  if ('skip' in wait) return { retry: false, note: wait.skip };
  if (question.deadline !== undefined && deps.clock() + wait.delayMs >= question.deadline) {
    return { retry: false, note: 'no time left to wait before the total timeout' };
  }
  if (question.retriesLeft <= 0) return { retry: false, note: 'per-request retry limit reached' };
  if (!deps.retryBudget.tryAcquireRetry(policy.budgetRatio)) return { retry: false, note: 'retry budget exhausted' };
  return { retry: true, delayMs: wait.delayMs };
}
