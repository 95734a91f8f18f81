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
export function runAttempt<T>(input: RunAttemptInput<T>): Promise<RunOutcome<T>> {
  if (input.context.deadline === undefined && input.outer) return runWithClientSignal(input, input.outer);
  return runWithController(input);
}

/** An attempt under a controller of its own, raced against the client and the route's deadline. */
async function runWithController<T>(input: RunAttemptInput<T>): Promise<RunOutcome<T>> {
  const { clock, outer, context } = input;
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
    const pending = input.attempt(input.deployment, controller.signal, context.attemptNumber, withMarker(context, markFirstToken));
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
 * attempt can take it as it is — no second controller on the hot path. It is still raced against
 * the client leaving, so an attempt that ignores its signal cannot hold on; the race is one promise
 * settled by whichever comes first (Promise.race and an async frame per attempt showed in profiles).
 */
function runWithClientSignal<T>(input: RunAttemptInput<T>, outer: CancelSignal): Promise<RunOutcome<T>> {
  const { clock, context } = input;
  const started = clock();
  let ttftMs: number | undefined;
  const markFirstToken = () => {
    ttftMs ??= clock() - started;
  };
  if (outer.aborted) return Promise.resolve(clientGone());
  return new Promise<RunOutcome<T>>((resolve) => {
    let settled = false;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      resolve(clientGone(new Error('aborted')));
    };
    const onValue = (value: T) => {
      outer.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      resolve({ ok: true, value, signal: outer, ttftMs });
    };
    const onError = (error: unknown) => {
      outer.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      resolve(outer.aborted ? clientGone(error) : { ok: false, cause: 'attempt', error: toGridError(error) });
    };
    outer.addEventListener('abort', onAbort, { once: true });
    try {
      input.attempt(input.deployment, outer, context.attemptNumber, withMarker(context, markFirstToken)).then(onValue, onError);
    } catch (error) {
      onError(error);
    }
  });
}

/** The attempt's context with its first-token marker: a literal of one shape (a spread cost more per attempt). */
function withMarker(context: Omit<AttemptContext, 'markFirstToken'>, markFirstToken: () => void): AttemptContext {
  return {
    attemptNumber: context.attemptNumber,
    attemptOnDeployment: context.attemptOnDeployment,
    firstTokenMs: context.firstTokenMs,
    deadline: context.deadline,
    probe: context.probe,
    markFirstToken,
  };
}

function clientGone(cause?: unknown): RunOutcome<never> {
  return { ok: false, cause: 'client', error: new GridError('client_closed_request', 'The client closed the request.', cause === undefined ? undefined : { cause }) };
}
