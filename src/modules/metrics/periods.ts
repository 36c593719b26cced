import type { MetricPeriod } from '../../core/enums.ts';

/** Calendar periods of metric targets, in UTC days (YYYY-MM-DD): weeks start on Monday, quarters in Jan/Apr/Jul/Oct. */

const DAY_MS = 86_400_000;
const at = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (day: string, n: number) => isoDay(new Date(at(day).getTime() + n * DAY_MS));
/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) =>
  Math.round((at(to).getTime() - at(from).getTime()) / DAY_MS) + 1;

/** The first day of the period holding `day`. */
export function periodStartOf(period: MetricPeriod, day: string): string {
  const d = at(day);
  if (period === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  else {
    d.setUTCDate(1);
    if (period === 'quarter') d.setUTCMonth(d.getUTCMonth() - (d.getUTCMonth() % 3));
  }
  return isoDay(d);
}

/** Whether `day` is the first day of a period (what a target's periodStart must be). */
export const isPeriodStart = (period: MetricPeriod, day: string) => periodStartOf(period, day) === day;

/** The last day of the period starting on `start`. */
export function periodEndOf(period: MetricPeriod, start: string): string {
  const d = at(start);
  if (period === 'week') return addDays(start, 6);
  d.setUTCMonth(d.getUTCMonth() + (period === 'quarter' ? 3 : 1));
  return addDays(isoDay(d), -1);
}

/** The starts of every period touching [from, to]. */
export function periodsTouching(period: MetricPeriod, from: string, to: string): string[] {
  const out: string[] = [];
  for (let s = periodStartOf(period, from); s <= to; s = addDays(periodEndOf(period, s), 1)) out.push(s);
  return out;
}

/** How the period is named in a sentence: "week of 2026-03-02", "March 2026", "Q1 2026". */
export function periodLabel(period: MetricPeriod, start: string): string {
  const d = at(start);
  if (period === 'week') return `week of ${start}`;
  if (period === 'quarter') return `Q${Math.floor(d.getUTCMonth() / 3) + 1} ${d.getUTCFullYear()}`;
  return d.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** The range of the same length just before [from, to]. */
export function previousRange(from: string, to: string): { from: string; to: string } {
  const n = daysBetween(from, to);
  return { from: addDays(from, -n), to: addDays(from, -1) };
}

/** Sparkline buckets over [from, to]: days up to two weeks, weeks up to about four months, else months. */
export function seriesBuckets(from: string, to: string): { start: string; end: string }[] {
  const n = daysBetween(from, to);
  const unit: MetricPeriod | 'day' = n <= 14 ? 'day' : n <= 126 ? 'week' : 'month';
  const out: { start: string; end: string }[] = [];
  if (unit === 'day') {
    for (let d = from; d <= to; d = addDays(d, 1)) out.push({ start: d, end: d });
    return out;
  }
  for (const s of periodsTouching(unit, from, to)) {
    const e = periodEndOf(unit, s);
    out.push({ start: s < from ? from : s, end: e > to ? to : e });
  }
  return out;
}
