import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { CONFIG_VOCABULARY } from '../src/cli/cli-support.js';
import { loadConfig } from '../src/config/load-config.js';
import { createLogger } from '../src/server/logger.js';
import { startGateway, type RunningGateway } from '../src/server/start-gateway.js';
import { harnessConfig } from './support/gateway-harness.js';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';

/*
 * Errors a person can act on: a provider failure is one JSON log line (request id, deployment,
 * cause class) and the client's message names the class; `model_not_found` lists the models the
 * key may use; an embeddings input too long for every deployment names `param: "input"`.
 */

let dir: string;
let mock: MockUpstream;
let gateway: RunningGateway;
let client: OpenAI;
const lines: string[] = [];

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-e2e-'));
  mock = await startMockOpenAI();
  const path = join(dir, 'aigrid.hcl');
  const extra = `
provider "gone" {
  type     = "openai-compatible"
  base_url = "http://127.0.0.1:${await closedPort()}/v1"
  api_key  = "sk-gone-secret-value"
}
model "gone-model" {
  provider = "gone"
}
model_card "openai-compatible/tiny-embed" {
  input_price    = 1
  output_price   = 0
  context_window = 8
}
model "tiny-embed" {
  provider       = "mock"
  upstream_model = "embed-test"
  card           = "openai-compatible/tiny-embed"
}`;
  await writeFile(path, harnessConfig(dir, mock.url, extra));
  const config = await loadConfig({ path, env: {}, vocabulary: CONFIG_VOCABULARY });
  gateway = await startGateway(config, { logger: createLogger('warn', (line) => lines.push(line)), keyRefreshMs: 100 });
  const { secret } = await gateway.deps.store.keys.create({ name: 'k', tenant: 'acme', models: null });
  client = new OpenAI({ apiKey: secret, baseURL: `${gateway.url}/v1`, maxRetries: 0 });
});

after(async () => {
  await gateway.close(1000);
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

const failure = (call: Promise<unknown>) => call.then(() => assert.fail('expected an error'), (error: unknown) => error as InstanceType<typeof OpenAI.APIError>);

test('a refused provider connection: the client is told the class, the log has id, deployment and cause', async () => {
  const error = await failure(client.chat.completions.create({ model: 'gone-model', messages: [{ role: 'user', content: 'hi' }] }));
  assert.equal(error.status, 502);
  assert.equal((error.error as { code?: string }).code, 'upstream_unreachable');
  assert.match(error.message, /could not be reached \(connection refused\)/);
  const requestId = error.headers?.get('x-request-id');
  const logged = lines.map((line) => JSON.parse(line)).find((entry) => entry.message === 'provider failure');
  assert.ok(logged, lines.join(''));
  assert.equal(logged.requestId, requestId);
  assert.equal(logged.cause, 'refused');
  assert.equal(logged.code, 'upstream_unreachable');
  assert.match(logged.deployment, /gone/);
  assert.ok(!lines.join('').includes('sk-gone-secret-value'), 'no secret in any log line');
});

test('model_not_found lists up to 10 models the key may use', async () => {
  const error = await failure(client.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] }));
  assert.equal(error.status, 404);
  assert.equal((error.error as { code?: string }).code, 'model_not_found');
  const listed = error.message.match(/Models this key may use: (.*) \(GET \/v1\/models/)?.[1] ?? '';
  const names = listed.split(', ').filter((name) => name !== '…');
  assert.equal(names.length, 10, error.message);
  const configured = new Set(Object.keys(gateway.deps.config.models).map((name) => `'${name}'`));
  assert.ok(names.every((name) => configured.has(name)), error.message);
  assert.match(listed, /, …$/, 'says there are more');

  const { secret } = await gateway.deps.store.keys.create({ name: 'narrow', tenant: 'acme', models: ['echo'] });
  const narrow = new OpenAI({ apiKey: secret, baseURL: `${gateway.url}/v1`, maxRetries: 0 });
  const only = await failure(narrow.chat.completions.create({ model: 'gpt-nope', messages: [{ role: 'user', content: 'hi' }] }));
  assert.match(only.message, /Models this key may use: 'echo' \(GET/);
});

test('an embeddings input too long for every deployment names param "input"', async () => {
  const error = await failure(client.embeddings.create({ model: 'tiny-embed', input: 'word '.repeat(200) }));
  assert.equal(error.status, 400);
  assert.equal((error.error as { param?: string }).param, 'input', error.message);
});
