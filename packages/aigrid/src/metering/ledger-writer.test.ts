import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../store/open-store.js';
import { waitFor } from '../../test/support/store/store-test-fixtures.js';
import { createLedgerRepository, type LedgerRepository } from '../store/ledger-repository.js';
import { LedgerWriter } from './ledger-writer.js';
import { sampleUsageEvent } from '../../test/support/metering/metering-test-fixtures.js';
import { spent } from './usage-report.js';
import type { UsageEvent } from './usage-event.js';

describe('LedgerWriter', () => {
  let dir: string;
  let journalDir: string;
  let url: string;
  let store: Store;
  let ledger: LedgerRepository;
  const stores: Store[] = [];
  const writers: LedgerWriter[] = [];
  const segments = () => readdirSync(journalDir).filter((name) => name.startsWith('usage-'));
  const writer = (options: Partial<ConstructorParameters<typeof LedgerWriter>[0]> = {}) => {
    const created = new LedgerWriter({ journalDir, repository: ledger, flushIntervalMs: 60_000, ...options });
    writers.push(created);
    return created;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aigrid-ledger-'));
    journalDir = join(dir, 'ledger');
    url = `sqlite:${join(dir, 'aigrid.db')}`;
    store = await openStore(url);
    stores.push(store);
    ledger = createLedgerRepository(store.db, store.dialect);
  });
  afterEach(async () => {
    for (const open of writers.splice(0)) await open.close().catch(() => undefined);
    for (const open of stores.splice(0)) await open.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('journals grouped events before done, then inserts them with their rollups', async () => {
    const ledgerWriter = writer();
    await ledgerWriter.start();
    const events = Array.from({ length: 4 }, () => sampleUsageEvent());
    await Promise.all(events.map((event) => new Promise<unknown>((resolve) => ledgerWriter.recordGrouped(event, resolve))));
    assert.equal(segments().length, 1);
    assert.equal(ledgerWriter.pending(), 4);
    await ledgerWriter.flush();
    assert.equal(await ledger.count(), 4);
    assert.equal((await spent(store.db, { tenant: 'acme', since: 0 })).costMicros, 4 * 270);
    assert.deepEqual(segments(), []);
    assert.equal(ledgerWriter.health().pending, 0);
  });

  it('rejects an invalid event before journaling it', async () => {
    const ledgerWriter = writer();
    await ledgerWriter.start();
    assert.throws(() => ledgerWriter.record({ ...sampleUsageEvent(), costMicros: Number.NaN }), /costMicros/);
    assert.throws(() => ledgerWriter.recordGrouped({ ...sampleUsageEvent(), tenant: '' }, () => undefined), /tenant/);
    assert.equal(ledgerWriter.pending(), 0);
  });

  it('replays what a crashed writer left, exactly once, rollups included', async () => {
    const crashed = writer();
    await crashed.start();
    const events = Array.from({ length: 6 }, () => sampleUsageEvent());
    for (const event of events) crashed.record(event);
    // Two were inserted before the "crash", but their segment was never deleted.
    await ledger.insertMany(events.slice(0, 2));
    writers.pop();
    const reopened = await openStore(url);
    stores.push(reopened);
    const replayed = createLedgerRepository(reopened.db, reopened.dialect);
    const restarted = new LedgerWriter({ journalDir, repository: replayed });
    writers.push(restarted);
    await restarted.start();
    assert.equal(await replayed.count(), 6);
    const totals = await spent(reopened.db, { tenant: 'acme', since: 0 });
    assert.equal(totals.requests, 6);
    assert.equal(totals.costMicros, 6 * 270);
    assert.deepEqual(segments(), []);
  });

  it('keeps events through a database outage and inserts each once after it', async () => {
    let outage = true;
    const errors: unknown[] = [];
    const flaky: Pick<LedgerRepository, 'insertMany'> = {
      async insertMany(events: readonly UsageEvent[]) {
        if (outage) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
        return ledger.insertMany(events);
      },
    };
    const ledgerWriter = writer({ repository: flaky, flushIntervalMs: 5, maxBackoffMs: 50, onError: (error) => errors.push(error) });
    await ledgerWriter.start();
    const events = Array.from({ length: 50 }, () => sampleUsageEvent());
    for (const event of events.slice(0, 25)) ledgerWriter.record(event);
    await waitFor(async () => errors.length >= 3);
    for (const event of events.slice(25)) await new Promise((resolve) => ledgerWriter.recordGrouped(event, resolve));
    const health = ledgerWriter.health();
    assert.equal(health.pending, 50);
    assert.match(health.lastError ?? '', /ECONNREFUSED/);
    assert.ok(segments().length >= 1);
    assert.equal(await ledger.count(), 0);
    outage = false;
    await waitFor(async () => ledgerWriter.pending() === 0);
    assert.equal(await ledger.count(), 50);
    assert.equal((await spent(store.db, { tenant: 'acme', since: 0 })).requests, 50);
    assert.deepEqual(segments(), []);
  });
});
