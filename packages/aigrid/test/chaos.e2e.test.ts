import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';
import { waitFor } from './support/wait-for.js';

/*
 * Chaos: one deployment fails half its requests at random (500, 429, 529, hangs, dropped
 * connections), a second is healthy. No request may be lost, the flaky deployment's circuit must
 * open and later close again, and retries must stay within the route's budget.
 */

let flaky: MockUpstream;
let steady: MockUpstream;
let harness: Harness;

before(async () => {
  flaky = await startMockOpenAI();
  steady = await startMockOpenAI();
  harness = await startHarness({
    health: { cooldownMs: 300, windowMs: 5_000, minRequests: 10 },
    extraConfig: `
provider "flaky" {
  type                  = "openai-compatible"
  base_url              = "${flaky.url}"
  first_byte_timeout_ms = 200
}
provider "steady" {
  type     = "openai-compatible"
  base_url = "${steady.url}"
}
route "resilient" {
  retries {
    max_attempts  = 2
    base_delay_ms = 5
    max_delay_ms  = 50
    budget_ratio  = 0.2
  }
  deployment {
    name     = "flaky"
    provider = "flaky"
    model    = "chaos"
  }
  deployment {
    name     = "steady"
    provider = "steady"
    model    = "gpt-test"
  }
}`,
  });
});
after(async () => {
  await harness.close();
  await Promise.all([flaky.close(), steady.close()]);
});

async function call(stream: boolean): Promise<{ status: number; text: string }> {
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${harness.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'resilient', stream, messages: [{ role: 'user', content: 'hi' }] }),
  });
  return { status: response.statusCode, text: await response.body.text() };
}

async function health(id: string) {
  const response = await request(`${harness.gateway.url}/admin/health`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
  const body = (await response.body.json()) as { data: Array<{ id: string; state: string }> };
  return body.data.find((entry) => entry.id === id);
}

test('no request is lost while a healthy candidate exists, streaming or not', async () => {
  const total = 200;
  let sent = 0;
  const results: Array<{ status: number; text: string }> = [];
  const worker = async () => {
    while (sent < total) {
      const index = sent++;
      results.push(await call(index % 2 === 0));
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const failed = results.filter((result) => result.status !== 200 || result.text.includes('"error"'));
  assert.deepEqual(failed, []);
  const streamed = results.filter((result) => result.text.startsWith('data:'));
  assert.ok(streamed.every((result) => result.text.trimEnd().endsWith('data: [DONE]')));
  // Attempts on the flaky deployment beyond one per request are retries; the budget caps them.
  const flakyAttempts = flaky.received.length;
  assert.ok(flakyAttempts <= total * 1.2 + 10, `flaky deployment got ${flakyAttempts} attempts for ${total} requests`);
});

test('the circuit of a deployment that goes down opens, and closes again once it recovers', async () => {
  flaky.setChaos('down');
  // Random 429s above may have put it in a retry-after cooldown (up to 7 s): requests reach it again after that.
  await waitFor(async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => call(false)));
    assert.ok(results.every((result) => result.status === 200), 'the healthy deployment answers meanwhile');
    return (await health('flaky'))?.state !== 'closed';
  }, 15_000, 100);
  flaky.setChaos('off');
  await waitFor(async () => {
    await Promise.all(Array.from({ length: 5 }, () => call(false)));
    return (await health('flaky'))?.state === 'closed';
  }, 15_000, 100);
  const before = flaky.received.length;
  await call(false);
  assert.equal(flaky.received.length, before + 1, 'traffic returns to the recovered primary');
});
