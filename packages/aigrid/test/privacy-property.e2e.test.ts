import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { ORDINARY_PROMPTS } from './support/guard/ordinary-prompts.js';
import { fillerText, wordNext } from './support/guard/filler-text.js';
import { PII_GENERATORS } from './support/guard/pii-generators.js';
import { seededRandom } from './support/guard/seeded-random.js';
import { startRoutingHarness, type RoutingHarness } from './support/routing-harness.js';

/*
 * Property: under a local-only policy, no generated prompt carrying personal data or a secret
 * ever reaches a cloud deployment — checked on what the cloud upstream actually received. And
 * ordinary prompts are not misrouted to the local one (the false-positive rate is reported).
 */

let harness: RoutingHarness;

before(async () => {
  harness = await startRoutingHarness();
});
after(() => harness.close());

async function ask(content: string): Promise<string> {
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${harness.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'assistant', messages: [{ role: 'user', content }] }),
  });
  await response.body.text();
  assert.equal(response.statusCode, 200);
  return String(response.headers['x-aigrid-route']);
}

async function inParallel<T>(items: readonly T[], worker: (item: T) => Promise<void>, concurrency = 8): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < items.length) await worker(items[next++]);
  }));
}

test('thousands of prompts with PII: none reaches the cloud deployment', async () => {
  const random = seededRandom(20261122);
  const types = Object.keys(PII_GENERATORS);
  const prompts = Array.from({ length: 2000 }, (_, index) => {
    const sample = PII_GENERATORS[types[index % types.length]](random);
    // A word on each side of the value, as in the guard's own property test: detectors of phone
    // numbers and national ids deliberately do not fire on a value glued to other numbers.
    return `${fillerText(random, random.int(0, 12))} ${wordNext(random)} ${sample.snippet} ${wordNext(random)} ${fillerText(random, random.int(0, 12))}`;
  });
  const cloudBefore = harness.cloud.received.length;
  const routes = new Map<string, number>();
  await inParallel(prompts, async (prompt) => {
    const route = await ask(prompt);
    routes.set(route, (routes.get(route) ?? 0) + 1);
  });
  const cloudSaw = harness.cloud.received.slice(cloudBefore).map((entry) => JSON.stringify(entry.body));
  assert.deepEqual(cloudSaw, [], 'the cloud upstream received none of them');
  assert.deepEqual([...routes.entries()], [['on-prem', prompts.length]]);
});

test('ordinary prompts go to the cloud: false-positive rate on the ordinary corpus', async (t) => {
  let misrouted = 0;
  await inParallel(ORDINARY_PROMPTS, async (prompt) => {
    if ((await ask(prompt)) !== 'cloud') misrouted += 1;
  });
  const rate = misrouted / ORDINARY_PROMPTS.length;
  t.diagnostic(`ordinary prompts kept local: ${misrouted}/${ORDINARY_PROMPTS.length} (${(rate * 100).toFixed(2)}%)`);
  assert.ok(rate <= 0.01, `false-positive rate ${rate}`);
});
