import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { openStore, type Store } from './open-store.js';
import { createMigrationProvider } from './migrations/migration-provider.js';

const allMigrationNames = async () => Object.keys(await createMigrationProvider('sqlite').getMigrations()).sort();
import { parseStoreUrl } from './store-url.js';
import {
  dropSchema,
  runNodeScript,
  TEST_POSTGRES_URL,
  uniqueSchemaName,
} from '../../test/support/store/store-test-fixtures.js';

const migrationNames = async (store: Store) =>
  (await store.db.selectFrom('kysely_migration' as never).select('name' as never).execute()).map(
    (row) => (row as { name: string }).name,
  );

describe('parseStoreUrl', () => {
  it('accepts sqlite and postgres forms', () => {
    assert.deepEqual(parseStoreUrl('sqlite:data/aigrid.db'), { dialect: 'sqlite', path: 'data/aigrid.db' });
    assert.deepEqual(parseStoreUrl('sqlite:///var/aigrid.db'), { dialect: 'sqlite', path: '/var/aigrid.db' });
    assert.deepEqual(parseStoreUrl('sqlite::memory:'), { dialect: 'sqlite', path: ':memory:' });
    assert.equal(parseStoreUrl('postgres://u@h/db').dialect, 'postgres');
    assert.equal(parseStoreUrl('postgresql://u@h/db').dialect, 'postgres');
  });

  it('rejects unknown schemes with the accepted forms, hiding passwords', () => {
    assert.throws(() => parseStoreUrl('mysql://root:hunter2@h/db'), (error: Error) => {
      assert.match(error.message, /unsupported database URL/);
      assert.match(error.message, /sqlite:<path>/);
      assert.doesNotMatch(error.message, /hunter2/);
      return true;
    });
    assert.throws(() => parseStoreUrl('sqlite:'), /has no path/);
  });
});

describe('openStore', () => {
  it('rejects an unknown scheme', async () => {
    await assert.rejects(openStore('redis://127.0.0.1'), /unsupported database URL/);
  });

  it('opens an in-memory SQLite database', async () => {
    const store = await openStore('sqlite::memory:');
    try {
      assert.equal(store.dialect, 'sqlite');
      assert.equal(await store.requestLog.count(), 0);
    } finally {
      await store.close();
    }
  });

  it('puts SQLite files in WAL mode with synchronous=NORMAL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigrid-open-'));
    const store = await openStore(`sqlite:${join(dir, 'a', 'b', 'aigrid.db')}`);
    try {
      const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      const sync = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
      const busy = await sql<{ timeout: number }>`pragma busy_timeout`.execute(store.db);
      assert.equal(mode.rows[0].journal_mode, 'wal');
      assert.equal(sync.rows[0].synchronous, 1);
      assert.ok(busy.rows[0].timeout > 0);
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('migrates a fresh SQLite file once when several processes open it at once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigrid-open-'));
    const url = `sqlite:${join(dir, 'shared.db')}`;
    const script = `
      import { openStore } from '{{store}}/open-store.ts';
      const store = await openStore(process.argv[2]);
      await store.keys.create({ name: 'proc', tenant: 'race' });
      await store.close();`;
    try {
      const outcomes = await Promise.all([1, 2, 3, 4].map(() => runNodeScript(script, [url])));
      for (const outcome of outcomes) assert.equal(outcome.code, 0, outcome.stderr);
      const store = await openStore(url);
      assert.deepEqual(await migrationNames(store), await allMigrationNames());
      assert.equal((await store.keys.list({ tenant: 'race' })).length, 4);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('migrates a fresh PostgreSQL schema once when several stores open it at once', async () => {
    const schema = uniqueSchemaName();
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(TEST_POSTGRES_URL, { schema })));
      assert.deepEqual(await migrationNames(stores[0]), await allMigrationNames());
      const tables = await sql<{ table_schema: string }>`
        select table_schema from information_schema.tables where table_name = 'api_keys'
        and table_schema = ${schema}`.execute(stores[0].db);
      assert.equal(tables.rows.length, 1);
      await Promise.all(stores.map((store) => store.close()));
    } finally {
      await dropSchema(schema);
    }
  });

  it('rejects an unsafe PostgreSQL schema name', async () => {
    await assert.rejects(openStore(TEST_POSTGRES_URL, { schema: 'x; drop table y' }), /invalid PostgreSQL schema/);
  });

  it('fails clearly when PostgreSQL cannot be reached', async () => {
    await assert.rejects(openStore('postgres://postgres@127.0.0.1:1/test'), /ECONNREFUSED|connect/);
  });
});
