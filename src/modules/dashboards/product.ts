import { type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { LaunchStatus, SurveyKind } from '../../core/enums.ts';
import { assertRef } from '../../core/refs.ts';
import { rows } from '../../db/sql.ts';
import { can } from '../../policies/ownership.ts';
import { goalMatch, type Window } from '../attribution/query.ts';
import { launchResults } from '../attribution/results.ts';
import { distinctVisitors } from './marketing-traffic.ts';
import { launchAdoption } from '../analytics/adoption.ts';
import { memoizeAll, memoKey } from '../analytics/memo.ts';
import { isoDay, periodIndex } from '../analytics/periods.ts';
import { hourCut } from '../analytics/active.ts';
import { signalOf } from '../analytics/signal.ts';
import type { PropertyFilter } from '../sources/schema.ts';
import { launches } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { summarize, winRate } from '../surveys/scores.ts';
import { type DashboardRange, earliest, type RangeInput, resolveRange, weekStarts } from './product-range.ts';

/**
 * The product marketing dashboard in one payload: conversion rate, NPS and CSAT, win rate, and each launch's
 * reach, conversions and adoption. Each part is one query (the launches table excepted: one results call per
 * launch, at most LAUNCH_LIMIT launches, and analytics/adoption.ts launchAdoption for all of them at once). Scores come from surveys/scores.ts only.
 */

export type ProductMarketingInput = RangeInput & {
  productId?: string;
  launchId?: string;
  personaId?: string;
  segment?: string;
};

/** Launches shown: the newest whose date is in the range or within NEAR_DAYS of it. */
export const LAUNCH_LIMIT = 12;
export const NEAR_DAYS = 28;
/** Features per launch whose adoption is read. */
const FEATURES_PER_LAUNCH = 10;

type Counts = Map<number, number>;
const add = (m: Map<string, Counts>, key: string, score: number, n: number) => {
  const c = m.get(key) ?? new Map<number, number>();
  c.set(score, (c.get(score) ?? 0) + n);
  m.set(key, c);
};

/** A summary as the dashboard shows it. */
export function scoreOf(kind: SurveyKind, counts: Counts | undefined) {
  const s = summarize(kind, counts ?? new Map());
  return {
    answers: s.answers,
    score: s.score,
    promoters: s.promoters,
    passives: s.passives,
    detractors: s.detractors,
    confidence: s.confidence ? { low: s.confidence.low, high: s.confidence.high } : null,
  };
}
export type Score = ReturnType<typeof scoreOf>;

export async function productMarketingDashboard(ctx: WsCtx, input: ProductMarketingInput) {
  await Promise.all([
    assertRef(ctx, products, input.productId, 'productId', 'product'),
    assertRef(ctx, launches, input.launchId, 'launchId', 'launch'),
    assertRef(ctx, personas, input.personaId, 'personaId', 'persona'),
  ]);
  const range = await resolveRange(ctx, input);
  const mayReadSurveys = can(ctx.role, 'survey', 'read');
  const [conversion, surveys, deals, launchRows] = await Promise.all([
    conversionPart(ctx, range, input.launchId),
    mayReadSurveys ? surveyPart(ctx, range, input) : null,
    dealPart(ctx, range, input),
    launchPart(ctx, range, input),
  ]);
  return {
    from: range.current.fromDay,
    to: range.current.toDay,
    previous: range.previous ? { from: range.previous.fromDay, to: range.previous.toDay } : null,
    conversion,
    surveys,
    surveysHidden: mayReadSurveys
      ? null
      : 'Survey results are read by product management, product marketing and marketing.',
    winRate: deals,
    launches: launchRows,
  };
}

type Conversion = { visitors: number; conversions: number; rate: number | null };
const rateOf = (visitors: number, conversions: number): Conversion => ({
  visitors,
  conversions,
  rate: visitors > 0 ? conversions / visitors : null,
});

/**
 * Conversion rate = conversions ÷ visitors: the workspace's unique non-bot visitors and goal events in the
 * range (as the attribution module counts them); with a launch chosen, that launch's credited results.
 */
async function conversionPart(ctx: WsCtx, r: DashboardRange, launchId: string | undefined) {
  if (launchId) {
    const of = async (w: Window) => {
      const res = await launchResults(ctx, launchId, { from: w.fromDay, to: w.toDay });
      return rateOf(res.visitors, res.conversions);
    };
    const [current, previous] = await Promise.all([of(r.current), r.previous ? of(r.previous) : null]);
    return { scope: 'launch' as const, current, previous };
  }
  const ws = ctx.workspaceId;
  const e = sql.raw('e');
  const goals = r.current.goals;
  const count = async (start: Date, end: Date, visitors = true) => {
    const [f] = await rows<{ v: number; c: number }>(
      ctx.db,
      sql`select
        ${
          visitors
            ? sql`(select count(distinct v.person_id)::int from visits v where v.workspace_id = ${ws} and not v.is_bot
              and v.started_at >= ${start.toISOString()}::timestamptz and v.started_at < ${end.toISOString()}::timestamptz)`
            : sql`0`
        } as v,
        (select count(*)::int from events e where e.workspace_id = ${ws} and not e.is_bot
          and e.time >= ${start.toISOString()}::timestamptz and e.time < ${end.toISOString()}::timestamptz
          and (${goalMatch(goals, e)})) as c`,
    );
    return { v: Number(f?.v ?? 0), c: Number(f?.c ?? 0) };
  };
  // Each period's figures are a memo (analytics/memo.ts) keyed by the goals: the previous period, over, is
  // counted once while its days' marks stay. The current one, still open, is its days that are over (a memo
  // too) and today: today's conversions, and today's visitors not seen earlier in the range (one index probe
  // each, distinctVisitors with seenSince), so no view counts the range's visitors again; today itself is kept
  // up to the last settled hour (analytics/active.ts hourCut).
  const now = new Date();
  const today = new Date(`${now.toISOString().slice(0, 10)}T00:00:00.000Z`);
  const split = r.current.end.getTime() > now.getTime() && r.current.start < today;
  const item = (start: Date, end: Date) => ({
    key: memoKey('pmm-conversion', goals),
    from: start,
    to: end,
    compute: () => count(start, end),
  });
  const periods = [item(r.current.start, split ? today : r.current.end)];
  if (r.previous) periods.push(item(r.previous.start, r.previous.end));
  const all = { channel: null, utmCampaigns: null };
  // What [from, to) of today adds: its conversions, and its visitors not seen earlier in the range.
  const added = (from: Date, to: Date) =>
    Promise.all([distinctVisitors(ctx, from, to, all, r.current.start), count(from, to, false)]).then(
      ([v, t]) => ({ v, c: t.c }),
    );
  // Today's part is kept up to the last settled hour (a memo kept by the hour marks) and counted from there.
  const hour = split ? hourCut({ cut: today, to: r.current.end }, now) : null;
  if (hour)
    periods.push({
      key: memoKey('pmm-conversion today', goals, isoDay(r.current.start)),
      from: r.current.start,
      to: hour,
      compute: () => added(today, hour),
    });
  const [found, live] = await Promise.all([
    memoizeAll(ctx, periods, now),
    split ? added(hour ?? today, r.current.end) : { v: 0, c: 0 },
  ]);
  const kept = hour ? found[found.length - 1]! : { v: 0, c: 0 };
  const [v, c] = [found[0]!.v + kept.v + live.v, found[0]!.c + kept.c + live.c];
  return {
    scope: 'workspace' as const,
    current: rateOf(v, c),
    previous: r.previous ? rateOf(found[1]!.v, found[1]!.c) : null,
  };
}

type Part = {
  part: string;
  kind: string;
  score: number;
  key: string | null;
  label: string | null;
  n: number;
};

/** NPS and CSAT for both periods, by week, and NPS by persona, segment and launch: one query. */
async function surveyPart(ctx: WsCtx, r: DashboardRange, input: ProductMarketingInput) {
  const ws = ctx.workspaceId;
  const filters: SQL[] = [];
  if (input.productId) filters.push(sql`and a.product_id = ${input.productId}`);
  if (input.launchId) filters.push(sql`and a.launch_id = ${input.launchId}`);
  if (input.personaId) filters.push(sql`and a.persona_id = ${input.personaId}`);
  if (input.segment) filters.push(sql`and c.segment = ${input.segment}`);
  const found = await rows<Part>(
    ctx.db,
    sql`with a as materialized (
          select a.kind, a.score, a.persona_id, a.launch_id, c.segment,
            a.answered_at >= ${r.current.start.toISOString()}::timestamptz as cur,
            ${periodIndex('week', r.weekStart, sql`a.answered_at`)} as wk
          from survey_answers a
          left join customers c on c.workspace_id = a.workspace_id and c.id = a.customer_id
          where a.workspace_id = ${ws} and a.kind in ('nps', 'csat') and a.score is not null
            and a.answered_at >= ${earliest(r).toISOString()}::timestamptz
            and a.answered_at < ${r.current.end.toISOString()}::timestamptz ${sql.join(filters, sql` `)})
        select 'total' as part, kind, score, case when cur then 'current' else 'previous' end as key,
          null::text as label, count(*)::int as n from a group by kind, score, cur
        union all
        select 'week', kind, score, wk::text, null, count(*)::int from a where cur group by kind, score, wk
        union all
        select 'persona', a.kind, a.score, a.persona_id::text, min(p.name), count(*)::int from a
          join personas p on p.workspace_id = ${ws} and p.id = a.persona_id
          where a.cur and a.kind = 'nps' group by a.kind, a.score, a.persona_id
        union all
        select 'segment', kind, score, segment, null, count(*)::int from a
          where cur and kind = 'nps' group by kind, score, segment
        union all
        select 'launch', a.kind, a.score, a.launch_id::text, min(l.name), count(*)::int from a
          join launches l on l.workspace_id = ${ws} and l.id = a.launch_id
          where a.cur and a.kind = 'nps' group by a.kind, a.score, a.launch_id`,
  );
  const parts = new Map<string, Map<string, Counts>>();
  const labels = new Map<string, string>();
  for (const p of found) {
    const group = `${p.part}:${p.kind}`;
    const m = parts.get(group) ?? new Map<string, Counts>();
    parts.set(group, m);
    add(m, p.key ?? '', Number(p.score), Number(p.n));
    if (p.label !== null && p.key !== null) labels.set(`${p.part}:${p.key}`, p.label);
  }
  const of = (part: string, kind: SurveyKind) => parts.get(`${part}:${kind}`) ?? new Map<string, Counts>();
  const byKey = (part: 'persona' | 'segment' | 'launch') =>
    [...of(part, 'nps')]
      .map(([key, counts]) => ({
        key: key === '' ? null : key,
        label: labels.get(`${part}:${key}`) ?? null,
        ...scoreOf('nps', counts),
      }))
      .sort(
        (x, y) => y.answers - x.answers || (x.label ?? x.key ?? '').localeCompare(y.label ?? y.key ?? ''),
      );
  const kindPart = (kind: 'nps' | 'csat') => ({
    current: scoreOf(kind, of('total', kind).get('current')),
    previous: r.previous ? scoreOf(kind, of('total', kind).get('previous')) : null,
  });
  return {
    nps: kindPart('nps'),
    csat: kindPart('csat'),
    series: weekStarts(r).map((week, i) => ({
      week,
      nps: scoreOf('nps', of('week', 'nps').get(String(i))),
      csat: scoreOf('csat', of('week', 'csat').get(String(i))),
    })),
    byPersona: byKey('persona'),
    bySegment: byKey('segment'),
    byLaunch: byKey('launch'),
  };
}

type DealRow = {
  part: string;
  outcome: 'won' | 'lost' | 'no_decision';
  key: string | null;
  label: string | null;
  n: number;
};
type Tally = { won: number; lost: number; noDecision: number };

const tallyOf = (t: Tally | undefined) => {
  const { won = 0, lost = 0, noDecision = 0 } = t ?? {};
  return { won, lost, noDecision, rate: winRate(won, lost) };
};

/**
 * Win rate (scores.ts winRate: won ÷ decided) of deals closed in the range: overall for both periods, by week,
 * by competitor met and by segment (the deal's own, else its customer's): one query. A product filter keeps
 * the product's deals; deals carry no launch or persona, so those filters do not apply here.
 */
async function dealPart(ctx: WsCtx, r: DashboardRange, input: ProductMarketingInput) {
  const ws = ctx.workspaceId;
  const filters: SQL[] = [];
  if (input.productId) filters.push(sql`and d.product_id = ${input.productId}`);
  if (input.segment) filters.push(sql`and coalesce(d.segment, c.segment) = ${input.segment}`);
  const from = (r.previous ?? r.current).fromDay;
  const found = await rows<DealRow>(
    ctx.db,
    sql`with d as materialized (
          select d.outcome, d.competitor_id, coalesce(d.segment, c.segment) as segment,
            d.closed_on >= ${r.current.fromDay}::date as cur,
            (d.closed_on - ${weekStarts(r)[0]}::date) / 7 as wk
          from deals d
          left join customers c on c.workspace_id = d.workspace_id and c.id = d.customer_id
          where d.workspace_id = ${ws} and d.closed_on >= ${from}::date and d.closed_on <= ${r.current.toDay}::date
            ${sql.join(filters, sql` `)})
        select 'total' as part, outcome, case when cur then 'current' else 'previous' end as key,
          null::text as label, count(*)::int as n from d group by outcome, cur
        union all
        select 'week', outcome, wk::text, null, count(*)::int from d where cur group by outcome, wk
        union all
        select 'competitor', d.outcome, d.competitor_id::text, min(co.name), count(*)::int from d
          join competitors co on co.workspace_id = ${ws} and co.id = d.competitor_id
          where d.cur group by d.outcome, d.competitor_id
        union all
        select 'segment', outcome, segment, null, count(*)::int from d where cur group by outcome, segment`,
  );
  const tallies = new Map<string, Tally>();
  const labels = new Map<string, string>();
  for (const d of found) {
    const k = `${d.part}:${d.key ?? ''}`;
    const t = tallies.get(k) ?? { won: 0, lost: 0, noDecision: 0 };
    if (d.outcome === 'won') t.won += Number(d.n);
    else if (d.outcome === 'lost') t.lost += Number(d.n);
    else t.noDecision += Number(d.n);
    tallies.set(k, t);
    if (d.label !== null) labels.set(k, d.label);
  }
  const groups = (part: string) =>
    [...tallies]
      .filter(([k]) => k.startsWith(`${part}:`))
      .map(([k, t]) => {
        const key = k.slice(part.length + 1);
        return { key: key === '' ? null : key, label: labels.get(k) ?? null, ...tallyOf(t) };
      })
      .sort((x, y) => y.won + y.lost - (x.won + x.lost) || (x.label ?? '').localeCompare(y.label ?? ''));
  return {
    current: tallyOf(tallies.get('total:current')),
    previous: r.previous ? tallyOf(tallies.get('total:previous')) : null,
    series: weekStarts(r).map((week, i) => ({ week, ...tallyOf(tallies.get(`week:${i}`)) })),
    byCompetitor: groups('competitor'),
    bySegment: groups('segment'),
  };
}

type LaunchRow = {
  id: string;
  name: string;
  launch_date: string;
  status: LaunchStatus;
  tier: number;
  release_id: string | null;
};

/**
 * Launches dated in the range or within NEAR_DAYS of it (newest first): reach and conversions in the range
 * (attribution/results.ts launchResults: visits to the campaigns of the programs answering its requirements),
 * and adoption of its release's shipped features (analytics/adoption.ts) in the four weeks before its date
 * against the four after: the mean of its features' rates, each feature listed.
 */
async function launchPart(ctx: WsCtx, r: DashboardRange, input: ProductMarketingInput) {
  const ws = ctx.workspaceId;
  const near = `${NEAR_DAYS} days`;
  const filters: SQL[] = [];
  if (input.productId) filters.push(sql`and l.product_id = ${input.productId}`);
  if (input.launchId) filters.push(sql`and l.id = ${input.launchId}`);
  const list = await rows<LaunchRow>(
    ctx.db,
    sql`select l.id, l.name, l.launch_date::text as launch_date, l.status, l.tier, l.release_id from launches l
        where l.workspace_id = ${ws} and l.status <> 'cancelled'
          and l.launch_date >= ${r.current.fromDay}::date - ${near}::interval
          and l.launch_date <= ${r.current.toDay}::date + ${near}::interval ${sql.join(filters, sql` `)}
        order by l.launch_date desc, l.id limit ${LAUNCH_LIMIT}`,
  );
  const releaseIds = list.map((l) => l.release_id).filter((id): id is string => id !== null);
  const featureRows = releaseIds.length
    ? await rows<{
        id: string;
        title: string;
        release_id: string;
        adoption_event: string | null;
        adoption_filter: PropertyFilter | null;
        adoption_flag: string | null;
      }>(
        ctx.db,
        sql`select f.id, f.title, f.release_id, f.adoption_event, f.adoption_filter, f.adoption_flag from features f
            where f.workspace_id = ${ws} and f.status = 'shipped'
              and f.release_id in (${sql.join(
                releaseIds.map((id) => sql`${id}`),
                sql`, `,
              )})
              and (f.adoption_event is not null or f.adoption_flag is not null)
            order by f.title, f.id`,
      )
    : [];
  const shown = list.map((l) =>
    featureRows.filter((f) => f.release_id === l.release_id).slice(0, FEATURES_PER_LAUNCH),
  );
  const [results, adoptions] = await Promise.all([
    Promise.all(list.map((l) => launchResults(ctx, l.id, { from: r.current.fromDay, to: r.current.toDay }))),
    launchAdoption(
      ctx,
      list.map((l, n) => ({
        date: l.launch_date,
        signals: shown[n]!.map((f) =>
          signalOf({
            adoptionEvent: f.adoption_event,
            adoptionFilter: f.adoption_filter,
            adoptionFlag: f.adoption_flag,
          })!,
        ),
      })),
    ),
  ]);
  return list.map((l, n) => {
    const res = results[n]!;
    const sides = adoptions[n]!;
    const featureList = shown[n]!.map((f, i) => ({
      id: f.id,
      title: f.title,
      before: sides.before[i]?.rate ?? null,
      after: sides.after[i]?.rate ?? null,
    }));
    return {
      id: l.id,
      name: l.name,
      date: l.launch_date,
      status: l.status,
      tier: Number(l.tier),
      visits: res.visits,
      visitors: res.visitors,
      conversions: res.conversions,
      conversionRate: res.conversionRate,
      adoption: {
        before: mean(featureList.map((f) => f.before)),
        after: mean(featureList.map((f) => f.after)),
        features: featureList,
      },
    };
  });
}

function mean(values: (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
}
