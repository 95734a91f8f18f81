import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashApiKey } from '../../../src/store/key-repository.js';
import type { Store } from '../../../src/store/open-store.js';
import { describeGovernanceConformance } from './governance-conformance.js';
import { createMigrationProvider } from '../../../src/store/migrations/migration-provider.js';
import { sampleLogEntry, type StoreFixture } from './store-test-fixtures.js';

/**
 * The behaviour every store dialect must share. Each test works in its own tenant so tests stay
 * independent on one database.
 */
export function describeStoreConformance(
  dialect: Store['dialect'],
  createFixture: () => StoreFixture,
): void {
  describe(`store conformance: ${dialect}`, () => {
    let fixture: StoreFixture;
    let store: Store;
    const tenant = () => `tenant-${randomUUID()}`;

    before(async () => {
      fixture = createFixture();
      store = await fixture.open();
    });
    after(async () => {
      await store?.close();
      await fixture?.dispose();
    });

    it('reports its dialect', () => {
      assert.equal(store.dialect, dialect);
    });

    it('creates a key whose secret is returned once and stored only as a hash', async () => {
      const { record, secret } = await store.keys.create({ name: 'ci', tenant: tenant() });
      assert.match(secret, /^sk-aigrid-[A-Za-z0-9_-]{43}$/);
      assert.match(record.id, /^key_/);
      assert.equal(record.prefix, secret.slice(0, 16));
      assert.equal(record.revokedAt, null);
      assert.ok(!Number.isNaN(Date.parse(record.createdAt)));
      const found = await store.keys.findByHash(hashApiKey(secret));
      assert.deepEqual(found, { ...record, hash: hashApiKey(secret) });
      const rows = await store.db.selectFrom('api_keys').selectAll().where('id', '=', record.id).execute();
      assert.ok(!JSON.stringify(rows).includes(secret.slice(16)), 'the secret must not be stored');
    });

    it('finds nothing for an unknown hash', async () => {
      assert.equal(await store.keys.findByHash(hashApiKey('sk-aigrid-nope')), undefined);
    });

    it('round-trips model lists, null meaning all models', async () => {
      const owner = tenant();
      const listed = await store.keys.create({ name: 'a', tenant: owner, models: ['gpt-4o', 'claude-3'] });
      const empty = await store.keys.create({ name: 'b', tenant: owner, models: [] });
      const all = await store.keys.create({ name: 'c', tenant: owner, models: null });
      const omitted = await store.keys.create({ name: 'd', tenant: owner });
      const byId = new Map((await store.keys.list({ tenant: owner })).map((key) => [key.id, key.models]));
      assert.deepEqual(byId.get(listed.record.id), ['gpt-4o', 'claude-3']);
      assert.deepEqual(byId.get(empty.record.id), []);
      assert.equal(byId.get(all.record.id), null);
      assert.equal(byId.get(omitted.record.id), null);
    });

    it('lists by tenant and hides revoked keys unless asked', async () => {
      const [mine, other] = [tenant(), tenant()];
      const first = await store.keys.create({ name: 'first', tenant: mine });
      const second = await store.keys.create({ name: 'second', tenant: mine });
      await store.keys.create({ name: 'elsewhere', tenant: other });
      await store.keys.revoke(first.record.id);
      assert.deepEqual((await store.keys.list({ tenant: mine })).map((key) => key.id), [second.record.id]);
      const withRevoked = await store.keys.list({ tenant: mine, includeRevoked: true });
      assert.deepEqual(withRevoked.map((key) => key.id).sort(), [first.record.id, second.record.id].sort());
      assert.ok((await store.keys.list()).some((key) => key.tenant === other));
    });

    it('revokes by id or prefix, idempotently', async () => {
      const byId = await store.keys.create({ name: 'x', tenant: tenant() });
      const byPrefix = await store.keys.create({ name: 'y', tenant: tenant() });
      const revoked = await store.keys.revoke(byId.record.id);
      assert.ok(revoked?.revokedAt);
      const again = await store.keys.revoke(byId.record.id);
      assert.deepEqual(again, revoked);
      const viaPrefix = await store.keys.revoke(byPrefix.record.prefix);
      assert.equal(viaPrefix?.id, byPrefix.record.id);
      assert.ok(viaPrefix?.revokedAt);
      const found = await store.keys.findByHash(hashApiKey(byPrefix.secret));
      assert.equal(found?.revokedAt, viaPrefix?.revokedAt);
      assert.equal(await store.keys.revoke('key_does_not_exist'), undefined);
    });

    it('changes version on every create and revoke, and only then', async () => {
      const start = await store.keys.version();
      assert.equal(await store.keys.version(), start);
      const { record } = await store.keys.create({ name: 'v', tenant: tenant() });
      const created = await store.keys.version();
      assert.notEqual(created, start);
      await store.keys.revoke(record.id);
      const revoked = await store.keys.version();
      assert.notEqual(revoked, created);
      await store.keys.revoke(record.id);
      assert.equal(await store.keys.version(), revoked, 'an idempotent revoke changes nothing');
    });

    it('loads every key with its hash for the cache, revoked ones included', async () => {
      const live = await store.keys.create({ name: 'live', tenant: tenant() });
      const dead = await store.keys.create({ name: 'dead', tenant: tenant() });
      await store.keys.revoke(dead.record.id);
      const all = await store.keys.all();
      const hashes = new Map(all.map((key) => [key.id, key.hash]));
      assert.equal(hashes.get(live.record.id), hashApiKey(live.secret));
      assert.equal(hashes.get(dead.record.id), hashApiKey(dead.secret));
    });

    it('inserts request-log entries idempotently on id', async () => {
      const owner = tenant();
      const entries = [1, 2, 3].map((n) => sampleLogEntry({ tenant: owner, ts: 1_000 + n }));
      const before = await store.requestLog.count();
      await store.requestLog.insertMany(entries.slice(0, 2));
      await store.requestLog.insertMany(entries);
      await store.requestLog.insertMany(entries);
      await store.requestLog.insertMany([]);
      assert.equal(await store.requestLog.count(), before + 3);
      assert.deepEqual(await store.requestLog.list({ tenant: owner }), [...entries].reverse());
    });

    it('keeps unknown token counts null, not zero', async () => {
      const owner = tenant();
      const unknown = sampleLogEntry({ tenant: owner, inputTokens: null, outputTokens: null, upstreamMs: null });
      const undefinedTokens = { ...sampleLogEntry({ tenant: owner, ts: 1 }), inputTokens: undefined } as never;
      const zero = sampleLogEntry({ tenant: owner, ts: 2, inputTokens: 0, outputTokens: 0, streamed: true });
      await store.requestLog.insertMany([unknown, undefinedTokens, zero]);
      const [first, second, third] = await store.requestLog.list({ tenant: owner });
      assert.deepEqual(first, unknown);
      assert.deepEqual([third.inputTokens, third.outputTokens], [null, 7]);
      assert.deepEqual([second.inputTokens, second.outputTokens, second.streamed], [0, 0, true]);
    });

    it('lists newest first, filtered by tenant, since and limit', async () => {
      const [mine, other] = [tenant(), tenant()];
      const base = 1_700_000_000_000;
      const entries = [5, 1, 4, 2, 3].map((n) => sampleLogEntry({ tenant: mine, ts: base + n }));
      await store.requestLog.insertMany([...entries, sampleLogEntry({ tenant: other, ts: base + 9 })]);
      const listed = await store.requestLog.list({ tenant: mine });
      assert.deepEqual(listed.map((entry) => entry.ts - base), [5, 4, 3, 2, 1]);
      const recent = await store.requestLog.list({ tenant: mine, since: base + 3, limit: 2 });
      assert.deepEqual(recent.map((entry) => entry.ts - base), [5, 4]);
      const newest = await store.requestLog.list({ limit: 1 });
      assert.equal(newest.length, 1);
      assert.ok(newest[0].ts >= base + 9);
    });

    it('inserts batches larger than one statement in one call', async () => {
      const owner = tenant();
      const entries = Array.from({ length: 1_234 }, (_, n) => sampleLogEntry({ tenant: owner, ts: n }));
      await store.requestLog.insertMany(entries);
      assert.equal((await store.requestLog.list({ tenant: owner, limit: 5_000 })).length, 1_234);
    });

    it('reopens the same database without re-running migrations', async () => {
      const { record } = await store.keys.create({ name: 'persist', tenant: tenant() });
      const second = await fixture.open();
      try {
        assert.ok((await second.keys.list()).some((key) => key.id === record.id));
        const migrations = await second.db
          .selectFrom('kysely_migration' as never)
          .select('name' as never)
          .execute();
        const expected = Object.keys(await createMigrationProvider(store.dialect).getMigrations()).sort();
        assert.deepEqual(migrations, expected.map((name) => ({ name })));
      } finally {
        await second.close();
      }
    });

    describeGovernanceConformance(() => store);
  });
}
