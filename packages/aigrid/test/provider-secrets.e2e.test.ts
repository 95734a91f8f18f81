import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import { ADMIN_KEY, startHarness, type Harness } from './support/gateway-harness.js';
import { runCli } from './support/run-cli.js';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';

let harness: Harness;
let vault: MockUpstream;
const secretKey = randomBytes(32).toString('base64');

before(async () => {
  process.env.AIGRID_SECRET_KEY = secretKey;
  vault = await startMockOpenAI();
  harness = await startHarness({
    extraConfig: `
provider "vault" {
  type     = "openai-compatible"
  base_url = "${vault.url}"
}
model "vaulted" {
  provider       = "vault"
  upstream_model = "gpt-test"
}`,
  });
});
after(async () => {
  await harness.close();
  await vault.close();
});

const admin = (path: string, init: RequestInit = {}) =>
  fetch(`${harness.gateway.url}${path}`, { ...init, headers: { authorization: `Bearer ${ADMIN_KEY}`, 'content-type': 'application/json', ...init.headers } });

test('a provider key stored through the admin API is encrypted at rest and used upstream', async () => {
  const stored = await admin('/admin/providers/vault/secret', { method: 'PUT', body: JSON.stringify({ api_key: 'sk-vault-7f3a' }) });
  assert.equal(stored.status, 200, await stored.clone().text());
  const client = new OpenAI({ apiKey: harness.key, baseURL: `${harness.gateway.url}/v1`, maxRetries: 0 });
  await client.chat.completions.create({ model: 'vaulted', messages: [{ role: 'user', content: 'hi' }] });
  assert.equal(vault.received.at(-1)!.headers.authorization, 'Bearer sk-vault-7f3a');

  const rows = await harness.gateway.deps.store.db.selectFrom('provider_secrets').selectAll().execute();
  assert.equal(rows.length, 1);
  assert.doesNotMatch(JSON.stringify(rows), /sk-vault-7f3a/);

  const listed = await (await admin('/admin/providers')).json();
  const listedVault = listed.data.find((provider: any) => provider.name === 'vault');
  assert.equal(listedVault.key_source, 'stored');
  assert.doesNotMatch(JSON.stringify(listed), /sk-vault|sk-upstream-secret/);
});

test('secrets routes need the admin key and a configured provider', async () => {
  const anonymous = await fetch(`${harness.gateway.url}/admin/providers/vault/secret`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${harness.key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ api_key: 'x' }),
  });
  assert.equal(anonymous.status, 403);
  const unknown = await admin('/admin/providers/nope/secret', { method: 'PUT', body: JSON.stringify({ api_key: 'x' }) });
  assert.equal(unknown.status, 404);
  const badBody = await admin('/admin/providers/vault/secret', { method: 'PUT', body: JSON.stringify({ key: 'x' }) });
  assert.equal(badBody.status, 400);
});

test('aigrid secrets set|list from the CLI, without AIGRID_SECRET_KEY a readable error', async () => {
  const config = `${harness.dir}/aigrid.hcl`;
  const set = runCli(['secrets', 'set', 'vault', '--from-env', 'VAULT_KEY', '--config', config], { AIGRID_SECRET_KEY: secretKey, VAULT_KEY: 'sk-cli-1' });
  assert.equal(set.status, 0, set.stderr);
  const listed = runCli(['secrets', 'list', '--config', config], { AIGRID_SECRET_KEY: secretKey });
  assert.match(listed.stdout, /vault/);
  assert.doesNotMatch(listed.stdout, /sk-cli-1/);
  const noKey = runCli(['secrets', 'set', 'vault', '--from-env', 'VAULT_KEY', '--config', config], { AIGRID_SECRET_KEY: '', VAULT_KEY: 'x' });
  assert.equal(noKey.status, 1);
  assert.match(noKey.stderr, /AIGRID_SECRET_KEY/);
});
