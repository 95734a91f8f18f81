import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeRows, encodeRows, type InsertSpec } from './insert-spec.js';

describe('encodeRows / decodeRows', () => {
  const spec: InsertSpec = { table: 't', columns: ['id', 'n', 'ratio', 'note', 'flag'] };

  it('writes value arrays in column order (text, integers, fractions, nulls; missing values as null) and reads them back as such', () => {
    const rows = [
      { id: 'req_1', n: 2 ** 52, ratio: 0.1 + 0.2, note: 'naïve "quoted"\n', flag: 1 },
      { id: 'req_2', n: 0, ratio: 1.234, note: null, extra: 'ignored' },
    ];
    const json = encodeRows(spec, rows);
    assert.equal(json, JSON.stringify([['req_1', 2 ** 52, 0.1 + 0.2, 'naïve "quoted"\n', 1], ['req_2', 0, 1.234, null, null]]));
    assert.deepEqual(decodeRows(json), [
      ['req_1', 2 ** 52, 0.1 + 0.2, 'naïve "quoted"\n', 1],
      ['req_2', 0, 1.234, null, null],
    ]);
  });
});
