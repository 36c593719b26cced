import type { WsCtx } from '../../core/context.ts';
import { memoizeAll, memoKey } from '../analytics/memo.ts';
import { DAY_MS } from '../attribution/models.ts';
import { creditedOutcomes, type Outcome, type OutcomeTouch } from '../attribution/outcomes.ts';
import { dayOf, type Window } from '../attribution/query.ts';
import { distinctVisitors, type VisitFilter } from './marketing-traffic.ts';

export type Outcomes = { leads: number; conversions: number; revenue: number };
export const noOutcomes = (): Outcomes => ({ leads: 0, conversions: 0, revenue: 0 });

/**
 * What the dashboard credits on one UTC day: its outcomes (the filter's touches' shares when filtered, whole
 * otherwise) and their credit by channel group, UTM campaign and referral code, and the unattributed ones.
 * Every figure adds up over days, so a range is the sum of its days: a day that is over is kept as a memo
 * (analytics/memo.ts) for the model, lookback, goals and filter, and serves every later view whose range
 * holds it; only the days without one (today, a day written to since) are read from the events.
 */
export type DayCredit = {
  total: Outcomes;
  channels: Record<string, Outcomes>;
  campaigns: Record<string, Outcomes>;
  codes: Record<string, Outcomes>;
  unattributed: Outcomes;
};

const credit = (): DayCredit => ({
  total: noOutcomes(),
  channels: {},
  campaigns: {},
  codes: {},
  unattributed: noOutcomes(),
});

export function add(to: Outcomes, o: Pick<Outcome, 'kind' | 'revenue'>, share: number) {
  if (o.kind === 'lead') to.leads += share;
  else {
    to.conversions += share;
    to.revenue += share * o.revenue;
  }
}

export function addOutcomes(to: Outcomes, o: Outcomes): Outcomes {
  to.leads += o.leads;
  to.conversions += o.conversions;
  to.revenue += o.revenue;
  return to;
}

const bump = (m: Record<string, Outcomes>, key: string) => (m[key] ??= noOutcomes());

/** The days' credit of a list of outcomes (a filter's touches only, when filtered). */
function creditByDay(
  outcomes: Outcome[],
  matches: (t: OutcomeTouch) => boolean,
  filtered: boolean,
): Map<string, DayCredit> {
  const byDay = new Map<string, DayCredit>();
  for (const o of outcomes) {
    const c = byDay.get(o.day) ?? byDay.set(o.day, credit()).get(o.day)!;
    const mine = o.touches.filter(matches);
    add(c.total, o, filtered ? mine.reduce((s, t) => s + t.share, 0) : 1);
    if (o.touches.length === 0 && !filtered) add(c.unattributed, o, 1);
    for (const t of mine) {
      add(bump(c.channels, t.channel), o, t.share);
      if (t.campaign !== null) add(bump(c.campaigns, t.campaign), o, t.share);
      if (t.referralCode !== null) add(bump(c.codes, t.referralCode), o, t.share);
    }
  }
  return byDay;
}

export type Credited = {
  /** Each day of the span (previous period + range) with credit. */
  days: Map<string, DayCredit>;
  visitors: number;
  previousVisitors: number;
};

/**
 * The credit of every day of [span.start, w.end) and the distinct visitors of the range and of the previous
 * period, through ONE memoizeAll: kept days and periods answer from their memos, the others are computed
 * together (one creditedOutcomes over the days missing, first to last; a visitors count each).
 */
export async function credited(
  ctx: WsCtx,
  w: Window,
  span: Window,
  f: VisitFilter,
  matches: (t: OutcomeTouch) => boolean,
  now = new Date(),
): Promise<Credited> {
  const filtered = f.channel !== null || f.utmCampaigns !== null;
  const definition = [w.model, w.lookbackDays, w.goals, w.currency, f.channel, f.utmCampaigns];
  const creditKey = memoKey('marketing day credit', ...definition);
  const lookback = w.lookbackDays * DAY_MS;
  const days: string[] = [];
  for (let t = span.start.getTime(); t < w.end.getTime(); t += DAY_MS) days.push(dayOf(new Date(t)));

  // The days to compute are asked in one tick (memoizeAll starts them together): one query answers them all.
  const missing: string[] = [];
  let batch: Promise<Map<string, DayCredit>> | null = null;
  const dayCredit = (day: string) => {
    missing.push(day);
    batch ??= Promise.resolve().then(async () => {
      const first = new Date(`${missing.reduce((a, b) => (a < b ? a : b))}T00:00:00.000Z`);
      const last = new Date(`${missing.reduce((a, b) => (a > b ? a : b))}T00:00:00.000Z`);
      const outcomes = await creditedOutcomes(ctx, { ...w, end: new Date(last.getTime() + DAY_MS) }, first);
      return creditByDay(outcomes, matches, filtered);
    });
    return batch.then((m) => m.get(day) ?? credit());
  };
  const visitorsKey = memoKey('marketing visitors', f.channel, f.utmCampaigns);
  // A range still open: its days that are over are a period kept like the previous one; today's visitors
  // not seen on them are added (distinctVisitors with seenSince), so no view scans the whole range's visits.
  const today = new Date(`${dayOf(now)}T00:00:00.000Z`);
  const split = w.end.getTime() > now.getTime() && w.start < today;
  const visitorItem = (start: Date, end: Date) => ({
    key: visitorsKey,
    from: start,
    to: end,
    compute: () => distinctVisitors(ctx, start, end, f),
  });
  const compare = span.start.getTime() < w.start.getTime();
  const items = [
    // A day's outcomes read visits of the lookback before it: the memo's window starts there.
    ...days.map((day) => {
      const start = new Date(`${day}T00:00:00.000Z`);
      return {
        key: creditKey,
        from: new Date(start.getTime() - lookback),
        to: new Date(start.getTime() + DAY_MS),
        compute: () => dayCredit(day) as Promise<DayCredit | number>,
      };
    }),
    visitorItem(w.start, split ? today : w.end),
    ...(compare ? [visitorItem(span.start, w.start)] : []),
  ];
  const [values, added] = await Promise.all([
    memoizeAll<DayCredit | number>(ctx, items, now),
    split ? distinctVisitors(ctx, today, w.end, f, w.start) : 0,
  ]);
  return {
    days: new Map(days.map((day, i) => [day, values[i] as DayCredit])),
    visitors: (values[days.length] as number) + added,
    previousVisitors: compare ? (values[days.length + 1] as number) : 0,
  };
}
