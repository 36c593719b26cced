import { and, desc, eq } from 'drizzle-orm';
import { recordActivities } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { IMPORTANCES } from '../../core/enums.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRefs } from '../../core/refs.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { customers } from '../customers/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { refreshDemand } from './demand.ts';
import { featureFeedback, features } from './schema.ts';

export type Importance = (typeof IMPORTANCES)[number];

/** Locks the feature, so concurrent link changes refresh its demand one after the other. */
async function assertFeature(ctx: WsCtx, featureId: string) {
  const found = await ctx.db
    .select({ id: features.id })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, featureId)))
    .for('update');
  if (found.length === 0) throw notFound('Feature');
}

/** Links feedback items to a feature (all or none), then refreshes its demand and score. */
export async function linkFeedback(
  ctx: WsCtx,
  featureId: string,
  items: { feedbackId: string; importance: Importance }[],
): Promise<number> {
  assertCan(ctx.role, 'feature', 'link_feedback');
  await assertFeature(ctx, featureId);
  const repeated = items.findIndex(
    (item, i) => items.findIndex((o) => o.feedbackId === item.feedbackId) !== i,
  );
  if (repeated >= 0) {
    throw invalidField(`feedbackIds.${repeated}`, `Feedback ${items[repeated]!.feedbackId} is listed twice`);
  }
  await assertRefs(
    ctx,
    feedback,
    items.map((i) => i.feedbackId),
    'feedbackIds',
    'feedback',
  );
  try {
    await ctx.db.insert(featureFeedback).values(
      items.map((i) => ({
        workspaceId: ctx.workspaceId,
        featureId,
        feedbackId: i.feedbackId,
        importance: i.importance,
        createdBy: ctx.actor.userId,
      })),
    );
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation) throw conflict('This feedback is already linked to the feature');
    throw err;
  }
  await refreshDemand(ctx, [featureId]);
  await recordActivities(
    ctx,
    items.map((i) => ({
      entityType: 'feature',
      entityId: featureId,
      action: 'linked',
      changes: { feedback: { before: null, after: { id: i.feedbackId, importance: i.importance } } },
    })),
  );
  return items.length;
}

/** Changes how much a linked feedback item matters to the feature. */
export async function updateLink(ctx: WsCtx, featureId: string, feedbackId: string, importance: Importance) {
  assertCan(ctx.role, 'feature', 'link_feedback');
  await assertFeature(ctx, featureId);
  const [before] = await ctx.db
    .select()
    .from(featureFeedback)
    .where(linkWhere(ctx, featureId, feedbackId))
    .for('update');
  if (!before) throw notFound('Link');
  await ctx.db
    .update(featureFeedback)
    .set({ importance })
    .where(linkWhere(ctx, featureId, feedbackId));
  await recordActivities(ctx, [
    {
      entityType: 'feature',
      entityId: featureId,
      action: 'link_updated',
      changes: { [`feedback:${feedbackId}`]: { before: before.importance, after: importance } },
    },
  ]);
  // Importance does not feed demand today; refreshing keeps every link change on the same path.
  await refreshDemand(ctx, [featureId]);
  return { feedbackId, importance };
}

/** Removes a link, then refreshes the feature's demand and score. */
export async function unlinkFeedback(ctx: WsCtx, featureId: string, feedbackId: string): Promise<void> {
  assertCan(ctx.role, 'feature', 'link_feedback');
  await assertFeature(ctx, featureId);
  const [gone] = await ctx.db
    .delete(featureFeedback)
    .where(linkWhere(ctx, featureId, feedbackId))
    .returning();
  if (!gone) throw notFound('Link');
  await refreshDemand(ctx, [featureId]);
  await recordActivities(ctx, [
    {
      entityType: 'feature',
      entityId: featureId,
      action: 'unlinked',
      changes: { feedback: { before: { id: feedbackId, importance: gone.importance }, after: null } },
    },
  ]);
}

const linkWhere = (ctx: WsCtx, featureId: string, feedbackId: string) =>
  and(
    eq(featureFeedback.workspaceId, ctx.workspaceId),
    eq(featureFeedback.featureId, featureId),
    eq(featureFeedback.feedbackId, feedbackId),
  );

export type LinkedFeedback = {
  feedbackId: string;
  importance: Importance;
  linkedAt: string;
  title: string;
  excerpt: string;
  status: string;
  customer: { id: string; name: string } | null;
};

/** The feedback linked to a feature, newest link first. */
export async function listLinkedFeedback(
  ctx: WsCtx,
  featureId: string,
  query: { limit: number; cursor?: string },
): Promise<Page<LinkedFeedback>> {
  await assertFeatureReadable(ctx, featureId);
  const sort = parseSort('-createdAt', ['createdAt'], '-createdAt');
  const cursorCond = query.cursor
    ? afterCursor(featureFeedback.createdAt, featureFeedback.feedbackId, sort, query.cursor)
    : undefined;
  const rows = await ctx.db
    .select({
      id: featureFeedback.feedbackId,
      importance: featureFeedback.importance,
      createdAt: featureFeedback.createdAt,
      title: feedback.title,
      text: feedback.text,
      status: feedback.status,
      customerId: customers.id,
      customerName: customers.name,
    })
    .from(featureFeedback)
    .innerJoin(
      feedback,
      and(eq(feedback.workspaceId, featureFeedback.workspaceId), eq(feedback.id, featureFeedback.feedbackId)),
    )
    .leftJoin(
      customers,
      and(eq(customers.workspaceId, feedback.workspaceId), eq(customers.id, feedback.customerId)),
    )
    .where(
      and(
        eq(featureFeedback.workspaceId, ctx.workspaceId),
        eq(featureFeedback.featureId, featureId),
        cursorCond,
      ),
    )
    .orderBy(desc(featureFeedback.createdAt), desc(featureFeedback.feedbackId))
    .limit(query.limit + 1);
  return toPage(
    rows,
    query.limit,
    sort,
    (r) => r.createdAt,
    (r) => ({
      feedbackId: r.id,
      importance: r.importance,
      linkedAt: r.createdAt.toISOString(),
      title: r.title,
      excerpt: r.text.length > 200 ? `${r.text.slice(0, 199)}…` : r.text,
      status: r.status,
      customer: r.customerId ? { id: r.customerId, name: r.customerName! } : null,
    }),
  );
}

async function assertFeatureReadable(ctx: WsCtx, featureId: string) {
  const found = await ctx.db
    .select({ id: features.id })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, featureId)));
  if (found.length === 0) throw notFound('Feature');
}
