import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countJournalLines, journalSegmentName } from './journal-segments.js';
import { JournalSpool, type JournalSpoolOptions } from './journal-spool.js';
import { waitFor } from '../../test/support/store/store-test-fixtures.js';

interface Item {
  id: string;
  n: number;
}

const parse = (value: unknown) => {
  const item = value as Partial<Item> | null;
  return item && typeof item.id === 'string' && typeof item.n === 'number' ? (item as Item) : undefined;
};

/** A database stand-in: an id-keyed table that can be switched off. */
class FakeDatabase {
  readonly rows = new Map<string, Item>();
  down = false;
  calls = 0;
  async commit(items: Item[]): Promise<void> {
    this.calls += 1;
    if (this.down) throw new Error('database is down');
    for (const item of items) if (!this.rows.has(item.id)) this.rows.set(item.id, item);
  }
}

describe('JournalSpool', () => {
  let dir: string;
  let database: FakeDatabase;
  const spools: JournalSpool<Item>[] = [];
  const segments = () => readdirSync(dir).filter((name) => name.endsWith('.jsonl'));
  const items = (count: number, from = 0) => Array.from({ length: count }, (_, index) => ({ id: `i${from + index}`, n: from + index }));
  const spool = (options: Partial<JournalSpoolOptions<Item>> = {}) => {
    const created = new JournalSpool<Item>({ journalDir: dir, prefix: 'test', parse, commit: (batch) => database.commit(batch), flushIntervalMs: 60_000, ...options });
    spools.push(created);
    return created;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'aigrid-spool-'));
    database = new FakeDatabase();
  });
  afterEach(async () => {
    database.down = false;
    for (const open of spools.splice(0)) await open.close().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('journals before committing, then deletes the committed segment', async () => {
    const writer = spool();
    await writer.start();
    for (const item of items(3)) writer.record(item);
    assert.equal(countJournalLines(join(dir, segments()[0])), 3);
    assert.equal(writer.pending(), 3);
    await writer.flush();
    assert.equal(database.rows.size, 3);
    assert.equal(writer.pending(), 0);
    assert.deepEqual(segments(), []);
  });

  it('group-commits one write per event-loop turn before calling done', async () => {
    const writer = spool();
    await writer.start();
    const seen: number[] = [];
    const done = new Promise<void>((resolve) => {
      for (const item of items(5)) {
        writer.recordGrouped(item, (error) => {
          assert.equal(error, undefined);
          seen.push(countJournalLines(join(dir, segments()[0])));
          if (seen.length === 5) resolve();
        });
      }
    });
    assert.deepEqual(segments(), [], 'nothing is written until the turn ends');
    await done;
    assert.deepEqual(seen, [5, 5, 5, 5, 5]);
    await writer.flush();
    assert.equal(database.rows.size, 5);
  });

  it('writes at once, with what the turn grouped so far, when told nothing else can join', async () => {
    const writer = spool();
    await writer.start();
    const order: string[] = [];
    writer.recordGrouped({ id: 'grouped', n: 1 }, () => order.push('grouped'));
    writer.recordGrouped({ id: 'alone', n: 2 }, () => order.push('alone'), true);
    assert.deepEqual(order, ['grouped', 'alone'], 'both done before recordGrouped returned');
    assert.equal(countJournalLines(join(dir, segments()[0])), 2);
    await writer.flush();
    assert.deepEqual([...database.rows.keys()].sort(), ['alone', 'grouped']);
  });

  it('holds entries in memory when the journal cannot be written, and says so', async () => {
    const errors: unknown[] = [];
    const writer = spool({ onError: (error) => errors.push(error) });
    await writer.start();
    rmSync(dir, { recursive: true });
    const failure = await new Promise<unknown>((resolve) => writer.recordGrouped({ id: 'lost-disk', n: 1 }, resolve));
    assert.ok(failure instanceof Error);
    assert.equal(writer.health().unjournaled, 1);
    assert.throws(() => writer.record({ id: 'sync', n: 2 }), /ENOENT/);
    await writer.flush();
    assert.deepEqual([...database.rows.keys()], ['lost-disk']);
    assert.equal(writer.health().unjournaled, 0);
    assert.ok(errors.length >= 1);
    mkdirSync(dir);
  });

  it('keeps everything spooled through an outage and commits it once after', async () => {
    const errors: unknown[] = [];
    const writer = spool({ flushIntervalMs: 5, maxBackoffMs: 40, onError: (error) => errors.push(error) });
    await writer.start();
    database.down = true;
    for (const item of items(10)) writer.record(item);
    await waitFor(async () => errors.length >= 3);
    const health = writer.health();
    assert.equal(health.pending, 10);
    assert.ok(health.consecutiveFailures >= 3);
    assert.equal(health.lastError, 'database is down');
    assert.ok(health.nextRetryAt !== null && health.spooledSegments >= 1);
    for (const item of items(10, 10)) writer.record(item);
    database.down = false;
    await waitFor(async () => writer.pending() === 0);
    assert.equal(database.rows.size, 20);
    assert.deepEqual(segments(), []);
    assert.equal(writer.health().consecutiveFailures, 0);
  });

  it('backs off between retries instead of hammering a dead database', async () => {
    const writer = spool({ flushIntervalMs: 10, maxBackoffMs: 80, onError: () => undefined });
    await writer.start();
    database.down = true;
    writer.record({ id: 'a', n: 0 });
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Delays 10, 20, 40, 80, 80… ms: about 7 attempts in 400 ms, not 40.
    assert.ok(database.calls <= 10, `${database.calls} attempts in ${Date.now() - started} ms`);
  });

  it('bounds memory in a long outage by reading segments back from disk', async () => {
    const writer = spool({ maxBufferedEntries: 25, onError: () => undefined });
    await writer.start();
    database.down = true;
    for (let round = 0; round < 10; round += 1) {
      for (const item of items(10, round * 10)) writer.record(item);
      await assert.rejects(writer.flush(), /database is down/);
    }
    const health = writer.health();
    assert.equal(health.pending, 100);
    assert.ok(health.inMemory <= 35, `${health.inMemory} entries in memory`);
    assert.equal(segments().length, 10);
    database.down = false;
    await writer.flush();
    assert.equal(database.rows.size, 100);
    assert.deepEqual(segments(), []);
  });

  it('rotates the open segment during an outage so memory stays bounded between retries', async () => {
    const writer = spool({ maxBufferedEntries: 20, maxBatch: 5, onError: () => undefined });
    await writer.start();
    database.down = true;
    writer.record({ id: 'first', n: 0 });
    await assert.rejects(writer.flush(), /database is down/);
    for (const item of items(200)) writer.record(item);
    const health = writer.health();
    assert.equal(health.pending, 201);
    assert.ok(health.inMemory <= 30, `${health.inMemory} entries in memory`);
    database.down = false;
    await writer.flush();
    assert.equal(database.rows.size, 201);
    assert.deepEqual(segments(), []);
  });

  it('starts during an outage with the backlog spooled, then drains it', async () => {
    const crashed = spool();
    await crashed.start();
    for (const item of items(7)) crashed.record(item);
    spools.pop(); // the process died: no flush, no close
    database.down = true;
    const errors: unknown[] = [];
    const writer = spool({ flushIntervalMs: 5, maxBackoffMs: 20, onError: (error) => errors.push(error) });
    await writer.start();
    assert.equal(errors.length, 1);
    assert.equal(writer.pending(), 7);
    database.down = false;
    await waitFor(async () => writer.pending() === 0);
    assert.equal(database.rows.size, 7);
  });

  it('skips a torn last line at replay and reports damaged middle lines', async () => {
    writeFileSync(join(dir, journalSegmentName('test', 1, 1, 1)), `${JSON.stringify({ id: 'a', n: 1 })}\n{"id":"b","n"`);
    writeFileSync(join(dir, journalSegmentName('test', 2, 1, 1)), `garbage\n${JSON.stringify({ id: 'c', n: 3 })}\n`);
    writeFileSync(join(dir, journalSegmentName('other', 3, 1, 1)), `${JSON.stringify({ id: 'x', n: 9 })}\n`);
    const errors: unknown[] = [];
    const writer = spool({ onError: (error) => errors.push(error) });
    await writer.start();
    assert.deepEqual([...database.rows.keys()].sort(), ['a', 'c']);
    assert.equal(errors.length, 1);
    assert.deepEqual(segments(), [journalSegmentName('other', 3, 1, 1)]);
  });

  it('refuses records before start and after close; close flushes what it can', async () => {
    const writer = spool();
    assert.throws(() => writer.record({ id: 'a', n: 1 }), /not started/);
    await writer.start();
    writer.record({ id: 'a', n: 1 });
    await writer.close();
    assert.equal(database.rows.size, 1);
    assert.throws(() => writer.record({ id: 'b', n: 2 }), /closed/);
    await assert.rejects(writer.start(), /already started/);

    const down = spool();
    await down.start();
    down.record({ id: 'kept', n: 1 });
    database.down = true;
    await assert.rejects(down.close(), /database is down/);
    assert.equal(segments().length, 1, 'what could not be committed stays journaled');
  });
});
