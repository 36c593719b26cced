import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { rows } from '../../db/sql.ts';
import { features } from '../features/schema.ts';
import { activeFlags, activePairs, addedToday, openCut, todaysPersons } from './active.ts';
import { memoize, memoKey } from './memo.ts';
import { addPeriods, type Interval, isoDay, periodIndex, periodStart } from './periods.ts';
import { type AdoptionSignal, signalCondition, signalOf } from './signal.ts';

/**
 * Retention: 12 cohorts of persons by the period (UTC ISO week or month) they were first seen in, or first
 * used a feature's adoption signal, starting with the period holding `from`; for each, how many came back in
 * each later period, on any event or on a chosen one. Only periods inside the 12 are counted (cohort i shows
 * periods 0 … 11 − i: the triangle), and periods not begun yet are null. Bots are left out.
 */

export const PERIODS = 12;
export const COHORTS = ['first_seen', 'feature'] as const;
export type Cohort = (typeof COHORTS)[number];

export type RetentionQuery = {
  interval: Interval;
  /** YYYY-MM-DD; default: 11 periods before the current one. */
  from?: string;
  cohort: Cohort;
  featureId?: string;
  /** The event that counts as coming back; default any event. */
  returnEvent?: string;
};

export type RetentionResult = {
  interval: Interval;
  cohort: Cohort;
  returnEvent: string | null;
  cohorts: {
    /** The period's first day, YYYY-MM-DD. */
    start: string;
    size: number;
    /** Persons who came back in period 0, 1, … after the cohort's own; null when that period has not begun. */
    returning: (number | null)[];
  }[];
};

/** Computes the retention grid of the caller's workspace. */
export async function retention(
  ctx: WsCtx,
  q: RetentionQuery,
  now = new Date(),
  /** 'events' reads activity from the raw events instead of the visits rollup (tests compare the two). */
  source: 'visits' | 'events' = 'visits',
): Promise<RetentionResult> {
  const current = periodStart(q.interval, now);
  const start = q.from ? periodStart(q.interval, q.from) : addPeriods(q.interval, current, -(PERIODS - 1));
  const end = addPeriods(q.interval, start, PERIODS);
  const ws = ctx.workspaceId;
  const s = start.toISOString();

  let members: (to: Date) => SQL;
  let definition: unknown = null;
  if (q.cohort === 'feature') {
    if (!q.featureId) throw invalidField('featureId', 'Name the feature whose adoption makes the cohorts.');
    const [f] = await ctx.db
      .select()
      .from(features)
      .where(and(eq(features.workspaceId, ws), eq(features.id, q.featureId)));
    if (!f) throw notFound('Feature');
    const signal = signalOf(f);
    if (!signal) throw invalidField('featureId', 'This feature has no adoption signal yet: set one first.');
    definition = signal;
    // First use ever, so a person who used it before `from` is in no cohort.
    members = (to) => sql`select e.person_id, min(e.time) as t0 from events e
      where e.workspace_id = ${ws} and e.time < ${to.toISOString()}::timestamptz and not e.is_bot and ${signalCondition(signal)}
      group by e.person_id having min(e.time) >= ${s}::timestamptz`;
  } else {
    members = (to) => sql`select p.id as person_id, p.first_seen_at as t0 from persons p
      where p.workspace_id = ${ws} and not p.is_bot and p.first_seen_at >= ${s}::timestamptz
        and p.first_seen_at < ${to.toISOString()}::timestamptz`;
  }
  // The periods that are over (before the current one) are a memo (analytics/memo.ts): their cohorts and
  // returns, kept while their days' marks stay. Only the current period is counted each time: its cohort,
  // and every cohort's return in it.
  const cut = new Date(Math.min(Math.max(current.getTime(), start.getTime()), end.getTime()));
  const closedCount =
    q.interval === 'week'
      ? Math.round((cut.getTime() - start.getTime()) / (7 * 86_400_000))
      : monthsBetween(start, cut);
  const grid = (cohortsTo: Date, actFrom: Date, actTo: Date, offset: number, sizesFrom: number) =>
    ctx.db.transaction(async (tx) => {
      await tx.execute(sql`set local work_mem = '64MB'`);
      await tx.execute(sql`set local enable_nestloop = off`);
      return rows<Row>(
        tx as unknown as WsCtx['db'],
        sql`with c as materialized (
            select person_id, ${periodIndex(q.interval, start, sql`t0`)} as ci from (${members(cohortsTo)}) m),
          act as (${activePairs(ws, q.interval, actFrom, actTo, { event: q.returnEvent, source })})
          select c.ci, null::int as p, count(*)::int as n from c where c.ci >= ${sizesFrom} group by c.ci
          union all
          select c.ci, a.pi + ${offset}::int - c.ci as p, count(*)::int as n from c
            join act a on a.person_id = c.person_id and a.pi + ${offset}::int >= c.ci
          group by c.ci, a.pi`,
      );
    });
  const key = memoKey('retention', q.interval, q.cohort, definition, q.returnEvent ?? null, source);
  // The current period still open (active.ts openCut): its days that are over, [cut, today), a memo, and what
  // today adds (todayRows).
  const today = source === 'visits' && closedCount < PERIODS ? openCut({ from: cut, to: end }, now) : null;
  const [closed, open, added] = await Promise.all([
    closedCount > 0
      ? memoize(ctx, { key, from: start, to: cut, compute: () => grid(cut, start, cut, 0, 0) }, now)
      : [],
    closedCount >= PERIODS
      ? []
      : today
        ? today.getTime() > cut.getTime()
          ? memoize(
              ctx,
              {
                key: memoKey(key, 'current period', cut.toISOString()),
                from: start,
                to: today,
                compute: () => grid(today, cut, today, closedCount, closedCount),
              },
              now,
            )
          : []
        : grid(end, cut, end, closedCount, closedCount),
    today
      ? addedToday(
          ctx,
          [{ from: start, period: cut, cut: today, to: end, closedCount }],
          {
            key: () => memoKey(key, 'current period', cut.toISOString()),
            added: (list) => Promise.all(list.map((w) => todayRows(ctx, q, w, definition))),
            plus: (a, b) => [...a, ...b],
          },
          now,
        ).then(([r]) => r!)
      : [],
  ]);
  // One pass over the period's activity into (person, period) pairs, hashed against the cohorts: probing each
  // member's events by index is random reads, many times slower once cohorts hold thousands of persons.
  const found = [...closed, ...open, ...added];
  const cohorts = Array.from({ length: PERIODS }, (_, i) => {
    const cohortStart = addPeriods(q.interval, start, i);
    return {
      start: isoDay(cohortStart),
      size: 0,
      returning: Array.from({ length: PERIODS - i }, (_, p) =>
        addPeriods(q.interval, cohortStart, p) <= now ? 0 : null,
      ) as (number | null)[],
    };
  });
  for (const r of found) {
    const cohort = cohorts[Number(r.ci)];
    if (!cohort) continue;
    // The current period's rows come in two parts (its days that are over, today's additions): summed.
    if (r.p === null) cohort.size += Number(r.n);
    else if (cohort.returning[Number(r.p)] !== undefined)
      cohort.returning[Number(r.p)] = (cohort.returning[Number(r.p)] ?? 0) + Number(r.n);
  }
  return { interval: q.interval, cohort: q.cohort, returnEvent: q.returnEvent ?? null, cohorts };
}

type Row = { ci: number; p: number | null; n: number };

const monthsBetween = (from: Date, to: Date) =>
  (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth();

/**
 * What today adds to the current period over its days that are over ([cut, today), a memo): the cohorts'
 * members first seen (or first using the feature) from today, and the members active in the period who were
 * not counted in those days (active only from today, or a member only from today). Candidates are today's
 * persons (active.ts todaysPersons), each probed by person (persons' key, its visits once: activeFlags;
 * events_person_idx for a return event or a feature cohort). Rows as the grid's: (ci, null, size) and (ci, p, returning).
 */
async function todayRows(
  ctx: WsCtx,
  q: RetentionQuery,
  w: { from: Date; period: Date; cut: Date; to: Date; closedCount: number },
  signal: unknown,
): Promise<Row[]> {
  const ws = ctx.workspaceId;
  const [s, today, end] = [w.from, w.cut, w.to].map((d) => d.toISOString());
  const member =
    q.cohort === 'feature'
      ? sql`(select min(e.time) as t0 from events e
          where e.workspace_id = ${ws} and e.person_id = t.person_id and not e.is_bot
            and ${signalCondition(signal as Exclude<AdoptionSignal, null>)} and e.time < ${end}::timestamptz
          having min(e.time) >= ${s}::timestamptz)`
      : sql`(select p.first_seen_at as t0 from persons p
          where p.workspace_id = ${ws} and p.id = t.person_id and not p.is_bot
            and p.first_seen_at >= ${s}::timestamptz and p.first_seen_at < ${end}::timestamptz)`;
  const ci = periodIndex(q.interval, w.from, sql`m.t0`);
  // Active over the period [period, to) (x.a0) and over its part that is over, [period, cut) (x.c0).
  const event = (from: Date, to: Date) =>
    sql`exists (select 1 from events e where e.workspace_id = ${ws} and e.person_id = t.person_id
      and not e.is_bot and e.name = ${q.returnEvent ?? ''}
      and e.time >= ${from.toISOString()}::timestamptz and e.time < ${to.toISOString()}::timestamptz)`;
  const flags = q.returnEvent
    ? sql`cross join lateral (select ${event(w.period, w.to)} as a0,
        ${w.cut.getTime() > w.period.getTime() ? event(w.period, w.cut) : sql`false`} as c0) x`
    : activeFlags(ws, [{ from: w.period, cut: w.cut, to: w.to }]);
  return rows<Row>(
    ctx.db,
    sql`with t as (${todaysPersons(ws, w.cut, w.to)}),
        m as (select t.person_id, m.t0, ${ci} as ci, x.a0, x.c0 from t cross join lateral ${member} m ${flags}
          where m.t0 is not null)
        select m.ci, null::int as p, count(*)::int as n from m
          where m.t0 >= ${today}::timestamptz and m.ci >= ${w.closedCount}::int group by 1
        union all
        select m.ci, ${w.closedCount}::int - m.ci as p, count(*)::int as n from m
          where m.ci <= ${w.closedCount}::int and m.a0 and not (m.t0 < ${today}::timestamptz and m.c0)
        group by 1, 2`,
  );
}
