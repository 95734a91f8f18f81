import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import type { Store } from '../../../src/store/open-store.js';
import type { StoreFixture } from '../store/store-test-fixtures.js';
import { createLedgerRepository, type LedgerRepository } from '../../../src/store/ledger-repository.js';
import { BASE_TS, sampleUsageEvent } from './metering-test-fixtures.js';
import { DAY_MS, HOUR_MS } from '../../../src/metering/report-ranges.js';
import { REPORT_DIMENSIONS, spent, usageReport, type ReportDimension, type UsageReportRow, type UsageTotals } from '../../../src/metering/usage-report.js';
import type { UsageEvent } from '../../../src/metering/usage-event.js';

interface RollupRow {
  granularity: string;
  bucket_start: number;
  project: string;
  requests: number;
  input_tokens: number;
  cost_micros: number;
  estimated_requests: number;
  incomplete_requests: number;
}

/**
 * The ledger's behaviour on one database engine: idempotent inserts, rollups kept in the inserting transaction
 * and exact reports. Each test uses its own tenant, so the tests share one database.
 */
export function describeLedgerConformance(name: string, createFixture: () => StoreFixture): void {
  describe(`ledger on ${name}`, () => {
    let fixture: StoreFixture;
    let store: Store;
    let ledger: LedgerRepository;
    const tenant = () => `t_${randomBytes(4).toString('hex')}`;
    const rollups = async (forTenant: string): Promise<RollupRow[]> => {
      const { rows } = await sql<RollupRow>`SELECT granularity, bucket_start, project, requests, input_tokens, cost_micros,
          estimated_requests, incomplete_requests
        FROM usage_rollups WHERE tenant = ${forTenant} ORDER BY granularity, bucket_start, project`.execute(store.db);
      // Number() keeps rows alike across engines whatever their drivers return for bigint.
      return rows.map((row) => ({
        ...row,
        bucket_start: Number(row.bucket_start),
        requests: Number(row.requests),
        input_tokens: Number(row.input_tokens),
        cost_micros: Number(row.cost_micros),
        estimated_requests: Number(row.estimated_requests),
        incomplete_requests: Number(row.incomplete_requests),
      }));
    };

    before(async () => {
      fixture = createFixture();
      store = await fixture.open();
      ledger = createLedgerRepository(store.db, store.dialect, store.sqliteInserter);
    });
    after(async () => {
      await store?.close();
      await fixture?.dispose();
    });

    it('stores an event and reads it back unchanged', async () => {
      const event = sampleUsageEvent({ tenant: tenant(), reasoningTokens: 12, endUser: 'u1', batch: true, complete: false, source: 'partial' });
      assert.equal(await ledger.insertMany([event]), 1);
      assert.deepEqual(await ledger.get(event.id), event);
      assert.deepEqual(await ledger.list({ tenant: event.tenant }), [event]);
    });

    it('counts a replayed event once, in the events and in the rollups', async () => {
      const owner = tenant();
      const first = sampleUsageEvent({ tenant: owner });
      const second = sampleUsageEvent({ tenant: owner, source: 'estimated' });
      assert.equal(await ledger.insertMany([first]), 1);
      assert.equal(await ledger.insertMany([first]), 0);
      assert.equal(await ledger.insertMany([first, second, second]), 1);
      assert.equal((await ledger.list({ tenant: owner })).length, 2);
      const hour = BASE_TS + HOUR_MS;
      assert.deepEqual(await rollups(owner), [
        { granularity: 'day', bucket_start: BASE_TS, project: 'web', requests: 2, input_tokens: 2_000, cost_micros: 540, estimated_requests: 1, incomplete_requests: 0 },
        { granularity: 'hour', bucket_start: hour, project: 'web', requests: 2, input_tokens: 2_000, cost_micros: 540, estimated_requests: 1, incomplete_requests: 0 },
      ]);
    });

    it('rolls events up into UTC hours and days, no project as ""', async () => {
      const owner = tenant();
      await ledger.insertMany([
        sampleUsageEvent({ tenant: owner, ts: BASE_TS + 5, project: null, complete: false }),
        sampleUsageEvent({ tenant: owner, ts: BASE_TS + HOUR_MS - 1, project: null }),
        sampleUsageEvent({ tenant: owner, ts: BASE_TS + DAY_MS + 3 * HOUR_MS, project: null }),
      ]);
      const rows = (await rollups(owner)).map((row) => [row.granularity, row.bucket_start - BASE_TS, row.project, row.requests, row.incomplete_requests]);
      assert.deepEqual(rows, [
        ['day', 0, '', 2, 1],
        ['day', DAY_MS, '', 1, 0],
        ['hour', 0, '', 2, 1],
        ['hour', DAY_MS + 3 * HOUR_MS, '', 1, 0],
      ]);
    });

    it('inserts large batches and concurrent overlapping batches exactly once', async () => {
      const owner = tenant();
      const events = Array.from({ length: 1_200 }, (_, index) => sampleUsageEvent({ tenant: owner, ts: BASE_TS + index * 60_000, keyId: `key_${index % 3}` }));
      const inserted = await Promise.all([ledger.insertMany(events.slice(0, 800)), ledger.insertMany(events.slice(400)), ledger.insertMany(events.slice(200, 1_000))]);
      assert.equal(inserted.reduce((sum, count) => sum + count, 0), 1_200);
      const totals = await spent(store.db, { tenant: owner, since: 0 });
      assert.equal(totals.requests, 1_200);
      assert.equal(totals.costMicros, 1_200 * 270);
    });

    it('reports exactly what the events say, for aligned and ragged ranges', async () => {
      const owner = tenant();
      const events = randomEvents(owner, 400);
      await ledger.insertMany(events);
      const ranges: Array<[number, number]> = [
        [BASE_TS, BASE_TS + 3 * DAY_MS],
        [BASE_TS + 17 * 60_000, BASE_TS + 2 * DAY_MS + 5 * HOUR_MS + 123],
        [BASE_TS + 2 * HOUR_MS, BASE_TS + 2 * HOUR_MS + 30 * 60_000],
        [BASE_TS + 25 * HOUR_MS, BASE_TS + 50 * HOUR_MS],
      ];
      for (const [since, until] of ranges) {
        for (const by of REPORT_DIMENSIONS) {
          const report = await usageReport(store.db, { tenant: owner, since, until, by });
          assert.deepEqual(sortRows(report), sortRows(bruteForce(events, since, until, by)), `${by} over [${since - BASE_TS}, ${until - BASE_TS})`);
        }
      }
    });

    it('totals spend by tenant, project, key and model', async () => {
      const owner = tenant();
      const events = randomEvents(owner, 300);
      await ledger.insertMany(events);
      const since = BASE_TS + 7 * HOUR_MS + 1_234;
      const check = async (filter: (event: UsageEvent) => boolean, query: Parameters<typeof spent>[1]) => {
        assert.deepEqual(await spent(store.db, query), totalsOf(events.filter((event) => event.ts >= since && filter(event))), JSON.stringify(query));
      };
      await check(() => true, { tenant: owner, since });
      await check((event) => event.project === 'app', { tenant: owner, project: 'app', since });
      await check((event) => event.project === null, { tenant: owner, project: null, since });
      const key = `${owner}_key_b`;
      await check((event) => event.keyId === key, { tenant: owner, keyId: key, since });
      // Across tenants: the key id is unique to this test.
      await check((event) => event.keyId === key, { keyId: key, since });
      await check((event) => event.model === 'large', { tenant: owner, model: 'large', since });
      const until = BASE_TS + DAY_MS + 3;
      assert.deepEqual(await spent(store.db, { tenant: owner, since, until }), totalsOf(events.filter((event) => event.ts >= since && event.ts < until)));
    });
  });
}

/** Events spread over three days with every kind of variation a report groups by. */
function randomEvents(tenant: string, count: number): UsageEvent[] {
  const pick = <T>(items: readonly T[], index: number) => items[index % items.length];
  return Array.from({ length: count }, (_, index) =>
    sampleUsageEvent({
      tenant,
      ts: BASE_TS + ((index * 7_919_993) % (3 * DAY_MS)),
      model: pick(['small', 'large', 'vision'], index),
      keyId: `${tenant}_${pick(['key_a', 'key_b'], index >> 1)}`,
      project: pick(['app', null, 'etl'], index >> 2),
      inputTokens: 100 + index,
      outputTokens: 10 + (index % 17),
      costMicros: 1_000 + index * 13,
      source: pick(['reported', 'reported', 'estimated', 'partial'] as const, index),
      complete: index % 11 !== 0,
    }),
  );
}

function totalsOf(events: UsageEvent[]): UsageTotals {
  return {
    requests: events.length,
    inputTokens: events.reduce((sum, event) => sum + event.inputTokens, 0),
    outputTokens: events.reduce((sum, event) => sum + event.outputTokens, 0),
    costMicros: events.reduce((sum, event) => sum + event.costMicros, 0),
    estimatedRequests: events.filter((event) => event.source !== 'reported').length,
    incompleteRequests: events.filter((event) => !event.complete).length,
  };
}

function bruteForce(events: UsageEvent[], since: number, until: number, by: ReportDimension): UsageReportRow[] {
  const groups = new Map<string | number | null, UsageEvent[]>();
  for (const event of events) {
    if (event.ts < since || event.ts >= until) continue;
    const group =
      by === 'model' ? event.model : by === 'key' ? event.keyId : by === 'project' ? event.project : event.ts - (event.ts % (by === 'hour' ? HOUR_MS : DAY_MS));
    groups.set(group, [...(groups.get(group) ?? []), event]);
  }
  return [...groups].map(([group, members]) => ({ group, ...totalsOf(members) }));
}

function sortRows(rows: UsageReportRow[]): UsageReportRow[] {
  return [...rows].sort((a, b) => String(a.group).localeCompare(String(b.group)));
}
