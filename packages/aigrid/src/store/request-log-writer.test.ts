import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from './open-store.js';
import type { RequestLogEntry, RequestLogRepository } from './request-log-repository.js';
import { RequestLogWriter } from './request-log-writer.js';
import { segmentFileName } from './request-log-journal.js';
import { sampleLogEntry, waitFor } from '../../test/support/store/store-test-fixtures.js';

describe('RequestLogWriter', () => {
  let dir: string;
  let journalDir: string;
  let url: string;
  let store: Store;
  const stores: Store[] = [];
  const segments = () => readdirSync(journalDir).filter((name) => name.endsWith('.jsonl'));
  const count = () => store.requestLog.count();

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aigrid-writer-'));
    journalDir = join(dir, 'journal');
    url = `sqlite:${join(dir, 'aigrid.db')}`;
    store = await openStore(url);
    stores.push(store);
  });
  afterEach(async () => {
    for (const open of stores.splice(0)) await open.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('commits recorded entries on flush and deletes the committed segments', async () => {
    const writer = new RequestLogWriter({ journalDir, repository: store.requestLog, flushIntervalMs: 60_000 });
    await writer.start();
    for (let n = 0; n < 3; n += 1) writer.record(sampleLogEntry());
    assert.equal(writer.pending(), 3);
    assert.equal(segments().length, 1);
    await writer.flush();
    assert.equal(await count(), 3);
    assert.equal(writer.pending(), 0);
    assert.deepEqual(segments(), []);
    await writer.close();
  });

  it('flushes by itself after the interval, and at once when a batch is full', async () => {
    const writer = new RequestLogWriter({ journalDir, repository: store.requestLog, flushIntervalMs: 20, maxBatch: 10 });
    await writer.start();
    writer.record(sampleLogEntry());
    await waitFor(async () => (await count()) === 1);
    const slow = new RequestLogWriter({ journalDir: join(dir, 'slow'), repository: store.requestLog, flushIntervalMs: 60_000, maxBatch: 10 });
    await slow.start();
    for (let n = 0; n < 10; n += 1) slow.record(sampleLogEntry());
    await waitFor(async () => (await count()) === 11, 2_000);
    await writer.close();
    await slow.close();
  });

  it('replays entries a crashed writer left in the journal, exactly once', async () => {
    const crashed = new RequestLogWriter({ journalDir, repository: store.requestLog, flushIntervalMs: 60_000 });
    await crashed.start();
    const entries = Array.from({ length: 5 }, () => sampleLogEntry());
    for (const entry of entries) crashed.record(entry);
    // Two were committed before the "crash" but their segment was never deleted.
    await store.requestLog.insertMany(entries.slice(0, 2));
    // No flush, no close: the process is gone. A new process opens its own connection.
    const reopened = await openStore(url);
    stores.push(reopened);
    const writer = new RequestLogWriter({ journalDir, repository: reopened.requestLog });
    await writer.start();
    assert.equal(await reopened.requestLog.count(), 5);
    const ids = (await reopened.requestLog.list()).map((entry) => entry.id).sort();
    assert.deepEqual(ids, entries.map((entry) => entry.id).sort());
    assert.deepEqual(segments(), []);
    await writer.close();
  });

  it('keeps entries while the database fails, retries with backoff, and never drops any', async () => {
    let failuresLeft = 2;
    const errors: unknown[] = [];
    const flaky: Pick<RequestLogRepository, 'insertMany'> = {
      async insertMany(entries: RequestLogEntry[]) {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('database is down');
        }
        await store.requestLog.insertMany(entries);
      },
    };
    const writer = new RequestLogWriter({ journalDir, repository: flaky, flushIntervalMs: 60_000, onError: (error) => errors.push(error) });
    await writer.start();
    for (let n = 0; n < 3; n += 1) writer.record(sampleLogEntry());
    await assert.rejects(writer.flush(), /database is down/);
    assert.equal(writer.pending(), 3);
    assert.equal(segments().length, 1, 'the journal keeps the uncommitted segment');
    writer.record(sampleLogEntry());
    await assert.rejects(writer.flush(), /database is down/);
    assert.equal(writer.pending(), 4);
    assert.equal(segments().length, 2);
    writer.record(sampleLogEntry());
    await writer.flush();
    assert.equal(await count(), 5);
    assert.equal(writer.pending(), 0);
    assert.deepEqual(segments(), []);
    assert.deepEqual(errors, []);
    await writer.close();
  });

  it('retries failed background flushes on its own', async () => {
    let failuresLeft = 3;
    const errors: unknown[] = [];
    const flaky: Pick<RequestLogRepository, 'insertMany'> = {
      async insertMany(entries: RequestLogEntry[]) {
        if (failuresLeft-- > 0) throw new Error('database is down');
        await store.requestLog.insertMany(entries);
      },
    };
    const writer = new RequestLogWriter({ journalDir, repository: flaky, flushIntervalMs: 5, onError: (error) => errors.push(error) });
    await writer.start();
    for (let n = 0; n < 4; n += 1) writer.record(sampleLogEntry());
    // Rows can be visible a moment before the insert thread's answer reaches the writer.
    await waitFor(async () => (await count()) === 4 && writer.pending() === 0);
    assert.equal(errors.length, 3);
    await writer.close();
  });

  it('runs only one flush at a time', async () => {
    let active = 0;
    let peak = 0;
    const slow: Pick<RequestLogRepository, 'insertMany'> = {
      async insertMany(entries: RequestLogEntry[]) {
        active += 1;
        peak = Math.max(peak, active);
        await new Promise((resolve) => setTimeout(resolve, 15));
        await store.requestLog.insertMany(entries);
        active -= 1;
      },
    };
    const writer = new RequestLogWriter({ journalDir, repository: slow, flushIntervalMs: 1 });
    await writer.start();
    const flushes: Promise<void>[] = [];
    for (let n = 0; n < 30; n += 1) {
      writer.record(sampleLogEntry());
      flushes.push(writer.flush());
      if (n % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await Promise.all(flushes);
    await writer.close();
    assert.equal(peak, 1);
    assert.equal(await count(), 30);
  });

  it('skips a torn last line at replay and reports damaged middle lines', async () => {
    const [first, second] = [sampleLogEntry(), sampleLogEntry()];
    const torn = JSON.stringify(sampleLogEntry()).slice(0, 50);
    mkdirSync(journalDir, { recursive: true });
    writeFileSync(join(journalDir, segmentFileName(1, 1, 1)), `${JSON.stringify(first)}\n${torn}`);
    writeFileSync(join(journalDir, segmentFileName(2, 1, 1)), `not json\n${JSON.stringify(second)}\n`);
    const errors: unknown[] = [];
    const writer = new RequestLogWriter({ journalDir, repository: store.requestLog, onError: (error) => errors.push(error) });
    await writer.start();
    assert.deepEqual((await store.requestLog.list()).map((entry) => entry.id).sort(), [first.id, second.id].sort());
    assert.equal(errors.length, 1);
    assert.deepEqual(segments(), []);
    await writer.close();
  });

  it('refuses records before start and after close; close flushes', async () => {
    const writer = new RequestLogWriter({ journalDir, repository: store.requestLog, flushIntervalMs: 60_000 });
    assert.throws(() => writer.record(sampleLogEntry()), /not started/);
    await writer.start();
    writer.record(sampleLogEntry());
    await writer.close();
    assert.equal(await count(), 1);
    assert.throws(() => writer.record(sampleLogEntry()), /closed/);
    await assert.rejects(writer.start(), /already started/);
  });
});

