import { type SQL, sql } from 'drizzle-orm';

/** Calendar periods in UTC: ISO weeks (from Monday) and months. */
export const INTERVALS = ['week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

const DAY_MS = 86_400_000;

/** The start of the period holding `day` (YYYY-MM-DD or a Date), as a UTC midnight. */
export function periodStart(interval: Interval, day: string | Date): Date {
  const d = typeof day === 'string' ? new Date(`${day}T00:00:00.000Z`) : day;
  if (interval === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
  const midnight = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  const sinceMonday = (new Date(midnight).getUTCDay() + 6) % 7;
  return new Date(midnight - sinceMonday * DAY_MS);
}

/** The start of the period `n` periods after the one starting at `start`. */
export function addPeriods(interval: Interval, start: Date, n: number): Date {
  if (interval === 'month') return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + n, 1));
  return new Date(start.getTime() + n * 7 * DAY_MS);
}

/** SQL: which period (0 = the one starting at `start`) a timestamp expression falls in (integer maths on UTC dates). */
export function periodIndex(interval: Interval, start: Date, time: SQL): SQL {
  const day = sql`((${time}) at time zone 'UTC')::date`;
  if (interval === 'week') return sql`((${day} - ${isoDay(start)}::date) / 7)`;
  const months = start.getUTCFullYear() * 12 + start.getUTCMonth();
  return sql`(date_part('year', ${day})::int * 12 + date_part('month', ${day})::int - 1 - ${months}::int)`;
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
