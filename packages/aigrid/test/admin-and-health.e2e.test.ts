import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import OpenAI from 'openai';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';
import { waitFor } from './support/wait-for.js';

let harness: Harness;

before(async () => {
  harness = await startHarness();
});
after(() => harness.close());

async function call(method: string, path: string, key: string | null, body?: unknown) {
  const response = await request(`${harness.gateway.url}${path}`, {
    method: method as 'GET',
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, text, json: text.startsWith('{') ? JSON.parse(text) : undefined };
}

test('health, readiness and metrics', async () => {
  assert.deepEqual((await call('GET', '/healthz', null)).json, { status: 'ok' });
  assert.deepEqual((await call('GET', '/readyz', null)).json, { status: 'ready' });
  const anonymous = await call('GET', '/metrics', null);
  assert.equal(anonymous.status, 401, 'metrics need the admin key when one is configured');
  await new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 }).models.list();
  const metrics = await call('GET', '/metrics', ADMIN_KEY);
  assert.equal(metrics.status, 200);
  assert.match(metrics.text, /aigrid_requests_total\{endpoint="\/v1\/models",model="",status="200"\} \d+/);
  assert.match(metrics.text, /aigrid_gateway_overhead_seconds_bucket/);
  assert.match(metrics.text, /aigrid_request_log_pending \d+/);
});

test('admin keys API: create, use, list, revoke', async () => {
  assert.equal((await call('POST', '/admin/keys', harness.key, { name: 'x', tenant: 'acme' })).status, 403);
  const created = await call('POST', '/admin/keys', ADMIN_KEY, { name: 'svc', tenant: 'globex', models: ['gpt-test'], create_tenant: true });
  assert.equal(created.status, 201, created.text);
  assert.match(created.json.secret, /^sk-aigrid-/);
  const client = new OpenAI({ apiKey: created.json.secret, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
  const answer = await client.chat.completions.create({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] });
  assert.equal(answer.choices.length, 1);

  const listed = await call('GET', '/admin/keys?tenant=globex', ADMIN_KEY);
  assert.deepEqual(listed.json.data.map((key: any) => key.id), [created.json.id]);
  assert.doesNotMatch(listed.text, new RegExp(created.json.secret), 'secrets are never listed');

  const unknownModel = await call('POST', '/admin/keys', ADMIN_KEY, { name: 'bad', tenant: 'acme', models: ['gpt-9'] });
  assert.equal(unknownModel.status, 404);
  const extraField = await call('POST', '/admin/keys', ADMIN_KEY, { name: 'bad', tenant: 'acme', admin: true });
  assert.equal(extraField.status, 400);
  const missingTenant = await call('POST', '/admin/keys', ADMIN_KEY, { name: 'svc', tenant: 'initrode' });
  assert.equal(missingTenant.status, 404, missingTenant.text);
  assert.deepEqual([missingTenant.json.error.code, missingTenant.json.error.param], ['resource_not_found', 'tenant']);
  assert.match(missingTenant.json.error.message, /No tenant 'initrode'.*"create_tenant": true/);
  for (const [body, param] of [[{ name: 'svc', tenant: 'Bad Tenant!', create_tenant: true }, 'tenant'], [{ name: 'my key', tenant: 'globex' }, 'name']] as const) {
    const badName = await call('POST', '/admin/keys', ADMIN_KEY, body);
    assert.equal(badName.status, 400, badName.text);
    assert.deepEqual([badName.json.error.code, badName.json.error.param], ['invalid_request', param]);
    assert.match(badName.json.error.message, /^Invalid (tenant|key) name '.*': (tenant|key) names are /);
  }
  const tenants = await call('GET', '/admin/tenants', ADMIN_KEY);
  assert.deepEqual(tenants.json.data.map((tenant: any) => tenant.name), ['globex'], 'create_tenant made globex; nothing else was created');

  const revoked = await call('DELETE', `/admin/keys/${created.json.id}`, ADMIN_KEY);
  assert.equal(revoked.status, 200);
  assert.ok(revoked.json.revoked_at);
  assert.equal(revoked.json.revokedAt, undefined, 'members are snake_case');
  await assert.rejects(client.models.list(), (error: any) => error.status === 401);
  assert.equal((await call('DELETE', '/admin/keys/key_missing', ADMIN_KEY)).status, 404);

  const requests = await waitFor(async () => {
    const rows = (await call('GET', '/admin/requests?tenant=globex', ADMIN_KEY)).json.data;
    return rows.length ? rows : undefined;
  });
  assert.equal(requests[0].model, 'gpt-test');
  assert.equal(requests[0].key_id, created.json.id);
});

test('a client that leaves mid-stream aborts the upstream stream', async () => {
  const before = harness.mock.aborted();
  const controller = new AbortController();
  const client = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
  const stream = await client.chat.completions.create(
    { model: 'slow-stream', messages: [{ role: 'user', content: 'hi' }], stream: true },
    { signal: controller.signal },
  );
  let received = 0;
  try {
    for await (const _chunk of stream) {
      received += 1;
      if (received === 3) controller.abort();
    }
  } catch {
    // the client may end the loop quietly or throw an abort error
  }
  assert.ok(received < 40, 'the stream stopped early');
  await waitFor(() => harness.mock.aborted() > before);
  const row = await waitFor(async () =>
    (await harness.gateway.deps.store.requestLog.list({ limit: 500 })).find((entry) => entry.model === 'slow-stream'),
  );
  assert.equal(row.streamed, true);
  assert.equal(row.errorCode, 'client_closed_request');
  assert.equal(row.status, 499);
});
