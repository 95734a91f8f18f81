import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openAuditLog, type AuditLog } from '../audit/index.js';
import { parseConfigText } from '../config/load-config.js';
import { openStore, type Store } from '../store/open-store.js';
import { configDigest, recordConfigLoad } from './config-load-audit.js';

let dir: string;
let store: Store;
let audit: AuditLog;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'aigrid-config-load-'));
  store = await openStore(`sqlite:${join(dir, 'aigrid.db')}`);
  audit = await openAuditLog({ store, dataDir: dir, env: {} });
});
after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const config = (text: string, file = 'aigrid.hcl') => parseConfigText(text, file, {});

test('config.load is appended when the configuration differs from the last one recorded', async () => {
  const first = await config('tenant "acme" {}\n');
  assert.equal(await recordConfigLoad(audit, first), true);
  assert.equal(await recordConfigLoad(audit, await config('tenant "acme" {}\n', 'elsewhere.hcl')), false, 'same settings, other file name');
  const changed = await config('tenant "acme" {}\ntenant "globex" {}\n');
  assert.equal(await recordConfigLoad(audit, changed), true);
  const entries = await audit.list({ action: 'config.load' });
  assert.deepEqual(entries.map((entry) => entry.details), [
    { digest: configDigest(changed), previous: configDigest(first) },
    { digest: configDigest(first), previous: null },
  ]);
  assert.equal(entries[0].actor, 'gateway');
  assert.equal((await audit.verify()).ok, true);
});

test('credentials count as set or unset, never by value', async () => {
  const withKey = (key: string) => config(`server {\n  admin_key = "${key}"\n}\nprovider "openai" {\n  api_key = "${key}"\n  headers = { "x-token" = "${key}" }\n}\n`);
  assert.equal(configDigest(await withKey('secret-one')), configDigest(await withKey('secret-two')));
  assert.notEqual(configDigest(await withKey('secret-one')), configDigest(await config('provider "openai" {}\n')));
});
