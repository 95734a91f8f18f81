import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/run-cli.js';

let dir: string;
let config: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-cli-'));
  config = join(dir, 'aigrid.hcl');
  await writeFile(
    config,
    `data_dir = "${dir}/data"
provider "local" {
  type     = "openai-compatible"
  base_url = "http://127.0.0.1:11434/v1"
}
model "llama" {
  provider = "local"
}
`,
  );
});
after(() => rm(dir, { recursive: true, force: true }));

test('version and --help', () => {
  const version = runCli(['version']);
  assert.equal(version.status, 0);
  assert.match(version.stdout, /^aigrid \d+\.\d+\.\d+/);
  const help = runCli(['--help']);
  assert.equal(help.status, 0);
  for (const command of ['serve', 'keys', 'config', 'version']) assert.match(help.stdout, new RegExp(command));
  const keysHelp = runCli(['keys', 'create', '--help']);
  assert.equal(keysHelp.status, 0);
  assert.match(keysHelp.stdout, /--tenant/);
});

test('keys create, list and revoke', () => {
  const created = runCli(['keys', 'create', '--name', 'ci', '--tenant', 'acme', '--create-tenant', '--config', config]);
  assert.equal(created.status, 0, created.stderr);
  const secret = /^(sk-aigrid-\S+)$/m.exec(created.stdout)?.[1];
  assert.ok(secret, created.stdout);
  const id = /Created key (\S+)/.exec(created.stdout)![1];

  const listed = runCli(['keys', 'list', '--config', config]);
  assert.equal(listed.status, 0, listed.stderr);
  assert.match(listed.stdout, new RegExp(id));
  assert.doesNotMatch(listed.stdout, new RegExp(secret!), 'secrets are never listed');

  const revoked = runCli(['keys', 'revoke', id, '--config', config]);
  assert.equal(revoked.status, 0, revoked.stderr);
  const afterRevoke = JSON.parse(runCli(['keys', 'list', '--all', '--json', '--config', config]).stdout);
  assert.ok(afterRevoke.find((key: any) => key.id === id).revoked_at);
  assert.equal(JSON.parse(runCli(['keys', 'list', '--json', '--config', config]).stdout).length, 0);
});

test('bad input gives a readable error and a non-zero exit', () => {
  const unknownModel = runCli(['keys', 'create', '--name', 'x', '--models', 'gpt-9', '--config', config]);
  assert.equal(unknownModel.status, 1);
  assert.match(unknownModel.stderr, /Unknown model 'gpt-9'/);
  const missingName = runCli(['keys', 'create', '--config', config]);
  assert.notEqual(missingName.status, 0);
  assert.match(missingName.stderr, /--name/);
  const revokeMissing = runCli(['keys', 'revoke', 'key_nope', '--config', config]);
  assert.equal(revokeMissing.status, 1);
  assert.match(revokeMissing.stderr, /No key/);
  const unknownCommand = runCli(['frobnicate']);
  assert.notEqual(unknownCommand.status, 0);
  const badPort = runCli(['serve', '--port', 'eighty', '--config', config]);
  assert.equal(badPort.status, 2, 'a bad flag value is a command-line error');
  assert.match(badPort.stderr, /--port/);
});

test('config check reports file, line and a suggestion', async () => {
  const good = runCli(['config', 'check', '--config', config]);
  assert.equal(good.status, 0, good.stderr);
  assert.match(good.stdout, /OK/);
  assert.match(good.stdout, /llama -> local\/llama/);
  const bad = join(dir, 'bad.hcl');
  await writeFile(bad, 'provider "local" {\n  type = "openai-compatible"\n  base_ulr = "http://127.0.0.1:1/v1"\n}\n');
  const result = runCli(['config', 'check', '--config', bad]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /bad\.hcl:3/);
  assert.match(result.stderr, /base_url/);
  const missing = runCli(['config', 'check', '--config', join(dir, 'nope.hcl')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\.hcl/);
});

test('config check refuses a policy it cannot enforce, and warns about one it can only partly', async () => {
  const providers = 'provider "cloud" {\n  type     = "openai-compatible"\n  base_url = "http://127.0.0.1:1/v1"\n}\nprovider "engine" {\n  type = "ollama"\n}\nmodel "cloud-model" {\n  provider = "cloud"\n}\nmodel "local-model" {\n  provider = "engine"\n}\n';
  const unenforceable = join(dir, 'unenforceable.hcl');
  await writeFile(unenforceable, `${providers}policy "keep-local" {\n  routes       = ["cloud-model"]\n  on_sensitive = "local-only"\n  skip_detectors = ["emial"]\n}\n`);
  const refused = runCli(['config', 'check', '--config', unenforceable]);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /unenforceable\.hcl:15:\d+: policy "keep-local" keeps sensitive requests on local deployments, but "cloud-model" has no local or edge deployment \(add a deployment/);
  assert.match(refused.stderr, /unenforceable\.hcl:17:\d+: policy "keep-local": skip_detectors names an unknown detector "emial" \(did you mean "email"\?\)/);

  const partly = join(dir, 'partly.hcl');
  await writeFile(partly, `${providers}policy "keep-local" {\n  on_sensitive = "local-only"\n}\n`);
  const warned = runCli(['config', 'check', '--config', partly]);
  assert.equal(warned.status, 0, warned.stderr);
  assert.match(warned.stdout, /policy {4}keep-local: local-only on every route/);
  assert.match(warned.stderr, /aigrid: warning: .*partly\.hcl:\d+:\d+: policy "keep-local" keeps sensitive requests on local deployments and covers every route; sensitive requests to "cloud-model" will be refused/);
});
