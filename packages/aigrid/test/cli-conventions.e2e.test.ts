import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildProgram } from '../src/cli/main.js';
import { runCli } from './support/run-cli.js';

// What every command shares (docs/cli.md): --json, one `aigrid: …` line per error, exit 2 for a
// wrong command line and 1 for a refusal.

let dir: string;
let config: string;
const cli = (...args: string[]) => runCli([...args, '--config', config]);

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-cli-conventions-'));
  config = join(dir, 'aigrid.hcl');
  await writeFile(
    config,
    `data_dir = "${dir}/data"
provider "openai" {
  type = "openai"
}
model "fast" {
  provider       = "openai"
  upstream_model = "gpt-4o-mini"
}
tenant "acme" {}
`,
  );
});
after(() => rm(dir, { recursive: true, force: true }));

function leaves(command: Command): Command[] {
  return command.commands.length === 0 ? [command] : command.commands.flatMap(leaves);
}

test('every command takes --json', () => {
  const missing = leaves(buildProgram())
    .filter((command) => !command.options.some((option) => option.long === '--json'))
    .map((command) => command.name());
  assert.deepEqual(missing, []);
  assert.deepEqual(Object.keys(JSON.parse(runCli(['version', '--json']).stdout)), ['version']);
  const checked = JSON.parse(cli('config', 'check', '--json').stdout);
  assert.deepEqual([checked.ok, checked.providers, checked.models[0].name], [true, ['openai'], 'fast']);
  const tenant = JSON.parse(cli('tenants', 'create', 'globex', '--json').stdout);
  assert.deepEqual([tenant.name, tenant.source], ['globex', 'api']);
  assert.deepEqual(JSON.parse(cli('tenants', 'delete', 'globex', '--json').stdout), { object: 'tenant', name: 'globex', deleted: true });
  const key = JSON.parse(cli('keys', 'create', '--name', 'ci', '--tenant', 'acme', '--json').stdout);
  const revoked = JSON.parse(cli('keys', 'revoke', key.id, '--json').stdout);
  assert.equal(revoked.id, key.id);
  assert.ok(revoked.revoked_at);
});

test('command-line errors are one aigrid: line and exit 2', () => {
  const cases: [string[], RegExp][] = [
    [['keys', 'create', '--config', config], /^aigrid: required option '--name <name>' not specified \(run `aigrid keys create --help`\)\n$/],
    [['keys', 'list', '--jsn', '--config', config], /^aigrid: unknown option '--jsn' \(did you mean --json\?\) \(run `aigrid keys list --help`\)\n$/],
    [['frobnicate'], /^aigrid: unknown command 'frobnicate' \(run `aigrid --help`\)\n$/],
    [['keys'], /^aigrid: 'aigrid keys' needs a command: create, list, revoke \(run `aigrid keys --help`\)\n$/],
    [['serve', '--port', 'eighty', '--config', config], /^aigrid: --port must be an integer from 0 to 65535, not 'eighty'\.\n$/],
    [['usage', '--tenant', 'acme', '--csv', '--json', '--config', config], /^aigrid: option '--csv' cannot be used with option '--json' \(run `aigrid usage --help`\)\n$/],
    [['budgets', 'set', 'b', '--hard', '--soft', '--config', config], /^aigrid: option '--soft' cannot be used with option '--hard' \(run `aigrid budgets set --help`\)\n$/],
    [['audit', 'list', '--limit', 'lots', '--config', config], /^aigrid: --limit must be a whole number ≥ 0, not 'lots'\.\n$/],
  ];
  for (const [args, pattern] of cases) {
    const result = runCli(args);
    assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, pattern);
  }
});

test('usage names an unknown tenant and exits 1', () => {
  const unknown = cli('usage', '--tenant', 'nope');
  assert.equal(unknown.status, 1);
  assert.equal(unknown.stderr, "aigrid: No tenant 'nope'. Known tenants: acme.\n");
  const known = cli('usage', '--tenant', 'acme', '--json');
  assert.equal(known.status, 0, known.stderr);
  assert.deepEqual(JSON.parse(known.stdout), []);
});

test('models show takes a configured model name; models list fits 100 columns unless --wide', () => {
  const byName = cli('models', 'show', 'fast');
  assert.equal(byName.status, 0, byName.stderr);
  assert.match(byName.stdout, /^openai\/gpt-4o-mini\n/);
  assert.match(byName.stdout, /configured as\s+fast/);
  const unknown = cli('models', 'show', 'fsat');
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^aigrid: No model card or configured model 'fsat'\. Did you mean "fast"\?/);

  const narrow = cli('models', 'list');
  assert.equal(narrow.status, 0, narrow.stderr);
  const lines = narrow.stdout.trimEnd().split('\n');
  assert.ok(lines.length > 10);
  for (const line of lines) assert.ok(line.length <= 100, `${line.length} columns: ${line}`);
  assert.match(lines[0], /^ID\s+CONTEXT\s+INPUT\s+OUTPUT\s+CONFIGURED AS$/);
  const wide = cli('models', 'list', '--wide');
  assert.match(wide.stdout.split('\n')[0], /^ID\s+NAME\s+KIND\s+CONTEXT\s+INPUT\s+OUTPUT\s+CAPABILITIES\s+REGIONS\s+CONFIGURED AS$/);
  assert.ok(wide.stdout.split('\n').some((line) => line.length > 100));
});

test('relative data_dir and sqlite: paths are taken from the working directory, not the config file', async () => {
  const elsewhere = join(dir, 'elsewhere');
  const work = join(dir, 'work');
  await mkdir(elsewhere);
  await mkdir(work);
  const relative = join(elsewhere, 'relative.hcl');
  await writeFile(relative, 'data_dir = "state"\ntenant "acme" {}\n');
  const created = runCli(['keys', 'create', '--name', 'ci', '--tenant', 'acme', '--config', relative], {}, work);
  assert.equal(created.status, 0, created.stderr);
  assert.ok((await stat(join(work, 'state', 'aigrid.db'))).isFile(), 'the database is under the working directory');
  assert.ok((await stat(join(work, 'state', 'audit-ed25519.pem'))).isFile(), 'so is the audit key');
  await assert.rejects(stat(join(elsewhere, 'state')), 'nothing is written beside the config file');
});

test('docs/cli.md and the README list every command', async () => {
  const docs = await readFile(new URL('../../../docs/cli.md', import.meta.url), 'utf8');
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  for (const command of leaves(buildProgram())) {
    const parent = command.parent!.name() === 'aigrid' ? command.name() : command.parent!.name();
    for (const text of [docs, readme]) {
      const rows = text.split('\n').filter((line) => line.startsWith(`| \`aigrid ${parent}`));
      assert.ok(rows.some((row) => row.includes(command.name())), `no table row for aigrid ${parent} ${command.name()}`);
    }
  }
});
