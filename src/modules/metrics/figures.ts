import { sql, type SQL } from 'drizzle-orm';
import { batched } from '../../core/batched.ts';
import type { WsCtx } from '../../core/context.ts';
import type { MetricKind } from '../../core/enums.ts';
import { rows } from '../../db/sql.ts';
import { addedToday } from '../analytics/active.ts';
import { type MemoItem, memoizeAll, memoKey } from '../analytics/memo.ts';
import type { AdoptionSignal } from '../analytics/signal.ts';
import { goalMatch, goalRevenue, resolveWindow, type Window } from '../attribution/query.ts';
import {
  adoptionAdded,
  adoptionCounts,
  featureSignal,
  retentionAdded,
  retentionCounts,
  retentionValue,
  spendOver,
  spendRows,
} from './compute.ts';
import type { MetricRow } from './metrics.ts';
import type { MetricFilters } from './schema.ts';
import { distinctVisitors, type VisitFilter } from '../dashboards/marketing-traffic.ts';
import { addDays, daysBetween, isoDay } from './periods.ts';

/**
 * The event-derived metrics of a summary, split so their figures can be memoized (analytics/memo.ts) and
 * computed in few statements. A metric's figure over [from, to] is its `part` (what events decide: a count, or
 * the leads / conversions and revenue a cost or ROI divides) and `finish` turns it into the value (dividing by
 * the spend, read apart: spend changes without day marks). Visits, leads and goal outcomes of every window a
 * summary asks are each counted in ONE grouped statement (`batched`), whatever metric asked them. Metrics read
 * from other modules' data (surveys, deals, feedback, manual values) or credited to a campaign, program or
 * launch (their campaigns change without day marks) have no figure here: summary.ts computes them as before.
 */

/** What the figures read besides events, loaded once a summary: the key of each memo holds its part. */
export type Definitions = {
  window: Pick<Window, 'goals' | 'currency'> | null;
  signals: Map<string, AdoptionSignal>;
  spend: Parameters<typeof spendOver>[0];
};

type Part = number | null | { leads: number } | { conversions: number; revenue: number };

export type Figure = {
  /** The memo key of the figure (the window is added by memoizeAll). */
  key: string;
  item: (from: string, to: string) => MemoItem<Part>;
  finish: (part: Part, from: string, to: string) => number | null;
};

const OUTCOME_KINDS = new Set<MetricKind>([
  'conversions',
  'revenue',
  'conversion_rate',
  'cost_per_conversion',
  'roi',
]);
const FEATURE_KINDS = new Set<MetricKind>(['feature_adoption', 'retention']);
const EVENT_KINDS = new Set<MetricKind>([
  'traffic',
  'unique_visitors',
  'leads',
  'cost_per_lead',
  ...OUTCOME_KINDS,
  ...FEATURE_KINDS,
]);

/** Whether a metric's figure is derived from events alone (and so memoized over closed windows). */
export const hasFigure = (m: Pick<MetricRow, 'kind' | 'filters'>) =>
  EVENT_KINDS.has(m.kind) && !m.filters.campaignId && !m.filters.programId && !m.filters.launchId;

/** The definitions the listed metrics' figures read: goals, features' signals, campaigns' spend. */
export async function loadDefinitions(ctx: WsCtx, list: readonly MetricRow[]): Promise<Definitions> {
  const mine = list.filter(hasFigure);
  const featureIds = [...new Set(mine.flatMap((m) => (m.filters.featureId ? [m.filters.featureId] : [])))];
  const spends = mine.some((m) => ['cost_per_lead', 'cost_per_conversion', 'roi'].includes(m.kind));
  const [window, signals, spend] = await Promise.all([
    mine.some((m) => OUTCOME_KINDS.has(m.kind)) ? resolveWindow(ctx, {}) : Promise.resolve(null),
    Promise.all(featureIds.map(async (id) => [id, await featureSignal(ctx, id)] as const)),
    spends ? spendRows(ctx) : Promise.resolve([]),
  ]);
  return {
    window: window && { goals: window.goals, currency: window.currency },
    signals: new Map(signals),
    spend,
  };
}

const start = (day: string) => `${day}T00:00:00.000Z`;
const end = (day: string) => `${addDays(day, 1)}T00:00:00.000Z`;
const pct = (n: number, d: number) => (d > 0 ? (n / d) * 100 : null);

type Days = { from: string; to: string };

/** batched over windows of days. */
function byDays<T>(run: (windows: Days[]) => Promise<T[]>) {
  const ask = batched((d: Days) => `${d.from}/${d.to}`, run);
  return (from: string, to: string) => ask({ from, to });
}

/** SQL: the windows as a values list `w (wn, s, e)` of instants. */
const windowsOf = (list: Days[]) =>
  sql`(values ${sql.join(
    list.map((d, n) => sql`(${n}::int, ${start(d.from)}::timestamptz, ${end(d.to)}::timestamptz)`),
    sql`, `,
  )}) as w (wn, s, e)`;

/**
 * SQL: `col` inside the span of all the windows, as constants: the windows' own bounds only reach the rows
 * through the join, so without these PostgreSQL would neither prune partitions nor bound the index scan.
 */
const within = (list: Days[], col: SQL) => {
  const from = list.reduce((a, d) => (d.from < a ? d.from : a), list[0]!.from);
  const to = list.reduce((a, d) => (d.to > a ? d.to : a), list[0]!.to);
  return sql`and ${col} >= ${start(from)}::timestamptz and ${col} < ${end(to)}::timestamptz`;
};

/** One grouped statement answering the figure for each window, in order. */
async function perWindow<T>(ctx: WsCtx, list: Days[], select: SQL, join: SQL, read: (r: never) => T) {
  const found = await rows<{ wn: number }>(
    ctx.db,
    sql`select w.wn, ${select} from ${windowsOf(list)} ${join} group by w.wn`,
  );
  const byN = new Map(found.map((r) => [Number(r.wn), r]));
  return list.map((_, n) => read((byN.get(n) ?? {}) as never));
}

/** The batched sources of one summary: visits (by channel), leads, and goal outcomes over any windows. */
export function sources(ctx: WsCtx, defs: Definitions, now = new Date()) {
  const ws = ctx.workspaceId;
  const visits = new Map<
    string,
    (from: string, to: string) => Promise<{ visits: number; visitors: number }>
  >();
  const visitsOf = (channel: string | null) => {
    const k = channel ?? '';
    if (!visits.has(k))
      visits.set(
        k,
        byDays((list) =>
          perWindow(
            ctx,
            list,
            sql`count(v.id)::int as visits, count(distinct v.person_id)::int as visitors`,
            sql`left join visits v on v.workspace_id = ${ws} and not v.is_bot
                  ${channel ? sql`and v.channel = ${channel}` : sql``}
                  and v.started_at >= w.s and v.started_at < w.e ${within(list, sql`v.started_at`)}`,
            (r: { visits?: number; visitors?: number }) => ({
              visits: Number(r.visits ?? 0),
              visitors: Number(r.visitors ?? 0),
            }),
          ),
        ),
      );
    return visits.get(k)!;
  };
  const leads = byDays((list) =>
    perWindow(
      ctx,
      list,
      sql`count(p.id)::int as n`,
      sql`left join persons p on p.workspace_id = ${ws} and not p.is_bot
            and p.identified_at >= w.s and p.identified_at < w.e ${within(list, sql`p.identified_at`)}`,
      (r: { n?: number }) => Number(r.n ?? 0),
    ),
  );
  const e = sql.raw('e');
  const outcomes = byDays((list) =>
    defs.window
      ? perWindow(
          ctx,
          list,
          sql`count(e.id)::int as conversions, coalesce(sum(${goalRevenue(defs.window, e)}), 0)::float8 as revenue`,
          sql`left join events e on e.workspace_id = ${ws} and not e.is_bot and (${goalMatch(defs.window.goals, e)})
                and e.time >= w.s and e.time < w.e ${within(list, sql`e.time`)}`,
          (r: { conversions?: number; revenue?: number }) => ({
            conversions: Number(r.conversions ?? 0),
            revenue: Number(r.revenue ?? 0),
          }),
        )
      : Promise.resolve(list.map(() => ({ conversions: 0, revenue: 0 }))),
  );
  // Distinct visitors of a window still open: its days that are over, kept (one memoizeAll for all such
  // windows), and the persons today adds to them (one index probe each: dashboards/marketing-traffic.ts).
  const today = isoDay(now);
  // The kept parts of open windows, of every metric: one memoizeAll.
  const keep = batched(
    (i: MemoItem<unknown>) => `${i.key}/${i.from.toISOString()}/${i.to.toISOString()}`,
    (list) => memoizeAll(ctx, list, now),
  );
  // What today adds to a window still open [from, to]: kept up to the last settled hour (a memo kept by the
  // hour marks, analytics/active.ts addedToday) and counted from there; `added(cut, until)` is what
  // [cut, until) adds over [from, cut). `since`: the first day whose events the figure reads (the memo's).
  const todayAdds = <T>(
    key: string,
    since: string,
    to: string,
    added: (cut: Date, until: Date) => Promise<T>,
    plus: (a: T, b: T) => T,
  ) =>
    addedToday(
      ctx,
      [{ from: new Date(start(since)), cut: new Date(start(today)), to: new Date(end(to)) }],
      { key: () => key, added: (list) => Promise.all(list.map((w) => added(w.cut, w.to))), plus },
      now,
      (items) => Promise.all(items.map((i) => keep(i as MemoItem<unknown>) as Promise<T>)),
    ).then(([r]) => r!);
  const sum = (a: number, b: number) => a + b;
  const keptVisitors = (channel: string | null) => (from: string, to: string) =>
    keep({
      key: memoKey('metric visitors', channel),
      from: new Date(start(from)),
      to: new Date(end(to)),
      compute: async () => (await visitsOf(channel)(from, to)).visitors,
    }) as Promise<number>;
  const visitorsOf = (channel: string | null) => async (from: string, to: string) => {
    if (to < today || from >= today) return (await visitsOf(channel)(from, to)).visitors;
    const f = { channel: channel as VisitFilter['channel'], utmCampaigns: null };
    const [before, added] = await Promise.all([
      keptVisitors(channel)(from, addDays(today, -1)),
      todayAdds(
        memoKey('metric visitors added', channel),
        from,
        to,
        (cut, until) => distinctVisitors(ctx, cut, until, f, new Date(start(from))),
        sum,
      ),
    ]);
    return before + added;
  };
  // Leads and goal outcomes add up by day: a window still open is its days that are over, kept, and today.
  const additive =
    <T>(
      name: string,
      definition: unknown,
      raw: (from: string, to: string) => Promise<T>,
      add: (a: T, b: T) => T,
    ) =>
    async (from: string, to: string): Promise<T> => {
      if (to < today || from >= today) return raw(from, to);
      const yesterday = addDays(today, -1);
      const [before, now] = await Promise.all([
        keep({
          key: memoKey(name, definition),
          from: new Date(start(from)),
          to: new Date(end(yesterday)),
          compute: () => raw(from, yesterday),
        }) as Promise<T>,
        raw(today, to),
      ]);
      return add(before, now);
    };
  const keptLeads = additive('metric leads', null, leads, (a, b) => a + b);
  const keptOutcomes = additive('metric outcomes', defs.window, outcomes, (a, b) => ({
    conversions: a.conversions + b.conversions,
    revenue: a.revenue + b.revenue,
  }));
  // Retention over a window still open: the cohort and who came back on the days that are over, kept, and
  // the persons of the cohort today brings back (compute.ts retentionAdded: index probes per person of today).
  const retention = async (f: MetricFilters, signal: AdoptionSignal, from: string, to: string) => {
    if (f.featureId && !signal) return null;
    const n = daysBetween(from, to);
    const [pFrom, pTo] = [addDays(from, -n), addDays(from, -1)];
    if (to < today || from >= today) return retentionValue(ctx, f, signal, pFrom, pTo, from, to);
    const yesterday = addDays(today, -1);
    const [closed, added] = await Promise.all([
      keep({
        key: memoKey('metric retention counts', f, signal, pFrom, pTo),
        from: new Date(start(pFrom)),
        to: new Date(end(yesterday)),
        compute: () => retentionCounts(ctx, f, signal, pFrom, pTo, from, yesterday),
      }) as Promise<{ cohort: number; back: number }>,
      todayAdds(
        memoKey('metric retention added', f, signal, pFrom, pTo, from),
        pFrom,
        to,
        (cut, until) => retentionAdded(ctx, f, signal, pFrom, pTo, from, cut, until),
        sum,
      ),
    ]);
    return pct(closed.back + added, closed.cohort);
  };
  // Adoption over a window still open: active and using persons of its days that are over, kept, and the
  // persons today adds to each (distinctVisitors, compute.ts adoptionAdded: probes per person of today).
  const adoption = async (signal: AdoptionSignal, from: string, to: string) => {
    if (!signal) return null;
    if (to < today || from >= today) {
      const r = await adoptionCounts(ctx, signal, from, to);
      return pct(r.used, r.active);
    }
    const yesterday = addDays(today, -1);
    const visitors = { channel: null, utmCampaigns: null };
    const [closed, added] = await Promise.all([
      keep({
        key: memoKey('metric adoption counts', signal),
        from: new Date(start(from)),
        to: new Date(end(yesterday)),
        compute: () => adoptionCounts(ctx, signal, from, yesterday),
      }) as Promise<{ active: number; used: number }>,
      todayAdds(
        memoKey('metric adoption added', signal),
        from,
        to,
        async (cut, until) => {
          const [active, used] = await Promise.all([
            distinctVisitors(ctx, cut, until, visitors, new Date(start(from))),
            adoptionAdded(ctx, signal, from, cut, until),
          ]);
          return { active, used };
        },
        (a, b) => ({ active: a.active + b.active, used: a.used + b.used }),
      ),
    ]);
    return pct(closed.used + added.used, closed.active + added.active);
  };
  return { visitsOf, visitorsOf, leads: keptLeads, outcomes: keptOutcomes, retention, adoption };
}

/** A metric's figure (see hasFigure), or null when it has none. */
export function figureOf(
  ctx: WsCtx,
  m: MetricRow,
  defs: Definitions,
  src: ReturnType<typeof sources>,
): Figure | null {
  if (!hasFigure(m)) return null;
  const f = m.filters;
  const signal = f.featureId ? (defs.signals.get(f.featureId) ?? null) : null;
  const reads = OUTCOME_KINDS.has(m.kind) ? defs.window : FEATURE_KINDS.has(m.kind) ? signal : null;
  const key = memoKey('metric figure', m.kind, m.unit, f, reads);
  const spend = (from: string, to: string) => spendOver(defs.spend, from, to);
  let part: (from: string, to: string) => Promise<Part>;
  let finish: Figure['finish'] = (p) => p as number | null;
  switch (m.kind) {
    case 'traffic':
      part = async (from, to) => (await src.visitsOf(f.channel ?? null)(from, to)).visits;
      break;
    case 'unique_visitors':
      part = (from, to) => src.visitorsOf(f.channel ?? null)(from, to);
      break;
    case 'leads':
      part = src.leads;
      break;
    case 'conversions':
      part = async (from, to) => (await src.outcomes(from, to)).conversions;
      break;
    case 'revenue':
      part = async (from, to) => (await src.outcomes(from, to)).revenue;
      break;
    case 'conversion_rate':
      part = async (from, to) => {
        const [o, v] = await Promise.all([src.outcomes(from, to), src.visitorsOf(null)(from, to)]);
        return pct(o.conversions, v);
      };
      break;
    case 'cost_per_lead':
      part = async (from, to) => ({ leads: await src.leads(from, to) });
      finish = (p, from, to) => {
        const { leads } = p as { leads: number };
        return leads > 0 ? spend(from, to) / leads : null;
      };
      break;
    case 'cost_per_conversion':
    case 'roi':
      part = src.outcomes;
      finish = (p, from, to) => {
        const o = p as { conversions: number; revenue: number };
        const s = spend(from, to);
        if (m.kind === 'roi') return s > 0 ? ((o.revenue - s) / s) * 100 : null;
        return o.conversions > 0 ? s / o.conversions : null;
      };
      break;
    case 'retention':
      part = (from, to) => src.retention(f, signal, from, to);
      break;
    default:
      part = (from, to) => src.adoption(signal, from, to);
  }
  // Retention reads the period of the same length before the window too.
  const reach = (from: string, to: string) =>
    m.kind === 'retention' ? addDays(from, -daysBetween(from, to)) : from;
  return {
    key,
    finish,
    item: (from, to) => ({
      key,
      from: new Date(start(reach(from, to))),
      to: new Date(end(to)),
      compute: () => part(from, to),
    }),
  };
}
