import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApiKeyRecord, KeyRepository } from '../store/key-repository.js';
import { hashApiKey } from '../store/key-repository.js';
import { KeyCache, presentedKey } from './key-cache.js';

function fakeRepository(records: Array<ApiKeyRecord & { hash: string }>) {
  let lookups = 0;
  const repository = {
    version: async () => `${records.length}:${records.map((record) => record.revokedAt ?? '').join()}`,
    all: async () => records,
    findByHash: async (hash: string) => {
      lookups += 1;
      return records.find((record) => record.hash === hash);
    },
  } as unknown as KeyRepository;
  return { repository, lookups: () => lookups };
}

const record = (secret: string, extra: Partial<ApiKeyRecord> = {}): ApiKeyRecord & { hash: string } => ({
  id: `key_${secret}`,
  name: secret,
  tenant: 'acme',
  project: null,
  prefix: secret.slice(0, 4),
  models: null,
  createdAt: new Date(0).toISOString(),
  revokedAt: null,
  hash: hashApiKey(secret),
  ...extra,
});

test('known keys authenticate from memory; unknown keys hit the store once per window', async () => {
  const records = [record('alpha')];
  const { repository, lookups } = fakeRepository(records);
  const cache = new KeyCache(repository, { negativeTtlMs: 60_000 });
  await cache.start();
  cache.stop();
  assert.equal((await cache.authenticate('alpha')).tenant, 'acme');
  assert.equal(lookups(), 0);
  for (let i = 0; i < 5; i++) await assert.rejects(cache.authenticate('guess'), /not valid/);
  assert.equal(lookups(), 1, 'a guessed key is remembered as unknown');
});

test('a key created after the last poll is found on first use', async () => {
  const records = [record('alpha')];
  const { repository } = fakeRepository(records);
  const cache = new KeyCache(repository);
  await cache.start();
  cache.stop();
  records.push(record('beta', { models: ['m1'] }));
  const key = await cache.authenticate('beta');
  assert.deepEqual([...(key.models ?? [])], ['m1']);
});

test('a refresh drops revoked keys', async () => {
  const records = [record('alpha')];
  const { repository } = fakeRepository(records);
  const cache = new KeyCache(repository);
  await cache.start();
  cache.stop();
  records[0] = { ...records[0], revokedAt: new Date().toISOString() };
  await cache.refresh();
  await assert.rejects(cache.authenticate('alpha'), (error: any) => error.code === 'invalid_api_key');
});

test('presented key forms', () => {
  assert.equal(presentedKey({ authorization: 'Bearer abc' }), 'abc');
  assert.equal(presentedKey({ authorization: 'bearer   abc ' }), 'abc');
  assert.equal(presentedKey({ 'x-api-key': 'xyz' }), 'xyz');
  assert.equal(presentedKey({ 'api-key': 'azure' }), 'azure');
  assert.throws(() => presentedKey({}), (error: any) => error.code === 'missing_api_key');
  assert.throws(() => presentedKey({ authorization: 'Basic abc' }), (error: any) => error.code === 'invalid_api_key');
  assert.throws(() => presentedKey({ authorization: 'Bearer a b' }), (error: any) => error.code === 'invalid_api_key');
});
