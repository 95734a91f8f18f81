import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sampleUsageEvent } from '../../../test/support/metering/metering-test-fixtures.js';
import { encodeRecordLine, RECORD_LINE_VERSION, recordFromLine, type RequestRecord } from '../../store/request-record-rows.js';
import { sampleLogEntry } from '../../../test/support/store/store-test-fixtures.js';
import { parseRequestRecord } from './request-record-writer.js';

// Every field set to something a swapped column would show: flags both ways, findings, prices.
const full = (): RequestRecord => {
  const row = sampleLogEntry({ streamed: true, deployment: 'openai-main', attempts: 2, policy: 'pii-local', guardFindings: [{ type: 'email', count: 2 }], errorCode: 'upstream_timeout' });
  return { ...row, usage: sampleUsageEvent({ id: row.id, ts: row.ts, endUser: 'u-7', reasoningTokens: 5, complete: false, batch: true, source: 'estimated' }) };
};

describe('parseRequestRecord', () => {
  it('reads a line with a damaged usage event, or of another shape, as damage', () => {
    const parsed = JSON.parse(encodeRecordLine(full()));
    const damaged = [...parsed];
    damaged[damaged.length - 1] = 42;
    assert.equal(parseRequestRecord(damaged), undefined);
    const badEvent = [...parsed];
    badEvent[badEvent.length - 1] = [...parsed[parsed.length - 1]];
    badEvent[badEvent.length - 1][10] = -1; // input tokens
    assert.equal(parseRequestRecord(badEvent), undefined);
    assert.equal(parseRequestRecord(parsed.slice(0, -1)), undefined);
    assert.equal(parseRequestRecord([RECORD_LINE_VERSION + 1, ...parsed.slice(1)]), undefined);
    assert.equal(parseRequestRecord('req_1'), undefined);
    assert.deepEqual(parseRequestRecord(parsed), recordFromLine(parsed));
  });
});
