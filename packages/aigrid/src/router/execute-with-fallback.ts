import type { CancelSignal } from '../spec/cancel-signal.js';
import { GridError } from '../spec/grid-error.js';
import { runAttempt } from './attempt-runner.js';
import type { AttemptFunction, AttemptRecord } from './attempt-types.js';
import { classifyFailure } from './failure-classes.js';
import type { HealthLease, HealthRecorder } from './health/health-types.js';
import type { RetryBudgetPort } from './retry-budget.js';
import { decideRetry } from './retry-decision.js';
import { systemSchedule, type Clock, type RandomSource, type Schedule, type Sleep } from './router-deps.js';
import type { Deployment, RoutePlan } from './router-types.js';
import { RoutingError, noCandidateError } from './routing-error.js';

export interface ExecuteDeps {
  readonly health: HealthRecorder;
  /** The route's budget (one per route, shared by all its requests). */
  readonly retryBudget: RetryBudgetPort;
  readonly clock: Clock;
  readonly sleep: Sleep;
  readonly random: RandomSource;
  /** Timer for the total timeout; defaults to setTimeout. */
  readonly schedule?: Schedule;
}

export interface ExecuteOptions {
  /** The client's signal: when it aborts, the request stops and nothing more is tried. */
  readonly signal?: CancelSignal;
}

export interface ExecutionResult<T> {
  readonly result: T;
  readonly deployment: Deployment;
  readonly attempts: AttemptRecord[];
  /** The winning attempt's signal: still aborts when the client leaves (for streams). */
  readonly signal: CancelSignal;
  /** Clock time the whole request must end by (`timeouts.totalMs`); a stream enforces it from here on. */
  readonly deadline?: number;
}

interface RunState {
  sent: number;
  retriesLeft: number;
  lastError?: GridError;
  lastNonRetryable?: GridError;
}

/**
 * Runs a plan: candidates in order, retrying retryable failures on the same deployment (backoff
 * with full jitter, `retry-after` honoured, per-request and route budgets) before falling back to
 * the next. Stops at once on the caller's own errors (400-class) and when the client leaves.
 * Throws a RoutingError carrying every attempt when nothing succeeds.
 */
export async function executeWithFallback<T>(
  plan: RoutePlan,
  attempt: AttemptFunction<T>,
  deps: ExecuteDeps,
  options: ExecuteOptions = {},
): Promise<ExecutionResult<T>> {
  const attempts: AttemptRecord[] = [];
  if (plan.ordered.length === 0) throw new RoutingError(noCandidateError(plan), plan.route, attempts);
  deps.retryBudget.recordRequest();
  const deadline = plan.timeouts.totalMs === undefined ? undefined : deps.clock() + plan.timeouts.totalMs;
  const policy = plan.retries;
  const state: RunState = { sent: 0, retriesLeft: policy.maxRetriesPerRequest ?? Math.max(0, policy.maxAttempts - 1) };
  const fail = (error: GridError): never => {
    throw new RoutingError(error, plan.route, attempts);
  };

  for (let index = 0; index < plan.ordered.length; index++) {
    const deployment = plan.ordered[index];
    const record = (fields: Omit<AttemptRecord, 'deploymentId' | 'provider' | 'upstreamModel'>) => {
      attempts.push(Object.assign({ deploymentId: deployment.id, provider: deployment.provider, upstreamModel: deployment.upstreamModel }, fields));
    };
    for (let onDeployment = 1; ; onDeployment += 1) {
      if (options.signal?.aborted) fail(new GridError('client_closed_request', 'The client closed the request.'));
      if (deadline !== undefined && deps.clock() >= deadline) {
        fail(new GridError('upstream_timeout', `Route '${plan.route}' did not finish within its total timeout.`));
      }
      const lease = admit(plan, index, onDeployment, state, deps.health);
      const startedAt = deps.clock();
      if (!lease) {
        const skipped = { attemptNumber: 0, attemptOnDeployment: onDeployment, startedAt, durationMs: 0 };
        record({ ...skipped, outcome: 'skipped', decision: 'fallback', note: 'circuit open' });
        break;
      }
      state.sent += 1;
      const context = {
        attemptNumber: state.sent,
        attemptOnDeployment: onDeployment,
        firstTokenMs: plan.timeouts.firstTokenMs,
        deadline,
        probe: lease.probe,
      };
      const schedule = deps.schedule ?? systemSchedule;
      let outcome;
      try {
        outcome = await runAttempt({ route: plan.route, deployment, attempt, context, outer: options.signal, clock: deps.clock, schedule });
      } finally {
        lease.release();
      }
      const durationMs = deps.clock() - startedAt;
      if (outcome.ok) {
        deps.health.recordSuccess(deployment.id, { latencyMs: durationMs, ttftMs: outcome.ttftMs });
        // Every request's record: one literal, not the generic merge of `record`.
        attempts.push({
          deploymentId: deployment.id,
          provider: deployment.provider,
          upstreamModel: deployment.upstreamModel,
          attemptNumber: state.sent,
          attemptOnDeployment: onDeployment,
          startedAt,
          durationMs,
          outcome: 'success',
          decision: 'done',
        });
        return { result: outcome.value, deployment, attempts, signal: outcome.signal, deadline };
      }
      const base = { attemptNumber: state.sent, attemptOnDeployment: onDeployment, startedAt, durationMs };
      const { error } = outcome;
      const failed = { ...base, errorCode: error.code, status: error.upstreamStatus };
      if (outcome.cause === 'client') {
        record({ ...failed, outcome: 'aborted', decision: 'stop', note: 'client closed the request' });
        fail(error);
      }
      deps.health.recordFailure(deployment.id, error);
      if (outcome.cause === 'deadline') {
        record({ ...failed, outcome: 'error', decision: 'stop', note: 'total timeout reached' });
        fail(error);
      }
      state.lastError = error;
      if (!error.isRetryable) state.lastNonRetryable = error;
      const kind = classifyFailure(error);
      if (kind === 'caller' || kind === 'client-gone') {
        record({ ...failed, outcome: 'error', decision: 'stop', note: 'the request itself was refused; not sent elsewhere' });
        fail(error);
      }
      const verdict = decideRetry(
        { kind, error, deploymentId: deployment.id, attemptOnDeployment: onDeployment, policy, retriesLeft: state.retriesLeft, deadline },
        deps,
      );
      if (!verdict.retry) {
        record({ ...failed, outcome: 'error', decision: 'fallback', note: verdict.note });
        break;
      }
      record({ ...failed, outcome: 'error', decision: 'retry', delayMs: verdict.delayMs });
      state.retriesLeft -= 1;
      await deps.sleep(verdict.delayMs, options.signal);
    }
  }
  // The most informative error: the last non-retryable one (it names a real problem), else the last.
  const fallback = new GridError('upstream_unreachable', `No deployment of '${plan.route}' could be tried.`);
  return fail(state.lastNonRetryable ?? state.lastError ?? fallback);
}

/**
 * Takes a health lease for the next attempt. A deployment whose circuit is open is skipped,
 * unless nothing has been sent yet and no later candidate would be admitted: then it is tried
 * anyway, so a request is never refused while a deployment exists.
 */
function admit(plan: RoutePlan, index: number, onDeployment: number, state: RunState, health: HealthRecorder): HealthLease | undefined {
  const id = plan.ordered[index].id;
  const lease = health.acquire(id);
  if (lease || onDeployment > 1 || state.sent > 0) return lease;
  const laterAdmitted = plan.ordered.slice(index + 1).some((deployment) => health.health(deployment.id).probeAvailable);
  return laterAdmitted ? undefined : health.acquire(id, { force: true });
}
