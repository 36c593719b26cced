import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';

/**
 * A dashboard's date range, kept in the address (`?from=2026-09-01&to=2026-11-30&compare=0`) so a view
 * can be shared and survives a reload. Days are whole calendar days, both ends included. The comparison
 * period is the same number of days just before.
 */
export type DateRange = { from: string; to: string; compare: boolean };

export const PRESETS = [
  { value: '7', label: 'Last 7 days' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last 90 days' },
] as const;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const valid = (s: string | null): s is string => !!s && DAY.test(s) && dayjs(s).isValid();

/** The range ending today with `days` days. */
export function lastDays(days: number, today = dayjs()): Pick<DateRange, 'from' | 'to'> {
  return { from: today.subtract(days - 1, 'day').format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') };
}

/** Reads a range from search parameters; anything missing or malformed falls back to the last 30 days. */
export function parseRange(params: URLSearchParams, today = dayjs()): DateRange {
  const from = params.get('from');
  const to = params.get('to');
  const compare = params.get('compare') !== '0';
  if (valid(from) && valid(to) && from <= to) return { from, to, compare };
  return { ...lastDays(30, today), compare };
}

/** The period just before, of the same length. */
export function previousPeriod(range: Pick<DateRange, 'from' | 'to'>): Pick<DateRange, 'from' | 'to'> {
  const days = dayjs(range.to).diff(dayjs(range.from), 'day') + 1;
  const to = dayjs(range.from).subtract(1, 'day');
  return { from: to.subtract(days - 1, 'day').format('YYYY-MM-DD'), to: to.format('YYYY-MM-DD') };
}

/** Which preset a range is (ending today), if any. */
export function presetOf(range: Pick<DateRange, 'from' | 'to'>, today = dayjs()): string | null {
  return (
    PRESETS.find((p) => {
      const r = lastDays(Number(p.value), today);
      return r.from === range.from && r.to === range.to;
    })?.value ?? null
  );
}

/** The range in the address, and a setter that keeps the other search parameters. */
export function useDateRange(): [DateRange, (next: Partial<DateRange>) => void] {
  const [params, setParams] = useSearchParams();
  const range = parseRange(params);
  const set = (next: Partial<DateRange>) =>
    setParams(
      (prev) => {
        const merged = { ...parseRange(prev), ...next };
        const out = new URLSearchParams(prev);
        out.set('from', merged.from);
        out.set('to', merged.to);
        out.set('compare', merged.compare ? '1' : '0');
        return out;
      },
      { replace: true },
    );
  return [range, set];
}
