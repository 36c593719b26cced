import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { MetricKind, MetricUnit, SurveyKind } from '../../core/enums.ts';
import { probe, row, rows } from '../../db/sql.ts';
import { type AdoptionSignal, signalCondition, signalOf } from '../analytics/signal.ts';
import { goalMatch, goalRevenue, resolveWindow } from '../attribution/query.ts';
import { campaignsOf } from '../campaigns/catalogue.ts';
import {
  campaignResults,
  launchResults,
  programResults,
  type Results,
  spendIn,
} from '../attribution/results.ts';
import { features } from '../features/schema.ts';
import { summarize, winRate } from '../surveys/scores.ts';
import { addDays, daysBetween } from './periods.ts';
import type { MetricFilters } from './schema.ts';

/**
 * THE registry of computed metrics: for each kind, its value over the whole UTC days [from, to], or null when
 * there is nothing to measure (no answers, no decided deal, no visitor). Built on the modules that own the
 * data: attribution (visits, leads, conversions, revenue, spend), analytics (adoption signal), survey scores and
 * win rate (surveys/scores.ts). Percentages are 0–100.
 */
export type Compute = (
  ctx: WsCtx,
  filters: MetricFilters,
  from: string,
  to: string,
) => Promise<number | null>;

const start = (day: string) => `${day}T00:00:00.000Z`;
const end = (day: string) => `${addDays(day, 1)}T00:00:00.000Z`;
const pct = (n: number, d: number) => (d > 0 ? (n / d) * 100 : null);

/** A campaign, program or launch's attributed results, or null for the whole workspace. */
async function attributed(ctx: WsCtx, f: MetricFilters, from: string, to: string): Promise<Results | null> {
  const w = { from, to };
  if (f.campaignId) return campaignResults(ctx, f.campaignId, w);
  if (f.programId) return programResults(ctx, f.programId, w);
  if (f.launchId) return launchResults(ctx, f.launchId, w);
  return null;
}

async function siteVisits(ctx: WsCtx, f: MetricFilters, from: string, to: string) {
  const channel = f.channel ? sql`and v.channel = ${f.channel}` : sql``;
  const r = await row<{ visits: number; visitors: number }>(
    ctx.db,
    sql`select count(*)::int as visits, count(distinct v.person_id)::int as visitors from visits v
        where v.workspace_id = ${ctx.workspaceId} and not v.is_bot ${channel}
          and v.started_at >= ${start(from)}::timestamptz and v.started_at < ${end(to)}::timestamptz`,
  );
  return { visits: Number(r?.visits ?? 0), visitors: Number(r?.visitors ?? 0) };
}

type Need = { outcomes?: boolean; leads?: boolean; visitors?: boolean; spend?: boolean };

/**
 * The workspace's figures without attribution: every lead, conversion and amount counts once. Only what `need`
 * names is queried (a dashboard computes each card over several ranges: a leads card must not scan events).
 */
export async function site(ctx: WsCtx, from: string, to: string, need: Need) {
  const e = sql.raw('e');
  const outcomes = async () => {
    const w = await resolveWindow(ctx, { from, to });
    return row<{ conversions: number; revenue: number }>(
      ctx.db,
      sql`select count(*)::int as conversions, coalesce(sum(${goalRevenue(w, e)}), 0)::float8 as revenue
          from events e
          where e.workspace_id = ${ctx.workspaceId} and not e.is_bot and (${goalMatch(w.goals, e)})
            and e.time >= ${start(from)}::timestamptz and e.time < ${end(to)}::timestamptz`,
    );
  };
  const [o, leads, visitors, spend] = await Promise.all([
    need.outcomes ? outcomes() : Promise.resolve(undefined),
    need.leads
      ? row<{ n: number }>(
          ctx.db,
          sql`select count(*)::int as n from persons p
              where p.workspace_id = ${ctx.workspaceId} and not p.is_bot
                and p.identified_at >= ${start(from)}::timestamptz and p.identified_at < ${end(to)}::timestamptz`,
        )
      : Promise.resolve(undefined),
    need.visitors ? siteVisits(ctx, {}, from, to).then((v) => v.visitors) : Promise.resolve(0),
    need.spend ? workspaceSpend(ctx, from, to) : Promise.resolve(0),
  ]);
  return {
    conversions: Number(o?.conversions ?? 0),
    revenue: Number(o?.revenue ?? 0),
    leads: Number(leads?.n ?? 0),
    visitors,
    spend,
  };
}

type SpendRow = Parameters<typeof spendIn>[0];

/**
 * The workspace's campaigns as spend reads them: the list kept while the campaigns' stamp holds
 * (campaigns/catalogue.ts); spendOver prorates them to any days.
 */
export const spendRows = (ctx: WsCtx): Promise<readonly SpendRow[]> => campaignsOf(ctx);

type Dated = { list: SpendRow[]; starts: string[]; longest: number };
const datedOf = new WeakMap<readonly SpendRow[], Dated>();

/** A list's dated campaigns with spend, by start day, and the longest run in days: made once per list. */
function dated(list: readonly SpendRow[]): Dated {
  let d = datedOf.get(list);
  if (d) return d;
  const kept = list
    .filter((c) => c.startDate && c.endDate && c.actualSpend !== 0)
    .sort((a, b) => (a.startDate! < b.startDate! ? -1 : a.startDate! > b.startDate! ? 1 : 0));
  const longest = kept.reduce((m, c) => Math.max(m, daysBetween(c.startDate!, c.endDate!)), 0);
  d = { list: kept, starts: kept.map((c) => c.startDate!), longest };
  datedOf.set(list, d);
  return d;
}

/**
 * Every campaign's actual spend prorated to the days [from, to] (attribution/results.ts spendIn). A campaign
 * without dates counts in every period otherwise: only dated ones are prorated into a period. Only those that
 * can overlap the days are read: started by `to`, and no longer ago before `from` than the longest run (a
 * binary search in the list by start: a summary prorates tens of thousands of campaigns to dozens of periods).
 */
export function spendOver(list: readonly SpendRow[], from: string, to: string): number {
  const d = dated(list);
  const earliest = addDays(from, -d.longest);
  let [lo, hi] = [0, d.starts.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.starts[mid]! < earliest) lo = mid + 1;
    else hi = mid;
  }
  let sum = 0;
  for (let i = lo; i < d.starts.length && d.starts[i]! <= to; i++)
    sum += spendIn(d.list[i]!, { fromDay: from, toDay: to });
  return sum;
}

async function workspaceSpend(ctx: WsCtx, from: string, to: string): Promise<number> {
  return spendOver(await spendRows(ctx), from, to);
}

/** A survey score (NPS, CSAT, CES) from the answers' counts per score, summarized by surveys/scores.ts. */
const surveyScore =
  (kind: Exclude<SurveyKind, 'open'>): Compute =>
  async (ctx, f, from, to) => {
    const conds: SQL[] = [
      sql`a.workspace_id = ${ctx.workspaceId}`,
      sql`a.kind = ${kind}`,
      sql`a.score is not null`,
      sql`a.answered_at >= ${start(from)}::timestamptz and a.answered_at < ${end(to)}::timestamptz`,
    ];
    if (f.productId) conds.push(sql`a.product_id = ${f.productId}`);
    if (f.launchId) conds.push(sql`a.launch_id = ${f.launchId}`);
    if (f.personaId) conds.push(sql`a.persona_id = ${f.personaId}`);
    if (f.segment)
      conds.push(
        sql`exists (select 1 from customers c where c.workspace_id = a.workspace_id and c.id = a.customer_id and c.segment = ${f.segment})`,
      );
    const counts = await rows<{ score: number; n: number }>(
      ctx.db,
      sql`select a.score, count(*)::int as n from survey_answers a where ${sql.join(conds, sql` and `)} group by a.score`,
    );
    return summarize(kind, new Map(counts.map((c) => [Number(c.score), Number(c.n)]))).score;
  };

function feedbackConds(ctx: WsCtx, f: MetricFilters, from: string, to: string): SQL {
  const conds: SQL[] = [
    sql`fb.workspace_id = ${ctx.workspaceId}`,
    sql`fb.created_at >= ${start(from)}::timestamptz and fb.created_at < ${end(to)}::timestamptz`,
  ];
  if (f.productId) conds.push(sql`fb.product_id = ${f.productId}`);
  if (f.personaId) conds.push(sql`fb.persona_id = ${f.personaId}`);
  if (f.segment)
    conds.push(
      sql`exists (select 1 from customers c where c.workspace_id = fb.workspace_id and c.id = fb.customer_id and c.segment = ${f.segment})`,
    );
  return sql.join(conds, sql` and `);
}

/** The adoption signal of a feature, or null when it has none (nothing to measure). */
export async function featureSignal(ctx: WsCtx, featureId: string) {
  const [found] = await ctx.db
    .select()
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, featureId)));
  return found ? signalOf(found) : null;
}

/** Distinct active (non-bot, visiting) persons over [from, to]. */
const activeIn = (ctx: WsCtx, from: string, to: string) =>
  sql`select distinct v.person_id from visits v
      where v.workspace_id = ${ctx.workspaceId} and not v.is_bot
        and v.started_at >= ${start(from)}::timestamptz and v.started_at < ${end(to)}::timestamptz`;

export const COMPUTE: Record<Exclude<MetricKind, 'manual'>, Compute> = {
  traffic: async (ctx, f, from, to) =>
    (await attributed(ctx, f, from, to))?.visits ?? (await siteVisits(ctx, f, from, to)).visits,
  unique_visitors: async (ctx, f, from, to) =>
    (await attributed(ctx, f, from, to))?.visitors ?? (await siteVisits(ctx, f, from, to)).visitors,
  leads: async (ctx, f, from, to) =>
    (await attributed(ctx, f, from, to))?.leads ?? (await site(ctx, from, to, { leads: true })).leads,
  conversions: async (ctx, f, from, to) =>
    (await attributed(ctx, f, from, to))?.conversions ??
    (await site(ctx, from, to, { outcomes: true })).conversions,
  revenue: async (ctx, f, from, to) =>
    (await attributed(ctx, f, from, to))?.revenue ?? (await site(ctx, from, to, { outcomes: true })).revenue,
  conversion_rate: async (ctx, f, from, to) => {
    const r = await attributed(ctx, f, from, to);
    if (r) return r.conversionRate === null ? null : r.conversionRate * 100;
    const s = await site(ctx, from, to, { outcomes: true, visitors: true });
    return pct(s.conversions, s.visitors);
  },
  cost_per_lead: async (ctx, f, from, to) => {
    const r = await attributed(ctx, f, from, to);
    if (r) return r.costPerLead;
    const s = await site(ctx, from, to, { leads: true, spend: true });
    return s.leads > 0 ? s.spend / s.leads : null;
  },
  cost_per_conversion: async (ctx, f, from, to) => {
    const r = await attributed(ctx, f, from, to);
    if (r) return r.costPerConversion;
    const s = await site(ctx, from, to, { outcomes: true, spend: true });
    return s.conversions > 0 ? s.spend / s.conversions : null;
  },
  roi: async (ctx, f, from, to) => {
    const r = await attributed(ctx, f, from, to);
    if (r) return r.roi === null ? null : r.roi * 100;
    const s = await site(ctx, from, to, { outcomes: true, spend: true });
    return s.spend > 0 ? ((s.revenue - s.spend) / s.spend) * 100 : null;
  },
  nps: surveyScore('nps'),
  csat: surveyScore('csat'),
  ces: surveyScore('ces'),
  feature_adoption: async (ctx, f, from, to) => {
    const signal = f.featureId ? await featureSignal(ctx, f.featureId) : null;
    if (!signal) return null;
    const r = await adoptionCounts(ctx, signal, from, to);
    return pct(r.used, r.active);
  },
  retention: async (ctx, f, from, to) => {
    const n = daysBetween(from, to);
    const signal = f.featureId ? await featureSignal(ctx, f.featureId) : null;
    if (f.featureId && !signal) return null;
    return retentionValue(ctx, f, signal, addDays(from, -n), addDays(from, -1), from, to);
  },
  feedback_volume: async (ctx, f, from, to) => {
    const r = await row<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from feedback fb where ${feedbackConds(ctx, f, from, to)}`,
    );
    return Number(r?.n ?? 0);
  },
  feedback_sentiment: async (ctx, f, from, to) => {
    const r = await row<{ pos: number; neg: number; n: number }>(
      ctx.db,
      sql`select count(*) filter (where fb.sentiment = 'positive')::int as pos,
            count(*) filter (where fb.sentiment = 'negative')::int as neg,
            count(*) filter (where fb.sentiment is not null)::int as n
          from feedback fb where ${feedbackConds(ctx, f, from, to)}`,
    );
    const n = Number(r?.n ?? 0);
    return n > 0 ? ((Number(r!.pos) - Number(r!.neg)) / n) * 100 : null;
  },
  win_rate: async (ctx, f, from, to) => {
    const conds: SQL[] = [
      sql`d.workspace_id = ${ctx.workspaceId}`,
      sql`d.closed_on between ${from}::date and ${to}::date`,
    ];
    if (f.productId) conds.push(sql`d.product_id = ${f.productId}`);
    if (f.competitorId) conds.push(sql`d.competitor_id = ${f.competitorId}`);
    if (f.segment)
      conds.push(
        sql`coalesce(d.segment, (select c.segment from customers c where c.workspace_id = d.workspace_id and c.id = d.customer_id)) = ${f.segment}`,
      );
    const r = await row<{ won: number; lost: number }>(
      ctx.db,
      sql`select count(*) filter (where d.outcome = 'won')::int as won,
            count(*) filter (where d.outcome = 'lost')::int as lost
          from deals d where ${sql.join(conds, sql` and `)}`,
    );
    return winRate(Number(r?.won ?? 0), Number(r?.lost ?? 0));
  },
};

/**
 * A manual metric's value over [from, to]: counts and amounts add up (the sum of the days' values); a percent,
 * score or ratio is a reading, so the latest value in the range stands.
 */
export async function manualValue(
  ctx: WsCtx,
  metricId: string,
  unit: MetricUnit,
  from: string,
  to: string,
): Promise<number | null> {
  const where = sql`workspace_id = ${ctx.workspaceId} and metric_id = ${metricId} and "on" between ${from}::date and ${to}::date`;
  const r =
    unit === 'count' || unit === 'currency'
      ? await row<{ v: number | null }>(
          ctx.db,
          sql`select sum(value)::float8 as v from metric_values where ${where}`,
        )
      : await row<{ v: number | null }>(
          ctx.db,
          sql`select value as v from metric_values where ${where} order by "on" desc limit 1`,
        );
  return r?.v === null || r?.v === undefined ? null : Number(r.v);
}

/** One metric's value over [from, to], whatever its source. */
export function valueOf(
  ctx: WsCtx,
  m: { id: string; kind: MetricKind; unit: MetricUnit; filters: MetricFilters },
  from: string,
  to: string,
): Promise<number | null> {
  if (m.kind === 'manual') return manualValue(ctx, m.id, m.unit, from, to);
  return COMPUTE[m.kind](ctx, m.filters, from, to);
}

/** Retention's cohort over [pFrom, pTo]: persons active then, or who used the feature (its signal) then. */
function cohortOf(ctx: WsCtx, f: MetricFilters, signal: AdoptionSignal, pFrom: string, pTo: string): SQL {
  if (!f.featureId || !signal) return activeIn(ctx, pFrom, pTo);
  return sql`select distinct e.person_id from events e
    where e.workspace_id = ${ctx.workspaceId} and not e.is_bot and ${signalCondition(signal)}
      and e.time >= ${start(pFrom)}::timestamptz and e.time < ${end(pTo)}::timestamptz`;
}

/** The cohort of [pFrom, pTo] and how many of it are active in [from, to]. */
export async function retentionCounts(
  ctx: WsCtx,
  f: MetricFilters,
  signal: AdoptionSignal,
  pFrom: string,
  pTo: string,
  from: string,
  to: string,
): Promise<{ cohort: number; back: number }> {
  const r = await row<{ cohort: number; back: number }>(
    ctx.db,
    sql`with c as (${cohortOf(ctx, f, signal, pFrom, pTo)}), a as (${activeIn(ctx, from, to)})
        select (select count(*) from c)::int as cohort,
          (select count(*) from c where c.person_id in (select person_id from a))::int as back`,
  );
  return { cohort: Number(r?.cohort ?? 0), back: Number(r?.back ?? 0) };
}

export async function retentionValue(...args: Parameters<typeof retentionCounts>): Promise<number | null> {
  const r = await retentionCounts(...args);
  return pct(r.back, r.cohort);
}

/**
 * The persons of the cohort of [pFrom, pTo] with a visit started in [cut, until) and none in [from, cut): what
 * a window still open adds past `cut` (today's start, or an hour of today) to the part before it. From the
 * visitors of [cut, until), each probed (visits_person_idx, events_person_idx) for the cohort and for an
 * earlier visit, instead of scanning both periods.
 */
export async function retentionAdded(
  ctx: WsCtx,
  f: MetricFilters,
  signal: AdoptionSignal,
  pFrom: string,
  pTo: string,
  from: string,
  cut: Date,
  until: Date,
): Promise<number> {
  const ws = ctx.workspaceId;
  const member =
    f.featureId && signal
      ? probe(sql`select true from events e where e.workspace_id = ${ws} and e.person_id = t.person_id
          and not e.is_bot and ${signalCondition(signal)}
          and e.time >= ${start(pFrom)}::timestamptz and e.time < ${end(pTo)}::timestamptz`)
      : probe(sql`select true from visits o where o.workspace_id = ${ws} and o.person_id = t.person_id
          and not o.is_bot and o.started_at >= ${start(pFrom)}::timestamptz and o.started_at < ${end(pTo)}::timestamptz`);
  const r = await row<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from (${visitorsIn(ctx, cut, until)}) t
        where ${member} and not ${probe(sql`select true from visits o
          where o.workspace_id = ${ws} and o.person_id = t.person_id and not o.is_bot
            and o.started_at >= ${start(from)}::timestamptz and o.started_at < ${cut.toISOString()}::timestamptz`)}`,
  );
  return Number(r?.n ?? 0);
}

/** The persons with a (non-bot) visit started in [from, until): activeIn between two instants. */
const visitorsIn = (ctx: WsCtx, from: Date, until: Date) =>
  sql`select distinct v.person_id from visits v
      where v.workspace_id = ${ctx.workspaceId} and not v.is_bot
        and v.started_at >= ${from.toISOString()}::timestamptz and v.started_at < ${until.toISOString()}::timestamptz`;

/** Adoption's counts over [from, to]: active persons, and those of them who used the feature (its signal). */
export async function adoptionCounts(
  ctx: WsCtx,
  signal: Exclude<AdoptionSignal, null>,
  from: string,
  to: string,
): Promise<{ active: number; used: number }> {
  const r = await row<{ active: number; used: number }>(
    ctx.db,
    sql`with act as (${activeIn(ctx, from, to)})
        select (select count(*) from act)::int as active,
          (select count(distinct e.person_id) from events e
           where e.workspace_id = ${ctx.workspaceId} and not e.is_bot and ${signalCondition(signal)}
             and e.time >= ${start(from)}::timestamptz and e.time < ${end(to)}::timestamptz
             and e.person_id in (select person_id from act))::int as used`,
  );
  return { active: Number(r?.active ?? 0), used: Number(r?.used ?? 0) };
}

/**
 * The persons who are active and used the feature over [from, until) but not both over [from, cut): what a
 * window still open adds past `cut` (today's start, or an hour of today) to adoption's `used`. From the
 * persons active or using it in [cut, until), each probed by person.
 */
export async function adoptionAdded(
  ctx: WsCtx,
  signal: Exclude<AdoptionSignal, null>,
  from: string,
  cut: Date,
  until: Date,
): Promise<number> {
  const ws = ctx.workspaceId;
  const used = (a: string, b: string) =>
    probe(sql`select true from events e where e.workspace_id = ${ws} and e.person_id = t.person_id and not e.is_bot
          and ${signalCondition(signal)} and e.time >= ${a}::timestamptz and e.time < ${b}::timestamptz`);
  const visited = (a: string, b: string) =>
    probe(sql`select true from visits o where o.workspace_id = ${ws} and o.person_id = t.person_id and not o.is_bot
          and o.started_at >= ${a}::timestamptz and o.started_at < ${b}::timestamptz`);
  const [f0, t0, t1] = [start(from), cut.toISOString(), until.toISOString()];
  const r = await row<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from (
          ${visitorsIn(ctx, cut, until)}
          union
          select e.person_id from events e
          where e.workspace_id = ${ws} and not e.is_bot and e.person_id is not null and ${signalCondition(signal)}
            and e.time >= ${t0}::timestamptz and e.time < ${t1}::timestamptz
        ) t
        where ${used(f0, t1)} and ${visited(f0, t1)} and not (${used(f0, t0)} and ${visited(f0, t0)})`,
  );
  return Number(r?.n ?? 0);
}
