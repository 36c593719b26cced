import { and, asc, eq, inArray } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { MetricOwner, MetricStatus } from '../../core/enums.ts';
import { AppError, invalidField } from '../../core/errors.ts';
import type { MemoItem } from '../analytics/memo.ts';
import { memoizeAll } from '../analytics/memo.ts';
import { valueOf } from './compute.ts';
import { figureOf, loadDefinitions, sources } from './figures.ts';
import { isAdditive } from './kinds.ts';
import { listTargets, listValues, metricRow, type MetricRow, presentMetric, type Target } from './metrics.ts';
import {
  daysBetween,
  isoDay,
  periodEndOf,
  periodLabel,
  periodStartOf,
  periodsTouching,
  previousRange,
  seriesBuckets,
} from './periods.ts';
import { metrics, metricTargets } from './schema.ts';
import { metricStatus } from './status.ts';

/** Longest range a summary computes over (a year and a quarter: this quarter against the same one last year). */
export const MAX_SUMMARY_DAYS = 458;

/**
 * A metric's target over [from, to]. Additive metrics add the targets of the periods the range touches, each
 * prorated by the days of it inside the range (a month's target over half the month is half of it), and have
 * none if one of those periods has none. Rates and scores take the target of the period holding `asOf`.
 */
export function targetFor(
  m: Pick<MetricRow, 'period' | 'kind' | 'unit'>,
  targets: readonly Target[],
  from: string,
  to: string,
  asOf: string,
): { value: number | null; missing: string | null } {
  const byStart = new Map(targets.map((t) => [t.periodStart, t.value]));
  if (!isAdditive(m.kind, m.unit)) {
    const start = periodStartOf(m.period, asOf);
    const v = byStart.get(start);
    return { value: v ?? null, missing: v === undefined ? periodLabel(m.period, start) : null };
  }
  let sum = 0;
  for (const start of periodsTouching(m.period, from, to)) {
    const v = byStart.get(start);
    if (v === undefined) return { value: null, missing: periodLabel(m.period, start) };
    const end = periodEndOf(m.period, start);
    const inside = daysBetween(start < from ? from : start, end > to ? to : end);
    sum += (v * inside) / daysBetween(start, end);
  }
  return { value: sum, missing: null };
}

type Judged = { value: number | null; target: number | null; status: MetricStatus; rule: string };

/** Value, target and status of one metric over [from, to] judged on `today` (the days elapsed so far). */
async function judge(
  ctx: WsCtx,
  m: MetricRow,
  targets: readonly Target[],
  from: string,
  to: string,
  today: string,
  value?: number | null,
): Promise<Judged> {
  const asOf = today < from ? from : today > to ? to : today;
  const v = value !== undefined ? value : await orNull(valueOf(ctx, m, from, asOf));
  const t = targetFor(m, targets, from, to, asOf);
  const s = metricStatus({
    direction: m.direction,
    unit: m.unit,
    additive: isAdditive(m.kind, m.unit),
    target: t.value,
    value: v,
    day: daysBetween(from, asOf),
    days: daysBetween(from, to),
    tolerance: m.tolerance,
  });
  const rule = t.missing && t.value === null ? `No target set for ${t.missing}.` : s.rule;
  return { value: v, target: t.value, status: s.status, rule };
}

/** A computation that fails on a row gone since (a deleted campaign) shows no value rather than failing all. */
async function orNull(p: Promise<number | null>): Promise<number | null> {
  try {
    return await p;
  } catch (err) {
    if (err instanceof AppError && err.kind === 'not_found') return null;
    throw err;
  }
}

export type SummaryQuery = { ownerRole?: MetricOwner; from?: string; to?: string; compare?: boolean };

/**
 * The cards of a dashboard: every metric of a role (or all) over [from, to] (default: this month so far, by
 * UTC days) with the previous range of the same length, the change, the target, the status and its rule, and a
 * sparkline. Metrics are computed in parallel; each value is computed only up to today.
 */
export async function metricsSummary(ctx: WsCtx, q: SummaryQuery, now = new Date()) {
  const today = isoDay(now);
  const from = q.from ?? periodStartOf('month', q.to ?? today);
  const to = q.to ?? periodEndOf('month', from);
  if (from > to) throw invalidField('from', 'Use a day on or before `to`.');
  if (daysBetween(from, to) > MAX_SUMMARY_DAYS)
    throw invalidField('from', `Use a range of at most ${MAX_SUMMARY_DAYS} days.`);
  const list = await ctx.db
    .select()
    .from(metrics)
    .where(
      and(
        eq(metrics.workspaceId, ctx.workspaceId),
        q.ownerRole ? eq(metrics.ownerRole, q.ownerRole) : undefined,
      ),
    )
    .orderBy(asc(metrics.ownerRole), asc(metrics.name));
  const targets = list.length
    ? await ctx.db
        .select()
        .from(metricTargets)
        .where(
          and(
            eq(metricTargets.workspaceId, ctx.workspaceId),
            inArray(
              metricTargets.metricId,
              list.map((m) => m.id),
            ),
          ),
        )
    : [];
  const prev = previousRange(from, to);
  const last = today < to ? today : to;
  const buckets = today < from ? [] : seriesBuckets(from, last);
  const windows = (m: MetricRow) => ({
    series: buckets,
    // The buckets cover [from, last] exactly: a sum over them is the range's value, one computation fewer.
    range: today < from || summable(m) ? null : { start: from, end: last },
    previous: q.compare ? { start: prev.from, end: prev.to } : null,
  });

  // Event-derived figures: every window of every metric through one memoizeAll (closed ones from their memos,
  // the rest computed in one grouped statement per source); the others computed as before.
  const defs = await loadDefinitions(ctx, list);
  const src = sources(ctx, defs, now);
  const memoItems: MemoItem<unknown>[] = [];
  const plans = list.map((m) => {
    const fig = figureOf(ctx, m, defs, src);
    const value = (w: { start: string; end: string } | null): (() => Promise<number | null>) => {
      if (!w) return () => Promise.resolve(null);
      if (!fig) return () => orNull(valueOf(ctx, m, w.start, w.end));
      const n = memoItems.push(fig.item(w.start, w.end)) - 1;
      return async () => fig.finish((await memoized)[n] as never, w.start, w.end);
    };
    const ws = windows(m);
    return { m, series: ws.series.map(value), range: value(ws.range), previous: value(ws.previous) };
  });
  const memoized = memoizeAll(ctx, memoItems, now);

  const items = await Promise.all(
    plans.map(async (p) => {
      const m = p.m;
      const mine = targets.filter((t) => t.metricId === m.id);
      const seriesP = Promise.all(
        buckets.map(async (b, i) => ({ period: b.start, value: await p.series[i]!() })),
      );
      const valueP = today < from ? Promise.resolve(null) : summable(m) ? seriesP.then(sumOf) : p.range();
      const [value, previous, series] = await Promise.all([valueP, p.previous(), seriesP]);
      const j = await judge(ctx, m, mine, from, to, today, value);
      return {
        id: m.id,
        name: m.name,
        ownerRole: m.ownerRole,
        kind: m.kind,
        unit: m.unit,
        direction: m.direction,
        filters: m.filters,
        value,
        previous,
        change: value !== null && previous !== null ? value - previous : null,
        target: j.target,
        status: j.status,
        rule: j.rule,
        series,
      };
    }),
  );
  return { from, to, compare: Boolean(q.compare), metrics: items };
}

/** Kinds whose value over a range is the sum of its parts (unique visitors are not: a person counts once). */
const SUMMABLE = new Set<MetricRow['kind']>([
  'traffic',
  'leads',
  'conversions',
  'revenue',
  'feedback_volume',
]);
const summable = (m: MetricRow) =>
  m.kind === 'manual' ? m.unit === 'count' || m.unit === 'currency' : SUMMABLE.has(m.kind);
const sumOf = (series: { value: number | null }[]) =>
  series.some((p) => p.value !== null) ? series.reduce((s, p) => s + (p.value ?? 0), 0) : null;

/** How many periods the detail judges: the current one and those with targets, latest first. */
const DETAIL_PERIODS = 12;

/** One metric with its targets, its values (manual), and its status in each period with a target. */
export async function metricDetail(ctx: WsCtx, id: string, now = new Date()) {
  const m = await metricRow(ctx, id);
  const today = isoDay(now);
  const [targets, values] = await Promise.all([
    listTargets(ctx, id),
    m.kind === 'manual' ? listValues(ctx, id) : Promise.resolve([]),
  ]);
  const starts = new Set([periodStartOf(m.period, today), ...targets.map((t) => t.periodStart)]);
  const chosen = [...starts]
    .filter((s) => s <= today)
    .sort()
    .reverse()
    .slice(0, DETAIL_PERIODS);
  const periods = await Promise.all(
    chosen.map(async (start) => {
      const end = periodEndOf(m.period, start);
      const j = await judge(ctx, m, targets, start, end, today);
      return { periodStart: start, periodEnd: end, label: periodLabel(m.period, start), ...j };
    }),
  );
  return { ...presentMetric(m), targets, values, periods };
}
