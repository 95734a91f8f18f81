import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ConfigError } from './config-error.js';
import { loadConfig } from './load-config.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

describe('loadConfig', () => {
  let folder: string;

  before(async () => {
    folder = await mkdtemp(join(tmpdir(), 'aigrid-config-'));
  });

  after(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  /** A fresh empty folder, optionally holding the given files. */
  async function workspace(files: Record<string, string> = {}): Promise<string> {
    const dir = await mkdtemp(join(folder, 'ws-'));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return dir;
  }

  it('falls back to defaults when no file is found', async () => {
    const config = await loadConfig({ cwd: await workspace(), env: {} });
    assert.equal(config.source, '<defaults>');
    assert.equal(config.server.host, '127.0.0.1');
    assert.equal(config.server.port, 8420);
    assert.equal(config.database, 'sqlite:.aigrid/aigrid.db');
    assert.deepEqual(config.providers, {});
    assert.deepEqual(config.models, {});
  });

  it('looks for aigrid.hcl before aigrid.json', async () => {
    const cwd = await workspace({ 'aigrid.hcl': 'server {\n  port = 1111\n}\n', 'aigrid.json': '{"server": {"port": 2222}}' });
    assert.equal((await loadConfig({ cwd, env: {} })).server.port, 1111);
    const jsonOnly = await workspace({ 'aigrid.json': '{"server": {"port": 2222}}' });
    const config = await loadConfig({ cwd: jsonOnly, env: {} });
    assert.equal(config.server.port, 2222);
    assert.equal(config.source, 'aigrid.json');
  });

  it('prefers an explicit path, then AIGRID_CONFIG', async () => {
    const cwd = await workspace({
      'aigrid.hcl': 'server {\n  port = 1111\n}\n',
      'from-env.hcl': 'server {\n  port = 3333\n}\n',
      'explicit.hcl': 'server {\n  port = 4444\n}\n',
    });
    assert.equal((await loadConfig({ cwd, env: { AIGRID_CONFIG: 'from-env.hcl' } })).server.port, 3333);
    const explicit = await loadConfig({ cwd, path: 'explicit.hcl', env: { AIGRID_CONFIG: 'from-env.hcl' } });
    assert.equal(explicit.server.port, 4444);
    assert.equal(explicit.source, 'explicit.hcl');
  });

  it('fails when an explicitly named file is missing', async () => {
    const cwd = await workspace();
    await assert.rejects(loadConfig({ cwd, path: 'nope.hcl', env: {} }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.format(), 'nope.hcl: config file not found');
      return true;
    });
  });

  it('applies environment overrides over the file and command-line overrides over both', async () => {
    const cwd = await workspace({
      'aigrid.hcl': 'database = "sqlite:file.db"\nserver {\n  host = "10.0.0.1"\n  port = 9000\n  admin_key = "file-key"\n}\n',
    });
    const env = { AIGRID_PORT: '9100', AIGRID_HOST: '10.0.0.2', AIGRID_DATABASE: 'sqlite:env.db', AIGRID_ADMIN_KEY: 'env-key' };
    const fromEnv = await loadConfig({ cwd, env });
    assert.deepEqual(
      [fromEnv.server.host, fromEnv.server.port, fromEnv.database, fromEnv.server.adminKey],
      ['10.0.0.2', 9100, 'sqlite:env.db', 'env-key'],
    );
    const overrides = { host: '10.0.0.3', port: 9200, database: 'postgres://u@127.0.0.1:5432/db', adminKey: 'cli-key' };
    const fromCli = await loadConfig({ cwd, env, overrides });
    assert.deepEqual(
      [fromCli.server.host, fromCli.server.port, fromCli.database, fromCli.server.adminKey],
      ['10.0.0.3', 9200, 'postgres://u@127.0.0.1:5432/db', 'cli-key'],
    );
    const unset = await loadConfig({ cwd, env: { AIGRID_PORT: '' } });
    assert.equal(unset.server.port, 9000, 'an empty variable counts as unset');
  });

  it('validates override values', async () => {
    const cwd = await workspace();
    await assert.rejects(loadConfig({ cwd, env: { AIGRID_PORT: 'abc' } }), (error: unknown) => {
      assert.ok(error instanceof ConfigError);
      assert.equal(error.format(), '<environment>: AIGRID_PORT must be a port number from 0 to 65535, got "abc"');
      return true;
    });
    await assert.rejects(loadConfig({ cwd, env: {}, overrides: { database: 'mysql://x' } }), /<overrides>: database/);
  });

  it('returns a deeply frozen object', async () => {
    const cwd = await workspace({ 'aigrid.hcl': 'provider "p" {\n  headers = { A = "b" }\n}\n' });
    const config = await loadConfig({ cwd, env: {} });
    assert.ok(Object.isFrozen(config));
    assert.ok(Object.isFrozen(config.server));
    assert.ok(Object.isFrozen(config.providers));
    assert.ok(Object.isFrozen(config.providers.p.headers));
    assert.throws(() => {
      (config.server as { port: number }).port = 1;
    }, TypeError);
  });

  it('loads the example aigrid.hcl of the repository without any variables set', async () => {
    const config = await loadConfig({ cwd: REPOSITORY_ROOT, env: {} });
    assert.equal(config.source, 'aigrid.hcl');
    assert.equal(config.server.adminKey, undefined);
    assert.equal(config.providers.openai.apiKey, undefined);
    assert.deepEqual(Object.keys(config.models).sort(), ['gpt-4o-mini', 'text-embedding-3-small']);
    assert.equal(config.providers.openai.baseUrl, 'https://api.openai.com/v1', 'the public default');
    const local = await loadConfig({ cwd: REPOSITORY_ROOT, env: { AIGRID_OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1' } });
    assert.equal(local.providers.openai.baseUrl, 'http://127.0.0.1:11434/v1', 'a local server needs no edit');
  });
});
