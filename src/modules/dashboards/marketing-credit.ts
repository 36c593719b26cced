import type { WsCtx } from '../../core/context.ts';
import { hourCut } from '../analytics/active.ts';
import { memoizeAll, memoKey } from '../analytics/memo.ts';
import { DAY_MS } from '../attribution/models.ts';
import { creditedOutcomes, type Outcome, type OutcomeTouch } from '../attribution/outcomes.ts';
import { dayOf, type Window } from '../attribution/query.ts';
import { distinctVisitors, type VisitFilter, visitCounts } from './marketing-traffic.ts';

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

/**
 * Records keyed by what visitors send (a UTM campaign, a referral code): an entry is read and made only as the
 * record's own property, so "__proto__" or "constructor" is a key like any other and never reaches a prototype.
 */
export const own = <T>(m: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(m, key) ? m[key] : undefined;

function slot<T>(m: Record<string, T>, key: string, make: () => T): T {
  if (Object.hasOwn(m, key)) return m[key]!;
  const value = make();
  Object.defineProperty(m, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

const bump = (m: Record<string, Outcomes>, key: string) => slot(m, key, noOutcomes);

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

/** Visits and the outcomes credited to them: a day, a channel group, a UTM campaign, a referral code. */
export type Tally = Outcomes & { visits: number };
const tally = (): Tally => ({ visits: 0, ...noOutcomes() });

/**
 * What a period adds up to. The range's period that is over is one memo (with `detail`: channels, campaigns
 * and referral codes); the previous period's has only its days; today's part is counted live and added.
 */
export type PeriodFigures = {
  days: Record<string, Tally>;
  channels: Record<string, Tally>;
  /** Per UTM campaign and referral code, packed (tens of thousands of campaigns make a memo of megabytes). */
  campaigns: Record<string, Packed>;
  codes: Record<string, Packed>;
  unattributed: Outcomes;
  /** Distinct visitors of the period (today's part: those not seen earlier in the range). */
  visitors: number;
};

/** A tally as [visits, leads, conversions, revenue]. */
export type Packed = [number, number, number, number];
const pack = (t: Tally): Packed => [t.visits, t.leads, t.conversions, t.revenue];
export const unpack = (p: Packed | undefined): Tally =>
  p ? { visits: p[0], leads: p[1], conversions: p[2], revenue: p[3] } : tally();

const emptyPeriod = (): PeriodFigures => ({
  days: {},
  channels: {},
  campaigns: {},
  codes: {},
  unattributed: noOutcomes(),
  visitors: 0,
});

/** Adds `from` into `to` (`to` is changed: never a memo's value). */
export function addPeriod(to: PeriodFigures, from: PeriodFigures): PeriodFigures {
  const addAll = (a: Record<string, Tally>, b: Record<string, Tally>) => {
    for (const [k, t] of Object.entries(b)) {
      const into = slot(a, k, tally);
      into.visits += t.visits;
      addOutcomes(into, t);
    }
  };
  const addPacked = (a: Record<string, Packed>, b: Record<string, Packed>) => {
    for (const [k, p] of Object.entries(b)) {
      const into = slot(a, k, (): Packed => [0, 0, 0, 0]);
      for (let i = 0; i < 4; i++) into[i]! += p[i]!;
    }
  };
  addAll(to.days, from.days);
  addAll(to.channels, from.channels);
  addPacked(to.campaigns, from.campaigns);
  addPacked(to.codes, from.codes);
  addOutcomes(to.unattributed, from.unattributed);
  to.visitors += from.visitors;
  return to;
}

/**
 * A range's figures as the dashboard reads them: its period (memos: frozen, shared, never changed) with what
 * today adds laid over it; a campaign's figures are looked up (tens of thousands: not copied per view).
 */
export type RangeFigures = Omit<PeriodFigures, 'campaigns'> & {
  campaign: (key: string) => Packed | undefined;
};

export type MarketingFigures = { range: RangeFigures; previous: PeriodFigures | null };

/** `base` with `parts` added: the small records copied and summed, the campaigns looked up in both. */
function laidOver(base: PeriodFigures, parts: PeriodFigures[]): RangeFigures {
  const noCampaigns = (p: PeriodFigures): PeriodFigures => ({ ...p, campaigns: {} });
  const merged = [base, ...parts].reduce((to, p) => addPeriod(to, noCampaigns(p)), emptyPeriod());
  const added = parts.reduce(
    (to, p) => addPeriod(to, { ...emptyPeriod(), campaigns: p.campaigns }),
    emptyPeriod(),
  );
  const { campaigns: _, ...rest } = merged;
  const [kept, more] = [lookup(base.campaigns), lookup(added.campaigns)];
  return {
    ...rest,
    campaign: (key) => {
      const [a, b] = [kept.get(key), more.size ? more.get(key) : undefined];
      return a && b ? [a[0] + b[0], a[1] + b[1], a[2] + b[2], a[3] + b[3]] : (a ?? b);
    },
  };
}

/** A record of packed figures as a Map (any key, no prototype), made once per record: memos are shared. */
const lookups = new WeakMap<Record<string, Packed>, Map<string, Packed>>();
function lookup(m: Record<string, Packed>): Map<string, Packed> {
  let found = lookups.get(m);
  if (!found) lookups.set(m, (found = new Map(Object.entries(m))));
  return found;
}

/**
 * The range's figures and, with a comparison, the previous period's. A period that is over is one memo
 * (analytics/memo.ts) for the model, lookback, goals and filter: made once (a day later, once more, for a
 * range through today) from the memos of its days' credit, its visit counts and its distinct visitors, so a
 * view reads two small values instead of a value per day and the rollup's rows per day and campaign. A range
 * still open is its days that are over (that memo) plus today's part: today's credit and visits, and today's
 * visitors not seen earlier in the range (distinctVisitors with seenSince), kept up to the last settled hour
 * and counted live since.
 */
export async function marketingFigures(
  ctx: WsCtx,
  w: Window,
  previousStart: Date | null,
  f: VisitFilter,
  matches: (t: OutcomeTouch) => boolean,
  now = new Date(),
): Promise<MarketingFigures> {
  const filtered = f.channel !== null || f.utmCampaigns !== null;
  const definition = [w.model, w.lookbackDays, w.goals, w.currency, f.channel, f.utmCampaigns];
  const creditKey = memoKey('marketing day credit', ...definition);
  const lookback = w.lookbackDays * DAY_MS;

  /** The credit of each day of [start, end): kept days from their memos, the others in one query. */
  const dayCredits = (start: Date, end: Date): Promise<DayCredit[]> => {
    const days: string[] = [];
    for (let t = start.getTime(); t < end.getTime(); t += DAY_MS) days.push(dayOf(new Date(t)));
    const missing: string[] = [];
    let batch: Promise<Map<string, DayCredit>> | null = null;
    // The days to compute are asked in one tick (memoizeAll starts them together): one query answers them all.
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
    return memoizeAll<DayCredit>(
      ctx,
      // A day's outcomes read visits of the lookback before it: the memo's window starts there.
      days.map((day) => {
        const dayStart = new Date(`${day}T00:00:00.000Z`);
        return {
          key: creditKey,
          from: new Date(dayStart.getTime() - lookback),
          to: new Date(dayStart.getTime() + DAY_MS),
          compute: () => dayCredit(day),
        };
      }),
      now,
    );
  };

  /** The figures of [start, end); with seenSince, visitors only those not seen in [seenSince, start). */
  const period = async (
    start: Date,
    end: Date,
    detail: boolean,
    seenSince?: Date,
  ): Promise<PeriodFigures> => {
    const pw: Window = {
      ...w,
      start,
      end,
      fromDay: dayOf(start),
      toDay: dayOf(new Date(end.getTime() - DAY_MS)),
    };
    // Today's part up to or from an hour (inside a day): its credit read at once, no day memos.
    const inDay = start.getTime() % DAY_MS !== 0 || end.getTime() % DAY_MS !== 0;
    const [credits, counts, visitors] = await Promise.all([
      inDay
        ? creditedOutcomes(ctx, { ...w, end }, start).then((o) => [
            creditByDay(o, matches, filtered).get(dayOf(start)) ?? credit(),
          ])
        : dayCredits(start, end),
      visitCounts(ctx, pw, f, detail),
      distinctVisitors(ctx, start, end, f, seenSince),
    ]);
    const p = emptyPeriod();
    const campaigns: Record<string, Tally> = {};
    const codes: Record<string, Tally> = {};
    const at = (m: Record<string, Tally>, key: string) => slot(m, key, tally);
    for (let i = 0, t = start.getTime(); t < end.getTime(); i++, t += DAY_MS) {
      const c = credits[i]!;
      addOutcomes(at(p.days, dayOf(new Date(t))), c.total);
      if (!detail) continue;
      addOutcomes(p.unattributed, c.unattributed);
      for (const [k, o] of Object.entries(c.channels)) addOutcomes(at(p.channels, k), o);
      for (const [k, o] of Object.entries(c.campaigns)) addOutcomes(at(campaigns, k), o);
      for (const [k, o] of Object.entries(c.codes)) addOutcomes(at(codes, k), o);
    }
    for (const r of counts.channels) {
      at(p.days, r.day).visits += r.visits;
      if (detail) at(p.channels, r.value).visits += r.visits;
    }
    for (const [k, n] of counts.campaigns) at(campaigns, k).visits += n;
    for (const [k, n] of counts.referralCodes) at(codes, k).visits += n;
    for (const [k, t] of Object.entries(campaigns)) slot(p.campaigns, k, () => pack(t));
    for (const [k, t] of Object.entries(codes)) slot(p.codes, k, () => pack(t));
    p.visitors = visitors;
    return p;
  };

  const kept = (start: Date, end: Date, detail: boolean) => ({
    key: memoKey('marketing period figures', detail, ...definition),
    from: new Date(start.getTime() - lookback),
    to: end,
    compute: () => period(start, end, detail),
  });
  // A range still open: its days that are over are kept like the previous period; today's part is added,
  // itself kept up to the last settled hour (analytics/active.ts hourCut, a memo kept by the hour marks) and
  // counted live from there.
  const today = new Date(`${dayOf(now)}T00:00:00.000Z`);
  const split = w.end.getTime() > now.getTime() && w.start < today;
  const hour = split ? hourCut({ cut: today, to: w.end }, now) : null;
  const items = [
    kept(w.start, split ? today : w.end, true),
    ...(previousStart ? [kept(previousStart, w.start, false)] : []),
    ...(hour
      ? [
          {
            key: memoKey('marketing today figures', ...definition, dayOf(w.start)),
            from: new Date(w.start.getTime() - lookback),
            to: hour,
            compute: () => period(today, hour, true, w.start),
          },
        ]
      : []),
  ];
  const [found, live] = await Promise.all([
    memoizeAll<PeriodFigures>(ctx, items, now),
    split ? period(hour ?? today, w.end, true, w.start) : null,
  ]);
  const [range, previous] = [found[0]!, previousStart ? found[1]! : null];
  const parts = [...(hour ? [found[found.length - 1]!] : []), ...(live ? [live] : [])];
  return { range: laidOver(range, parts), previous };
}
