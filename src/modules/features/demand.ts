import { sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { rescoreFeatures } from '../scoring/rescore.ts';

/**
 * Demand signals of features, derived from their linked feedback: how many feedback items, how many
 * distinct customers, and those customers' total annual revenue. Kept as columns on features so lists
 * can sort by them; every change to links, feedback's customer or a customer's revenue calls one of
 * these in the same transaction.
 */

/** Recomputes demand (and then the score) of the given features. */
export async function refreshDemand(ctx: WsCtx, featureIds: readonly string[]): Promise<void> {
  const ids = [...new Set(featureIds)];
  if (ids.length === 0) return;
  await ctx.db.execute(sql`
    update features f set
      feedback_count = d.feedback_count,
      customer_count = d.customer_count,
      customer_revenue = d.customer_revenue
    from (
      select ids.id,
             count(ff.feedback_id)::int as feedback_count,
             count(distinct fb.customer_id)::int as customer_count,
             coalesce((select sum(c.annual_revenue) from customers c
                       where c.workspace_id = ${ctx.workspaceId}
                         and c.id in (select fb2.customer_id from feature_feedback ff2
                                      join feedback fb2 on fb2.workspace_id = ff2.workspace_id and fb2.id = ff2.feedback_id
                                      where ff2.workspace_id = ${ctx.workspaceId} and ff2.feature_id = ids.id)), 0) as customer_revenue
      from unnest(${toUuidArray(ids)}::uuid[]) as ids(id)
      left join feature_feedback ff on ff.workspace_id = ${ctx.workspaceId} and ff.feature_id = ids.id
      left join feedback fb on fb.workspace_id = ff.workspace_id and fb.id = ff.feedback_id
      group by ids.id
    ) d
    where f.workspace_id = ${ctx.workspaceId} and f.id = d.id`);
  await rescoreFeatures(ctx, { featureIds: ids });
}

/** Refreshes the features linked to any of these feedback items (call before deleting them too). */
export async function refreshDemandForFeedback(ctx: WsCtx, feedbackIds: readonly string[]): Promise<void> {
  if (feedbackIds.length === 0) return;
  const linked = await rows<{ feature_id: string }>(
    ctx.db,
    sql`select distinct feature_id from feature_feedback
        where workspace_id = ${ctx.workspaceId} and feedback_id = any(${toUuidArray(feedbackIds)}::uuid[])`,
  );
  await refreshDemand(
    ctx,
    linked.map((r) => r.feature_id),
  );
}

/** Refreshes the features linked to any feedback of this customer (its revenue or identity changed). */
export async function refreshDemandForCustomer(ctx: WsCtx, customerId: string): Promise<void> {
  const linked = await rows<{ feature_id: string }>(
    ctx.db,
    sql`select distinct ff.feature_id from feature_feedback ff
        join feedback fb on fb.workspace_id = ff.workspace_id and fb.id = ff.feedback_id
        where ff.workspace_id = ${ctx.workspaceId} and fb.customer_id = ${customerId}`,
  );
  await refreshDemand(
    ctx,
    linked.map((r) => r.feature_id),
  );
}

/** A PostgreSQL array literal of uuids, passed as one parameter (works the same on both drivers). */
export const toUuidArray = (ids: readonly string[]) => `{${ids.join(',')}}`;
