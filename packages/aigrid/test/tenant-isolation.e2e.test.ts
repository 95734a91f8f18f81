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

before(async () => {
  harness = await startHarness();
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

test("a tenant's request log rows are not visible through the /v1 API", async () => {
  const response = await request(`${harness.gateway.url}/v1/models`, { headers: { authorization: `Bearer ${globex}` } });
  const text = await response.body.text();
  assert.equal(response.statusCode, 200);
  assert.doesNotMatch(text, /acme|key_/);
});
