/**
 * Why Redis could not answer: `unreachable` (no connection: refused, closed, not ready),
 * `timeout` (connected, but no reply in time), `busy` (a reply such as `LOADING` or `READONLY`).
 * Only `unreachable` is taken as proof that Redis is down at once; slow replies must repeat.
 */
export type UnavailableReason = 'unreachable' | 'timeout' | 'busy';

/**
 * Thrown by the Redis engine when Redis cannot answer in time (down, unreachable, timed out,
 * loading, read-only). The outage policy (`ResilientLimiter`) decides what that means for the
 * request; anything else Redis says is a bug and is thrown as it is.
 */
export class LimitsUnavailableError extends Error {
  readonly reason: UnavailableReason;

  constructor(message: string, options?: { cause?: unknown; reason?: UnavailableReason }) {
    super(message, options);
    this.name = 'LimitsUnavailableError';
    this.reason = options?.reason ?? 'unreachable';
  }
}

/** Redis replies that mean "not now" rather than "your script is wrong". */
const UNAVAILABLE_REPLIES = /^(LOADING|BUSY|READONLY|MASTERDOWN|CLUSTERDOWN|TRYAGAIN|OOM|NOREPLICAS|MISCONF)\b/;

/** Whether an error from the Redis client means Redis is unavailable. */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return true;
  if (error.name !== 'ReplyError') return true;
  return UNAVAILABLE_REPLIES.test(error.message);
}

/** The reason behind an error `isUnavailable` accepted. */
export function unavailableReason(error: unknown): UnavailableReason {
  if (!(error instanceof Error)) return 'unreachable';
  if (error.name === 'ReplyError') return 'busy';
  if (error.name === 'DeadlineError' || /timed out/i.test(error.message)) return 'timeout';
  return 'unreachable';
}
