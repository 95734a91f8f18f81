import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLedgerRepository, type LedgerRepository } from '../../store/ledger-repository.js';
import { sampleUsageEvent } from '../../../test/support/metering/metering-test-fixtures.js';
import { openStore, type Store } from '../../store/open-store.js';
import { segmentFileName } from '../../store/request-log-journal.js';
import { sampleLogEntry } from '../../../test/support/store/store-test-fixtures.js';
import { parseRequestRecord, RequestRecordWriter, type RequestRecord } from './request-record-writer.js';

describe('RequestRecordWriter', () => {
  let dir: string;
  let journalDir: string;
  let store: Store;
  let ledger: LedgerRepository;
  const segments = () => readdirSync(journalDir).filter((name) => name.endsWith('.jsonl'));
  const metered = (): RequestRecord => {
    const row = sampleLogEntry();
    return { ...row, usage: sampleUsageEvent({ id: row.id }) };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'aigrid-records-'));
    journalDir = join(dir, 'journal');
    store = await openStore(`sqlite:${join(dir, 'aigrid.db')}`);
    ledger = createLedgerRepository(store.db, store.dialect, store.sqliteInserter);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('journals a row and its usage event in one line, and commits each to its table', async () => {
    const writer = new RequestRecordWriter({ journalDir, requestLog: store.requestLog, ledger, flushIntervalMs: 60_000 });
    await writer.start();
    const records: RequestRecord[] = [metered(), metered(), sampleLogEntry()];
    for (const record of records) writer.record(record);
    assert.equal(segments().length, 1);
    await writer.flush();
    assert.equal(await store.requestLog.count(), 3);
    assert.equal(await ledger.count(), 2);
    assert.deepEqual(await ledger.get(records[0].id), records[0].usage);
    assert.deepEqual(segments(), []);
    await writer.close();
  });

  it('hands batches to the insert thread as journal text: both tables, one transaction, replays skipped', async () => {
    const inserter = store.sqliteInserter!;
    const writer = new RequestRecordWriter({ journalDir, requestLog: store.requestLog, ledger, sqliteInserter: inserter, flushIntervalMs: 60_000 });
    await writer.start();
    const records: RequestRecord[] = [metered(), sampleLogEntry(), metered()];
    for (const record of records) writer.record(record);
    await writer.flush();
    assert.equal(await store.requestLog.count(), 3);
    assert.equal(await ledger.count(), 2);
    assert.deepEqual(await ledger.get(records[2].id), records[2].usage);
    const [logged] = await store.requestLog.list({ limit: 1, since: records[1].ts });
    assert.ok(logged);
    // A replayed batch adds nothing: neither rows nor rollup contributions.
    const rollups = () => store.db.selectFrom('usage_rollups' as never).select((eb) => eb.fn.sum<number>('requests' as never).as('n')).executeTakeFirstOrThrow();
    const before = Number((await rollups()).n);
    assert.equal(before, 4); // two events, each in an hourly and a daily rollup
    assert.equal(await inserter.insertRequestRecords(records.map((record) => JSON.stringify(record))), 0);
    assert.equal(Number((await rollups()).n), before);
    assert.equal(await ledger.count(), 2);
    await writer.close();
    assert.deepEqual(segments(), []);
  });

  it('replays what a crash left, plain request-log lines of earlier versions included, exactly once', async () => {
    const withUsage = metered();
    const plain = sampleLogEntry();
    const lines = [withUsage, plain].map((record) => JSON.stringify(record)).join('\n');
    // A first start creates the folder; the segment is what a killed process would have left.
    const first = new RequestRecordWriter({ journalDir, requestLog: store.requestLog, ledger });
    await first.start();
    await first.close();
    writeFileSync(join(journalDir, segmentFileName(Date.now(), 1, 0)), `${lines}\n`);
    // The database already has the row: a replay after a partial commit adds only what is missing.
    await store.requestLog.insertMany([withUsage]);
    const second = new RequestRecordWriter({ journalDir, requestLog: store.requestLog, ledger });
    await second.start();
    await second.close();
    assert.equal(await store.requestLog.count(), 2);
    assert.equal(await ledger.count(), 1);
    assert.deepEqual(segments(), []);
  });

  it('refuses an invalid usage event before journaling it, and reads a damaged one back as damage', async () => {
    const writer = new RequestRecordWriter({ journalDir, requestLog: store.requestLog, ledger });
    await writer.start();
    const bad = { ...sampleLogEntry(), usage: { ...sampleUsageEvent(), inputTokens: -1 } };
    assert.throws(() => writer.record(bad), /inputTokens/);
    assert.throws(() => writer.recordGrouped(bad, () => undefined), /inputTokens/);
    assert.equal(writer.pending(), 0);
    await writer.close();
    assert.equal(parseRequestRecord(bad), undefined);
    const plain = sampleLogEntry();
    assert.deepEqual(parseRequestRecord(JSON.parse(JSON.stringify(plain))), JSON.parse(JSON.stringify(plain)));
  });
});
