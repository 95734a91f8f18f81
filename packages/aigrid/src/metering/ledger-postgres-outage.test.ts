import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore, type Store } from '../store/open-store.js';
import { dropSchema, TEST_POSTGRES_URL, uniqueSchemaName, waitFor } from '../../test/support/store/store-test-fixtures.js';
import { createLedgerRepository } from '../store/ledger-repository.js';
import { LedgerWriter } from './ledger-writer.js';
import { sampleUsageEvent } from '../../test/support/metering/metering-test-fixtures.js';
import { TcpProxy } from '../../test/support/metering/tcp-proxy-fixtures.js';
import { spent } from './usage-report.js';

// A real PostgreSQL outage, seen from the gateway: its connections go through a proxy that is cut
// (open connections dropped, new ones refused) and later restored on the same port. The
// PostgreSQL service itself is never touched.
describe('ledger through a PostgreSQL outage', () => {
  it('spools events while PostgreSQL is unreachable and inserts each once when it returns', async () => {
    const target = new URL(TEST_POSTGRES_URL);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    const port = await proxy.listen();
    const proxied = new URL(TEST_POSTGRES_URL);
    proxied.port = String(port);
    const schema = uniqueSchemaName();
    const dir = mkdtempSync(join(tmpdir(), 'aigrid-pg-outage-'));
    const journalDir = join(dir, 'ledger');
    const errors: unknown[] = [];
    const stores: Store[] = [];
    const writers: LedgerWriter[] = [];
    const newWriter = (store: Store) => {
      const writer = new LedgerWriter({
        journalDir,
        repository: createLedgerRepository(store.db, store.dialect),
        flushIntervalMs: 10,
        maxBackoffMs: 100,
        onError: (error) => errors.push(error),
      });
      writers.push(writer);
      return writer;
    };
    try {
      const gateway = await openStore(proxied.href, { schema });
      stores.push(gateway);
      const direct = await openStore(TEST_POSTGRES_URL, { schema });
      stores.push(direct);
      const count = () => createLedgerRepository(direct.db, direct.dialect).count();

      const first = newWriter(gateway);
      await first.start();
      for (let n = 0; n < 10; n += 1) first.record(sampleUsageEvent({ id: `before-${n}` }));
      await first.flush();
      assert.equal(await count(), 10);

      // Cut while an insert is in flight: the query fails (and must not crash the process).
      for (let n = 0; n < 10; n += 1) first.record(sampleUsageEvent({ id: `cut-${n}` }));
      const cut = first.flush();
      await proxy.stop();
      await assert.rejects(cut);
      for (let n = 0; n < 20; n += 1) first.record(sampleUsageEvent({ id: `during-${n}` }));
      for (let n = 0; n < 20; n += 1) await new Promise((resolve) => first.recordGrouped(sampleUsageEvent({ id: `grouped-${n}` }), resolve));
      await waitFor(async () => first.health().consecutiveFailures >= 3);
      assert.equal(first.pending(), 50);
      assert.ok(first.health().lastError, 'the outage is visible in health()');
      assert.equal(await count(), 10);

      // The gateway restarts during the outage: its close cannot flush, so the events stay
      // journaled, and the new writer starts while PostgreSQL is still down.
      await assert.rejects(first.close());
      assert.ok(readdirSync(journalDir).length >= 1);
      const restarted = newWriter(gateway);
      await restarted.start();
      assert.equal(restarted.pending(), 50);
      for (let n = 0; n < 5; n += 1) restarted.record(sampleUsageEvent({ id: `after-restart-${n}` }));

      await proxy.listen(port);
      await waitFor(async () => restarted.pending() === 0, 10_000);
      assert.equal(await count(), 65);
      const totals = await spent(direct.db, { tenant: 'acme', since: 0 });
      assert.equal(totals.requests, 65);
      assert.equal(totals.costMicros, 65 * 270);
      assert.deepEqual(readdirSync(journalDir), []);
      assert.ok(errors.length >= 3);
    } finally {
      for (const writer of writers) await writer.close().catch(() => undefined);
      await proxy.stop();
      for (const store of stores) await store.close().catch(() => undefined);
      await dropSchema(schema);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
