import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runNodeScript } from '../store/store-test-fixtures.js';
import { withAuditFixture } from './audit-conformance.js';
import { generateAuditKey } from '../../../src/audit/audit-key-material.js';
import { createAuditRepository } from '../../../src/audit/audit-repository.js';
import type { AuditStoreFixture } from './audit-test-fixtures.js';
import { verifyAuditLog } from '../../../src/audit/audit-verifier.js';

// One gateway process: opens the store, appends its share of entries with frequent automatic
// checkpoints, exits. Several run at once against one database.
const CHILD = `
  import { openStore } from '{{store}}/open-store.ts';
  import { AuditLog } from '{{store}}/../audit/audit-log.ts';
  import { parsePrivateKey, signerFromPrivateKey } from '{{store}}/../audit/audit-key-material.ts';
  const [url, schema, key, name, count] = process.argv.slice(2);
  const store = await openStore(url, schema === '-' ? {} : { schema });
  const log = AuditLog.open(store, { signer: signerFromPrivateKey(parsePrivateKey(key)), checkpointEvery: 5 });
  for (let n = 0; n < Number(count); n += 1) {
    await log.append({ actor: name, action: 'key.create', target: name + '-' + n, details: { n } });
  }
  await store.close();`;

/** Appends from several OS processes at once: seqs must come out consecutive, with no gaps. */
export function describeAuditProcesses(dialect: string, createFixture: () => AuditStoreFixture): void {
  describe(`audit log across processes: ${dialect}`, () => {
    it('gives concurrent gateway processes consecutive seqs and one valid chain', withAuditFixture(createFixture, async (fixture) => {
      const { pem } = generateAuditKey();
      const key = pem.replace(/-----[^-]+-----|\s/g, ''); // base64 PKCS#8, one argument
      const { url, schema } = fixture.location;
      const processes = 4;
      const each = 15;
      const outcomes = await Promise.all(
        Array.from({ length: processes }, (_, n) => runNodeScript(CHILD, [url, schema ?? '-', key, `p${n}`, String(each)])),
      );
      for (const outcome of outcomes) assert.equal(outcome.code, 0, outcome.stderr);
      const repository = createAuditRepository(fixture.store.db, fixture.store.dialect);
      const entries = await repository.entriesFrom(0, 1_000);
      assert.deepEqual(entries.map((entry) => entry.seq), Array.from({ length: processes * each }, (_, n) => n));
      for (let n = 0; n < processes; n += 1) {
        const mine = entries.filter((entry) => entry.actor === `p${n}`).map((entry) => JSON.parse(entry.detailsJson).n);
        assert.deepEqual(mine, Array.from({ length: each }, (_, i) => i), `process ${n} appended in order`);
      }
      const result = await verifyAuditLog(repository, { expectSize: processes * each });
      assert.ok(result.ok, JSON.stringify(result));
      assert.ok(result.checkpoints >= 2, 'the processes checkpointed between them');
    }));
  });
}
