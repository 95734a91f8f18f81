import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { CONFIG_VOCABULARY } from '../src/cli/cli-support.js';
import { loadConfig } from '../src/config/load-config.js';
import { createLogger } from '../src/server/logger.js';
import { startGateway, type RunningGateway } from '../src/server/start-gateway.js';
import { ADMIN_KEY, harnessConfig } from './support/gateway-harness.js';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';

/* Redis unreachable: each fallback is counted in /metrics and reported in a JSON log line. */

let dir: string;
let mock: MockUpstream;
let gateway: RunningGateway;
const lines: string[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-e2e-'));
  mock = await startMockOpenAI();
  const path = join(dir, 'aigrid.hcl');
  const extra = `
redis = "redis://127.0.0.1:1"
tenant "acme" {}
budget "acme-cap" {
  scope  = "tenant:acme"
  amount = 10
}
limit "acme-rate" {
  scope               = "tenant:acme"
  requests_per_minute = 1000
}`;
  await writeFile(path, harnessConfig(dir, mock.url, extra));
  const config = await loadConfig({ path, env: {}, vocabulary: CONFIG_VOCABULARY });
  gateway = await startGateway(config, { logger: createLogger('warn', (line) => lines.push(line)), keyRefreshMs: 100 });
});

after(async () => {
  await gateway.close(1000);
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

test('a fallback is counted by operation, outcome and reason, and logged as JSON', async () => {
  const { secret } = await gateway.deps.store.keys.create({ name: 'k', tenant: 'acme', models: null });
  const response = await request(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }),
  });
  assert.equal(response.statusCode, 503);
  assert.equal(JSON.parse(await response.body.text()).error.code, 'limits_unavailable');
  const metrics = await (await request(`${gateway.url}/metrics`, { headers: { authorization: `Bearer ${ADMIN_KEY}` } })).body.text();
  assert.match(metrics, /aigrid_limits_fallback_total\{operation="admit",outcome="refused",reason="(unreachable|down)"\} 1/);
  const fallback = lines.map((line) => JSON.parse(line)).find((entry) => entry.message === 'limits fallback');
  assert.ok(fallback, lines.join(''));
  assert.deepEqual([fallback.level, fallback.operation, fallback.outcome], ['warn', 'admit', 'refused']);
});
