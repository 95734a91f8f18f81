/** One hour and one UTC day in milliseconds: the rollup granularities. */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Which table answers a time range: raw events, or hourly or daily rollups. */
export type RangeSource = 'events' | 'hour' | 'day';

/** A half-open time range `[from, to)` in epoch ms and the table that answers it exactly. */
export interface SourceRange {
  source: RangeSource;
  from: number;
  to: number;
}

const floorTo = (ms: number, width: number) => ms - (ms % width);
const ceilTo = (ms: number, width: number) => (ms % width === 0 ? ms : floorTo(ms, width) + width);

/**
 * Splits `[since, until)` so every part is answered exactly by the cheapest table: whole UTC days
 * from daily rollups (when `useDays`), whole hours from hourly rollups, and the ragged edges
 * (less than an hour at each end) from raw events.
 */
export function planRanges(since: number, until: number, useDays: boolean): SourceRange[] {
  const ranges: SourceRange[] = [];
  const add = (source: RangeSource, from: number, to: number) => {
    if (from < to) ranges.push({ source, from, to });
  };
  const firstHour = ceilTo(since, HOUR_MS);
  const lastHour = floorTo(until, HOUR_MS);
  if (firstHour >= lastHour) {
    add('events', since, until);
    return ranges;
  }
  add('events', since, firstHour);
  const firstDay = ceilTo(firstHour, DAY_MS);
  const lastDay = floorTo(lastHour, DAY_MS);
  if (useDays && firstDay < lastDay) {
    add('hour', firstHour, firstDay);
    add('day', firstDay, lastDay);
    add('hour', lastDay, lastHour);
  } else {
    add('hour', firstHour, lastHour);
  }
  add('events', lastHour, until);
  return ranges;
}
