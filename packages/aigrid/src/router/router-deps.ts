import type { CancelSignal } from '../spec/cancel-signal.js';
/**
 * The side effects the router needs, passed in so tests can script them: time, randomness,
 * waiting and timers. Production code uses the `system*` values below.
 */

/** Milliseconds since the epoch (or any monotonic origin; only differences matter). */
export type Clock = () => number;

/** A number in [0, 1), like `Math.random`. */
export type RandomSource = () => number;

/** Waits `ms` milliseconds; resolves early (never rejects) when `signal` aborts. */
export type Sleep = (ms: number, signal?: CancelSignal) => Promise<void>;

/** Runs `callback` after `ms` milliseconds; returns a function that cancels it. */
export type Schedule = (ms: number, callback: () => void) => () => void;

/** Wall-clock time. */
export const systemClock: Clock = () => Date.now();

/** `Math.random`, for production use only: tests pass `seededRandom`. */
export const systemRandom: RandomSource = () => Math.random();

/** A real timer that stops waiting when the signal aborts. */
export const systemSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** A real `setTimeout` (kept referenced: a request waiting on its deadline is real work). */
export const systemSchedule: Schedule = (ms, callback) => {
  const timer = setTimeout(callback, Math.max(0, ms));
  return () => clearTimeout(timer);
};

/**
 * A small, fast, seedable generator (mulberry32). Deterministic for a given seed, so weighted and
 * least-latency choices can be replayed in tests. Not for anything security-related.
 */
export function seededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
