import { and, eq, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { rows } from '../../db/sql.ts';
import { features } from '../features/schema.ts';
import { activePairs } from './active.ts';
import { addPeriods, type Interval, isoDay, periodIndex, periodStart } from './periods.ts';
import { signalCondition, signalOf } from './signal.ts';

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
  const [s, e] = [start.toISOString(), end.toISOString()];

  let members;
  if (q.cohort === 'feature') {
    if (!q.featureId) throw invalidField('featureId', 'Name the feature whose adoption makes the cohorts.');
    const [f] = await ctx.db
      .select()
      .from(features)
      .where(and(eq(features.workspaceId, ws), eq(features.id, q.featureId)));
    if (!f) throw notFound('Feature');
    const signal = signalOf(f);
    if (!signal) throw invalidField('featureId', 'This feature has no adoption signal yet: set one first.');
    // First use ever, so a person who used it before `from` is in no cohort.
    members = sql`select e.person_id, min(e.time) as t0 from events e
      where e.workspace_id = ${ws} and e.time < ${e}::timestamptz and not e.is_bot and ${signalCondition(signal)}
      group by e.person_id having min(e.time) >= ${s}::timestamptz`;
  } else {
    members = sql`select p.id as person_id, p.first_seen_at as t0 from persons p
      where p.workspace_id = ${ws} and not p.is_bot and p.first_seen_at >= ${s}::timestamptz and p.first_seen_at < ${e}::timestamptz`;
  }
  // One pass over the period's activity into (person, period) pairs, hashed against the cohorts: probing each
  // member's events by index is random reads, many times slower once cohorts hold thousands of persons.
  const found = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local enable_nestloop = off`);
    return rows<{ ci: number; p: number | null; n: string | number }>(
      tx as unknown as WsCtx['db'],
      sql`with c as materialized (
          select person_id, ${periodIndex(q.interval, start, sql`t0`)} as ci from (${members}) m),
        act as (${activePairs(ws, q.interval, start, end, { event: q.returnEvent, source })})
        select c.ci, null::int as p, count(*) as n from c group by c.ci
        union all
        select c.ci, a.pi - c.ci as p, count(*) as n from c join act a on a.person_id = c.person_id and a.pi >= c.ci
        group by c.ci, a.pi`,
    );
  });
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
    if (r.p === null) cohort.size = Number(r.n);
    else if (cohort.returning[Number(r.p)] !== undefined) cohort.returning[Number(r.p)] = Number(r.n);
  }
  return { interval: q.interval, cohort: q.cohort, returnEvent: q.returnEvent ?? null, cohorts };
}
