import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { request } from 'undici';
import { TcpProxy } from './support/metering/tcp-proxy-fixtures.js';
import { createLedgerRepository } from '../src/store/ledger-repository.js';
import { startHarness, type Harness } from './support/gateway-harness.js';
import { waitFor } from './support/wait-for.js';

/*
 * Outages at the gateway level. PostgreSQL goes away (a proxy in front of it is cut): known keys
 * keep authenticating from cache, answers keep flowing, and ledger events and request-log rows
 * wait on local disk until it returns. Redis is unreachable: hard budgets fail closed.
 */

const ADMIN_URL = new URL(process.env.AIGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const database = `aigrid_outage_${randomBytes(4).toString('hex')}`;
let proxy: TcpProxy;
let harness: Harness;

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

before(async () => {
  await adminQuery(`CREATE DATABASE ${database}`);
  proxy = new TcpProxy(ADMIN_URL.hostname, Number(ADMIN_URL.port || 5432));
  const port = await proxy.listen();
  const viaProxy = new URL(ADMIN_URL.toString());
  viaProxy.port = String(port);
  viaProxy.pathname = `/${database}`;
  harness = await startHarness({
    database: viaProxy.toString(),
    extraConfig: `
redis = "redis://127.0.0.1:1"
tenant "guarded" {}
budget "guarded-cap" {
  scope  = "tenant:guarded"
  amount = 10
}`,
  });
});

after(async () => {
  await harness.close().catch(() => undefined);
  await proxy.stop();
  await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

const chat = async (key: string) => {
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }),
  });
  return { status: response.statusCode, id: String(response.headers['x-request-id']), body: await response.body.text() };
};

test('Redis unreachable: a hard budget fails closed, requests without limits are served', async () => {
  const { secret } = await harness.createKey({ name: 'guarded', tenant: 'guarded' });
  const refused = await chat(secret);
  assert.equal(refused.status, 503);
  assert.equal(JSON.parse(refused.body).error.code, 'limits_unavailable');
  assert.equal((await chat(harness.key)).status, 200);
});

test('PostgreSQL unreachable: known keys still work and nothing is lost', async () => {
  assert.equal((await chat(harness.key)).status, 200);
  await proxy.stop();
  const during: string[] = [];
  for (let i = 0; i < 10; i++) {
    const answer = await chat(harness.key);
    assert.equal(answer.status, 200, answer.body);
    during.push(answer.id);
  }
  await proxy.listen(Number(new URL(harness.gateway.deps.config.database).port));
  const ledger = createLedgerRepository(harness.gateway.deps.store.db, harness.gateway.deps.store.dialect);
  await waitFor(async () => {
    const events = await Promise.all(during.map((id) => ledger.get(id).catch(() => undefined)));
    return events.every(Boolean);
  }, 20_000, 200);
  const rows = await waitFor(async () => {
    const logged = await harness.gateway.deps.store.requestLog.list({ limit: 1000 }).catch(() => []);
    return during.every((id) => logged.some((row) => row.id === id)) ? logged : undefined;
  }, 20_000, 200);
  assert.ok(rows.length >= during.length);
});
