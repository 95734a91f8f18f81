import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { request } from 'undici';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';

/*
 * A gateway whose own event loop keeps stalling, sharing a healthy Redis: hard budgets must not
 * fail closed. The stalls (busy loops in the gateway's process, longer than the Redis deadline)
 * land while admission commands are in flight; a reply that arrived during a stall is still read.
 * Also: `redis_key_prefix` names the keys, and `aigrid_limits_fallback_total` counts fallbacks.
 */

const REDIS_URL = process.env.AIGRID_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `aigrid-test-${randomBytes(4).toString('hex')}:`;
let harness: Harness;
let redis: Redis;

before(async () => {
  redis = new Redis(REDIS_URL);
  harness = await startHarness({
    extraConfig: `
redis                    = "${REDIS_URL}"
redis_key_prefix         = "${prefix}"
redis_command_timeout_ms = 40
tenant "starved" {}
budget "starved-cap" {
  scope  = "tenant:starved"
  amount = 1000
}`,
  });
});

after(async () => {
  await harness.close().catch(() => undefined);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

const chat = async (key: string) => {
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }),
  });
  return { status: response.statusCode, body: await response.body.text() };
};

function stall(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

test('a starved gateway with a healthy Redis refuses nothing with limits_unavailable', { timeout: 30_000 }, async () => {
  const { secret } = await harness.createKey({ name: 'starved', tenant: 'starved' });
  assert.equal((await chat(secret)).status, 200);
  // Stall for 3× the deadline, again and again, while 6 clients keep requests in flight.
  let stalling = true;
  let stalls = 0;
  const staller = (async () => {
    while (stalling) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      stall(120);
      stalls += 1;
    }
  })();
  const statuses: number[] = [];
  const bodies: string[] = [];
  await Promise.all(
    Array.from({ length: 6 }, async () => {
      for (let i = 0; i < 4; i++) {
        const answer = await chat(secret);
        statuses.push(answer.status);
        if (answer.status !== 200) bodies.push(answer.body);
      }
    }),
  );
  stalling = false;
  await staller;
  assert.ok(stalls >= 5, `only ${stalls} stalls`);
  assert.deepEqual(bodies, [], 'no refusals');
  assert.equal(statuses.length, 24);
  const keys = await redis.keys(`${prefix}*`);
  assert.ok(keys.some((key) => key.startsWith(`${prefix}budget:`)), `budget keys under the configured prefix: ${keys.join(', ')}`);
  const metrics = await (await request(`${harness.gateway.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).body.text();
  assert.doesNotMatch(metrics, /aigrid_limits_fallback_total\{/, 'no fallback counted');
});
