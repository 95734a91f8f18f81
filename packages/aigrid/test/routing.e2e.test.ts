import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import OpenAI from 'openai';
import { ADMIN_KEY } from './support/gateway-harness.js';
import { startRoutingHarness, type RoutingHarness } from './support/routing-harness.js';
import { waitFor } from './support/wait-for.js';

let harness: RoutingHarness;
let client: OpenAI;

before(async () => {
  harness = await startRoutingHarness();
  client = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
});
after(() => harness.close());

const ask = (model: string, content: string, extra: Record<string, unknown> = {}) =>
  client.chat.completions.create({ model, messages: [{ role: 'user', content }], ...extra } as never).withResponse();

const CARD = '4111 1111 1111 1111';

describe('routes', () => {
  test('a fallback chain across two providers survives the first one failing', async () => {
    const { data, response } = await ask('chain', 'hello');
    assert.equal(data.choices[0].message.content, 'Hello from Claude.');
    assert.equal(response.headers.get('x-aigrid-route'), 'backup');
    const tried = harness.cloud.received.filter((request) => request.body?.model === 'fail-500').length;
    assert.equal(tried, 2, 'the failing deployment is retried once, then the chain falls back');
  });

  test('the explanation lists candidates and attempts when asked', async () => {
    const { response } = await ask('chain', 'hello', {});
    assert.equal(response.headers.get('x-aigrid-explain'), null, 'explanations only on request');
    const explained = await client.chat.completions
      .create({ model: 'chain', messages: [{ role: 'user', content: 'hi' }] }, { headers: { 'x-aigrid-explain': 'true' } })
      .withResponse();
    const explanation = JSON.parse(explained.response.headers.get('x-aigrid-explain')!);
    assert.equal(explanation.route, 'chain');
    assert.ok(JSON.stringify(explanation).includes('backup'));
  });

  test('lowest-cost picks the cheaper deployment from catalog prices', async () => {
    const { response } = await ask('cheapest', 'hello');
    assert.equal(response.headers.get('x-aigrid-route'), 'gpt-4o-mini');
  });

  test('a stream that stays silent past the first-token timeout falls back before any byte reached the client', async () => {
    const stream = await client.chat.completions.create({ model: 'first-token', messages: [{ role: 'user', content: 'hi' }], stream: true }).withResponse();
    let text = '';
    for await (const chunk of stream.data) text += chunk.choices[0]?.delta?.content ?? '';
    assert.equal(text, 'tok0 tok1 tok2 ');
    assert.equal(stream.response.headers.get('x-aigrid-route'), 'answers');
  });

  test("a stream is held to the route's total timeout after it started", async () => {
    const started = Date.now();
    const stream = await client.chat.completions.create({ model: 'deadline', messages: [{ role: 'user', content: 'hi' }], stream: true });
    await assert.rejects(async () => {
      for await (const _chunk of stream) {
        // 40 chunks 50 ms apart would take 2 s
      }
    }, /total timeout/);
    assert.ok(Date.now() - started < 1500);
  });

  test('a request may name its own fallback list with models', async () => {
    const { response } = await ask('chain', 'hi', { models: ['cloud-only', 'chain'] });
    assert.equal(response.headers.get('x-aigrid-route'), 'cloud/gpt-test', 'the first listed model answered');
    const sent = harness.cloud.received.at(-1)!.body;
    assert.equal(sent.models, undefined, 'the list is not forwarded upstream');
  });
});

test("a tenant's data residency keeps its requests in its regions", async () => {
  const ordinary = await ask('residency', 'hello');
  assert.equal(ordinary.response.headers.get('x-aigrid-route'), 'us');
  const { secret } = await harness.createKey({ name: 'eu', tenant: 'eu-only' });
  const euClient = new OpenAI({ apiKey: secret, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
  const { response } = await euClient.chat.completions.create({ model: 'residency', messages: [{ role: 'user', content: 'hello' }] }).withResponse();
  assert.equal(response.headers.get('x-aigrid-route'), 'eu');
});

describe('privacy policies', () => {
  test('local-only keeps a credit-card number on the local deployment while ordinary prompts go to the cloud', async () => {
    const ordinary = await ask('assistant', 'What is the capital of France?');
    assert.equal(ordinary.response.headers.get('x-aigrid-route'), 'cloud');
    const before = harness.cloud.received.length;
    const sensitive = await ask('assistant', `Charge my card ${CARD} please`);
    assert.equal(sensitive.response.headers.get('x-aigrid-route'), 'on-prem');
    assert.equal(harness.cloud.received.length, before, 'nothing reached the cloud');
    assert.ok(harness.local.received.at(-1)!.body.messages[0].content.includes(CARD));
  });

  test('local-only refuses rather than leaks when no local deployment exists', async () => {
    const { secret } = await harness.createKey({ name: 'strict', tenant: 'strict' });
    const strict = new OpenAI({ apiKey: secret, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
    const before = harness.cloud.received.length;
    const sensitive = strict.chat.completions.create({ model: 'cloud-only', messages: [{ role: 'user', content: `my card is ${CARD}` }] });
    await assert.rejects(sensitive, (error: any) => {
      assert.equal(error.status, 403);
      assert.equal(error.code, 'policy_blocked');
      assert.doesNotMatch(error.message, /4111/);
      return true;
    });
    assert.equal(harness.cloud.received.length, before);
  });

  test('redact sends placeholders upstream and restores the values in the answer', async () => {
    const { data } = await ask('redacted', 'Email jane.doe@example.com about it');
    const sent = harness.cloud.received.at(-1)!.body.messages[0].content as string;
    assert.doesNotMatch(sent, /jane\.doe@example\.com/);
    assert.match(sent, /\[EMAIL_1\]/);
    assert.match(data.choices[0].message.content!, /jane\.doe@example\.com/, 'the echo comes back with the value restored');
  });

  test('block refuses sensitive requests', async () => {
    await assert.rejects(ask('blocked', `ssn 123-45-6789 and card ${CARD}`), (error: any) => error.status === 403 && error.code === 'policy_blocked');
    const fine = await ask('blocked', 'nothing secret here');
    assert.equal(fine.data.choices.length, 1);
  });

  test('decisions and detector hits (never values) are in the request log', async () => {
    const rows = await waitFor(async () => {
      const all = await harness.gateway.deps.store.requestLog.list({ limit: 500 });
      return all.some((row) => row.deployment === 'on-prem') ? all : undefined;
    });
    const local = rows.find((row) => row.deployment === 'on-prem')!;
    assert.equal(local.policy, 'keep-pii-local');
    assert.deepEqual(local.guardFindings, [{ type: 'credit_card', count: 1 }]);
    const chain = rows.find((row) => row.deployment === 'backup')!;
    assert.ok((chain.attempts ?? 0) >= 2);
    assert.doesNotMatch(JSON.stringify(rows), /4111/);
  });
});

test('deployment health is visible to admins and in metrics', async () => {
  const response = await fetch(`${harness.gateway.url}/admin/health`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
  const health = await response.json();
  const primary = health.data.find((entry: any) => entry.id === 'primary');
  assert.ok(primary.consecutive_failures >= 1 || primary.state !== 'closed');
  const metrics = await (await fetch(`${harness.gateway.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).text();
  assert.match(metrics, /aigrid_deployment_circuit_state\{deployment="primary"\} \d/);
});
