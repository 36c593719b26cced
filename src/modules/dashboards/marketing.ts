import { and, between, eq } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { TRAFFIC_CHANNELS, type TrafficChannel } from '../../core/enums.ts';
import { type FieldError, invalid } from '../../core/errors.ts';
import { affiliates } from '../affiliates/schema.ts';
import { bucketStarts } from '../attribution/breakdown.ts';
import { DAY_MS } from '../attribution/models.ts';
import type { OutcomeTouch } from '../attribution/outcomes.ts';
import { dayOf, resolveWindow, type Window, type WindowInput } from '../attribution/query.ts';
import { spendIn } from '../attribution/results.ts';
import { budgets } from '../budget/schema.ts';
import { programs } from '../requirements/schema.ts';
import { marketingFigures, noOutcomes, type Outcomes, own, type Packed, unpack } from './marketing-credit.ts';
import { type CampaignRow, campaignsOf } from '../campaigns/catalogue.ts';
import { monthsOf, plannedByMonth, spendByMonth } from './marketing-spend.ts';
import type { VisitFilter } from './marketing-traffic.ts';

export type MarketingInput = Omit<WindowInput, 'goalId'> & {
  compare?: boolean;
  channel?: TrafficChannel;
  campaignId?: string;
  programId?: string;
};

/**
 * What a view derives from a campaign list (spend prorated to its range, by month), kept with the list: the
 * workspace's list is kept while its stamp holds (campaigns/catalogue.ts), so the same range's views reuse it.
 * A filtered view's list is its own: derived once.
 */
const derivedOf = new WeakMap<readonly CampaignRow[], Map<string, unknown>>();
function derived<T>(list: readonly CampaignRow[], key: string, make: () => T): T {
  const map = derivedOf.get(list) ?? derivedOf.set(list, new Map()).get(list)!;
  if (!map.has(key)) {
    if (map.size >= 64) map.clear();
    map.set(key, make());
  }
  return map.get(key) as T;
}

/** Campaigns shown by name in `campaigns`; the rest are summed in one "others" row. */
export const TOP_CAMPAIGNS = 10;

/** Money derived from spend and what it brought (null where the divisor is 0). */
function returns(o: Outcomes, spend: number) {
  const per = (n: number) => (n > 0 ? spend / n : null);
  return {
    spend,
    costPerLead: per(o.leads),
    costPerConversion: per(o.conversions),
    roi: spend > 0 ? (o.revenue - spend) / spend : null,
  };
}

/**
 * The marketing dashboard's first view in one payload: totals of the range and the previous period, a daily
 * series, traffic and credit by channel group, campaign (top 10 + others), program and affiliate, spend against
 * the budget by month. Credit comes from one batched query (attribution/outcomes.ts) under the model asked for
 * (default: the workspace's attribution settings); visits from the daily traffic rollup. A filter (channel,
 * campaign, program) narrows visits to its own and credits only its touches, as a campaign's results do.
 */
export async function marketingDashboard(ctx: WsCtx, input: MarketingInput, now = new Date()) {
  const w = await resolveWindow(ctx, input, now);
  const days = (w.end.getTime() - w.start.getTime()) / DAY_MS;
  const compare = input.compare ?? false;
  const prevStart = new Date(w.start.getTime() - days * DAY_MS);
  const previous: Window = {
    ...w,
    start: prevStart,
    end: w.start,
    fromDay: dayOf(prevStart),
    toDay: dayOf(new Date(w.start.getTime() - DAY_MS)),
  };

  const [campaignRows, programRows, affiliateRows, budgetRows] = await Promise.all([
    campaignsOf(ctx),
    ctx.db
      .select({ id: programs.id, name: programs.name })
      .from(programs)
      .where(eq(programs.workspaceId, ctx.workspaceId)),
    ctx.db
      .select({
        id: affiliates.id,
        name: affiliates.name,
        referralCode: affiliates.referralCode,
        status: affiliates.status,
        commissionModel: affiliates.commissionModel,
        commissionValue: affiliates.commissionValue,
      })
      .from(affiliates)
      .where(eq(affiliates.workspaceId, ctx.workspaceId)),
    ctx.db
      .select({
        year: budgets.year,
        quarter: budgets.quarter,
        programId: budgets.programId,
        planned: budgets.planned,
      })
      .from(budgets)
      .where(
        and(
          eq(budgets.workspaceId, ctx.workspaceId),
          between(
            budgets.year,
            Number((compare ? previous : w).fromDay.slice(0, 4)),
            Number(w.toDay.slice(0, 4)),
          ),
        ),
      ),
  ]);

  const errors: FieldError[] = [];
  if (input.campaignId && !campaignRows.some((c) => c.id === input.campaignId))
    errors.push({ path: 'campaignId', message: 'Use a campaign of this workspace.' });
  if (input.programId && !programRows.some((p) => p.id === input.programId))
    errors.push({ path: 'programId', message: 'Use a program of this workspace.' });
  if (errors.length) throw invalid(errors.map((e) => `${e.path}: ${e.message}`).join(' '), errors);

  // Unfiltered, the workspace's kept list itself: what is derived from it is kept with it (derived()).
  const scoped =
    input.campaignId || input.programId
      ? campaignRows.filter(
          (c) =>
            (!input.campaignId || c.id === input.campaignId) &&
            (!input.programId || c.programId === input.programId),
        )
      : campaignRows;
  const filter: VisitFilter = {
    channel: input.channel ?? null,
    utmCampaigns: input.campaignId || input.programId ? scoped.map((c) => c.utmCampaign) : null,
  };
  const utmSet = filter.utmCampaigns ? new Set(filter.utmCampaigns) : null;
  const matches = (t: OutcomeTouch) =>
    (!filter.channel || t.channel === filter.channel) &&
    (!utmSet || (t.campaign !== null && utmSet.has(t.campaign)));

  const { range, previous: before } = await marketingFigures(
    ctx,
    w,
    compare ? prevStart : null,
    filter,
    matches,
    now,
  );
  // Rebuilt in the payload's key order (a memo's objects come back in jsonb's).
  const outcomesOf = (t: Outcomes | undefined): Outcomes => ({
    leads: t?.leads ?? 0,
    conversions: t?.conversions ?? 0,
    revenue: t?.revenue ?? 0,
  });
  const onDay = (day: string) => own(range.days, day) ?? (before ? own(before.days, day) : undefined);

  const point = (day: string) => ({ day, visits: onDay(day)?.visits ?? 0, ...outcomesOf(onDay(day)) });
  const series = bucketStarts(w.fromDay, w.toDay, 'day').map(point);
  const previousSeries = compare ? bucketStarts(previous.fromDay, previous.toDay, 'day').map(point) : null;

  const totalsOf = (list: ReturnType<typeof point>[], visitors: number, spend: number) => {
    const sum = (k: 'visits' | keyof Outcomes) => list.reduce((s, p) => s + p[k], 0);
    const o = { leads: sum('leads'), conversions: sum('conversions'), revenue: sum('revenue') };
    return {
      visits: sum('visits'),
      visitors,
      ...o,
      conversionRate: visitors > 0 ? o.conversions / visitors : null,
      ...returns(o, spend),
    };
  };
  const spendOver = (win: Pick<Window, 'fromDay' | 'toDay'>) =>
    derived(scoped, `spend ${win.fromDay} ${win.toDay}`, () =>
      scoped.reduce((s, c) => s + spendIn(c, win), 0),
    );
  const spends = derived(scoped, `spends ${w.fromDay} ${w.toDay}`, () => {
    const list = new Float64Array(scoped.length);
    for (let i = 0; i < scoped.length; i++) list[i] = spendIn(scoped[i]!, w);
    return list;
  });

  // One pass over the campaigns (tens of thousands in a large workspace) with no object made per campaign:
  // the range's spend, each program's sums, and the top ones kept in order as they come (no sort of them all).
  // A campaign is active with visits, leads, conversions or spend in the range.
  type Sums = {
    campaigns: number;
    visits: number;
    leads: number;
    conversions: number;
    revenue: number;
    spend: number;
  };
  const sums = (): Sums => ({ campaigns: 0, visits: 0, leads: 0, conversions: 0, revenue: 0, spend: 0 });
  const NONE: Packed = [0, 0, 0, 0]; // [visits, leads, conversions, revenue]
  const figures = (i: number) => range.campaign(scoped[i]!.utmCampaign) ?? NONE;
  // Revenue, conversions, leads, visits, then name: negative when campaign i ranks before j.
  const ranked = (i: number, j: number) => {
    const [a, b] = [figures(i), figures(j)];
    return (
      b[3] - a[3] ||
      b[2] - a[2] ||
      b[1] - a[1] ||
      b[0] - a[0] ||
      scoped[i]!.name.localeCompare(scoped[j]!.name)
    );
  };
  const isActive = new Uint8Array(scoped.length);
  const byProgram = new Map<string, Sums>();
  const top: number[] = [];
  let rangeSpend = 0;
  const addTo = (to: Sums, t: Packed, spend: number) => {
    to.campaigns += 1;
    to.visits += t[0];
    to.leads += t[1];
    to.conversions += t[2];
    to.revenue += t[3];
    to.spend += spend;
  };
  for (let i = 0; i < scoped.length; i++) {
    const spend = spends[i]!;
    rangeSpend += spend;
    const t = figures(i);
    if (!(spend > 0 || t[0] > 0 || t[1] > 0 || t[2] > 0)) continue;
    isActive[i] = 1;
    const programId = scoped[i]!.programId;
    addTo(byProgram.get(programId) ?? byProgram.set(programId, sums()).get(programId)!, t, spend);
    if (top.length === TOP_CAMPAIGNS && ranked(i, top[TOP_CAMPAIGNS - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && ranked(i, top[at - 1]!) < 0) at--;
    top.splice(at, 0, i);
    if (top.length > TOP_CAMPAIGNS) top.pop();
  }
  const others = sums();
  for (const i of top) isActive[i] = 0;
  for (let i = 0; i < scoped.length; i++) if (isActive[i]) addTo(others, figures(i), spends[i]!);
  const present = ({ campaigns: _, visits, ...o }: Sums) => ({
    visits,
    ...outcomesOf(o),
    ...returns(outcomesOf(o), o.spend),
  });
  const topList = top.map((i) => {
    const c = scoped[i]!;
    const t = figures(i);
    const o = { leads: t[1], conversions: t[2], revenue: t[3] };
    return { id: c.id, name: c.name, programId: c.programId, visits: t[0], ...o, ...returns(o, spends[i]!) };
  });

  const programList = programRows
    .flatMap((p) => {
      const mine = byProgram.get(p.id);
      return mine ? [{ id: p.id, name: p.name, campaigns: mine.campaigns, ...present(mine) }] : [];
    })
    .sort(
      (a, b) =>
        b.revenue - a.revenue ||
        b.conversions - a.conversions ||
        b.visits - a.visits ||
        a.name.localeCompare(b.name),
    );

  const affiliateList = affiliateRows
    .map((a) => {
      const t = unpack(own(range.codes, a.referralCode));
      const o = outcomesOf(t);
      const commissionOwed =
        a.commissionModel === 'percentage'
          ? (o.revenue * a.commissionValue) / 100
          : o.conversions * a.commissionValue;
      return { ...a, visits: t.visits, ...o, commissionOwed };
    })
    .filter((a) => a.status === 'active' || a.visits > 0 || a.conversions > 0 || a.leads > 0)
    .sort((a, b) => b.revenue - a.revenue || b.conversions - a.conversions || a.name.localeCompare(b.name));

  // Spend against plan per month of the range: budget lines (the program's when filtered by one), or the
  // campaign's own planned spend when filtered by a campaign (budgets are per program, never per campaign).
  const months = monthsOf(w.fromDay, w.toDay);
  const planned = input.campaignId
    ? months.map((_, i) => scoped.reduce((s, c) => s + spendByMonth(c, months, 'plannedSpend')[i]!, 0))
    : plannedByMonth(
        budgetRows.filter((b) => !input.programId || b.programId === input.programId),
        months,
      );
  const actual = derived(scoped, `actual by month ${w.fromDay} ${w.toDay}`, () => {
    const sums = months.map(() => 0);
    for (const c of scoped) spendByMonth(c, months, 'actualSpend').forEach((v, i) => (sums[i]! += v));
    return sums;
  });
  const monthOutcomes = (m: (typeof months)[number]) => {
    const o = noOutcomes();
    for (const p of series)
      if (p.day >= m.fromDay && p.day <= m.toDay) {
        o.leads += p.leads;
        o.conversions += p.conversions;
        o.revenue += p.revenue;
      }
    return o;
  };

  const totals = totalsOf(series, range.visitors, rangeSpend);
  return {
    from: w.fromDay,
    to: w.toDay,
    previous: compare ? { from: previous.fromDay, to: previous.toDay } : null,
    model: w.model,
    lookbackDays: w.lookbackDays,
    currency: w.currency,
    goals: w.goals.length,
    filter: {
      channel: filter.channel,
      campaignId: input.campaignId ?? null,
      programId: input.programId ?? null,
    },
    totals,
    previousTotals: previousSeries
      ? totalsOf(previousSeries, before?.visitors ?? 0, spendOver(previous))
      : null,
    series,
    previousSeries,
    channels: TRAFFIC_CHANNELS.map((channel) => ({
      channel,
      visits: own(range.channels, channel)?.visits ?? 0,
      ...outcomesOf(own(range.channels, channel)),
    })).filter((c) => c.visits > 0 || c.leads > 0 || c.conversions > 0),
    unattributed: outcomesOf(range.unattributed),
    campaigns: [
      ...topList.map((c) => ({ ...c, others: 0 })),
      ...(others.campaigns
        ? [{ id: null, name: null, programId: null, ...present(others), others: others.campaigns }]
        : []),
    ],
    programs: programList,
    budget: {
      months: months.map((m, i) => {
        const o = monthOutcomes(m);
        return {
          month: m.month,
          from: m.fromDay,
          to: m.toDay,
          planned: planned[i]!,
          ...o,
          ...returns(o, actual[i]!),
        };
      }),
      planned: planned.reduce((s, x) => s + x, 0),
      spend: actual.reduce((s, x) => s + x, 0),
    },
    affiliates: affiliateList,
  };
}

export type MarketingDashboard = Awaited<ReturnType<typeof marketingDashboard>>;
