import { sql, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { TrafficChannel } from '../../core/enums.ts';
import { probe, row, rows } from '../../db/sql.ts';
import { daily } from '../attribution/breakdown.ts';
import { DAY_MS } from '../attribution/models.ts';
import type { Window } from '../attribution/query.ts';
import { arrayLiteral } from '../attribution/rollups.ts';

/** Which visits (and touches) a filtered dashboard counts: a channel group, a set of UTM campaigns. */
export type VisitFilter = { channel: TrafficChannel | null; utmCampaigns: string[] | null };

export const unfiltered = (f: VisitFilter) => f.channel === null && f.utmCampaigns === null;

/** Visits of a day in one value of a dimension (a channel group, a UTM campaign; '' for none). */
export type DayCount = { day: string; value: string; visits: number };

export type VisitCounts = {
  /** Per day of the period and channel group. */
  channels: DayCount[];
  /** Visits of the period per UTM campaign and per referral code (only when asked for the detail). */
  campaigns: Map<string, number>;
  referralCodes: Map<string, number>;
};

function predicate(f: VisitFilter, v: SQL): SQL {
  const parts = [sql`not ${v}.is_bot`];
  if (f.channel) parts.push(sql`${v}.channel = ${f.channel}`);
  if (f.utmCampaigns) parts.push(sql`${v}.utm_campaign = any(${arrayLiteral(f.utmCampaigns)}::text[])`);
  return sql.join(parts, sql` and `);
}

const sumBy = (list: { value: string; visits: number }[]) => {
  const m = new Map<string, number>();
  for (const r of list) m.set(r.value, (m.get(r.value) ?? 0) + Number(r.visits));
  return m;
};

/**
 * Visits of a period for the dashboard: per day and channel group, and with `detail` per UTM campaign and
 * referral code. Unfiltered, the per-day counts of whole days come from the daily traffic rollup (channel and
 * campaign dimensions, rollups.ts) so no view scans the period's visits for them; filtered, or part of a day,
 * one grouped query over `visits` (the filter's visits are the few of one campaign, program or channel; part
 * of today is an hour's or a day's) answers both. Another query
 * counts visits per referral code (visits_referral_idx). Unique visitors cannot be summed from days:
 * distinctVisitors counts them over a period (memoized with the period by marketing-credit.ts).
 */
export async function visitCounts(
  ctx: WsCtx,
  w: Window,
  f: VisitFilter,
  detail: boolean,
): Promise<VisitCounts> {
  const ws = ctx.workspaceId;
  const v = sql.raw('v');
  const dayCounts = async (): Promise<Pick<VisitCounts, 'channels' | 'campaigns'>> => {
    // The rollup holds whole days; part of a day (today up to or from an hour) is counted from its visits.
    const wholeDays = w.start.getTime() % DAY_MS === 0 && w.end.getTime() % DAY_MS === 0;
    if (unfiltered(f) && wholeDays) {
      const [channels, campaigns] = await Promise.all([
        daily(ctx, 'channel', w),
        detail ? daily(ctx, 'campaign', w) : [],
      ]);
      return {
        channels: channels.map((r) => ({ day: r.bucket, value: r.value, visits: Number(r.visits) })),
        campaigns: sumBy(campaigns),
      };
    }
    const found = await rows<{ day: string; channel: string; campaign: string; visits: number }>(
      ctx.db,
      sql`select to_char(v.started_at at time zone 'UTC', 'YYYY-MM-DD') as day, v.channel,
            coalesce(v.utm_campaign, '') as campaign, count(*)::int as visits
          from visits v
          where v.workspace_id = ${ws} and ${predicate(f, v)}
            and v.started_at >= ${w.start.toISOString()}::timestamptz and v.started_at < ${w.end.toISOString()}::timestamptz
          group by 1, 2, 3`,
    );
    return {
      channels: found.map((r) => ({ day: r.day, value: r.channel, visits: Number(r.visits) })),
      campaigns: detail ? sumBy(found.map((r) => ({ value: r.campaign, visits: r.visits }))) : new Map(),
    };
  };
  const [counts, codes] = await Promise.all([
    dayCounts(),
    detail
      ? rows<{ code: string; visits: number }>(
          ctx.db,
          sql`select v.referral_code as code, count(*)::int as visits
              from visits v
              where v.workspace_id = ${ws} and v.referral_code is not null
                and v.started_at >= ${w.start.toISOString()}::timestamptz and v.started_at < ${w.end.toISOString()}::timestamptz
                and ${predicate(f, v)}
              group by 1`,
        )
      : [],
  ]);
  return { ...counts, referralCodes: new Map(codes.map((c) => [c.code, Number(c.visits)])) };
}

/**
 * Distinct persons with a (non-bot, filtered) visit started in [start, end); with `seenSince`, only those with
 * no such visit in [seenSince, start): the persons a range still open adds to the (memoized) count of its
 * days that are over, one index probe (visits_person_idx) each instead of a scan of the whole range.
 */
export async function distinctVisitors(
  ctx: WsCtx,
  start: Date,
  end: Date,
  f: VisitFilter,
  seenSince?: Date,
): Promise<number> {
  const [v, o] = [sql.raw('v'), sql.raw('o')];
  const unseen = seenSince
    ? sql`where not ${probe(sql`select true from visits o
          where o.workspace_id = ${ctx.workspaceId} and o.person_id = d.person_id and ${predicate(f, o)}
            and o.started_at >= ${seenSince.toISOString()}::timestamptz and o.started_at < ${start.toISOString()}::timestamptz`)}`
    : sql``;
  const r = await row<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from (
          select distinct v.person_id from visits v
          where v.workspace_id = ${ctx.workspaceId} and ${predicate(f, v)}
            and v.started_at >= ${start.toISOString()}::timestamptz and v.started_at < ${end.toISOString()}::timestamptz
        ) d ${unseen}`,
  );
  return Number(r?.n ?? 0);
}
