import { sql, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { inTransaction } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import type { TrafficDimension } from './schema.ts';

/**
 * Keeps traffic_days exact against `visits`. The writer marks each day whose events it wrote
 * (event_day_marks.changed_at = its transaction's start); a day's rollup records the mark it was built for. A
 * day is stale when it has no rollup or its mark, or a neighbour's, moved since: a visit is kept on the day it
 * started, while the writer marks its events' days (a visit crossing midnight; an earlier event arriving late
 * and moving a visit's start back across midnight). Activity of over a day in one visit is not covered. A stale day whose mark is older than SETTLE is rebuilt when it is read; a
 * younger one may still have writes in flight, so it is read from `visits` directly until it settles (a
 * transaction holding events uncommitted longer than SETTLE is assumed not to happen: flushes take ms).
 * The mark is read before the visits, so a write committed in between leaves the day stale, never wrong.
 */
export const SETTLE = "interval '5 minutes'";

/** The value a visit has in each dimension ('' for none): shared by the rollup and the raw query. */
export function dimensionValue(dimension: TrafficDimension, v: SQL): SQL {
  switch (dimension) {
    case 'channel':
      return sql`${v}.channel`;
    case 'source':
      return sql`coalesce(${v}.utm_source, ${v}.referrer_domain, '')`;
    case 'campaign':
      return sql`coalesce(${v}.utm_campaign, '')`;
    case 'referrer':
      return sql`coalesce(${v}.referrer_domain, '')`;
    case 'page':
      return sql`coalesce(${v}.landing_path, '')`;
    default: {
      const never: never = dimension;
      throw new Error(`unknown dimension ${String(never)}`);
    }
  }
}

/** A date[] / text[] parameter both drivers pass the same way. */
export const arrayLiteral = (list: readonly string[]) =>
  `{${list.map((s) => `"${s.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

type Stale = { day: string; marked_at: string | null; settled: boolean };

function staleDays(ctx: WsCtx, dimension: TrafficDimension, fromDay: string, toDay: string) {
  const ws = ctx.workspaceId;
  return rows<Stale>(
    ctx.db,
    sql`select to_char(d.day, 'YYYY-MM-DD') as day, m.marked_at::text as marked_at,
          (m.marked_at is null or m.marked_at < now() - ${sql.raw(SETTLE)}) as settled
        from (select g::date as day from generate_series(${fromDay}::date, ${toDay}::date, interval '1 day') g) d
        cross join lateral (
          select max(k.changed_at) as marked_at from event_day_marks k
          where k.workspace_id = ${ws} and k.day between d.day - 1 and d.day + 1
        ) m
        left join traffic_day_refreshes r
          on r.workspace_id = ${ws} and r.dimension = ${dimension} and r.day = d.day
        where r.day is null or m.marked_at is distinct from r.marked_at`,
  );
}

/**
 * Brings one dimension's rollup of [fromDay, toDay] up to date where it can; answers the days still live (to be
 * read from `visits`).
 */
export async function refreshTrafficDays(
  ctx: WsCtx,
  dimension: TrafficDimension,
  fromDay: string,
  toDay: string,
): Promise<string[]> {
  const stale = await staleDays(ctx, dimension, fromDay, toDay);
  if (!stale.some((s) => s.settled)) return stale.map((s) => s.day);
  return inTransaction(ctx, async (tx) => {
    const ws = ctx.workspaceId;
    // One rebuild per workspace at a time; the second finds the days already done.
    await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`traffic_days:${ws}:${dimension}`}))`);
    const now = await staleDays(tx, dimension, fromDay, toDay);
    const rebuild = now.filter((s) => s.settled);
    if (rebuild.length) {
      const days = arrayLiteral(rebuild.map((s) => s.day));
      const first = rebuild[0]!.day;
      const last = rebuild[rebuild.length - 1]!.day;
      const v = sql.raw('v');
      await tx.db.execute(
        sql`delete from traffic_days
            where workspace_id = ${ws} and dimension = ${dimension} and day = any(${days}::date[])`,
      );
      await tx.db.execute(
        sql`insert into traffic_days (workspace_id, dimension, day, value, visits, visitors, pageviews)
            select ${ws}, ${dimension}, (v.started_at at time zone 'UTC')::date, ${dimensionValue(dimension, v)},
              count(*), count(distinct v.person_id), coalesce(sum(v.pageviews), 0)
            from visits v
            where v.workspace_id = ${ws} and not v.is_bot
              and v.started_at >= ${first}::date::timestamp at time zone 'UTC'
              and v.started_at < (${last}::date + 1)::timestamp at time zone 'UTC'
              and (v.started_at at time zone 'UTC')::date = any(${days}::date[])
            group by 2, 3, 4`,
      );
      const marks = sql.join(
        rebuild.map((s) => sql`(${ws}::uuid, ${dimension}, ${s.day}::date, ${s.marked_at}::timestamptz)`),
        sql`, `,
      );
      await tx.db.execute(
        sql`insert into traffic_day_refreshes (workspace_id, dimension, day, marked_at) values ${marks}
            on conflict (workspace_id, dimension, day) do update set marked_at = excluded.marked_at, refreshed_at = now()`,
      );
    }
    return now.filter((s) => !s.settled).map((s) => s.day);
  });
}
