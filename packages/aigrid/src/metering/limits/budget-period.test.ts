import assert from 'node:assert/strict';
import { it } from 'node:test';
import { periodAt } from './budget-period.js';

it('names UTC days and their bounds', () => {
  assert.deepEqual(periodAt('day', Date.UTC(2025, 0, 15, 23, 59, 59, 999)), {
    id: '2025-01-15',
    startsAt: Date.UTC(2025, 0, 15),
    endsAt: Date.UTC(2025, 0, 16),
  });
  assert.equal(periodAt('day', Date.UTC(2025, 0, 16)).id, '2025-01-16');
});

it('starts weeks on Monday and names them by ISO week, across year ends', () => {
  const cases: Array<[Date, string, number]> = [
    [new Date(Date.UTC(2025, 0, 19, 23)), '2025-W03', Date.UTC(2025, 0, 13)], // Sunday
    [new Date(Date.UTC(2025, 0, 20)), '2025-W04', Date.UTC(2025, 0, 20)], // Monday
    [new Date(Date.UTC(2024, 11, 31)), '2025-W01', Date.UTC(2024, 11, 30)],
    [new Date(Date.UTC(2021, 0, 3)), '2020-W53', Date.UTC(2020, 11, 28)],
    [new Date(Date.UTC(2026, 11, 31)), '2026-W53', Date.UTC(2026, 11, 28)],
  ];
  for (const [date, id, startsAt] of cases) {
    assert.deepEqual(periodAt('week', date.getTime()), { id, startsAt, endsAt: startsAt + 7 * 86_400_000 }, date.toISOString());
  }
});

it('ends months on the first of the next, including December and leap Februaries', () => {
  assert.deepEqual(periodAt('month', Date.UTC(2024, 1, 29, 12)), { id: '2024-02', startsAt: Date.UTC(2024, 1, 1), endsAt: Date.UTC(2024, 2, 1) });
  assert.deepEqual(periodAt('month', Date.UTC(2024, 11, 31, 23)), { id: '2024-12', startsAt: Date.UTC(2024, 11, 1), endsAt: Date.UTC(2025, 0, 1) });
});

it('never ends the total period', () => {
  assert.deepEqual(periodAt('total', Date.now()), { id: 'total' });
});
