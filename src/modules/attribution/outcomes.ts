import { sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { weights } from './models.ts';
import { goalMatch, goalRevenue, type Window } from './query.ts';

/** One touch of an outcome: the visit's channel group, UTM campaign and referral code. */
export type OutcomeTouch = { channel: string; campaign: string | null; referralCode: string | null };

/** A lead (a person identified) or a conversion (a goal event), with its touches' shares under the model. */
export type Outcome = {
  kind: 'lead' | 'conversion';
  /** UTC day it happened on. */
  day: string;
  revenue: number;
  /** The touches in its lookback window, in order, each with its share of the credit (summing to 1; none: direct). */
  touches: (OutcomeTouch & { share: number })[];
};

/**
 * The batched variant of results.ts's figures: every lead and conversion of [start, w.end) in ONE query, each
 * with its touches (non-bot visits of the person in the lookback before it, ordered by start then visit id, as
 * results.ts orders them) and the share the model gives each, so a caller credits campaigns, programs,
 * channels and affiliates at once instead of one query per entity. Summing the shares of one campaign's touches
 * gives the campaign's results.ts figures (tested in dashboards/marketing.test.ts).
 */
export async function creditedOutcomes(ctx: WsCtx, w: Window, start: Date = w.start): Promise<Outcome[]> {
  const ws = ctx.workspaceId;
  const e = sql.raw('e');
  const lookback = sql`${`${w.lookbackDays} days`}::interval`;
  const found = await rows<{
    kind: 'lead' | 'conversion';
    day: string;
    revenue: number;
    channels: string[] | null;
    campaigns: (string | null)[] | null;
    codes: (string | null)[] | null;
  }>(
    ctx.db,
    sql`with outcomes as (
          select 'conversion' as kind, e.person_id, e.time as at, ${goalRevenue(w, e)} as revenue
          from events e
          where e.workspace_id = ${ws} and not e.is_bot and (${goalMatch(w.goals, e)})
            and e.time >= ${start.toISOString()}::timestamptz and e.time < ${w.end.toISOString()}::timestamptz
          union all
          select 'lead', p.id, p.identified_at, 0::float8
          from persons p
          where p.workspace_id = ${ws} and not p.is_bot
            and p.identified_at >= ${start.toISOString()}::timestamptz and p.identified_at < ${w.end.toISOString()}::timestamptz
        )
        select o.kind, to_char(o.at at time zone 'UTC', 'YYYY-MM-DD') as day, o.revenue,
          t.channels, t.campaigns, t.codes
        from outcomes o cross join lateral (
          select array_agg(v.channel order by v.started_at, v.id) as channels,
            array_agg(v.utm_campaign order by v.started_at, v.id) as campaigns,
            array_agg(v.referral_code order by v.started_at, v.id) as codes
          from visits v
          where v.workspace_id = ${ws} and v.person_id = o.person_id and not v.is_bot
            and v.started_at >= o.at - ${lookback} and v.started_at <= o.at
        ) t`,
  );
  return found.map((r) => {
    const channels = r.channels ?? [];
    const shares = weights(w.model, channels.length);
    return {
      kind: r.kind,
      day: r.day,
      revenue: Number(r.revenue),
      touches: channels.map((channel, i) => ({
        channel,
        campaign: r.campaigns?.[i] ?? null,
        referralCode: r.codes?.[i] ?? null,
        share: shares[i] ?? 0,
      })),
    };
  });
}
