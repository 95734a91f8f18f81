import type { CancelSignal } from '../spec/cancel-signal.js';
import type { ErrorCode } from '../spec/error-codes.js';
import type { Deployment } from './router-types.js';

/** What happened to one attempt (or one candidate passed over). */
export type AttemptOutcome = 'success' | 'error' | 'skipped' | 'aborted';

/** What the executor did next: retry the same deployment, fall back, stop, or finish. */
export type AttemptDecision = 'done' | 'retry' | 'fallback' | 'stop';

/** One line of a request's routing history; JSON-safe, for explanations and the request log. */
export interface AttemptRecord {
  readonly deploymentId: string;
  readonly provider: string;
  readonly upstreamModel: string;
  /** 1-based count of attempts sent in this request; 0 for a skipped candidate. */
  readonly attemptNumber: number;
  /** 1-based try on this deployment. */
  readonly attemptOnDeployment: number;
  readonly outcome: AttemptOutcome;
  readonly decision: AttemptDecision;
  readonly errorCode?: ErrorCode;
  /** Upstream HTTP status, when the error came from one. */
  readonly status?: number;
  /** Clock time the attempt started. */
  readonly startedAt: number;
  readonly durationMs: number;
  /** Wait before the next retry, when the decision is `retry`. */
  readonly delayMs?: number;
  /** Why it was skipped, or why no retry: `retry budget exhausted`, `circuit open`… */
  readonly note?: string;
}

/** Passed to each attempt besides the deployment and signal. */
export interface AttemptContext {
  readonly attemptNumber: number;
  readonly attemptOnDeployment: number;
  /** The route's first-token timeout; the caller enforces it on streams. */
  readonly firstTokenMs?: number;
  /** Clock time by which the whole request must be done (from `timeouts.totalMs`). */
  readonly deadline?: number;
  /** True when this attempt is a half-open circuit probe. */
  readonly probe: boolean;
  /** Call when the first token arrives, so time-to-first-token feeds the latency EWMA. */
  markFirstToken(): void;
}

/** Performs one attempt on one deployment; throws a GridError on failure. */
export type AttemptFunction<T> = (deployment: Deployment, signal: CancelSignal, attemptNumber: number, context: AttemptContext) => Promise<T>;
