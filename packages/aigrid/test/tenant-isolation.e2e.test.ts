import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';

/*
 * A tenant's key reaches only the /v1 API. Every admin and reporting route — keys, request log,
 * usage, health, providers and secrets, metrics — refuses it, whatever tenant it names.
 */

let harness: Harness;
let globex: string;

// Governance objects exist, so the admin key's GETs of single objects answer 200.
const GOVERNANCE = `
tenant "acme" {}
project "acme/web" {
  tenant = "acme"
}
budget "acme-b" {
  scope  = "tenant:acme"
  amount = 1
}
limit "acme-l" {
  scope      = "tenant:acme"
  concurrent = 5
}`;

before(async () => {
  harness = await startHarness({ extraConfig: GOVERNANCE });
  globex = (await harness.createKey({ name: 'globex', tenant: 'globex' })).secret;
});
after(() => harness.close());

const ROUTES: Array<[string, string, unknown?]> = [
  ['GET', '/admin/keys'],
  ['GET', '/admin/keys?tenant=acme'],
  ['POST', '/admin/keys', { name: 'x', tenant: 'acme' }],
  ['DELETE', '/admin/keys/key_anything'],
  ['GET', '/admin/requests?tenant=acme'],
  ['GET', '/admin/usage?tenant=acme'],
  ['GET', '/admin/health'],
  ['GET', '/admin/providers'],
  ['PUT', '/admin/providers/mock/secret', { api_key: 'x' }],
  ['GET', '/metrics'],
  ['GET', '/admin/tenants'],
  ['POST', '/admin/tenants', { name: 'globex' }],
  ['GET', '/admin/tenants/acme'],
  ['PATCH', '/admin/tenants/acme', { allowed_regions: ['eu'] }],
  ['DELETE', '/admin/tenants/acme'],
  ['GET', '/admin/projects'],
  ['POST', '/admin/projects', { name: 'acme/api' }],
  ['GET', '/admin/projects/acme/web'],
  ['DELETE', '/admin/projects/acme/web'],
  ['GET', '/admin/budgets?tenant=acme'],
  ['POST', '/admin/budgets', { name: 'b', scope: 'tenant:acme', amount: 1000 }],
  ['GET', '/admin/budgets/acme-b'],
  ['PATCH', '/admin/budgets/acme-b', { amount: 1000 }],
  ['DELETE', '/admin/budgets/acme-b'],
  ['GET', '/admin/limits'],
  ['POST', '/admin/limits', { name: 'l', scope: 'tenant:globex', requests_per_minute: 1000 }],
  ['GET', '/admin/limits/acme-l'],
  ['PATCH', '/admin/limits/acme-l', { concurrent: 1000 }],
  ['DELETE', '/admin/limits/acme-l'],
];

for (const [method, path, body] of ROUTES) {
  test(`another tenant's key cannot use ${method} ${path}`, async () => {
    const response = await request(`${harness.gateway.url}${path}`, {
      method: method as 'GET',
      headers: { authorization: `Bearer ${globex}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.body.text();
    assert.ok(response.statusCode === 403 || response.statusCode === 401, `${response.statusCode}: ${text}`);
    assert.doesNotMatch(text, /acme/);
  });
}

test('the admin key does reach them (the routes exist)', async () => {
  for (const [method, path] of ROUTES.filter(([method]) => method === 'GET')) {
    const response = await request(`${harness.gateway.url}${path}`, { method: method as 'GET', headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    await response.body.text();
    assert.equal(response.statusCode, 200, path);
  }
});

test('the refused writes changed nothing', async () => {
  const stored = await harness.gateway.deps.store.governance.load();
  assert.deepEqual([stored.tenant, stored.project, stored.budget, stored.limit].map((rows) => rows.length), [0, 0, 0, 0]);
});

test("a tenant's request log rows are not visible through the /v1 API", async () => {
  const response = await request(`${harness.gateway.url}/v1/models`, { headers: { authorization: `Bearer ${globex}` } });
  const text = await response.body.text();
  assert.equal(response.statusCode, 200);
  assert.doesNotMatch(text, /acme|key_/);
});
