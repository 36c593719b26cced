import { DAY_MS } from '../attribution/models.ts';
import { spendIn } from '../attribution/results.ts';

/** A campaign's money and run, as spend maths needs it. */
export type CampaignSpend = {
  actualSpend: number;
  plannedSpend: number;
  startDate: string | null;
  endDate: string | null;
};

/** A budget line: planned money for one quarter. */
export type BudgetLine = { year: number; quarter: number; planned: number };

/** A calendar month cut to the range: its key and the days of it inside [from, to]. */
export type MonthSlice = { month: string; fromDay: string; toDay: string };

const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / DAY_MS + 1;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The months [fromDay, toDay] touches, each cut to the range. */
export function monthsOf(fromDay: string, toDay: string): MonthSlice[] {
  const out: MonthSlice[] = [];
  const d = new Date(`${fromDay.slice(0, 7)}-01T00:00:00Z`);
  while (iso(d) <= toDay) {
    const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    const last = iso(new Date(next.getTime() - DAY_MS));
    out.push({
      month: iso(d).slice(0, 7),
      fromDay: iso(d) > fromDay ? iso(d) : fromDay,
      toDay: last < toDay ? last : toDay,
    });
    d.setTime(next.getTime());
  }
  return out;
}

/**
 * A campaign's spend spread over the range's months so that the months add up to spendIn() over the whole
 * range: a campaign with both dates is prorated by the days of its run in each month; one without (which
 * spendIn counts whole) is put whole in the month it starts, or the range's last month when it has no start
 * in the range.
 */
export function spendByMonth(
  c: CampaignSpend,
  months: readonly MonthSlice[],
  which: 'actualSpend' | 'plannedSpend',
): number[] {
  const row = { actualSpend: c[which], startDate: c.startDate, endDate: c.endDate };
  if (c.startDate && c.endDate) return months.map((m) => spendIn(row, m));
  const at = months.findIndex((m) => c.startDate !== null && c.startDate.startsWith(m.month));
  const index = at >= 0 ? at : months.length - 1;
  return months.map((_, i) => (i === index ? c[which] : 0));
}

/**
 * Budget lines are per quarter: a month slice takes the quarter's planned money prorated by its days over
 * the quarter's days.
 */
export function plannedByMonth(lines: readonly BudgetLine[], months: readonly MonthSlice[]): number[] {
  return months.map((m) => {
    const year = Number(m.month.slice(0, 4));
    const quarter = Math.floor((Number(m.month.slice(5, 7)) - 1) / 3) + 1;
    const qStart = iso(new Date(Date.UTC(year, (quarter - 1) * 3, 1)));
    const qEnd = iso(new Date(Date.UTC(year, quarter * 3, 1) - DAY_MS));
    const share = days(m.fromDay, m.toDay) / days(qStart, qEnd);
    return lines
      .filter((l) => l.year === year && l.quarter === quarter)
      .reduce((sum, l) => sum + l.planned * share, 0);
  });
}
