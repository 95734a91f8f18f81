import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openSqlite } from './sqlite-connection.js';
import { threadedInserter } from './sqlite-insert-thread.js';
import { BACKGROUND_NICENESS } from './thread-priority.js';
import type { InsertSpec } from './insert-spec.js';

const spec: InsertSpec = { table: 'items', columns: ['id', 'label'] };

/** Nice values of this process's threads (Linux `/proc`; the comm field may hold spaces). */
function threadNiceValues(): number[] {
  return readdirSync('/proc/self/task').map((tid) => {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });
}

describe('threadedInserter', () => {
  let dir: string;
  let path: string;
  let main: ReturnType<typeof openSqlite>;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'aigrid-insert-thread-'));
    path = join(dir, 'store.sqlite');
    main = openSqlite(path);
    main.handle.exec('CREATE TABLE items (id TEXT PRIMARY KEY, label TEXT NOT NULL)');
  });
  after(() => {
    main.handle.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const count = () => (main.handle.prepare('SELECT count(*) AS n FROM items').get() as { n: number }).n;

  it('inserts on its own connection; the gateway connection sees the rows once it resolves', async () => {
    const inserter = threadedInserter(path);
    try {
      assert.equal(await inserter.insert(spec, [{ id: 'a', label: 'one' }, { id: 'b', label: 'two' }]), 2);
      assert.equal(count(), 2);
      // Replays are no-ops: only new ids count.
      assert.equal(await inserter.insert(spec, [{ id: 'b', label: 'two' }, { id: 'c', label: 'three' }]), 1);
      assert.equal(count(), 3);
      assert.equal(await inserter.insert(spec, []), 0);
    } finally {
      await inserter.close();
    }
  });

  it('rejects a failed batch with the database error and keeps serving later batches', async () => {
    const inserter = threadedInserter(path);
    try {
      await assert.rejects(inserter.insert({ table: 'missing', columns: ['id'] }, [{ id: 'x' }]), /no such table: missing/);
      await assert.rejects(inserter.insert(spec, [{ id: 'd', label: null }]), (error: Error & { code?: string }) => error.code === 'SQLITE_CONSTRAINT_NOTNULL');
      // A failed batch is rolled back whole.
      await assert.rejects(inserter.insert(spec, [{ id: 'e', label: 'ok' }, { id: 'f', label: null }]));
      assert.equal((main.handle.prepare("SELECT count(*) AS n FROM items WHERE id = 'e'").get() as { n: number }).n, 0);
      assert.equal(await inserter.insert(spec, [{ id: 'e', label: 'ok' }]), 1);
    } finally {
      await inserter.close();
    }
  });

  it('runs its inserts on a thread of lower CPU priority, leaving the others as they were', { skip: process.platform !== 'linux' }, async () => {
    const usual = getPriority();
    assert.ok(threadNiceValues().every((nice) => nice === usual));
    const inserter = threadedInserter(path);
    try {
      assert.equal(await inserter.insert(spec, [{ id: 'p1', label: 'x' }]), 1);
      const during = threadNiceValues();
      assert.equal(during.filter((nice) => nice === BACKGROUND_NICENESS).length, 1);
      assert.equal(during.filter((nice) => nice !== BACKGROUND_NICENESS && nice !== usual).length, 0);
    } finally {
      await inserter.close();
    }
  });

  it('starts a fresh thread after close', async () => {
    const inserter = threadedInserter(path);
    assert.equal(await inserter.insert(spec, [{ id: 'g', label: 'x' }]), 1);
    await inserter.close();
    assert.equal(await inserter.insert(spec, [{ id: 'h', label: 'y' }]), 1);
    await inserter.close();
    assert.equal(count(), 7);
  });
});
