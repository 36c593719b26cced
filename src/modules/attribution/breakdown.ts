import { sql, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { credit, DAY_MS } from './models.ts';
import { dayOf, goalMatch, resolveWindow, type Window, type WindowInput } from './query.ts';
import { arrayLiteral, dimensionValue, refreshTrafficDays } from './rollups.ts';
import type { TrafficDimension } from './schema.ts';

export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

export type BreakdownInput = WindowInput & { interval: Interval; by: TrafficDimension; limit: number };

type Cell = { visits: number; visitors: number; pageviews: number; conversions: number };
type Counted = { bucket: string; value: string; visits: number; visitors: number; pageviews: number };

/**
 * Traffic in buckets × groups: visits, unique visitors and pageviews of non-bot visits by the bucket their
 * visit started in; with a goal, conversions credited by the model to the groups of their touches, in the bucket
 * they happened (none in the lookback: the null group, unattributed). The `limit` groups with most visits are
 * shown, the rest summed as one "other" group (whose visitors add up theirs: a person in two counts twice).
 * Daily buckets read the daily rollup (rollups.ts), weeks and months count unique visitors from `visits`.
 */
export async function trafficBreakdown(ctx: WsCtx, input: BreakdownInput) {
  const w = await resolveWindow(ctx, input);
  const counted =
    input.interval === 'day' ? await daily(ctx, input.by, w) : await raw(ctx, input.by, w, input.interval);
  const cells = new Map<string, Map<string, Cell>>();
  const cell = (value: string, bucket: string) => {
    let byBucket = cells.get(value);
    if (!byBucket) cells.set(value, (byBucket = new Map()));
    let c = byBucket.get(bucket);
    if (!c) byBucket.set(bucket, (c = { visits: 0, visitors: 0, pageviews: 0, conversions: 0 }));
    return c;
  };
  for (const r of counted) {
    const c = cell(r.value, r.bucket);
    c.visits += Number(r.visits);
    c.visitors += Number(r.visitors);
    c.pageviews += Number(r.pageviews);
  }
  const withGoal = input.goalId !== undefined;
  if (withGoal)
    for (const [value, bucket, share] of await conversions(ctx, input.by, w, input.interval))
      cell(value, bucket).conversions += share;

  const buckets = bucketStarts(w.fromDay, w.toDay, input.interval);
  const total = (m: Map<string, Cell>, k: 'visits' | 'pageviews' | 'conversions') =>
    [...m.values()].reduce((s, c) => s + c[k], 0);
  const ranked = [...cells].sort(
    ([a, am], [b, bm]) =>
      total(bm, 'visits') - total(am, 'visits') ||
      total(bm, 'conversions') - total(am, 'conversions') ||
      a.localeCompare(b),
  );
  const shown = ranked.slice(0, input.limit);
  const rest = ranked.slice(input.limit);
  const group = (key: string | null, other: boolean, members: Map<string, Cell>[]) => {
    const points = buckets.map((start) => {
      const p = { start, visits: 0, visitors: 0, pageviews: 0, conversions: withGoal ? 0 : null };
      for (const m of members) {
        const c = m.get(start);
        if (!c) continue;
        p.visits += c.visits;
        p.visitors += c.visitors;
        p.pageviews += c.pageviews;
        if (p.conversions !== null) p.conversions += c.conversions;
      }
      return p;
    });
    const sum = (k: 'visits' | 'pageviews') => points.reduce((s, p) => s + p[k], 0);
    return {
      key,
      other,
      visits: sum('visits'),
      pageviews: sum('pageviews'),
      conversions: withGoal ? points.reduce((s, p) => s + (p.conversions ?? 0), 0) : null,
      points,
    };
  };
  const groups = shown.map(([value, m]) => group(value === '' ? null : value, false, [m]));
  if (rest.length)
    groups.push(
      group(
        null,
        true,
        rest.map(([, m]) => m),
      ),
    );
  return {
    from: w.fromDay,
    to: w.toDay,
    interval: input.interval,
    by: input.by,
    model: w.model,
    goalId: w.goalId,
    groups,
  };
}

/** Daily counts: the rollup for settled days, `visits` for the days still being written. */
export async function daily(ctx: WsCtx, by: TrafficDimension, w: Window): Promise<Counted[]> {
  const live = await refreshTrafficDays(ctx, by, w.fromDay, w.toDay);
  const rolled = await rows<Counted>(
    ctx.db,
    sql`select to_char(t.day, 'YYYY-MM-DD') as bucket, t.value, t.visits, t.visitors, t.pageviews
        from traffic_days t
        where t.workspace_id = ${ctx.workspaceId} and t.dimension = ${by}
          and t.day between ${w.fromDay}::date and ${w.toDay}::date
          and not (t.day = any(${arrayLiteral(live)}::date[]))`,
  );
  if (live.length === 0) return rolled;
  return [...rolled, ...(await raw(ctx, by, w, 'day', live))];
}

/** Counts straight from `visits` (exact; the rollup-free query the rollup is tested against). */
export async function raw(
  ctx: WsCtx,
  by: TrafficDimension,
  w: Window,
  interval: Interval,
  onlyDays?: string[],
): Promise<Counted[]> {
  const v = sql.raw('v');
  const only: SQL = onlyDays
    ? sql`and (v.started_at at time zone 'UTC')::date = any(${arrayLiteral(onlyDays)}::date[])`
    : sql``;
  return rows<Counted>(
    ctx.db,
    sql`select to_char(date_trunc(${interval}, v.started_at at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
          ${dimensionValue(by, v)} as value, count(*)::int as visits,
          count(distinct v.person_id)::int as visitors, coalesce(sum(v.pageviews), 0)::int as pageviews
        from visits v
        where v.workspace_id = ${ctx.workspaceId} and not v.is_bot
          and v.started_at >= ${w.start.toISOString()}::timestamptz and v.started_at < ${w.end.toISOString()}::timestamptz
          ${only}
        group by 1, 2`,
  );
}

/** Each conversion's credit by the group of its touches: [value ('' = none / unattributed), bucket, share]. */
async function conversions(
  ctx: WsCtx,
  by: TrafficDimension,
  w: Window,
  interval: Interval,
): Promise<[string, string, number][]> {
  const e = sql.raw('e');
  const v = sql.raw('v');
  const found = await rows<{
    id: string;
    at: number;
    bucket: string;
    touch_at: number | null;
    touch_id: string | null;
    value: string | null;
  }>(
    ctx.db,
    sql`with conv as (
          select e.id, e.person_id, e.time from events e
          where e.workspace_id = ${ctx.workspaceId} and not e.is_bot
            and e.time >= ${w.start.toISOString()}::timestamptz and e.time < ${w.end.toISOString()}::timestamptz
            and (${goalMatch(w.goals, e)})
        )
        select c.id::text as id, (extract(epoch from c.time) * 1000)::float8 as at,
          to_char(date_trunc(${interval}, c.time at time zone 'UTC'), 'YYYY-MM-DD') as bucket,
          (extract(epoch from t.started_at) * 1000)::float8 as touch_at, t.id::text as touch_id, t.value
        from conv c left join lateral (
          select v.started_at, v.id, ${dimensionValue(by, v)} as value from visits v
          where v.workspace_id = ${ctx.workspaceId} and v.person_id = c.person_id and not v.is_bot
            and v.started_at >= c.time - ${`${w.lookbackDays} days`}::interval and v.started_at <= c.time
        ) t on true`,
  );
  const byConversion = new Map<
    string,
    { at: number; bucket: string; touches: { at: number; id: string; key: string }[] }
  >();
  for (const r of found) {
    let c = byConversion.get(r.id);
    if (!c) byConversion.set(r.id, (c = { at: Number(r.at), bucket: r.bucket, touches: [] }));
    if (r.touch_id) c.touches.push({ at: Number(r.touch_at), id: r.touch_id, key: r.value ?? '' });
  }
  const out: [string, string, number][] = [];
  for (const c of byConversion.values()) {
    const shares = credit(w.model, c.touches, c.at, w.lookbackDays);
    if (shares.size === 0) out.push(['', c.bucket, 1]);
    for (const [key, share] of shares) out.push([key, c.bucket, share]);
  }
  return out;
}

/** The first day of each bucket touching [fromDay, toDay] (weeks start on Monday, as date_trunc's). */
export function bucketStarts(fromDay: string, toDay: string, interval: Interval): string[] {
  const d = new Date(`${fromDay}T00:00:00Z`);
  if (interval === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  if (interval === 'month') d.setUTCDate(1);
  const out: string[] = [];
  for (; dayOf(d) <= toDay;) {
    out.push(dayOf(d));
    if (interval === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setTime(d.getTime() + (interval === 'week' ? 7 : 1) * DAY_MS);
  }
  return out;
}
