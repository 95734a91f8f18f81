import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sqliteRollupRows, type RollupSourceRow } from './ledger-rollups.js';

const HOUR = 3_600_000;
const DAY = 86_400_000;
const T0 = 20_000 * DAY;

const row = (overrides: Partial<RollupSourceRow> = {}): RollupSourceRow => ({
  ts: T0 + 5,
  tenant: 'acme',
  project: 'web',
  key_id: 'key_1',
  model: 'm',
  input_tokens: 10,
  output_tokens: 2,
  cost_micros: 7,
  source: 'reported',
  complete: 1,
  ...overrides,
});

describe('SQLite batch rollups', () => {
  it('sums a batch per hour and per day, in the order groups first appear', () => {
    const groups = sqliteRollupRows([
      row(),
      row({ ts: T0 + HOUR + 1, source: 'estimated', complete: 0 }),
      row({ ts: T0 + 2 * HOUR - 1, input_tokens: 5, output_tokens: 1, cost_micros: 3 }),
    ]);
    assert.deepEqual(groups, [
      ['hour', 'acme', T0, 'web', 'key_1', 'm', 1, 10, 2, 7, 0, 0],
      ['day', 'acme', T0, 'web', 'key_1', 'm', 3, 25, 5, 17, 1, 1],
      ['hour', 'acme', T0 + HOUR, 'web', 'key_1', 'm', 2, 15, 3, 10, 1, 1],
    ]);
  });

  it('stores no project as "" and keeps names that only concatenate alike apart', () => {
    const groups = sqliteRollupRows([row({ project: null }), row({ project: '', tenant: 'ac', key_id: 'me:key_1' }), row({ ts: T0 + DAY })]);
    assert.deepEqual(
      groups.filter((group) => group[0] === 'day').map((group) => [group[1], group[2] - T0, group[3], group[4], group[6]]),
      [
        ['acme', 0, '', 'key_1', 1],
        ['ac', 0, '', 'me:key_1', 1],
        ['acme', DAY, 'web', 'key_1', 1],
      ],
    );
  });

  it('returns nothing for no rows', () => {
    assert.deepEqual(sqliteRollupRows([]), []);
  });
});
