import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './support/run-cli.js';

// One naming rule for tenants, projects, keys and budgets in the CLI (as in aigrid.hcl and the
// admin API), and no key for a tenant that does not exist unless --create-tenant asks for one.

let dir: string;
let config: string;
const cli = (...args: string[]) => runCli([...args, '--config', config]);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-cli-names-'));
  config = join(dir, 'aigrid.hcl');
  await writeFile(config, `data_dir = "${dir}/data"\ntenant "declared" {}\n`);
});
after(() => rm(dir, { recursive: true, force: true }));

test('keys create refuses a bad tenant name as tenants create does', () => {
  const tenant = cli('tenants', 'create', 'Bad Tenant!');
  const key = cli('keys', 'create', '--name', 'ci', '--tenant', 'Bad Tenant!', '--create-tenant');
  for (const refused of [tenant, key]) {
    assert.equal(refused.status, 1);
    assert.match(refused.stderr, /^aigrid: Invalid tenant name 'Bad Tenant!': tenant names are lower-case letters, digits, - and _, starting with a letter or digit\.\n$/);
  }
  const keyName = cli('keys', 'create', '--name', 'my key', '--tenant', 'declared');
  assert.equal(keyName.status, 1);
  assert.match(keyName.stderr, /^aigrid: Invalid key name 'my key': key names are letters, digits, \., - and _/);
  const budget = cli('budgets', 'set', 'monthly budget', '--scope', 'tenant:declared', '--amount', '5');
  assert.equal(budget.status, 1);
  assert.match(budget.stderr, /Invalid budget name 'monthly budget': budget names are letters, digits/);
  assert.deepEqual(JSON.parse(cli('keys', 'list', '--json').stdout), [], 'nothing was created');
});

test('a key for a missing tenant is refused unless --create-tenant asks for it', () => {
  const refused = cli('keys', 'create', '--name', 'ci', '--tenant', 'ghost');
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /^aigrid: No tenant 'ghost': create it first, or add --create-tenant to create it with the key\.\n$/);

  const declared = cli('keys', 'create', '--name', 'ci', '--tenant', 'declared', '--json');
  assert.equal(declared.status, 0, declared.stderr);
  assert.equal(JSON.parse(declared.stdout).tenant, 'declared');

  const created = cli('keys', 'create', '--name', 'ci', '--tenant', 'ghost', '--create-tenant', '--json');
  assert.equal(created.status, 0, created.stderr);
  assert.equal(JSON.parse(created.stdout).tenant, 'ghost');
  const tenants = JSON.parse(cli('tenants', 'list', '--json').stdout);
  assert.deepEqual(tenants.map((tenant: any) => [tenant.name, tenant.source]).sort(), [['declared', 'config'], ['ghost', 'api']]);
  const again = cli('keys', 'create', '--name', 'second', '--tenant', 'ghost', '--create-tenant', '--json');
  assert.equal(again.status, 0, 'an existing tenant is simply used');
  const actions = JSON.parse(cli('audit', 'list', '--json').stdout).map((entry: any) => `${entry.action} ${entry.target}`);
  assert.ok(actions.includes('tenant.create ghost'), actions.join(', '));

  const project = cli('keys', 'create', '--name', 'web', '--tenant', 'ghost', '--project', 'web');
  assert.equal(project.status, 1);
  assert.match(project.stderr, /No project 'ghost\/web' exists/);
});
