import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openStore } from './open-store.js';
import { listSegments } from './request-log-journal.js';
import { RequestLogWriter } from './request-log-writer.js';
import { runNodeScript } from '../../test/support/store/store-test-fixtures.js';

// Records N entries with background flushes running, then SIGKILLs itself: the kill lands with
// some entries committed, some mid-flush and some only journaled.
const CHILD = `
  import { openStore } from '{{store}}/open-store.ts';
  import { RequestLogWriter } from '{{store}}/request-log-writer.ts';
  import { sampleLogEntry } from '{{support}}/store/store-test-fixtures.ts';
  const [url, journalDir, total] = process.argv.slice(2);
  const store = await openStore(url);
  const writer = new RequestLogWriter({ journalDir, repository: store.requestLog, flushIntervalMs: 1, maxBatch: 50 });
  await writer.start();
  for (let n = 0; n < Number(total); n += 1) {
    writer.record(sampleLogEntry({ id: 'crash-' + n }));
    if (n % 97 === 0) await new Promise((resolve) => setTimeout(resolve, 2));
  }
  process.kill(process.pid, 'SIGKILL');`;

describe('RequestLogWriter under kill -9', () => {
  it('loses no recorded entry and duplicates none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aigrid-crash-'));
    const url = `sqlite:${join(dir, 'aigrid.db')}`;
    const journalDir = join(dir, 'journal');
    const total = 1_000;
    try {
      const outcome = await runNodeScript(CHILD, [url, journalDir, String(total)]);
      assert.equal(outcome.signal, 'SIGKILL', outcome.stderr);
      assert.ok(listSegments(journalDir).length > 0, 'the kill should leave uncommitted segments');

      const store = await openStore(url);
      const writer = new RequestLogWriter({ journalDir, repository: store.requestLog });
      await writer.start();
      const ids = new Set((await store.requestLog.list({ limit: total * 2 })).map((entry) => entry.id));
      assert.equal(await store.requestLog.count(), total);
      for (let n = 0; n < total; n += 1) assert.ok(ids.has(`crash-${n}`), `crash-${n} missing`);
      assert.deepEqual(listSegments(journalDir), []);
      await writer.close();
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
