/**
 * Thrown by the Redis engine when Redis cannot answer in time (down, unreachable, timed out,
 * loading, read-only). The outage policy (`ResilientLimiter`) decides what that means for the
 * request; anything else Redis says is a bug and is thrown as it is.
 */
export class LimitsUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LimitsUnavailableError';
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
