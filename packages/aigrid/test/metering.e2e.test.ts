import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { createLedgerRepository } from '../src/store/ledger-repository.js';
import { ADMIN_KEY, PRICED_MODEL, startHarness, type Harness } from './support/gateway-harness.js';
import { runCli } from './support/run-cli.js';
import { waitFor } from './support/wait-for.js';

/*
 * Budgets, limits and the ledger through the real gateway. The model is priced by a model_card:
 * $10 per million input tokens, $1,000 per million output tokens (large, so small tests show cost).
 */

let harness: Harness;

before(async () => {
  harness = await startHarness({
    extraConfig: `
${PRICED_MODEL}
model "priced-stream" {
  provider       = "mock"
  upstream_model = "slow-stream"
  card           = "openai-compatible/priced"
}
tenant "small" {}
tenant "ratey" {}
tenant "streamy" {}
tenant "acme" {}
tenant "vip" {
  prices = {
    "openai-compatible/priced" = { input = 1, output = 100 }
  }
}
budget "small-total" {
  scope  = "tenant:small"
  amount = 0.04
  period = "total"
}
limit "ratey-rpm" {
  scope               = "tenant:ratey"
  requests_per_minute = 3
}
tenant "prose" {}
budget "prose-total" {
  scope  = "tenant:prose"
  amount = 0.05
  period = "total"
}
budget "streamy-total" {
  scope  = "tenant:streamy"
  amount = 0.02
  period = "total"
}`,
  });
});
after(() => harness.close());

async function chat(key: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ messages: [{ role: 'user', content: 'hi' }], ...body }),
  });
  return { status: response.statusCode, headers: response.headers, text: await response.body.text() };
}

describe('metering', () => {
  test('every answered request lands in the ledger once, priced from the catalog', async () => {
    const response = await chat(harness.key, { model: 'priced', max_tokens: 20 });
    assert.equal(response.status, 200);
    const id = String(response.headers['x-request-id']);
    const ledger = createLedgerRepository(harness.gateway.deps.store.db, harness.gateway.deps.store.dialect);
    const event = await waitFor(() => ledger.get(id));
    // The mock reports 9 input and 12 output tokens: 9 × 10 + 12 × 1000 micro-USD.
    assert.equal(event.costMicros, 90 + 12_000);
    assert.equal(event.source, 'reported');
    assert.equal(event.tenant, 'acme');
    assert.equal(event.model, 'priced');
  });

  test("a tenant's negotiated prices replace the catalog's", async () => {
    const { secret } = await harness.createKey({ name: 'vip', tenant: 'vip' });
    const response = await chat(secret, { model: 'priced', max_tokens: 20 });
    const ledger = createLedgerRepository(harness.gateway.deps.store.db, harness.gateway.deps.store.dialect);
    const event = await waitFor(() => ledger.get(String(response.headers['x-request-id'])));
    assert.equal(event.costMicros, 9 * 1 + 12 * 100);
    assert.equal(event.prices.outputPerMTok, 100_000_000);
  });

  test('a hard budget refuses once spending plus the reservation would pass it', async () => {
    const { secret } = await harness.createKey({ name: 'small', tenant: 'small' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await chat(secret, { model: 'priced', max_tokens: 10 }, { 'x-aigrid-budget': 'true' });
      statuses.push(response.status);
      if (response.status === 429) {
        const body = JSON.parse(response.text);
        assert.equal(body.error.code, 'budget_exceeded');
        assert.equal(response.headers['x-should-retry'], 'false');
      } else {
        assert.ok(response.headers['x-aigrid-budget-remaining-usd'] !== undefined, 'remaining budget on request');
      }
    }
    // Each request costs 12,090 micro-USD and reserves ~10,100; $0.04 fits three.
    assert.deepEqual(statuses, [200, 200, 200, 429, 429]);
  });

  test('a long prompt whose byte bound does not fit a hard budget is admitted on its token count', async () => {
    const { secret } = await harness.createKey({ name: 'prose', tenant: 'prose' });
    // ~2,000 tokens but 10,000 bytes: the bound reserves ~$0.10 of the $0.05 budget, the count ~$0.02.
    const content = 'word '.repeat(2_000);
    const first = await chat(secret, { model: 'priced', max_tokens: 1, messages: [{ role: 'user', content }] });
    assert.equal(first.status, 200, first.text);
    const tooLong = await chat(secret, { model: 'priced', max_tokens: 1, messages: [{ role: 'user', content: content.repeat(3) }] });
    assert.equal(tooLong.status, 429);
    assert.equal(JSON.parse(tooLong.text).error.code, 'budget_exceeded');
  });

  test('a requests-per-minute limit refuses with retry-after', async () => {
    const { secret } = await harness.createKey({ name: 'ratey', tenant: 'ratey' });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await chat(secret, { model: 'priced', max_tokens: 5 }));
    assert.deepEqual(results.map((result) => result.status), [200, 200, 200, 429]);
    assert.equal(JSON.parse(results[3].text).error.code, 'rate_limited');
    assert.ok(Number(results[3].headers['retry-after']) >= 1);
  });

  test('a stream that exhausts a hard budget ends with a finish chunk and an error event, and is billed', async () => {
    const { secret } = await harness.createKey({ name: 'streamy', tenant: 'streamy' });
    const response = await chat(secret, { model: 'priced-stream', max_tokens: 5, stream: true });
    assert.equal(response.status, 200);
    const events = response.text.split('\n\n').filter(Boolean);
    assert.ok(events.length < 40, `stopped early after ${events.length} events`);
    assert.match(events.at(-2) ?? '', /"finish_reason":"length"/);
    assert.match(events.at(-1) ?? '', /"code":"budget_exceeded"/);
    const ledger = createLedgerRepository(harness.gateway.deps.store.db, harness.gateway.deps.store.dialect);
    const event = await waitFor(() => ledger.get(String(response.headers['x-request-id'])));
    assert.equal(event.source, 'partial');
    assert.ok(event.costMicros > 0);
  });

  test('usage reports from the admin API and the CLI', async () => {
    const api = await request(`${harness.gateway.url}/admin/usage?tenant=small&by=model&since=1d`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    const report = (await api.body.json()) as any;
    assert.equal(api.statusCode, 200);
    const row = await waitFor(async () => {
      const fresh = (await (await request(`${harness.gateway.url}/admin/usage?tenant=small&by=model&since=1d`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).body.json()) as any;
      return fresh.data.find((entry: any) => entry.group === 'priced' && entry.requests === 3);
    });
    assert.deepEqual([row.cost_micros, row.cost_usd, row.input_tokens, row.output_tokens], [3 * 12_090, 0.03627, 27, 36]);
    assert.equal(report.by, 'model');
    const cli = runCli(['usage', '--tenant', 'small', '--by', 'model', '--since', '1d', '--config', `${harness.dir}/aigrid.hcl`]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /priced\s+3\s+/);
    const csv = runCli(['usage', '--tenant', 'small', '--csv', '--config', `${harness.dir}/aigrid.hcl`]);
    assert.match(csv.stdout, /^MODEL,REQUESTS,INPUT TOKENS,OUTPUT TOKENS,COST_USD,ESTIMATED\n/);
    assert.match(csv.stdout, /\npriced,3,27,36,0\.03627,0\n/, 'CSV cells are plain numbers');
    const bad = runCli(['usage', '--tenant', 'small', '--since', 'yesterday-ish', '--config', `${harness.dir}/aigrid.hcl`]);
    assert.equal(bad.status, 2, 'a bad flag value is a command-line error');
    const forbidden = await request(`${harness.gateway.url}/admin/usage?tenant=small`, { headers: { authorization: `Bearer ${harness.key}` } });
    assert.equal(forbidden.statusCode, 403, "a tenant's key cannot read usage");
    await forbidden.body.text();
  });

  test('budgets with their spend, tenants and limits from the admin API and the CLI', async () => {
    const config = `${harness.dir}/aigrid.hcl`;
    const api = await request(`${harness.gateway.url}/admin/budgets?tenant=small`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } });
    const budgets = (await api.body.json()) as any;
    assert.equal(budgets.data.length, 1);
    assert.deepEqual([budgets.data[0].spent_micros, budgets.data[0].spent_usd, budgets.data[0].remaining_usd], [3 * 12_090, 0.03627, 0.00373]);
    const tenants = (await (await request(`${harness.gateway.url}/admin/tenants`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).body.json()) as any;
    assert.ok(tenants.data.some((tenant: any) => tenant.name === 'ratey' && tenant.limits[0].requests_per_minute === 3));
    const cli = runCli(['budgets', 'list', '--config', config]);
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /small-total\s+tenant:small\s+total \(total\)\s+hard\s+\$0\.040000\s+\$0\.036270\s+\$0\.003730/);
    assert.match(runCli(['limits', 'list', '--config', config]).stdout, /ratey-rpm\s+tenant:ratey\s+3/);
    assert.match(runCli(['tenants', 'list', '--config', config]).stdout, /streamy/);
  });
});
