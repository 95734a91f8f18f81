import type { CancelSignal } from '../spec/cancel-signal.js';
import { GridError, toGridError } from '../spec/grid-error.js';
import type { AttemptContext, AttemptFunction } from './attempt-types.js';
import type { Clock, Schedule } from './router-deps.js';
import type { Deployment } from './router-types.js';

export type RunOutcome<T> =
  | { readonly ok: true; readonly value: T; readonly signal: CancelSignal; readonly ttftMs?: number }
  | { readonly ok: false; readonly error: GridError; readonly cause: 'attempt' | 'client' | 'deadline' };

export interface RunAttemptInput<T> {
  readonly route: string;
  readonly deployment: Deployment;
  readonly attempt: AttemptFunction<T>;
  readonly context: Omit<AttemptContext, 'markFirstToken'>;
  readonly outer?: CancelSignal;
  readonly clock: Clock;
  readonly schedule: Schedule;
}

const CLIENT_GONE = 'client';
const DEADLINE = 'deadline';

/**
 * Runs one attempt under its own AbortSignal, which aborts when the client leaves or the route's
 * deadline passes. The attempt is raced against that signal, so an attempt that ignores its signal
 * still cannot hold the request past either. On success the signal stays linked to the client's (a
 * returned stream keeps honouring client aborts) and the deadline timer is cancelled: the caller
 * enforces the rest of the deadline on a stream. On failure everything is cancelled.
 */
export async function runAttempt<T>(input: RunAttemptInput<T>): Promise<RunOutcome<T>> {
  const { clock, outer, context } = input;
  if (context.deadline === undefined && outer) return runWithClientSignal(input, outer);
  const controller = new AbortController();
  const onOuter = () => controller.abort(CLIENT_GONE);
  outer?.addEventListener('abort', onOuter, { once: true });
  const cancelDeadline =
    context.deadline === undefined ? () => {} : input.schedule(context.deadline - clock(), () => controller.abort(DEADLINE));
  const aborted = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
  aborted.catch(() => {});
  const started = clock();
  let ttftMs: number | undefined;
  const markFirstToken = () => {
    ttftMs ??= clock() - started;
  };
  if (outer?.aborted) controller.abort(CLIENT_GONE);
  try {
    const pending = input.attempt(input.deployment, controller.signal, context.attemptNumber, { ...context, markFirstToken });
    // Losing the race must not leave an unhandled rejection behind.
    pending.catch(() => {});
    const value = await Promise.race([pending, aborted]);
    // The deadline timer goes; the client link stays, so a returned stream still stops when the client leaves.
    cancelDeadline();
    return { ok: true, value, signal: controller.signal, ttftMs };
  } catch (error) {
    outer?.removeEventListener('abort', onOuter);
    cancelDeadline();
    const reason: unknown = controller.signal.aborted ? controller.signal.reason : undefined;
    if (!controller.signal.aborted) controller.abort('attempt failed');
    if (reason === CLIENT_GONE || outer?.aborted) {
      return { ok: false, cause: 'client', error: new GridError('client_closed_request', 'The client closed the request.', { cause: error }) };
    }
    if (reason === DEADLINE) {
      const message = `Route '${input.route}' did not finish within its total timeout.`;
      return { ok: false, cause: 'deadline', error: new GridError('upstream_timeout', message, { cause: error }) };
    }
    return { ok: false, cause: 'attempt', error: toGridError(error) };
  }
}

/**
 * The common case: no route deadline, so the client's signal is the only reason to abort and the
 * attempt can take it as it is — no second controller, listener or race on the hot path.
 */
async function runWithClientSignal<T>(input: RunAttemptInput<T>, outer: CancelSignal): Promise<RunOutcome<T>> {
  const { clock, context } = input;
  const started = clock();
  let ttftMs: number | undefined;
  const markFirstToken = () => {
    ttftMs ??= clock() - started;
  };
  if (outer.aborted) {
    return { ok: false, cause: 'client', error: new GridError('client_closed_request', 'The client closed the request.') };
  }
  let onAbort: (() => void) | undefined;
  // Still raced against the client leaving, so an attempt that ignores its signal cannot hold on.
  const gone = new Promise<never>((_, reject) => {
    onAbort = () => reject(new Error('aborted'));
    outer.addEventListener('abort', onAbort, { once: true });
  });
  gone.catch(() => {});
  try {
    const pending = input.attempt(input.deployment, outer, context.attemptNumber, { ...context, markFirstToken });
    pending.catch(() => {});
    const value = await Promise.race([pending, gone]);
    return { ok: true, value, signal: outer, ttftMs };
  } catch (error) {
    if (outer.aborted) {
      return { ok: false, cause: 'client', error: new GridError('client_closed_request', 'The client closed the request.', { cause: error }) };
    }
    return { ok: false, cause: 'attempt', error: toGridError(error) };
  } finally {
    outer.removeEventListener('abort', onAbort!);
  }
}
