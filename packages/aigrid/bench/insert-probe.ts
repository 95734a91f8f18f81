import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sampleUsageEvent } from '../test/support/metering/metering-test-fixtures.js';
import { openStore } from '../src/store/open-store.js';
import { openSqlite } from '../src/store/sqlite-connection.js';
import { encodeRecordLine } from '../src/store/request-record-rows.js';
import { preparedInserts } from '../src/store/sqlite-row-insert.js';
import { ascending, mean, percentile } from './stats.js';

/*
 * CPU per request record of the embedded store's insert transaction (what the insert thread runs
 * per flush), for profiling work (not part of `npm run bench`):
 *   node --import tsx bench/insert-probe.ts [batch 300] [batches 100]
 * Journal lines like the gateway's (request-log row plus usage event) are made up front; each
 * batch is timed by the process's CPU time, not the clock, which moves less on a shared machine.
 * Compare two builds by running both a few times in turn (e.g. with `git stash`).
 */
const batchSize = Number(process.argv[2] ?? 300);
const batchCount = Number(process.argv[3] ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'aigrid-insert-probe-'));
const path = join(dir, 'store.db');
await (await openStore(`sqlite:${path}`)).close();
const { handle } = openSqlite(path);
const prepared = preparedInserts(handle);

let sequence = 0;
const line = () => {
  const ts = Date.now() + sequence;
  // Time-ordered ids, as the gateway's.
  const id = `req_${ts.toString(16).padStart(12, '0')}${(sequence++).toString(16).padStart(20, '0')}`;
  const tenant = sequence % 2 === 0 ? 'acme' : 'globex';
  const row = { id, ts, keyId: 'key_bench', tenant, model: 'bench-model', provider: 'mock', endpoint: '/v1/chat/completions', status: 200 };
  const timing = { errorCode: null, latencyMs: 0.25, upstreamMs: 0.1, inputTokens: 9, outputTokens: 12, streamed: false };
  const route = { deployment: 'mock/bench', attempts: 1, policy: null, guardFindings: null };
  return encodeRecordLine({ ...row, ...timing, ...route, usage: sampleUsageEvent({ id, ts, tenant, keyId: 'key_bench' }) });
};
const batches = Array.from({ length: batchCount }, () => Array.from({ length: batchSize }, line));
const perRecordUs: number[] = [];
for (const lines of batches) {
  const before = process.cpuUsage();
  prepared.insertRequestRecords(lines);
  const used = process.cpuUsage(before);
  perRecordUs.push((used.user + used.system) / batchSize);
}
handle.close();
rmSync(dir, { recursive: true, force: true });
// The first batches warm up the JIT and the page cache.
const steady = perRecordUs.slice(Math.min(10, Math.floor(perRecordUs.length / 2)));
console.log(`CPU per request record: median ${percentile([...steady].sort(ascending), 50).toFixed(2)} µs, mean ${mean(steady).toFixed(2)} µs (${steady.length} batches of ${batchSize})`);
