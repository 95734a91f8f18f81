import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleUsageEvent } from '../../test/support/metering/metering-test-fixtures.js';
import { encodeRecordLine, parseRecordLines, RECORD_LINE_VERSION, recordFromLine, requestRecordBatches, type RequestRecord } from './request-record-rows.js';
import { sampleLogEntry } from '../../test/support/store/store-test-fixtures.js';

// Every field set to something a swapped column would show: flags both ways, findings, prices.
const full = (): RequestRecord => {
  const row = sampleLogEntry({ streamed: true, deployment: 'openai-main', attempts: 2, policy: 'pii-local', guardFindings: [{ type: 'email', count: 2 }], errorCode: 'upstream_timeout' });
  return { ...row, usage: sampleUsageEvent({ id: row.id, ts: row.ts, endUser: 'u-7', reasoningTokens: 5, complete: false, batch: true, source: 'estimated' }) };
};
// What a record reads back as once journaled: undefined optional fields come back as null.
const asJournaled = (record: RequestRecord) => ({ deployment: null, attempts: null, policy: null, guardFindings: null, ...JSON.parse(JSON.stringify(record)) });

describe('request record journal lines', () => {
  it('writes a record as one array line in insert-column order and reads it back as the same record', () => {
    for (const record of [full(), sampleLogEntry(), { ...sampleLogEntry(), deployment: undefined, inputTokens: null }]) {
      const line = encodeRecordLine(record);
      const parsed = JSON.parse(line);
      assert.ok(Array.isArray(parsed));
      assert.equal(parsed[0], RECORD_LINE_VERSION);
      assert.deepEqual(recordFromLine(parsed), asJournaled(record));
      assert.deepEqual(parseRecordLines([line]), [asJournaled(record)]);
    }
  });

  it('gives the insert thread the same SQLite values from a line as from an object line of an earlier version', () => {
    const records: RequestRecord[] = [full(), sampleLogEntry(), full()];
    const fromArrays = requestRecordBatches(records.map(encodeRecordLine));
    const fromObjects = requestRecordBatches(records.map((record) => JSON.stringify(record)));
    assert.deepEqual(fromArrays, fromObjects);
    assert.deepEqual(fromArrays.map((batch) => [batch.spec.table, batch.rows.length]), [['request_log', 3], ['usage_events', 2]]);
    // Booleans and JSON as SQLite binds them.
    const [log, events] = fromArrays;
    assert.equal(log.rows[0][log.spec.columns.indexOf('streamed')], 1);
    assert.equal(log.rows[0][log.spec.columns.indexOf('guard_findings')], JSON.stringify([{ type: 'email', count: 2 }]));
    assert.equal(log.rows[1][log.spec.columns.indexOf('guard_findings')], null);
    assert.equal(events.rows[0][events.spec.columns.indexOf('batch')], 1);
    assert.equal(events.rows[0][events.spec.columns.indexOf('complete')], 0);
    assert.equal(events.rows[0][events.spec.columns.indexOf('prices')], JSON.stringify(records[0].usage!.prices));
  });
});
