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
import { campaigns } from '../campaigns/schema.ts';
import { programs } from '../requirements/schema.ts';
import { addOutcomes, credited, noOutcomes, type Outcomes } from './marketing-credit.ts';
import { monthsOf, plannedByMonth, spendByMonth } from './marketing-spend.ts';
import { type VisitFilter, visitCounts } from './marketing-traffic.ts';

export type MarketingInput = Omit<WindowInput, 'goalId'> & {
  compare?: boolean;
  channel?: TrafficChannel;
  campaignId?: string;
  programId?: string;
};

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

const bump = <K>(m: Map<K, Outcomes>, key: K) => m.get(key) ?? m.set(key, noOutcomes()).get(key)!;

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
  const span: Window = compare ? { ...w, start: prevStart, fromDay: previous.fromDay } : w;

  const [campaignRows, programRows, affiliateRows, budgetRows] = await Promise.all([
    ctx.db
      .select({
        id: campaigns.id,
        name: campaigns.name,
        programId: campaigns.programId,
        utmCampaign: campaigns.utmCampaign,
        actualSpend: campaigns.actualSpend,
        plannedSpend: campaigns.plannedSpend,
        startDate: campaigns.startDate,
        endDate: campaigns.endDate,
      })
      .from(campaigns)
      .where(eq(campaigns.workspaceId, ctx.workspaceId)),
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
          between(budgets.year, Number(span.fromDay.slice(0, 4)), Number(w.toDay.slice(0, 4))),
        ),
      ),
  ]);

  const errors: FieldError[] = [];
  if (input.campaignId && !campaignRows.some((c) => c.id === input.campaignId))
    errors.push({ path: 'campaignId', message: 'Use a campaign of this workspace.' });
  if (input.programId && !programRows.some((p) => p.id === input.programId))
    errors.push({ path: 'programId', message: 'Use a program of this workspace.' });
  if (errors.length) throw invalid(errors.map((e) => `${e.path}: ${e.message}`).join(' '), errors);

  const scoped = campaignRows.filter(
    (c) =>
      (!input.campaignId || c.id === input.campaignId) &&
      (!input.programId || c.programId === input.programId),
  );
  const filter: VisitFilter = {
    channel: input.channel ?? null,
    utmCampaigns: input.campaignId || input.programId ? scoped.map((c) => c.utmCampaign) : null,
  };
  const utmSet = filter.utmCampaigns ? new Set(filter.utmCampaigns) : null;
  const matches = (t: OutcomeTouch) =>
    (!filter.channel || t.channel === filter.channel) &&
    (!utmSet || (t.campaign !== null && utmSet.has(t.campaign)));

  const [counts, credit] = await Promise.all([
    visitCounts(ctx, w, span, filter),
    credited(ctx, w, span, filter, matches, now),
  ]);

  // Credit: the days' sums (marketing-credit.ts: whole outcomes unfiltered, the filter's touches' shares otherwise).
  const byDay = new Map<string, Outcomes>();
  const byChannel = new Map<string, Outcomes>();
  const byCampaign = new Map<string, Outcomes>();
  const byCode = new Map<string, Outcomes>();
  const unattributed = noOutcomes();
  const addAll = (to: Map<string, Outcomes>, from: Record<string, Outcomes>) => {
    for (const [k, o] of Object.entries(from)) addOutcomes(bump(to, k), o);
  };
  for (const [day, c] of credit.days) {
    byDay.set(day, addOutcomes(noOutcomes(), c.total)); // in the payload's key order (a memo's is jsonb's)
    if (day < w.fromDay) continue;
    addOutcomes(unattributed, c.unattributed);
    addAll(byChannel, c.channels);
    addAll(byCampaign, c.campaigns);
    addAll(byCode, c.codes);
  }

  const visitsByDay = new Map<string, number>();
  const visitsByChannel = new Map<string, number>();
  for (const r of counts.channels) {
    visitsByDay.set(r.day, (visitsByDay.get(r.day) ?? 0) + r.visits);
    if (r.day >= w.fromDay) visitsByChannel.set(r.value, (visitsByChannel.get(r.value) ?? 0) + r.visits);
  }
  const visitsByCampaign = new Map<string, number>();
  for (const r of counts.campaigns)
    visitsByCampaign.set(r.value, (visitsByCampaign.get(r.value) ?? 0) + r.visits);

  const point = (day: string) => ({
    day,
    visits: visitsByDay.get(day) ?? 0,
    ...(byDay.get(day) ?? noOutcomes()),
  });
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
    scoped.reduce((s, c) => s + spendIn(c, win), 0);

  const campaignFigures = scoped.map((c) => {
    const o = byCampaign.get(c.utmCampaign) ?? noOutcomes();
    return {
      id: c.id as string | null,
      name: c.name as string | null,
      programId: c.programId as string | null,
      visits: visitsByCampaign.get(c.utmCampaign) ?? 0,
      ...o,
      ...returns(o, spendIn(c, w)),
    };
  });
  const active = campaignFigures
    .filter((c) => c.visits > 0 || c.leads > 0 || c.conversions > 0 || c.spend > 0)
    .sort(
      (a, b) =>
        b.revenue - a.revenue ||
        b.conversions - a.conversions ||
        b.leads - a.leads ||
        b.visits - a.visits ||
        a.name!.localeCompare(b.name!),
    );
  const rest = active.slice(TOP_CAMPAIGNS);
  const sumOf = (list: typeof active) => {
    const o = {
      leads: list.reduce((s, c) => s + c.leads, 0),
      conversions: list.reduce((s, c) => s + c.conversions, 0),
      revenue: list.reduce((s, c) => s + c.revenue, 0),
    };
    return {
      visits: list.reduce((s, c) => s + c.visits, 0),
      ...o,
      ...returns(
        o,
        list.reduce((s, c) => s + c.spend, 0),
      ),
    };
  };

  // Grouped once: a workspace may hold tens of thousands of campaigns over thousands of programs.
  const activeByProgram = new Map<string | null, typeof active>();
  for (const c of active) {
    const list = activeByProgram.get(c.programId);
    if (list) list.push(c);
    else activeByProgram.set(c.programId, [c]);
  }
  const programList = programRows
    .map((p) => {
      const mine = activeByProgram.get(p.id) ?? [];
      return { id: p.id, name: p.name, campaigns: mine.length, ...sumOf(mine) };
    })
    .filter((p) => p.campaigns > 0)
    .sort(
      (a, b) =>
        b.revenue - a.revenue ||
        b.conversions - a.conversions ||
        b.visits - a.visits ||
        a.name.localeCompare(b.name),
    );

  const affiliateList = affiliateRows
    .map((a) => {
      const o = byCode.get(a.referralCode) ?? noOutcomes();
      const commissionOwed =
        a.commissionModel === 'percentage'
          ? (o.revenue * a.commissionValue) / 100
          : o.conversions * a.commissionValue;
      return { ...a, visits: counts.referralCodes.get(a.referralCode) ?? 0, ...o, commissionOwed };
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
  const actual = months.map(() => 0);
  for (const c of scoped) spendByMonth(c, months, 'actualSpend').forEach((v, i) => (actual[i]! += v));
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

  const totals = totalsOf(series, credit.visitors, spendOver(w));
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
      ? totalsOf(previousSeries, credit.previousVisitors, spendOver(previous))
      : null,
    series,
    previousSeries,
    channels: TRAFFIC_CHANNELS.map((channel) => ({
      channel,
      visits: visitsByChannel.get(channel) ?? 0,
      ...(byChannel.get(channel) ?? noOutcomes()),
    })).filter((c) => c.visits > 0 || c.leads > 0 || c.conversions > 0),
    unattributed,
    campaigns: [
      ...active.slice(0, TOP_CAMPAIGNS).map((c) => ({ ...c, others: 0 })),
      ...(rest.length
        ? [{ id: null, name: null, programId: null, ...sumOf(rest), others: rest.length }]
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
