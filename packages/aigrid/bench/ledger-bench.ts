import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createLedgerRepository } from '../src/store/ledger-repository.js';
import { LedgerWriter } from '../src/metering/ledger-writer.js';
import { sampleUsageEvent } from '../test/support/metering/metering-test-fixtures.js';
import { openStore } from '../src/store/open-store.js';

/*
 * Ledger write throughput, end to end: events journaled in group writes (one per event-loop turn,
 * no fsync: they survive kill -9, not power loss), then inserted with their roll-ups. Embedded
 * SQLite (WAL, synchronous=NORMAL) and PostgreSQL. Run: node --import tsx bench/ledger-bench.ts
 */

const EVENTS = 20_000;
const PER_TURN = 50;
const POSTGRES = process.env.AIGRID_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function measure(label: string, url: string, schema?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'aigrid-ledger-bench-'));
  const store = await openStore(url.startsWith('sqlite:') ? `sqlite:${join(dir, 'ledger.db')}` : url, { schema });
  const writer = new LedgerWriter({ journalDir: join(dir, 'journal'), repository: createLedgerRepository(store.db, store.dialect, store.sqliteInserter), maxBatch: 500 });
  await writer.start();
  const tenants = ['acme', 'globex', 'initech'];
  const started = performance.now();
  let journaled = 0;
  for (let sent = 0; sent < EVENTS; sent += PER_TURN) {
    await new Promise<void>((resolve) => {
      let waiting = PER_TURN;
      for (let i = 0; i < PER_TURN; i++) {
        const event = sampleUsageEvent({ id: `req_${sent + i}_${randomBytes(4).toString('hex')}`, ts: Date.now(), tenant: tenants[(sent + i) % 3] });
        writer.recordGrouped(event, () => {
          journaled += 1;
          if (--waiting === 0) resolve();
        });
      }
    });
  }
  const journaledMs = performance.now() - started;
  await writer.flush();
  const totalMs = performance.now() - started;
  await writer.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { store: label, events: journaled, journaledPerSecond: Math.round((EVENTS / journaledMs) * 1000), committedPerSecond: Math.round((EVENTS / totalMs) * 1000) };
}

const schema = `aigrid_ledger_bench_${randomBytes(4).toString('hex')}`;
const rows = [await measure('sqlite (WAL, synchronous=NORMAL)', 'sqlite:'), await measure('postgresql', POSTGRES, schema)];
const client = new pg.Client({ connectionString: POSTGRES });
await client.connect();
await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
await client.end();

const table = [
  `Ledger write throughput: ${EVENTS} usage events, ${PER_TURN} per event-loop turn; journal group writes without fsync (survive kill -9, not power loss), batches of 500 with roll-ups.`,
  '',
  '| store | journaled events/s | committed events/s |',
  '|---|---:|---:|',
  ...rows.map((row) => `| ${row.store} | ${row.journaledPerSecond} | ${row.committedPerSecond} |`),
].join('\n');
process.stdout.write(`${table}\n`);
const out = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'ledger.md'), `${table}\n`);
writeFileSync(join(out, 'ledger.json'), `${JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2)}\n`);
