import { Redis, type RedisOptions } from 'ioredis';
import { EngineLimiter } from './engine-limiter.js';
import type { Clock, LimiterOptions } from './limit-types.js';
import { RedisLimitEngine } from './redis-limit-engine.js';
import { withDeadline } from './redis-deadline.js';
import { DEFAULT_SCRIPT_TIMING } from './redis-script-runner.js';

export interface RedisLimiterSettings {
  readonly redis: Redis;
  /** Key prefix; default `aigrid:limits:`. On Redis Cluster use a hash tag: `{aigrid}:limits:`. */
  readonly prefix?: string;
  /**
   * Time for windows, holds and leases. Omit in production: Redis's own `TIME` is then used, so
   * processes with drifting clocks still share one timeline. Budget periods always follow this
   * clock (or `Date.now`), which only matters for requests within a drift of midnight UTC.
   */
  readonly clock?: Clock;
  readonly options?: Partial<LimiterOptions>;
  /** Quit the client on `close()`; default false (the client is usually shared). */
  readonly ownsClient?: boolean;
  /** Reply deadline per command, counted from when it was written; default 250 ms. */
  readonly commandTimeoutMs?: number;
  /** Further attempts after a timeout or lost connection; default 1. */
  readonly retries?: number;
}

/** The scale-out limiter: budgets and limits held in Redis, atomic across gateway processes. */
export function createRedisLimiter(settings: RedisLimiterSettings): EngineLimiter {
  const engine = new RedisLimitEngine(settings.redis, {
    prefix: settings.prefix ?? 'aigrid:limits:',
    useCallerClock: settings.clock !== undefined,
    ownsClient: settings.ownsClient ?? false,
    timing: { timeoutMs: settings.commandTimeoutMs ?? DEFAULT_SCRIPT_TIMING.timeoutMs, retries: settings.retries ?? DEFAULT_SCRIPT_TIMING.retries },
  });
  return new EngineLimiter(engine, { clock: settings.clock, options: settings.options });
}

/**
 * ioredis settings that never let a request wait on Redis: no offline queue (a command while
 * disconnected fails at once), and reconnects in the background. The limiter applies its own,
 * stall-tolerant reply deadline (`redis-deadline.ts`); ioredis's wall-clock `commandTimeout`,
 * which fires before a stalled loop reads a reply that has already arrived, is only a backstop
 * (10× the deadline) that frees commands a silent server never answers.
 */
export function limiterRedisOptions(commandTimeoutMs = 250): RedisOptions {
  return {
    commandTimeout: Math.max(commandTimeoutMs * 10, 2_500),
    connectTimeout: 1_000,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2_000),
  };
}

/**
 * Opens a client for the limiter. Connection errors go to `onError` (ioredis otherwise prints
 * each one); while Redis is down, commands fail fast and the outage policy decides.
 */
export function openLimiterRedis(url: string, onError: (error: Error) => void = () => {}, commandTimeoutMs = 250): Redis {
  const redis = new Redis(url, limiterRedisOptions(commandTimeoutMs));
  redis.on('error', onError);
  return redis;
}

/** Resolves true once the client is ready, false after `timeoutMs` (it keeps trying after that). */
export function waitForRedis(redis: Redis, timeoutMs: number): Promise<boolean> {
  if (redis.status === 'ready') return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (ready: boolean) => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      resolve(ready);
    };
    const onReady = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    redis.on('ready', onReady);
  });
}

/** The limiter's health probe: a `PING` under the same stall-tolerant deadline as the scripts. */
export function pingRedis(redis: Redis, timeoutMs = DEFAULT_SCRIPT_TIMING.timeoutMs): Promise<unknown> {
  return withDeadline(redis.ping(), timeoutMs);
}
