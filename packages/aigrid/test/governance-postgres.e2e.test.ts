import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import pg from 'pg';
import { request } from 'undici';
import { TEST_POSTGRES_URL } from './support/store/store-test-fixtures.js';
import { ADMIN_KEY, PRICED_MODEL, startHarness, type Harness } from './support/gateway-harness.js';
import { waitFor } from './support/wait-for.js';

/*
 * Two gateways share one PostgreSQL database: what one is told through its admin API, the other
 * enforces once it polls the governance revision. Each run uses its own database.
 */

const database = `aigrid_governance_${randomBytes(4).toString('hex')}`;
const url = new URL(TEST_POSTGRES_URL);
const databaseUrl = Object.assign(new URL(TEST_POSTGRES_URL), { pathname: `/${database}` }).toString();
let first: Harness;
let second: Harness;

async function onServer(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

before(async () => {
  await onServer(`CREATE DATABASE ${database}`);
  const extraConfig = `governance_refresh_ms = 200\n${PRICED_MODEL}`;
  // Two gateways on one database share one audit signing key (each has a data_dir of its own).
  process.env.AIGRID_AUDIT_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  first = await startHarness({ database: databaseUrl, extraConfig });
  second = await startHarness({ database: databaseUrl, extraConfig });
});
after(async () => {
  await first?.close();
  await second?.close();
  await onServer(`DROP DATABASE IF EXISTS ${database}`);
});

async function call(harness: Harness, method: string, path: string, key: string, body?: unknown) {
  const response = await request(`${harness.gateway.url}${path}`, {
    method: method as 'GET',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.body.text();
  return { status: response.statusCode, body: text ? JSON.parse(text) : undefined };
}

test('a limit created through one gateway is enforced by the other, and a delete reaches both', async () => {
  assert.equal((await call(first, 'POST', '/admin/tenants', ADMIN_KEY, { name: 'shared' })).status, 201);
  assert.equal((await call(first, 'POST', '/admin/limits', ADMIN_KEY, { name: 'shared-rpm', scope: 'tenant:shared', requests_per_minute: 1 })).status, 201);
  const { secret } = await first.createKey({ name: 'shared', tenant: 'shared' });
  const chat = { model: 'priced', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] };
  // The second gateway was told nothing: it refuses once its poll has seen the limit.
  const refused = await waitFor(async () => {
    const response = await call(second, 'POST', '/v1/chat/completions', secret, chat);
    return response.status === 429 ? response.body.error.code : undefined;
  }, 10_000);
  assert.equal(refused, 'rate_limited');
  assert.equal((await call(second, 'DELETE', '/admin/limits/shared-rpm', ADMIN_KEY)).status, 200);
  assert.equal((await call(first, 'GET', '/admin/limits/shared-rpm', ADMIN_KEY)).status, 404);
  await waitFor(() => first.gateway.deps.governance.current.view.entry('limit', 'shared-rpm') === undefined || undefined, 10_000);
  const entries = await second.gateway.deps.audit.list({ action: 'limit.delete' });
  assert.deepEqual(entries.map((entry) => [entry.actor, entry.target]), [['admin', 'shared-rpm']]);
});
