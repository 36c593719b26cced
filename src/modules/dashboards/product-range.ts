import type { WsCtx } from '../../core/context.ts';
import { resolveWindow, type Window } from '../attribution/query.ts';
import { DAY_MS } from '../attribution/models.ts';
import { isoDay, periodStart } from '../analytics/periods.ts';

/**
 * The product dashboards' range: the attribution window (so conversions count the same goals as campaign
 * results, and a bad range is refused the same way: 422 naming `from`), the period of the same number of
 * days just before it when `compare` is on, and the Monday starting the first week bucket.
 */
export type DashboardRange = {
  current: Window;
  previous: Window | null;
  /** Monday of the week holding `from`: week buckets are counted from it (UTC ISO weeks). */
  weekStart: Date;
  /** How many week buckets the range spans. */
  weeks: number;
};

export type RangeInput = { from?: string; to?: string; compare?: boolean };

export async function resolveRange(ctx: WsCtx, input: RangeInput): Promise<DashboardRange> {
  const current = await resolveWindow(ctx, { from: input.from, to: input.to });
  let previous: Window | null = null;
  if (input.compare) {
    const days = Math.round((current.end.getTime() - current.start.getTime()) / DAY_MS);
    const to = new Date(current.start.getTime() - DAY_MS);
    const from = new Date(to.getTime() - (days - 1) * DAY_MS);
    previous = await resolveWindow(ctx, { from: isoDay(from), to: isoDay(to) });
  }
  const weekStart = periodStart('week', current.start);
  const weeks = Math.ceil((current.end.getTime() - weekStart.getTime()) / (7 * DAY_MS));
  return { current, previous, weekStart, weeks };
}

/** The week buckets' first days, YYYY-MM-DD. */
export const weekStarts = (r: DashboardRange): string[] =>
  Array.from({ length: r.weeks }, (_, i) => isoDay(new Date(r.weekStart.getTime() + i * 7 * DAY_MS)));

/** The earliest instant either period reads. */
export const earliest = (r: DashboardRange): Date => r.previous?.start ?? r.current.start;
