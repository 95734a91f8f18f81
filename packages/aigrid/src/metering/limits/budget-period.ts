import type { BudgetPeriod } from './limit-types.js';

/** One calendar period: an id that names its counter and the instant it ends (UTC). */
export interface PeriodWindow {
  /** `2025-01-15` (day), `2025-W03` (ISO week), `2025-01` (month) or `total`. */
  readonly id: string;
  readonly startsAt?: number;
  /** Exclusive end, epoch ms; absent for `total`. */
  readonly endsAt?: number;
}

const DAY_MS = 86_400_000;

/**
 * The calendar period containing `now`, in UTC: days start at 00:00, weeks on Monday (ISO 8601),
 * months on the 1st. UTC so that every gateway, wherever it runs, charges the same counter.
 */
export function periodAt(period: BudgetPeriod, now: number): PeriodWindow {
  const date = new Date(now);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (period) {
    case 'day': {
      const startsAt = Date.UTC(year, month, date.getUTCDate());
      return { id: isoDate(startsAt), startsAt, endsAt: startsAt + DAY_MS };
    }
    case 'week': {
      const dayStart = Date.UTC(year, month, date.getUTCDate());
      // getUTCDay: Sunday 0 … Saturday 6; ISO weeks start on Monday.
      const startsAt = dayStart - ((date.getUTCDay() + 6) % 7) * DAY_MS;
      return { id: isoWeekId(startsAt), startsAt, endsAt: startsAt + 7 * DAY_MS };
    }
    case 'month': {
      const startsAt = Date.UTC(year, month, 1);
      return { id: isoDate(startsAt).slice(0, 7), startsAt, endsAt: Date.UTC(year, month + 1, 1) };
    }
    case 'total':
      return { id: 'total' };
  }
}

function isoDate(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** `YYYY-Www` for the ISO week starting on the Monday `mondayMs`; its year is the Thursday's. */
function isoWeekId(mondayMs: number): string {
  const thursday = new Date(mondayMs + 3 * DAY_MS);
  const weekYear = thursday.getUTCFullYear();
  const firstThursdayDay = Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / DAY_MS);
  const week = Math.floor(firstThursdayDay / 7) + 1;
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}
