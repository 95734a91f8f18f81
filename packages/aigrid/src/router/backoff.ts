import type { GridError } from '../spec/grid-error.js';
import type { RandomSource } from './router-deps.js';
import type { RetryPolicy } from './router-types.js';

/**
 * Exponential backoff with full jitter: the n-th retry (1-based) waits a uniformly random time in
 * [0, min(maxDelayMs, baseDelayMs × 2^(n−1))). Full jitter spreads a burst of retries out instead
 * of moving it in lockstep.
 */
export function backoffDelayMs(retryNumber: number, policy: RetryPolicy, random: RandomSource): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retryNumber - 1));
  return Math.floor(random() * ceiling);
}

export type RetryWait = { readonly delayMs: number } | { readonly skip: string };

/**
 * How long to wait before retrying the same deployment: the jittered backoff, but never less than
 * the upstream's `retry-after`. A `retry-after` beyond `maxDelayMs` is not waited for: the caller
 * should move on to another deployment instead.
 */
export function retryWait(error: GridError, retryNumber: number, policy: RetryPolicy, random: RandomSource): RetryWait {
  const jittered = backoffDelayMs(retryNumber, policy, random);
  if (error.retryAfterSeconds === undefined) return { delayMs: jittered };
  const asked = error.retryAfterSeconds * 1000;
  if (asked > policy.maxDelayMs) return { skip: `retry-after ${error.retryAfterSeconds}s exceeds maxDelayMs ${policy.maxDelayMs}` };
  return { delayMs: Math.max(jittered, asked) };
}
