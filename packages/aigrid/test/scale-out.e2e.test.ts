import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { request } from 'undici';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';
import { runCli, spawnServe } from './support/run-cli.js';

/*
 * Three gateway processes share one PostgreSQL database and one Redis. Under concurrent load at
 * all three: admitted requests never exceed the per-minute limit, total spend never exceeds the
 * hard budget by more than the reservations in flight, and the ledger holds exactly one event
 * per successful request.
 */

const ADMIN_URL = process.env.AIGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.AIGRID_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const database = `aigrid_scale_${randomBytes(4).toString('hex')}`;
const run = randomBytes(3).toString('hex');
let dir: string;
let mock: MockUpstream;
const children: ChildProcess[] = [];
// Gateways sharing a store share one audit signing key (docs/audit.md); the CLI uses it too.
const auditKey = (): string => generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const sharedKey = { AIGRID_AUDIT_KEY: auditKey() };
const urls: string[] = [];

function databaseUrl(name: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>, name = new URL(ADMIN_URL).pathname.slice(1)): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(name) });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-scale-'));
  mock = await startMockOpenAI();
  await admin((client) => client.query(`CREATE DATABASE ${database}`));
  for (let index = 0; index < 3; index++) {
    await writeFile(
      join(dir, `gateway-${index}.hcl`),
      `
database = "${databaseUrl(database)}"
redis    = "${REDIS_URL}"
data_dir = "${dir}/data-${index}"
server {
  port = 0
}
provider "mock" {
  type     = "openai-compatible"
  base_url = "${mock.url}"
}
model_card "openai-compatible/priced" {
  input_price  = 10
  output_price = 1000
}
model "priced" {
  provider       = "mock"
  upstream_model = "gpt-test"
  card           = "openai-compatible/priced"
}
tenant "rate-${run}" {}
tenant "money-${run}" {}
limit "rpm" {
  scope               = "tenant:rate-${run}"
  requests_per_minute = 40
}
budget "cap" {
  scope  = "tenant:money-${run}"
  amount = 0.5
  period = "total"
}
`,
    );
  }
  for (let index = 0; index < 3; index++) {
    const { child, url } = await spawnServe(['--config', join(dir, `gateway-${index}.hcl`)], sharedKey);
    children.push(child);
    urls.push(url);
  }
});

after(async () => {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((resolve) => setTimeout(resolve, 500));
  await mock.close();
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  await rm(dir, { recursive: true, force: true });
});

function createKey(tenant: string): string {
  const created = runCli(['keys', 'create', '--name', tenant, '--tenant', tenant, '--create-tenant', '--json', '--config', join(dir, 'gateway-0.hcl')], sharedKey);
  assert.equal(created.status, 0, created.stderr);
  return JSON.parse(created.stdout).secret as string;
}

/**
 * Sends `total` requests spread over the three gateways, 12 at a time; returns status counts.
 * `degraded` counts admissions a gateway counted only locally: its Redis command timed out (on a
 * loaded machine the event loop can lag past the 250 ms command timeout), and rate limits fail
 * open by design (see outage-policy.ts).
 */
async function load(key: string, total: number): Promise<{ ok: string[]; degraded: number; refused: number; other: number[] }> {
  const ok: string[] = [];
  let degraded = 0;
  let refused = 0;
  const other: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 12 }, async (_, worker) => {
      while (next < total) {
        const index = next++;
        const response = await request(`${urls[(index + worker) % 3]}/v1/chat/completions`, {
          method: 'POST',
          // x-aigrid-budget asks for the limit headers, x-aigrid-limits-degraded among them.
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'x-aigrid-budget': 'true' },
          body: JSON.stringify({ model: 'priced', max_tokens: 20, messages: [{ role: 'user', content: 'hi' }] }),
        });
        await response.body.text();
        if (response.statusCode === 200) {
          ok.push(String(response.headers['x-request-id']));
          if (response.headers['x-aigrid-limits-degraded'] === 'true') degraded += 1;
        } else if (response.statusCode === 429) refused += 1;
        else other.push(response.statusCode);
      }
    }),
  );
  return { ok, degraded, refused, other };
}

async function ledgerFor(tenant: string): Promise<{ count: number; spent: number; ids: string[] }> {
  return admin(async (client) => {
    const rows = await client.query('SELECT id, cost_micros FROM usage_events WHERE tenant = $1', [tenant]);
    return { count: rows.rowCount ?? 0, spent: rows.rows.reduce((sum, row) => sum + Number(row.cost_micros), 0), ids: rows.rows.map((row) => row.id) };
  }, database);
}

async function waitForLedger(tenant: string, expected: number) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ledger = await ledgerFor(tenant);
    if (ledger.count >= expected || Date.now() > deadline) return ledger;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('a per-minute limit holds across three gateways, and the ledger has one event per success', async (t) => {
  const key = createKey(`rate-${run}`);
  const result = await load(key, 120);
  assert.deepEqual(result.other, []);
  // The shared limit binds the admissions Redis counted; fail-open ones are the outage policy's.
  const shared = result.ok.length - result.degraded;
  if (result.degraded > 0) t.diagnostic(`${result.degraded} admissions were counted locally (Redis timed out)`);
  assert.ok(shared <= 40, `admitted ${shared} > 40 in one minute through Redis`);
  assert.ok(shared >= 30 || result.degraded > 0, `admitted only ${shared}`);
  // 12 are in flight at a time: more than one stall's worth means the gateways' event loops keep
  // stalling past the Redis timeout (as loading the token encodings in a request once did).
  assert.ok(result.degraded <= 12, `${result.degraded} admissions were degraded`);
  assert.equal(result.ok.length + result.refused, 120);
  const ledger = await waitForLedger(`rate-${run}`, result.ok.length);
  assert.equal(ledger.count, result.ok.length);
  assert.deepEqual(new Set(ledger.ids), new Set(result.ok));
});

test('a hard budget holds across three gateways', async () => {
  const key = createKey(`money-${run}`);
  const result = await load(key, 120);
  assert.deepEqual(result.other, []);
  const ledger = await waitForLedger(`money-${run}`, result.ok.length);
  assert.equal(ledger.count, result.ok.length);
  // Each request costs 12,090 micro-USD; $0.50 fits 41. Reservations (~20,100 each) settle to
  // actual cost, so spend never passes the budget.
  assert.ok(ledger.spent <= 500_000, `spent ${ledger.spent} micro-USD of a 500,000 budget`);
  assert.ok(result.ok.length >= 20 && result.refused > 0, `${result.ok.length} admitted, ${result.refused} refused`);
});

test('a gateway with another audit signing key refuses to start on the shared store', async () => {
  await assert.rejects(spawnServe(['--config', join(dir, 'gateway-2.hcl')], { AIGRID_AUDIT_KEY: auditKey() }), /exited with 1[\s\S]*continue with key/);
});
