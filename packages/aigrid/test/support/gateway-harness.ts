import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONFIG_VOCABULARY } from '../../src/cli/cli-support.js';
import { loadConfig } from '../../src/config/load-config.js';
import type { HealthOptions } from '../../src/router/index.js';
import { createLogger } from '../../src/server/logger.js';
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js';
import { startMockOpenAI, type MockOptions, type MockUpstream } from './mock-openai.js';

export const ADMIN_KEY = 'test-admin-key-0123456789';

export interface Harness {
  gateway: RunningGateway;
  mock: MockUpstream;
  dir: string;
  /** A key for every model, tenant "acme". */
  key: string;
  /** Creates another key through the store. */
  createKey(input: { name?: string; tenant?: string; models?: string[] | null }): Promise<{ id: string; secret: string }>;
  close(): Promise<void>;
}

/** A model priced by its own card, $10 / $1,000 per million input / output tokens (large, so small tests show cost). */
export const PRICED_MODEL = `
model_card "openai-compatible/priced" {
  input_price       = 10
  output_price      = 1000
  context_window    = 128000
  max_output_tokens = 1000
}
model "priced" {
  provider       = "mock"
  upstream_model = "gpt-test"
  card           = "openai-compatible/priced"
}
`;

/** The config the end-to-end tests run against: one mock provider, models named after mock behaviours. */
export function harnessConfig(dir: string, mockUrl: string, extra = ''): string {
  const models = ['gpt-test', 'echo', 'hang', 'drop-mid-stream', 'fail-400', 'fail-401', 'fail-404', 'fail-429', 'fail-500', 'fail-529', 'embed-test', 'slow-stream'];
  return `
data_dir = "${dir}/data"
server {
  host           = "127.0.0.1"
  port           = 0
  admin_key      = "${ADMIN_KEY}"
  max_body_bytes = 65536
}
provider "mock" {
  type                  = "openai-compatible"
  base_url              = "${mockUrl}"
  api_key               = "sk-upstream-secret"
  headers               = { "x-extra" = "from-config" }
  first_byte_timeout_ms = 1500
  total_timeout_ms      = 3000
}
${models.map((name) => `model "${name}" {\n  provider = "mock"\n}`).join('\n')}
model "renamed" {
  provider       = "mock"
  upstream_model = "echo"
}
${extra}
`;
}

/** Starts a mock upstream and the real gateway on a loopback port, with a fresh SQLite store. */
export async function startHarness(
  options: { mock?: MockOptions; extraConfig?: string; database?: string; health?: Partial<HealthOptions> } = {},
): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'aigrid-e2e-'));
  const mock = await startMockOpenAI(options.mock);
  const path = join(dir, 'aigrid.hcl');
  await writeFile(path, harnessConfig(dir, mock.url, options.extraConfig));
  let gateway: RunningGateway;
  try {
    const config = await loadConfig({ path, env: {}, overrides: { database: options.database }, vocabulary: CONFIG_VOCABULARY });
    gateway = await startGateway(config, { logger: createLogger('silent'), keyRefreshMs: 100, health: options.health });
  } catch (error) {
    // A listening mock would keep the test process alive after the failure is reported.
    await mock.close();
    throw error;
  }
  const createKey: Harness['createKey'] = async (input) => {
    const { record, secret } = await gateway.deps.store.keys.create({
      name: input.name ?? 'test',
      tenant: input.tenant ?? 'acme',
      models: input.models ?? null,
    });
    return { id: record.id, secret };
  };
  const { secret } = await createKey({ name: 'default' });
  return {
    gateway,
    mock,
    dir,
    key: secret,
    createKey,
    close: async () => {
      await gateway.close(1000);
      await mock.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
