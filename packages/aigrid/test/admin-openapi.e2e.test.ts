import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'undici';
import { adminOpenApi } from '../src/server/admin-openapi.js';
import { listRoutes, matchRoute } from '../src/server/route-table.js';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';
import { schemaProblems } from './support/schema-check.js';
import { waitFor } from './support/wait-for.js';

/*
 * The OpenAPI document of the admin API against the route table (every admin route documented,
 * every documented path served) and against the gateway's real answers: each documented
 * operation is called and its body checked against the schema documented for its status.
 */

type Doc = { paths: Record<string, Record<string, any>>; components: Record<string, any> };
const doc = adminOpenApi('test') as Doc;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const operations = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((method) => METHODS.includes(method)).map((method) => ({ path, method })));
/** A documented path with each `{parameter}` filled in. */
const sample = (path: string) => path.replace(/\{\w+\}/g, 'sample-1');
const adminRoutes = listRoutes().filter((route) => route.path.replace(/^\^/, '').replace(/\\\//g, '/').startsWith('/admin/'));

describe('the document and the route table', () => {
  test('every admin route is documented with its method', () => {
    for (const route of adminRoutes) {
      const documented = operations.some(({ path, method }) => method.toUpperCase() === route.method && (route.parameterised ? new RegExp(route.path).test(sample(path)) : route.path === path));
      assert.ok(documented, `${route.method} ${route.path} is missing from the OpenAPI document`);
    }
  });

  test('every documented operation is served, and none twice', () => {
    for (const { path, method } of operations) {
      assert.equal(matchRoute(method.toUpperCase(), sample(path)).kind, 'found', `${method.toUpperCase()} ${path} is documented but not routed`);
    }
    assert.equal(operations.length, adminRoutes.length, 'one documented operation per admin route');
  });

  test('members are snake_case and every reference resolves', () => {
    const walk = (node: unknown, where: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (typeof record.$ref === 'string') assert.ok(schemaProblems(null, { $ref: record.$ref }, doc).every((line) => !line.includes('unresolved')), `${where}: ${record.$ref}`);
      if (record.properties && typeof record.properties === 'object') {
        for (const name of Object.keys(record.properties)) assert.match(name, /^[a-z][a-z0-9_]*$/, `${where}: member '${name}'`);
      }
      for (const [key, value] of Object.entries(record)) walk(value, `${where}/${key}`);
    };
    walk(doc, '#');
  });

  test('the check reports a camelCase member and a dollar string', () => {
    const problems = schemaProblems({ object: 'list', data: [{ group: 'm', requests: 1, input_tokens: 1, output_tokens: 1, cost_micros: 1, cost_usd: '$0.000001', estimated_requests: 0, incomplete_requests: 0, costMicros: 1 }] }, { $ref: '#/components/schemas/UsageReport' }, doc);
    assert.ok(problems.some((line) => line.includes("missing member 'tenant'")));
    assert.ok(problems.some((line) => line.includes('$.data[0].cost_usd: string')));
    assert.ok(problems.some((line) => line.includes("undocumented member 'costMicros'")));
  });
});

describe('real responses match the documented schemas', () => {
  let harness: Harness;
  const checked = new Set<string>();

  before(async () => {
    process.env.AIGRID_SECRET_KEY = randomBytes(32).toString('base64');
    harness = await startHarness();
  });
  after(() => harness.close());

  /** Calls the gateway and checks the answer against the documented response for its status. */
  async function call(method: string, path: string, concrete: string, options: { body?: unknown; key?: string | null; status?: number } = {}) {
    const key = options.key === undefined ? ADMIN_KEY : options.key;
    const response = await request(`${harness.gateway.url}${concrete}`, {
      method: method.toUpperCase() as 'GET',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const body = (await response.body.json()) as any;
    const label = `${method.toUpperCase()} ${concrete} → ${response.statusCode}`;
    assert.equal(response.statusCode, options.status ?? (method === 'post' ? 201 : 200), `${label}: ${JSON.stringify(body)}`);
    let documented = doc.paths[path]?.[method]?.responses?.[String(response.statusCode)];
    assert.ok(documented, `${label} is not a documented response`);
    if (documented.$ref) documented = doc.components.responses[documented.$ref.split('/').at(-1)];
    assert.deepEqual(schemaProblems(body, documented.content['application/json'].schema, doc), [], label);
    if (response.statusCode < 300) checked.add(`${method} ${path}`);
    return body;
  }

  test('each admin operation, in a life cycle of keys and governance objects', async () => {
    await call('get', '/admin/openapi.json', '/admin/openapi.json', { key: null, status: 401 });
    await call('get', '/admin/openapi.json', '/admin/openapi.json', { key: harness.key, status: 403 });
    assert.equal((await call('get', '/admin/openapi.json', '/admin/openapi.json')).openapi, '3.1.0');

    const key = await call('post', '/admin/keys', '/admin/keys', { body: { name: 'svc', tenant: 'globex', models: ['gpt-test'], create_tenant: true } });
    await call('post', '/admin/keys', '/admin/keys', { body: { name: 'svc', tenant: 'initrode' }, status: 404 });
    await call('post', '/admin/keys', '/admin/keys', { body: { name: 'svc', tenant: 'globex', createTenant: true }, status: 400 });
    const chat = await request(`${harness.gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key.secret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }),
    });
    assert.equal(chat.statusCode, 200);
    await chat.body.text();
    await call('get', '/admin/keys', '/admin/keys?tenant=globex');
    await waitFor(async () => ((await call('get', '/admin/requests', '/admin/requests?tenant=globex')).data.length ? true : undefined));
    assert.ok((await call('get', '/admin/health', '/admin/health')).data.length > 0);
    await call('get', '/admin/providers', '/admin/providers');
    const usage = await waitFor(async () => {
      const report = await call('get', '/admin/usage', '/admin/usage?tenant=globex&by=model&since=1d');
      return report.data.length ? report : undefined;
    });
    assert.equal(usage.data[0].cost_usd, usage.data[0].cost_micros / 1_000_000);
    await call('get', '/admin/usage', '/admin/usage', { status: 400 });

    await call('post', '/admin/tenants', '/admin/tenants', { body: { name: 'umbrella', display_name: 'Umbrella', prices: { 'openai-compatible/gpt-test': { input: 1 } } } });
    await call('post', '/admin/tenants', '/admin/tenants', { body: { name: 'umbrella' }, status: 409 });
    await call('get', '/admin/tenants', '/admin/tenants');
    await call('get', '/admin/tenants/{name}', '/admin/tenants/umbrella');
    await call('get', '/admin/tenants/{name}', '/admin/tenants/nope', { status: 404 });
    await call('patch', '/admin/tenants/{name}', '/admin/tenants/umbrella', { body: { allowed_regions: ['eu'] } });
    await call('post', '/admin/projects', '/admin/projects', { body: { name: 'umbrella/web' } });
    await call('get', '/admin/projects', '/admin/projects?tenant=umbrella');
    await call('get', '/admin/projects/{tenant}/{project}', '/admin/projects/umbrella/web');
    const budget = await call('post', '/admin/budgets', '/admin/budgets', { body: { name: 'umbrella-month', scope: 'tenant:umbrella', amount: 12.5 } });
    assert.deepEqual([budget.amount_micros, budget.amount_usd, budget.spent_usd, budget.remaining_usd], [12_500_000, 12.5, 0, 12.5]);
    await call('post', '/admin/budgets', '/admin/budgets', { body: { name: 'umbrella-bad', scope: 'tenant:umbrella', amount: '$5' }, status: 400 });
    await call('get', '/admin/budgets', '/admin/budgets?tenant=umbrella');
    await call('get', '/admin/budgets/{name}', '/admin/budgets/umbrella-month');
    await call('patch', '/admin/budgets/{name}', '/admin/budgets/umbrella-month', { body: { period: 'day', hard: false } });
    await call('post', '/admin/limits', '/admin/limits', { body: { name: 'umbrella-rpm', scope: 'tenant:umbrella', requests_per_minute: 100 } });
    await call('get', '/admin/limits', '/admin/limits');
    await call('get', '/admin/limits/{name}', '/admin/limits/umbrella-rpm');
    await call('patch', '/admin/limits/{name}', '/admin/limits/umbrella-rpm', { body: { concurrent: 5 } });
    await call('delete', '/admin/tenants/{name}', '/admin/tenants/umbrella', { status: 409 });
    await call('delete', '/admin/limits/{name}', '/admin/limits/umbrella-rpm');
    await call('delete', '/admin/budgets/{name}', '/admin/budgets/umbrella-month');
    await call('delete', '/admin/projects/{tenant}/{project}', '/admin/projects/umbrella/web');
    await call('delete', '/admin/tenants/{name}', '/admin/tenants/umbrella');

    await call('put', '/admin/providers/{name}/secret', '/admin/providers/mock/secret', { body: { api_key: 'sk-upstream-secret' } });
    await call('put', '/admin/providers/{name}/secret', '/admin/providers/nope/secret', { body: { api_key: 'x' }, status: 404 });
    const revoked = await call('delete', '/admin/keys/{id}', `/admin/keys/${key.id}`);
    assert.ok(revoked.revoked_at);
    await call('delete', '/admin/keys/{id}', '/admin/keys/key_missing', { status: 404 });

    assert.deepEqual(operations.map(({ path, method }) => `${method} ${path}`).filter((operation) => !checked.has(operation)), [], 'every documented operation was called');
  });
});
