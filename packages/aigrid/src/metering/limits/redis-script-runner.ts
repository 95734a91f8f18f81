import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isUnavailable, LimitsUnavailableError } from './limits-unavailable-error.js';

/** A Lua script run by its SHA, loaded on first use (or after a Redis restart forgot it). */
export class RedisScript {
  private readonly sha: string;

  constructor(
    readonly name: string,
    private readonly source: string,
  ) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Runs the script; connection trouble becomes `LimitsUnavailableError`. */
  async run(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      try {
        return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
      } catch (error) {
        if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
        return await redis.eval(this.source, keys.length, ...keys, ...args);
      }
    } catch (error) {
      if (isUnavailable(error)) {
        throw new LimitsUnavailableError(`limits store (Redis) unavailable during ${this.name}: ${(error as Error)?.message ?? error}`, { cause: error });
      }
      throw error;
    }
  }
}
