import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { isUnavailable, LimitsUnavailableError, unavailableReason } from './limits-unavailable-error.js';
import { withDeadline } from './redis-deadline.js';

/** How long a script may take and how often a slow or failed one is sent again. */
export interface ScriptTiming {
  /** Time allowed for a reply, counted from when the command was written (see `withDeadline`). */
  readonly timeoutMs: number;
  /** Further attempts after a timeout or a lost connection (default 1). */
  readonly retries: number;
}

export const DEFAULT_SCRIPT_TIMING: ScriptTiming = Object.freeze({ timeoutMs: 250, retries: 1 });

/** A Lua script run by its SHA, loaded on first use (or after a Redis restart forgot it). */
export class RedisScript {
  private readonly sha: string;

  constructor(
    readonly name: string,
    private readonly source: string,
  ) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /**
   * Runs the script; connection trouble becomes `LimitsUnavailableError` after the retries.
   * Every script is safe to send twice: admit and reserve hold per reservation id and settle is
   * idempotent (a repeated admit may count the request in a window twice: over, never under).
   */
  async run(redis: Redis, keys: readonly string[], args: readonly (string | number)[], timing: ScriptTiming = DEFAULT_SCRIPT_TIMING): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await withDeadline(this.once(redis, keys, args), timing.timeoutMs);
      } catch (error) {
        if (!isUnavailable(error)) throw error;
        if (attempt < timing.retries && redis.status === 'ready') continue;
        const message = `limits store (Redis) unavailable during ${this.name}: ${(error as Error)?.message ?? error}`;
        throw new LimitsUnavailableError(message, { cause: error, reason: unavailableReason(error) });
      }
    }
  }

  private async once(redis: Redis, keys: readonly string[], args: readonly (string | number)[]): Promise<unknown> {
    try {
      return await redis.evalsha(this.sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return await redis.eval(this.source, keys.length, ...keys, ...args);
    }
  }
}
