import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'undici';
import { ADMIN_KEY, PRICED_MODEL, startHarness, type Harness } from './support/gateway-harness.js';
import { runCli } from './support/run-cli.js';
import { waitFor } from './support/wait-for.js';

/*
 * Tenants, projects, budgets and limits managed through the admin API and the CLI, beside those
 * declared in aigrid.hcl, on a running gateway. The model costs $10 / $1,000 per million tokens.
 */

let harness: Harness;
let config: string;

before(async () => {
  harness = await startHarness({
    extraConfig: `
governance_refresh_ms = 200
${PRICED_MODEL}
tenant "declared" {}
project "declared/web" {
  tenant = "declared"
}
budget "declared-budget" {
  scope  = "tenant:declared"
  amount = 100
}
limit "declared-limit" {
  scope               = "tenant:declared"
  requests_per_minute = 1000
}`,
  });
  config = `${harness.dir}/aigrid.hcl`;
});
after(() => harness.close());

async function admin(method: string, path: string, body?: unknown, raw?: string) {
  const response = await request(`${harness.gateway.url}${path}`, {
    method: method as 'GET',
    headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json' },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await response.body.text();
  return { status: response.statusCode, body: text ? JSON.parse(text) : undefined };
}

async function chat(key: string) {
  const response = await request(`${harness.gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'priced', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }),
  });
  const text = await response.body.text();
  return { status: response.statusCode, code: response.statusCode === 200 ? undefined : JSON.parse(text).error.code };
}

describe('governance through the admin API', () => {
  test('creates, reads, changes and deletes each kind, with its source', async () => {
    const tenant = await admin('POST', '/admin/tenants', { name: 'globex', allowed_regions: ['eu'], prices: { 'openai-compatible/priced': { input: 1 } } });
    assert.equal(tenant.status, 201, JSON.stringify(tenant.body));
    assert.deepEqual({ ...tenant.body, created_at: 'x', updated_at: 'x' }, {
      name: 'globex', display_name: null, allowed_regions: ['eu'], prices: { 'openai-compatible/priced': { input: 1 } },
      projects: [], budgets: [], limits: [], source: 'api', created_at: 'x', updated_at: 'x',
    });
    assert.equal((await admin('PATCH', '/admin/tenants/globex', { display_name: 'Globex', allowed_regions: null })).body.allowed_regions, null);
    assert.equal((await admin('POST', '/admin/projects', { name: 'globex/web' })).status, 201);
    const budget = await admin('POST', '/admin/budgets', { name: 'globex-month', scope: 'project:globex/web', amount: 20 });
    assert.equal(budget.status, 201);
    assert.deepEqual([budget.body.amount_micros, budget.body.amount_usd, budget.body.remaining_micros, budget.body.remaining_usd], [20_000_000, 20, 20_000_000, 20]);
    assert.equal(budget.body.source, 'api');
    assert.equal((await admin('PATCH', '/admin/budgets/globex-month', { period: 'day', hard: false })).body.period, 'day');
    const limit = await admin('POST', '/admin/limits', { name: 'globex-rate', scope: 'tenant:globex', tokens_per_minute: 5000 });
    assert.deepEqual([limit.status, limit.body.tokens_per_minute, limit.body.requests_per_minute], [201, 5000, null]);

    const tenants = (await admin('GET', '/admin/tenants')).body.data;
    assert.deepEqual(tenants.map((entry: any) => [entry.name, entry.source]), [['declared', 'config'], ['globex', 'api']]);
    const globex = (await admin('GET', '/admin/tenants/globex')).body;
    assert.deepEqual([globex.display_name, globex.projects, globex.budgets, globex.limits[0].name], ['Globex', ['globex/web'], ['globex-month'], 'globex-rate']);
    assert.deepEqual((await admin('GET', '/admin/budgets?tenant=globex')).body.data.map((entry: any) => entry.name), ['globex-month']);
    assert.equal((await admin('GET', '/admin/projects/declared/web')).body.source, 'config');
    assert.equal((await admin('GET', '/admin/limits')).body.data.length, 2);

    const inUse = await admin('DELETE', '/admin/tenants/globex');
    assert.equal(inUse.status, 409);
    assert.match(inUse.body.error.message, /still in use by projects globex\/web; budgets globex-month; limits globex-rate/);
    for (const path of ['/admin/limits/globex-rate', '/admin/budgets/globex-month', '/admin/projects/globex/web', '/admin/tenants/globex']) {
      const deleted = await admin('DELETE', path);
      assert.equal(deleted.status, 200, `${path}: ${JSON.stringify(deleted.body)}`);
      assert.equal(deleted.body.deleted, true);
      assert.equal((await admin('GET', path)).status, 404);
    }
  });

  const BAD: Array<[string, string, unknown, number, string, string | null]> = [
    ['POST', '/admin/tenants', {}, 400, 'invalid_request', 'name'],
    ['POST', '/admin/tenants', { name: 'Not Valid' }, 400, 'invalid_request', 'name'],
    ['POST', '/admin/tenants', { name: 't1', colour: 'red' }, 400, 'invalid_request', 'colour'],
    ['POST', '/admin/tenants', { name: 't1', allowed_regions: 'eu' }, 400, 'invalid_request', 'allowed_regions'],
    ['POST', '/admin/projects', { name: 'declared' }, 400, 'invalid_request', 'name'],
    ['POST', '/admin/projects', { name: 'nobody/web' }, 400, 'invalid_request', 'tenant'],
    ['POST', '/admin/budgets', { name: 'b1', scope: 'team:declared', amount: 1 }, 400, 'invalid_request', 'scope'],
    ['POST', '/admin/budgets', { name: 'b1', scope: 'tenant:nobody', amount: 1 }, 400, 'invalid_request', 'scope'],
    ['POST', '/admin/budgets', { name: 'b1', scope: 'tenant:declared', amount: -1 }, 400, 'invalid_request', 'amount'],
    ['POST', '/admin/budgets', { name: 'b1', scope: 'tenant:declared', amount: 1, period: 'year' }, 400, 'invalid_request', 'period'],
    ['POST', '/admin/budgets', { name: 'b1', scope: 'tenant:declared', amount: 1, hard: 'yes' }, 400, 'invalid_request', 'hard'],
    ['POST', '/admin/limits', { name: 'l1', scope: 'tenant:declared' }, 400, 'invalid_request', 'requests_per_minute'],
    ['POST', '/admin/limits', { name: 'l1', scope: 'tenant:declared', concurrent: 0 }, 400, 'invalid_request', 'concurrent'],
    ['POST', '/admin/limits', { name: 'l1', scope: 'tenant:declared', tokens_per_minute: 2.5 }, 400, 'invalid_request', 'tokens_per_minute'],
    ['POST', '/admin/limits', [1, 2], 400, 'invalid_request', null],
    ['POST', '/admin/tenants', { name: 'declared' }, 409, 'resource_conflict', 'name'],
    ['PATCH', '/admin/tenants/declared', { allowed_regions: ['eu'] }, 409, 'resource_conflict', 'name'],
    ['PATCH', '/admin/budgets/declared-budget', { amount: 1 }, 409, 'resource_conflict', 'name'],
    ['DELETE', '/admin/limits/declared-limit', undefined, 409, 'resource_conflict', 'name'],
    ['DELETE', '/admin/projects/declared/web', undefined, 409, 'resource_conflict', 'name'],
    ['PATCH', '/admin/projects/declared/web', {}, 405, 'method_not_allowed', null],
    ['GET', '/admin/budgets/nope', undefined, 404, 'resource_not_found', 'name'],
    ['PATCH', '/admin/limits/nope', { concurrent: 1 }, 404, 'resource_not_found', 'name'],
    ['DELETE', '/admin/tenants/nope', undefined, 404, 'resource_not_found', 'name'],
  ];
  for (const [method, path, body, status, code, param] of BAD) {
    test(`${method} ${path} ${JSON.stringify(body) ?? ''} → ${status} ${code}`, async () => {
      const response = await admin(method, path, body);
      assert.equal(response.status, status, JSON.stringify(response.body));
      assert.equal(response.body.error.code, code);
      assert.equal(response.body.error.param, param);
      if (status === 409 && method !== 'POST') assert.match(response.body.error.message, /declared in aigrid\.hcl/);
    });
  }

  test('a body that is not JSON is refused in the same envelope', async () => {
    const response = await admin('POST', '/admin/budgets', undefined, '{"name": ');
    assert.deepEqual([response.status, response.body.error.code], [400, 'invalid_json']);
  });

  test('a hard budget created through the API refuses the next request', async () => {
    assert.equal((await admin('POST', '/admin/tenants', { name: 'budgeted' })).status, 201);
    const { secret } = await harness.createKey({ name: 'budgeted', tenant: 'budgeted' });
    assert.equal((await chat(secret)).status, 200);
    // Less than one request's worst case (~10,090 micro-USD).
    assert.equal((await admin('POST', '/admin/budgets', { name: 'budgeted-day', scope: 'tenant:budgeted', amount: 0.005, period: 'day' })).status, 201);
    assert.deepEqual(await chat(secret), { status: 429, code: 'budget_exceeded' });
    assert.equal((await admin('PATCH', '/admin/budgets/budgeted-day', { amount: 100 })).status, 200);
    assert.equal((await chat(secret)).status, 200);
  });

  test('a managed tenant’s allowed_regions keep its requests in its regions', async () => {
    await admin('POST', '/admin/tenants', { name: 'resident', allowed_regions: ['eu'] });
    const { secret } = await harness.createKey({ name: 'resident', tenant: 'resident' });
    // The mock deployment has no region, so nothing can serve an EU-only tenant.
    assert.deepEqual(await chat(secret), { status: 403, code: 'model_not_allowed' });
    await admin('PATCH', '/admin/tenants/resident', { allowed_regions: null });
    assert.equal((await chat(secret)).status, 200);
  });

  test('a tenant’s negotiated prices from the API are used to reserve and to settle', async () => {
    await admin('POST', '/admin/tenants', { name: 'vip', prices: { 'openai-compatible/priced': { input: 1, output: 100 } } });
    // At list prices the worst case (~10,090 micro-USD) would not fit; at the tenant's (~1,009) it does.
    await admin('POST', '/admin/budgets', { name: 'vip-total', scope: 'tenant:vip', amount: 0.005, period: 'total' });
    const { secret } = await harness.createKey({ name: 'vip', tenant: 'vip' });
    assert.equal((await chat(secret)).status, 200);
    // The mock reports 9 input and 12 output tokens.
    const spent = await waitFor(async () => (await admin('GET', '/admin/budgets/vip-total')).body.spent_micros || undefined);
    assert.equal(spent, 9 * 1 + 12 * 100);
  });
});

describe('governance through the CLI', () => {
  test('a limit set by the CLI is picked up by the running gateway within the poll interval', async () => {
    const created = runCli(['tenants', 'create', 'clitenant', '--display-name', 'CLI tenant', '--config', config]);
    assert.equal(created.status, 0, created.stderr);
    const { secret } = await harness.createKey({ name: 'cli', tenant: 'clitenant' });
    assert.equal((await chat(secret)).status, 200);
    const limit = runCli(['limits', 'set', 'clitenant-rpm', '--scope', 'tenant:clitenant', '--rpm', '1', '--config', config]);
    assert.equal(limit.status, 0, limit.stderr);
    assert.equal(limit.stdout, 'Created limit clitenant-rpm.\n');
    // Nothing told this gateway: it sees the limit when it polls the database.
    const refused = await waitFor(async () => ((await chat(secret)).code === 'rate_limited' ? true : undefined), 10_000);
    assert.ok(refused);
    const listed = runCli(['limits', 'list', '--config', config]);
    assert.match(listed.stdout, /clitenant-rpm\s+tenant:clitenant\s+1\s+-\s+-\s+api/);
    assert.match(listed.stdout, /declared-limit\s+tenant:declared\s+1000\s+-\s+-\s+config/);
  });

  test('budgets set creates then updates; errors name the flag and exit 1', async () => {
    assert.equal(runCli(['budgets', 'set', 'cli-budget', '--scope', 'tenant:clitenant', '--amount', '500.00', '--period', 'month', '--soft', '--config', config]).stdout, 'Created budget cli-budget.\n');
    assert.equal(runCli(['budgets', 'set', 'cli-budget', '--amount', '250', '--hard', '--config', config]).stdout, 'Updated budget cli-budget.\n');
    const budget = (await admin('GET', '/admin/budgets/cli-budget')).body;
    assert.deepEqual([budget.amount_micros, budget.hard, budget.period, budget.source], [250_000_000, true, 'month', 'api']);
    const bad = runCli(['budgets', 'set', 'other', '--scope', 'tenant:clitenant', '--amount', '5', '--period', 'fortnight', '--config', config]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /^aigrid: Invalid value for --period: /);
    const declared = runCli(['budgets', 'delete', 'declared-budget', '--config', config]);
    assert.equal(declared.status, 1);
    assert.match(declared.stderr, /Budget 'declared-budget' is declared in aigrid\.hcl/);
    const inUse = runCli(['tenants', 'delete', 'clitenant', '--config', config]);
    assert.equal(inUse.status, 1);
    assert.match(inUse.stderr, /still in use by budgets cli-budget; limits clitenant-rpm; 1 active key/);
    assert.equal(runCli(['budgets', 'delete', 'cli-budget', '--config', config]).status, 0);
  });

  test('projects and tenants from the CLI, listed with their source', async () => {
    assert.equal(runCli(['projects', 'create', 'clitenant/api', '--config', config]).status, 0);
    const key = runCli(['keys', 'create', '--name', 'api', '--tenant', 'clitenant', '--project', 'api', '--json', '--config', config]);
    assert.equal(key.status, 0, key.stderr);
    assert.equal(JSON.parse(key.stdout).project, 'clitenant/api');
    assert.match(runCli(['projects', 'delete', 'clitenant/api', '--config', config]).stderr, /1 active key/);
    assert.equal(runCli(['keys', 'revoke', JSON.parse(key.stdout).id, '--config', config]).status, 0);
    const projects = runCli(['projects', 'list', '--tenant', 'clitenant', '--json', '--config', config]);
    assert.deepEqual(JSON.parse(projects.stdout).map((project: any) => [project.name, project.source]), [['clitenant/api', 'api']]);
    assert.match(runCli(['tenants', 'list', '--config', config]).stdout, /clitenant\s+\*\s+clitenant\/api\s+api/);
    assert.equal(runCli(['projects', 'delete', 'clitenant/api', '--config', config]).status, 0);
    assert.equal(runCli(['projects', 'delete', 'clitenant/api', '--config', config]).status, 1);
  });

  test('every change is in the audit log, which still verifies', async () => {
    const entries = await harness.gateway.deps.audit.list({ limit: 1000 });
    const seen = new Set(entries.map((entry) => `${entry.actor} ${entry.action} ${entry.target}`));
    for (const expected of [
      'gateway config.load aigrid.hcl',
      'admin tenant.create globex',
      'admin tenant.update globex',
      'admin project.create globex/web',
      'admin budget.update globex-month',
      'admin limit.delete globex-rate',
      'admin tenant.delete globex',
      'cli tenant.create clitenant',
      'cli limit.create clitenant-rpm',
      'cli budget.update cli-budget',
      'cli budget.delete cli-budget',
      'cli project.delete clitenant/api',
    ]) {
      assert.ok([...seen].some((line) => line.startsWith(expected) || line === expected.replace('aigrid.hcl', config)), `missing audit entry: ${expected}`);
    }
    const verified = runCli(['audit', 'verify', '--config', config]);
    assert.equal(verified.status, 0, verified.stderr);
    assert.match(verified.stdout, /^audit log intact/);
  });
});
