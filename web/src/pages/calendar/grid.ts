/*
 * Month-grid date maths for the calendar, on ISO dates ('YYYY-MM-DD') computed in UTC so that no time
 * zone or daylight-saving change can shift a day. Weeks start on Monday.
 */

const DAY_MS = 86_400_000;
const toMs = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The ISO date `days` after (or before) another. */
export const addDays = (iso: string, days: number) => toIso(toMs(iso) + days * DAY_MS);

/** Days from a to b (b − a). */
export const daysBetween = (a: string, b: string) => Math.round((toMs(b) - toMs(a)) / DAY_MS);

/** 0 = Monday … 6 = Sunday. */
export const weekday = (iso: string) => (new Date(toMs(iso)).getUTCDay() + 6) % 7;

/** 'YYYY-MM' of a date. */
export const monthOf = (iso: string) => iso.slice(0, 7);

/** The month `delta` months after 'YYYY-MM'. */
export function shiftMonth(month: string, delta: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Whether 'YYYY-MM' is a real month. */
export const isMonth = (value: string | null): value is string =>
  value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

export type GridDay = { date: string; inMonth: boolean; isToday: boolean };

/** The weeks (Monday to Sunday) that show a month: 4 to 6 rows of 7 days, padded with the days around it. */
export function monthGrid(month: string, today: string): GridDay[][] {
  const first = `${month}-01`;
  const start = addDays(first, -weekday(first));
  const last = addDays(`${shiftMonth(month, 1)}-01`, -1);
  const end = addDays(last, 6 - weekday(last));
  const weeks: GridDay[][] = [];
  for (let d = start; d <= end; d = addDays(d, 7))
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const date = addDays(d, i);
        return { date, inMonth: monthOf(date) === month, isToday: date === today };
      }),
    );
  return weeks;
}

/** The first and last day a grid shows: the range to ask the calendar for. */
export function gridRange(weeks: GridDay[][]): { from: string; to: string } {
  return { from: weeks[0]![0]!.date, to: weeks[weeks.length - 1]![6]!.date };
}

type Dated = { start: string; end: string | null };

export type Segment<T> = {
  item: T;
  /** Column of the first day shown this week (0 = Monday). */
  startCol: number;
  /** Days it covers this week. */
  span: number;
  /** Row inside the week, so overlapping items never share a row. */
  lane: number;
  /** It started before this week / goes on after it. */
  continuesBefore: boolean;
  continuesAfter: boolean;
};

/**
 * The bars of one week: every item overlapping it, clipped to the week, packed into lanes (earliest first,
 * longer first on the same day). An item without an end is still running, so it reaches the week's end.
 */
export function weekSegments<T extends Dated>(week: readonly string[], items: readonly T[]): Segment<T>[] {
  const first = week[0]!;
  const last = week[week.length - 1]!;
  const found: Omit<Segment<T>, 'lane'>[] = [];
  for (const item of items) {
    const end = item.end ?? last;
    if (item.start > last || end < first || end < item.start) continue;
    const from = item.start < first ? first : item.start;
    const to = end > last ? last : end;
    found.push({
      item,
      startCol: daysBetween(first, from),
      span: daysBetween(from, to) + 1,
      continuesBefore: item.start < first,
      continuesAfter: item.end === null ? true : item.end > last,
    });
  }
  found.sort((a, b) => a.startCol - b.startCol || b.span - a.span);
  const laneEnds: number[] = [];
  return found.map((s) => {
    let lane = laneEnds.findIndex((endCol) => endCol < s.startCol);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = s.startCol + s.span - 1;
    return { ...s, lane };
  });
}
