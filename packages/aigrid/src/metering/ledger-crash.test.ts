import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from '../store/open-store.js';
import { runNodeScript } from '../../test/support/store/store-test-fixtures.js';
import { createLedgerRepository } from '../store/ledger-repository.js';
import { LedgerWriter } from './ledger-writer.js';
import { spent } from './usage-report.js';

// Records N events (grouped and single) with background inserts running, then SIGKILLs itself:
// the kill lands with some events inserted, some mid-insert and some only journaled.
const CHILD = `
  import { openStore } from '{{store}}/open-store.ts';
  import { createLedgerRepository } from '{{store}}/ledger-repository.ts';
  import { LedgerWriter } from '{{store}}/../metering/ledger-writer.ts';
  import { sampleUsageEvent } from '{{support}}/metering/metering-test-fixtures.ts';
  const [url, journalDir, total] = process.argv.slice(2);
  const store = await openStore(url);
  const writer = new LedgerWriter({ journalDir, repository: createLedgerRepository(store.db, store.dialect), flushIntervalMs: 1, maxBatch: 50 });
  await writer.start();
  for (let n = 0; n < Number(total); n += 1) {
    const event = sampleUsageEvent({ id: 'crash-' + n, costMicros: n });
    if (n % 2 === 0) writer.record(event);
    else await new Promise((resolve) => writer.recordGrouped(event, resolve));
    if (n % 97 === 0) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  process.kill(process.pid, 'SIGKILL');`;

describe('LedgerWriter under kill -9', () => {
  it('loses no recorded event and counts none twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigrid-ledger-crash-'));
    const url = `sqlite:${join(dir, 'aigrid.db')}`;
    const journalDir = join(dir, 'ledger');
    const total = 1_000;
    try {
      const outcome = await runNodeScript(CHILD, [url, journalDir, String(total)]);
      assert.equal(outcome.signal, 'SIGKILL', outcome.stderr);
      assert.ok(readdirSync(journalDir).length > 0, 'the kill should leave uncommitted segments');

      const store = await openStore(url);
      const ledger = createLedgerRepository(store.db, store.dialect);
      const writer = new LedgerWriter({ journalDir, repository: ledger });
      await writer.start();
      assert.equal(await ledger.count(), total);
      const ids = new Set((await ledger.list({ limit: total * 2 })).map((event) => event.id));
      for (let n = 0; n < total; n += 1) assert.ok(ids.has(`crash-${n}`), `crash-${n} missing`);
      const totals = await spent(store.db, { since: 0 });
      assert.equal(totals.requests, total);
      assert.equal(totals.costMicros, (total * (total - 1)) / 2);
      assert.deepEqual(readdirSync(journalDir), []);
      await writer.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
