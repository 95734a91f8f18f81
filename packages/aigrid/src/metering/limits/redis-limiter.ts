import { Redis, type RedisOptions } from 'ioredis';
import { EngineLimiter } from './engine-limiter.js';
import type { Clock, LimiterOptions } from './limit-types.js';
import { RedisLimitEngine } from './redis-limit-engine.js';

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
}

/** The scale-out limiter: budgets and limits held in Redis, atomic across gateway processes. */
export function createRedisLimiter(settings: RedisLimiterSettings): EngineLimiter {
  const engine = new RedisLimitEngine(settings.redis, {
    prefix: settings.prefix ?? 'aigrid:limits:',
    useCallerClock: settings.clock !== undefined,
    ownsClient: settings.ownsClient ?? false,
  });
  return new EngineLimiter(engine, { clock: settings.clock, options: settings.options });
}

/**
 * ioredis settings that never let a request wait on Redis: no offline queue (a command while
 * disconnected fails at once), a bounded command timeout, and reconnects in the background.
 */
export function limiterRedisOptions(commandTimeoutMs = 250): RedisOptions {
  return {
    commandTimeout: commandTimeoutMs,
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
