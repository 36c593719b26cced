import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { probe, row, rows } from '../../db/sql.ts';
import { affiliates } from '../affiliates/schema.ts';
import { campaigns } from '../campaigns/schema.ts';
import { launches } from '../launches/schema.ts';
import { programRequirements, programs, requirements } from '../requirements/schema.ts';
import { addedToday } from '../analytics/active.ts';
import { memoize, memoKey } from '../analytics/memo.ts';
import { creditAt, DAY_MS } from './models.ts';
import { arrayLiteral } from './rollups.ts';
import { goalMatch, goalRevenue, resolveWindow, type Window, type WindowInput } from './query.ts';

/** What a campaign, program, launch or affiliate brought in a window (figures credited by the model). */
export type Results = {
  visits: number;
  visitors: number;
  leads: number;
  conversions: number;
  conversionRate: number | null;
  revenue: number;
  spend: number;
  costPerLead: number | null;
  costPerConversion: number | null;
  roi: number | null;
  model: Window['model'];
  goalId: string | null;
  from: string;
  to: string;
  currency: string;
};

/** Which visits are the entity's touches: by campaign (utm_campaign) or by an affiliate's referral code. */
type Scope = { utmCampaigns: string[] } | { referralCode: string };

type SpendRow = { actualSpend: number; startDate: string | null; endDate: string | null };

export async function campaignResults(ctx: WsCtx, id: string, input: WindowInput): Promise<Results> {
  const list = await campaignRows(ctx, eq(campaigns.id, id));
  if (list.length === 0) throw notFound('Campaign');
  return resultsFor(ctx, list, input);
}

export async function programResults(ctx: WsCtx, id: string, input: WindowInput): Promise<Results> {
  const [found] = await ctx.db
    .select({ id: programs.id })
    .from(programs)
    .where(and(eq(programs.workspaceId, ctx.workspaceId), eq(programs.id, id)));
  if (!found) throw notFound('Program');
  return resultsFor(ctx, await campaignRows(ctx, eq(campaigns.programId, id)), input);
}

/** A launch's campaigns: those of the programs answering the launch's requirements. */
export async function launchResults(ctx: WsCtx, id: string, input: WindowInput): Promise<Results> {
  const [found] = await ctx.db
    .select({ id: launches.id })
    .from(launches)
    .where(and(eq(launches.workspaceId, ctx.workspaceId), eq(launches.id, id)));
  if (!found) throw notFound('Launch');
  const programIds = ctx.db
    .selectDistinct({ id: programRequirements.programId })
    .from(programRequirements)
    .innerJoin(
      requirements,
      and(
        eq(requirements.workspaceId, programRequirements.workspaceId),
        eq(requirements.id, programRequirements.requirementId),
      ),
    )
    .where(and(eq(programRequirements.workspaceId, ctx.workspaceId), eq(requirements.launchId, id)));
  return resultsFor(ctx, await campaignRows(ctx, inArray(campaigns.programId, programIds)), input);
}

/**
 * An affiliate's results: visits carrying its referral code. Its spend is the commission owed: a percentage of
 * the revenue credited to it, or a fixed amount per credited conversion, as its commission model says.
 */
export async function affiliateResults(
  ctx: WsCtx,
  id: string,
  input: WindowInput,
): Promise<Results & { commissionOwed: number }> {
  const [a] = await ctx.db
    .select()
    .from(affiliates)
    .where(and(eq(affiliates.workspaceId, ctx.workspaceId), eq(affiliates.id, id)));
  if (!a) throw notFound('Affiliate');
  const w = await resolveWindow(ctx, input);
  const f = await keptFigures(ctx, { referralCode: a.referralCode }, w);
  const commissionOwed =
    a.commissionModel === 'percentage'
      ? (f.revenue * a.commissionValue) / 100
      : f.conversions * a.commissionValue;
  return { ...present(f, commissionOwed, w), commissionOwed };
}

async function campaignRows(ctx: WsCtx, where: SQL | undefined) {
  return ctx.db
    .select({
      utmCampaign: campaigns.utmCampaign,
      actualSpend: campaigns.actualSpend,
      startDate: campaigns.startDate,
      endDate: campaigns.endDate,
    })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), where));
}

async function resultsFor(
  ctx: WsCtx,
  list: (SpendRow & { utmCampaign: string })[],
  input: WindowInput,
): Promise<Results> {
  const w = await resolveWindow(ctx, input);
  const f = await keptFigures(ctx, { utmCampaigns: list.map((c) => c.utmCampaign) }, w);
  const spend = list.reduce((sum, c) => sum + spendIn(c, w), 0);
  return present(f, spend, w);
}

const dayNumbers = new Map<string, number>();
/**
 * A 'YYYY-MM-DD' day as a count of days since 1970 (exact: a UTC midnight is a whole number of days). Kept
 * in a small map: a dashboard prorates tens of thousands of campaigns over the same few hundred days.
 */
function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    if (dayNumbers.size >= 4096) dayNumbers.clear();
    n = Date.parse(day) / DAY_MS;
    dayNumbers.set(day, n);
  }
  return n;
}

/** Days of [a, b], both counted. */
const daysFrom = (a: string, b: string) => dayNumber(b) - dayNumber(a) + 1;

/**
 * A campaign's actual spend prorated to the window: spend × (days of its run inside the window ÷ days of its run)
 * when it has a start and an end date; the whole spend otherwise (a campaign without dates, or still running).
 */
export function spendIn(c: SpendRow, w: Pick<Window, 'fromDay' | 'toDay'>): number {
  if (!c.startDate || !c.endDate || c.actualSpend === 0) return c.actualSpend;
  const from = c.startDate > w.fromDay ? c.startDate : w.fromDay;
  const to = c.endDate < w.toDay ? c.endDate : w.toDay;
  if (to < from) return 0;
  return (c.actualSpend * daysFrom(from, to)) / daysFrom(c.startDate, c.endDate);
}

type Figures = { visits: number; visitors: number; leads: number; conversions: number; revenue: number };

function present(f: Figures, spend: number, w: Window): Results {
  const per = (n: number) => (n > 0 ? spend / n : null);
  return {
    ...f,
    conversionRate: f.visitors > 0 ? f.conversions / f.visitors : null,
    spend,
    costPerLead: per(f.leads),
    costPerConversion: per(f.conversions),
    roi: spend > 0 ? (f.revenue - spend) / spend : null,
    model: w.model,
    goalId: w.goalId,
    from: w.fromDay,
    to: w.toDay,
    currency: w.currency,
  };
}

/** Whether visit row `v` is one of the scope's touches. */
function touchOf(scope: Scope, v: SQL): SQL {
  if ('referralCode' in scope) return sql`${v}.referral_code = ${scope.referralCode}`;
  return sql`${v}.utm_campaign = any(${arrayLiteral(scope.utmCampaigns)}::text[])`;
}

const addFigures = (a: Figures, b: Figures): Figures => ({
  visits: a.visits + b.visits,
  visitors: a.visitors + b.visitors,
  leads: a.leads + b.leads,
  conversions: a.conversions + b.conversions,
  revenue: a.revenue + b.revenue,
});

/**
 * A scope's figures over a window, through memos (analytics/memo.ts): a window that is over is one memo, kept
 * while its days' marks (from the lookback before it) stay; one still open is its days that are over (a memo)
 * plus what today adds: its visits and the credit of its outcomes (both add up), and its visitors not seen
 * earlier in the window; today's part is itself kept up to the last settled hour (analytics/active.ts
 * addedToday). The key holds the scope (its campaigns sorted) and every definition the credit reads.
 */
export async function keptFigures(ctx: WsCtx, scope: Scope, w: Window, now = new Date()): Promise<Figures> {
  const key = memoKey(
    'scope figures',
    'utmCampaigns' in scope ? { utmCampaigns: [...scope.utmCampaigns].sort() } : scope,
    w.model,
    w.lookbackDays,
    w.goals,
    w.currency,
  );
  const from = new Date(w.start.getTime() - w.lookbackDays * DAY_MS);
  const today = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  if (w.end.getTime() <= now.getTime())
    return memoize(ctx, { key, from, to: w.end, compute: () => scopeFigures(ctx, scope, w) }, now);
  if (w.start.getTime() >= today.getTime()) return scopeFigures(ctx, scope, w);
  const [kept, [added]] = await Promise.all([
    memoize(
      ctx,
      { key, from, to: today, compute: () => scopeFigures(ctx, scope, { ...w, end: today }) },
      now,
    ),
    addedToday(
      ctx,
      [{ from, cut: today, to: w.end }],
      {
        key: () => memoKey(key, 'added', w.start.toISOString()),
        added: (list) =>
          Promise.all(list.map((x) => scopeFigures(ctx, scope, { ...w, start: x.cut, end: x.to }, w.start))),
        plus: addFigures,
      },
      now,
    ),
  ]);
  return addFigures(kept, added!);
}

/**
 * Visits and visitors: the scope's non-bot visits started in the window. Leads and conversions: persons who
 * touched the scope within the lookback before the window's end; each of their leads (identified_at) and goal
 * events in the window answers its touch count and the positions of the scope's touches among them, and the
 * model (models.ts) turns those into credit.
 */
export async function scopeFigures(ctx: WsCtx, scope: Scope, w: Window, seenSince?: Date): Promise<Figures> {
  if ('utmCampaigns' in scope && scope.utmCampaigns.length === 0)
    return { visits: 0, visitors: 0, leads: 0, conversions: 0, revenue: 0 };
  const ws = ctx.workspaceId;
  const v = sql.raw('v');
  const lookback = sql`${`${w.lookbackDays} days`}::interval`;
  // With seenSince, visitors are only those with no touch in [seenSince, start): what a part of a window adds.
  const o = sql.raw('o');
  const seen = seenSince
    ? sql`count(distinct v.person_id) filter (where not ${probe(sql`select true from visits o
        where o.workspace_id = ${ws} and o.person_id = v.person_id and ${touchOf(scope, o)} and not o.is_bot
          and o.started_at >= ${seenSince.toISOString()}::timestamptz and o.started_at < ${w.start.toISOString()}::timestamptz`)})`
    : sql`count(distinct v.person_id)`;
  const countedQuery = row<{ visits: number; visitors: number }>(
    ctx.db,
    sql`select count(*)::int as visits, ${seen}::int as visitors
        from visits v
        where v.workspace_id = ${ws} and ${touchOf(scope, v)} and not v.is_bot
          and v.started_at >= ${w.start.toISOString()}::timestamptz and v.started_at < ${w.end.toISOString()}::timestamptz`,
  );
  const e = sql.raw('e');
  const creditedQuery = rows<{
    kind: 'lead' | 'conversion';
    revenue: number;
    n: number;
    positions: number[];
  }>(
    ctx.db,
    sql`with candidates as (
          select distinct v.person_id from visits v
          where v.workspace_id = ${ws} and ${touchOf(scope, v)} and not v.is_bot
            and v.started_at >= ${w.start.toISOString()}::timestamptz - ${lookback} and v.started_at < ${w.end.toISOString()}::timestamptz
        ), outcomes as (
          select 'conversion' as kind, e.person_id, e.time as at, ${goalRevenue(w, e)} as revenue
          from events e
          where e.workspace_id = ${ws} and e.person_id in (select person_id from candidates)
            and e.time >= ${w.start.toISOString()}::timestamptz and e.time < ${w.end.toISOString()}::timestamptz and not e.is_bot and (${goalMatch(w.goals, e)})
          union all
          select 'lead', p.id, p.identified_at, 0::float8
          from persons p
          where p.workspace_id = ${ws} and p.id in (select person_id from candidates) and not p.is_bot
            and p.identified_at >= ${w.start.toISOString()}::timestamptz and p.identified_at < ${w.end.toISOString()}::timestamptz
        )
        select o.kind, o.revenue, t.n, t.positions
        from outcomes o cross join lateral (
          select count(*)::int as n, coalesce(array_agg(s.rn) filter (where s.mine), '{}'::int[]) as positions
          from (
            select (row_number() over (order by v.started_at, v.id))::int as rn, (${touchOf(scope, v)}) as mine
            from visits v
            where v.workspace_id = ${ws} and v.person_id = o.person_id and not v.is_bot
              and v.started_at >= o.at - ${lookback} and v.started_at <= o.at
          ) s
        ) t`,
  );
  // Two connections on PostgreSQL; PGlite runs them one after the other.
  const [counted, credited] = await Promise.all([countedQuery, creditedQuery]);
  const f = {
    visits: counted?.visits ?? 0,
    visitors: counted?.visitors ?? 0,
    leads: 0,
    conversions: 0,
    revenue: 0,
  };
  for (const c of credited) {
    const share = creditAt(w.model, c.n, c.positions.map(Number));
    if (c.kind === 'lead') f.leads += share;
    else {
      f.conversions += share;
      f.revenue += share * Number(c.revenue);
    }
  }
  return f;
}
