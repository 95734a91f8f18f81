import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { openStore } from '../src/store/open-store.js';
import { RequestRecordWriter } from '../src/server/metering/request-record-writer.js';
import { harnessConfig } from './support/gateway-harness.js';
import { startMockOpenAI, type MockUpstream } from './support/mock-openai.js';
import { existsSync } from 'node:fs';
import { createLedgerRepository } from '../src/store/ledger-repository.js';
import { BUILT_BIN, runCli, spawnServe } from './support/run-cli.js';

let dir: string;
let mock: MockUpstream;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-crash-'));
  mock = await startMockOpenAI();
});
after(async () => {
  await mock.close();
  await rm(dir, { recursive: true, force: true });
});

/** One chat completion that must succeed; resolves to its request id. */
async function chatOnce(url: string, secret: string): Promise<string> {
  const response = await request(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-test', messages: [{ role: 'user', content: 'hi' }] }),
  });
  await response.body.text();
  assert.equal(response.statusCode, 200);
  return String(response.headers['x-request-id']);
}

test('kill -9 right after responses were sent loses no request-log row and no usage event', async () => {
  const config = join(dir, 'aigrid.hcl');
  await writeFile(config, harnessConfig(dir, mock.url));
  const created = runCli(['keys', 'create', '--name', 'crash', '--tenant', 'acme', '--create-tenant', '--json', '--config', config]);
  assert.equal(created.status, 0, created.stderr);
  const { secret } = JSON.parse(created.stdout);
  const { child, url } = await spawnServe(['--config', config]);

  const total = 300;
  const ids = new Set<string>();
  const send = async () => {
    ids.add(await chatOnce(url, secret));
  };
  // Concurrent bursts, so some rows are still in the in-memory batch when the process dies.
  for (let sent = 0; sent < total; sent += 50) await Promise.all(Array.from({ length: 50 }, send));
  child.kill('SIGKILL');
  await once(child, 'exit');

  const store = await openStore(`sqlite:${join(dir, 'data', 'aigrid.db')}`);
  try {
    const ledger = createLedgerRepository(store.db, store.dialect);
    const writer = new RequestRecordWriter({ journalDir: join(dir, 'data', 'journal'), requestLog: store.requestLog, ledger });
    await writer.start();
    await writer.close();
    const rows = await store.requestLog.list({ limit: 10_000 });
    const logged = new Set(rows.map((row) => row.id));
    assert.equal(rows.length, total, 'exactly one row per request');
    for (const id of ids) assert.ok(logged.has(id), `row for ${id}`);
    assert.equal(await ledger.count(), total, 'exactly one usage event per request');
    for (const id of ids) assert.ok(await ledger.get(id), `usage event for ${id}`);
  } finally {
    await store.close();
  }
});

// The suite runs the sources through tsx; this runs the compiled package, where the insert
// thread is a plain .js worker file.
test('the built gateway commits request-log rows and usage events through its insert thread', async () => {
  assert.ok(existsSync(new URL('../dist/cli/main.js', import.meta.url)), `build first: ${BUILT_BIN} runs dist/ (npm test builds it)`);
  const home = join(dir, 'built');
  const config = join(home, 'aigrid.hcl');
  await mkdir(home, { recursive: true });
  await writeFile(config, harnessConfig(home, mock.url));
  const created = runCli(['keys', 'create', '--name', 'built', '--tenant', 'acme', '--create-tenant', '--json', '--config', config]);
  assert.equal(created.status, 0, created.stderr);
  const { secret } = JSON.parse(created.stdout);
  const { child, url } = await spawnServe(['--config', config], {}, { built: true });
  const total = 20;
  await Promise.all(Array.from({ length: total }, () => chatOnce(url, secret)));
  // A graceful stop flushes both writers through the thread before the store closes.
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
  const store = await openStore(`sqlite:${join(home, 'data', 'aigrid.db')}`);
  try {
    assert.equal(await store.requestLog.count(), total);
    assert.equal(await createLedgerRepository(store.db, store.dialect).count(), total);
  } finally {
    await store.close();
  }
});
