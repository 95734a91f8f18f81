import { PROVIDER_TYPES } from '../spec/provider-presets.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError } from './config-error.js';
import { parseConfigText } from './load-config.js';

/** Runs `parseConfigText` and returns the ConfigError it must throw. */
async function configError(text: string, filename = 'aigrid.hcl', env: NodeJS.ProcessEnv = {}): Promise<ConfigError> {
  try {
    await parseConfigText(text, filename, env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a ConfigError');
}

const FULL = `database = "postgres://user@127.0.0.1:5432/db"
data_dir = "/var/lib/aigrid"

server {
  host           = "0.0.0.0"
  port           = 9000
  admin_key      = env("ADMIN")
  max_body_bytes = 1024
  log_bodies     = true
}

provider "openai" {
  type                  = "openai"
  api_key               = env("OPENAI_API_KEY")
  headers               = { "OpenAI-Organization" = "org-123" }
  connect_timeout_ms    = 1000
  first_byte_timeout_ms = 2000
  total_timeout_ms      = 3000
  max_connections       = 8
}

provider "local" {
  type     = "openai-compatible"
  base_url = "http://127.0.0.1:11434/v1/"
}

model "gpt-4o-mini" {
  provider = "openai"
}

model "llama" {
  provider       = "local"
  upstream_model = "llama3.2:3b"
}
`;

describe('parseConfigText: valid files', () => {
  it('builds the full configuration', async () => {
    const config = await parseConfigText(FULL, 'aigrid.hcl', { ADMIN: 'admin-secret', OPENAI_API_KEY: 'sk-test' });
    assert.deepEqual(config, {
      source: 'aigrid.hcl',
      database: 'postgres://user@127.0.0.1:5432/db',
      dataDir: '/var/lib/aigrid',
      governanceRefreshMs: 2000,
      redisLimits: { keyPrefix: 'aigrid:limits:', commandTimeoutMs: 250, downAfterFailures: 3, probeMs: 1000 },
      server: { host: '0.0.0.0', port: 9000, adminKey: 'admin-secret', maxBodyBytes: 1024, logBodies: true },
      providers: {
        openai: {
          name: 'openai',
          type: 'openai',
          baseUrl: 'https://api.openai.com/v1',
          apiKey: 'sk-test',
          headers: { 'OpenAI-Organization': 'org-123' },
          connectTimeoutMs: 1000,
          firstByteTimeoutMs: 2000,
          totalTimeoutMs: 3000,
          maxConnections: 8,
        },
        local: {
          name: 'local',
          type: 'openai-compatible',
          baseUrl: 'http://127.0.0.1:11434/v1',
          headers: {},
          connectTimeoutMs: 5000,
          firstByteTimeoutMs: 120000,
          totalTimeoutMs: 600000,
          maxConnections: 256,
        },
      },
      models: {
        'gpt-4o-mini': { name: 'gpt-4o-mini', provider: 'openai', upstreamModel: 'gpt-4o-mini' },
        llama: { name: 'llama', provider: 'local', upstreamModel: 'llama3.2:3b' },
      },
      modelCards: {},
      routes: {},
      policies: {},
      guard: { patterns: {}, dictionaries: {} },
      tenants: {},
      projects: {},
      budgets: {},
      limits: {},
    });
  });

  it('fills defaults for an empty file', async () => {
    const config = await parseConfigText('', 'aigrid.hcl', {});
    assert.deepEqual(config.server, { host: '127.0.0.1', port: 8420, adminKey: undefined, maxBodyBytes: 4194304, logBodies: false });
    assert.equal(config.database, 'sqlite:.aigrid/aigrid.db');
    assert.equal(config.dataDir, '.aigrid');
    assert.deepEqual(config.providers, {});
    assert.deepEqual(config.models, {});
    assert.deepEqual(config.modelCards, {});
  });

  it('derives the default database from data_dir', async () => {
    const config = await parseConfigText('data_dir = "/tmp/grid/"\n', 'aigrid.hcl', {});
    assert.equal(config.database, 'sqlite:/tmp/grid/aigrid.db');
  });

  it('evaluates env() with and without default and inside templates', async () => {
    const text = `provider "p" {
  base_url = env("BASE", "https://fallback.example/v1")
  api_key  = env("KEY")
  headers  = {
    Authorization = "Bearer \${env("TOKEN")}"
    X-Unset       = "v-\${env("NOT_SET")}"
    X-Literal     = "$\${not_an_expression}"
  }
}
`;
    const config = await parseConfigText(text, 'aigrid.hcl', { TOKEN: 'tok', BASE: '' });
    const provider = config.providers.p;
    assert.equal(provider.baseUrl, 'https://fallback.example/v1');
    assert.equal(provider.apiKey, undefined, 'an unset optional value stays undefined');
    assert.deepEqual(provider.headers, { Authorization: 'Bearer tok', 'X-Literal': '${not_an_expression}' });
  });
});

describe('parseConfigText: errors', () => {
  it('reports an unknown attribute with a suggestion and its line', async () => {
    const error = await configError('provider "openai" {\n  api_key = "k"\n  base_ulr = "https://x"\n}\n');
    assert.equal(error.issues.length, 1);
    assert.equal(error.file, 'aigrid.hcl');
    assert.equal(error.line, 3);
    assert.equal(error.column, 3);
    assert.equal(error.path, 'provider.openai.base_ulr');
    assert.equal(error.hint, 'did you mean "base_url"?');
    assert.equal(error.format(), 'aigrid.hcl:3:3: provider "openai": unknown attribute "base_ulr" (did you mean "base_url"?)');
    assert.equal(error.message, error.format());
  });

  it('reports an unknown block type with a suggestion', async () => {
    const error = await configError('server {}\n\nprovidr "openai" {\n}\n');
    assert.equal(error.format(), 'aigrid.hcl:3:1: unknown block type "providr" (did you mean "provider"?)');
  });

  it('reports a wrong type', async () => {
    const error = await configError('server {\n  port = "abc"\n}\n');
    assert.equal(error.format(), 'aigrid.hcl:2:3: server: attribute "port" must be a number, got "abc"');
  });

  it('reports out-of-range values and bad enum values', async () => {
    const error = await configError('server {\n  port = 70000\n}\nprovider "p" {\n  type = "opnai"\n}\n');
    assert.deepEqual(error.format().split('\n'), [
      'aigrid.hcl:2:3: server: attribute "port" must be at most 65535, got 70000',
      `aigrid.hcl:5:3: provider "p": attribute "type" must be one of ${PROVIDER_TYPES.map((type) => `"${type}"`).join(', ')}, got "opnai" (did you mean "openai"?)`,
    ]);
  });

  it('reports a model whose provider is not declared', async () => {
    const error = await configError('provider "openai" {}\nmodel "m" {\n  provider = "opneai"\n}\n');
    assert.equal(error.format(), 'aigrid.hcl:3:3: model "m": provider "opneai" is not declared (did you mean "openai"?)');
  });

  it('requires base_url for openai-compatible providers and names the unset variable', async () => {
    const error = await configError('provider "local" {\n  type = "openai-compatible"\n  base_url = env("LOCAL_URL")\n}\n');
    assert.equal(error.line, 3);
    assert.match(error.message, /missing required attribute "base_url"/);
    assert.equal(error.hint, 'environment variable LOCAL_URL is not set');
  });

  it('reports duplicate labels and repeated singular blocks at the repeat', async () => {
    const error = await configError('server {}\nserver {}\nmodel "a" { provider = "x" }\nmodel "a" { provider = "x" }\n');
    assert.deepEqual(
      error.issues.map((issue) => [issue.line, issue.message]),
      [
        [2, 'block "server" may appear only once'],
        [4, 'duplicate model "a"'],
      ],
    );
  });

  it('reports an HCL syntax error with its line and column', async () => {
    const error = await configError('server {\n  port = 8420\n  host =\n}\n');
    assert.equal(error.line, 3);
    assert.equal(error.column, 9);
    assert.match(error.format(), /^aigrid\.hcl:3:9: syntax error: Invalid expression/);
  });

  it('reports unsupported expressions naming the attribute and the supported forms', async () => {
    const error = await configError('provider "p" {\n  api_key = var.key\n}\n');
    assert.equal(
      error.format(),
      'aigrid.hcl:2:3: provider "p": attribute "api_key": unsupported expression "${var.key}"; ' +
        'only env("NAME") and env("NAME", "default") are supported',
    );
  });

  it('collects several problems in one error, in file order', async () => {
    const error = await configError('server {\n  hots = "x"\n  port = -1\n}\nbogus = 1\n');
    assert.deepEqual(
      error.issues.map((issue) => issue.line),
      [2, 3, 5],
    );
  });
});

describe('parseConfigText: JSON', () => {
  it('accepts the natural JSON form', async () => {
    const text = JSON.stringify({
      server: { port: 9001 },
      provider: { openai: { api_key: '${env("KEY")}' } },
      model: { m: { provider: 'openai' } },
    });
    const config = await parseConfigText(text, 'aigrid.json', { KEY: 'k' });
    assert.equal(config.server.port, 9001);
    assert.equal(config.providers.openai.apiKey, 'k');
    assert.equal(config.models.m.upstreamModel, 'm');
  });

  it('accepts the hcl2json form', async () => {
    const text = JSON.stringify({ server: [{ port: 9002 }], provider: { openai: [{}] }, model: { m: [{ provider: 'openai' }] } });
    const config = await parseConfigText(text, 'aigrid.json', {});
    assert.equal(config.server.port, 9002);
    assert.deepEqual(Object.keys(config.providers), ['openai']);
  });

  it('locates errors approximately and reports syntax errors with a line', async () => {
    const error = await configError('{\n  "provider": {\n    "openai": { "base_ulr": "x" }\n  }\n}\n', 'aigrid.json');
    assert.equal(error.format(), 'aigrid.json:3:17: provider "openai": unknown attribute "base_ulr" (did you mean "base_url"?)');
    const syntax = await configError('{\n  "server": {},\n}\n', 'aigrid.json');
    assert.equal(syntax.line, 3);
    assert.match(syntax.message, /syntax error/);
  });
});
