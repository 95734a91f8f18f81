import assert from 'node:assert/strict';
import { Redis } from 'ioredis';
import { after, describe, it } from 'node:test';
import { DeadlineError, withDeadline } from './redis-deadline.js';

const REDIS_URL = process.env.AIGRID_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Blocks the event loop, as a busy gateway (or a starved CPU) does. */
function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('stall-tolerant command deadline', () => {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 0 });
  after(() => redis.quit());

  it('keeps a reply that arrived while the event loop was stalled past the deadline', { timeout: 10_000 }, async () => {
    await redis.ping();
    for (let i = 0; i < 5; i++) {
      const reply = withDeadline(redis.ping(), 50);
      stall(200);
      assert.equal(await reply, 'PONG');
    }
  });

  it('where a wall-clock command timeout (the old behaviour) fails the same command', { timeout: 10_000 }, async () => {
    const plain = new Redis(REDIS_URL, { maxRetriesPerRequest: 0, commandTimeout: 50 });
    try {
      await plain.ping();
      const reply = plain.ping().catch((error: unknown) => error);
      stall(200);
      assert.match(String(await reply), /timed out/);
    } finally {
      plain.disconnect();
    }
  });

  it('still gives up on a command that never answers, and passes errors through', { timeout: 10_000 }, async () => {
    const started = performance.now();
    await assert.rejects(withDeadline(new Promise(() => {}), 50), DeadlineError);
    assert.ok(performance.now() - started < 1_000);
    await assert.rejects(withDeadline(Promise.reject(new Error('boom')), 50), /boom/);
  });

  it('gives a stall back only up to a bound, so a silent server under a stalled loop still fails', { timeout: 10_000 }, async () => {
    const never = withDeadline(new Promise(() => {}), 20, 3).catch((error: unknown) => error);
    for (let i = 0; i < 6; i++) {
      stall(40);
      await new Promise((resolve) => setImmediate(resolve));
    }
    assert.ok((await never) instanceof DeadlineError);
  });
});
