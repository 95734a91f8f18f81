import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { limiterRedisOptions } from '../../../../src/metering/limits/redis-limiter.js';

/** The machine's Redis (CI runs one); tests must run against it, never skip. */
export const TEST_REDIS_URL = process.env.AIGRID_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test run shares. */
export function testPrefix(): string {
  return `aigrid-test:limits:${randomUUID()}:`;
}

/** A client with the limiter's settings, ready to use (throws if Redis does not answer). */
export async function openTestRedis(): Promise<Redis> {
  const redis = new Redis(TEST_REDIS_URL, { ...limiterRedisOptions(2_000), lazyConnect: true });
  await redis.connect();
  return redis;
}

/** Deletes every key under `prefix`. */
export async function deleteKeys(redis: Redis, prefix: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1_000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}
