import { and, desc, eq, inArray } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { notFound } from '../../core/errors.ts';
import { assertCan } from '../../policies/ownership.ts';
import { getBattlecard } from '../competitors/battlecards.ts';
import { features } from '../features/schema.ts';
import { getLaunch } from '../launches/launches.ts';
import { listTasks } from '../launches/tasks.ts';
import { personas } from '../personas/schema.ts';
import { approvalRules } from '../positioning/approval.ts';
import { approvedMessaging, type Messaging, presentMessaging } from '../positioning/messaging.ts';
import { currentPositioning, type Positioning } from '../positioning/positioning.ts';
import { messaging } from '../positioning/schema.ts';
import { getProduct } from '../products/products.ts';
import { releases } from '../releases/schema.ts';
import { listRequirements } from '../requirements/requirements.ts';

/** The approved positioning, or null when none is approved yet (documents say so instead of failing). */
async function positioningOrNull(ctx: WsCtx, productId: string): Promise<Positioning | null> {
  try {
    return await currentPositioning(ctx, productId);
  } catch {
    return null;
  }
}

/** Every approved messaging of a product, one per persona, by persona name. */
async function approvedMessagingOf(ctx: WsCtx, productId: string): Promise<Messaging[]> {
  const rows = await ctx.db
    .select({ row: messaging, personaName: personas.name })
    .from(messaging)
    .innerJoin(
      personas,
      and(eq(personas.workspaceId, messaging.workspaceId), eq(personas.id, messaging.personaId)),
    )
    .where(
      and(
        eq(messaging.workspaceId, ctx.workspaceId),
        eq(messaging.productId, productId),
        eq(messaging.status, 'approved'),
      ),
    )
    .orderBy(personas.name);
  const product = await getProduct(ctx, productId);
  const rules = await approvalRules(ctx);
  return rows.map((r) =>
    presentMessaging(ctx, r.row, { productName: product.name, personaName: r.personaName }, rules),
  );
}

/** A battlecard as sales reads it. */
export async function battlecardDocument(ctx: WsCtx, id: string) {
  assertCan(ctx.role, 'battlecard', 'read');
  return { card: await getBattlecard(ctx, id) };
}
export type BattlecardDocument = Awaited<ReturnType<typeof battlecardDocument>>;

/**
 * A product one-pager: the approved positioning statement, the approved messaging for one persona (the
 * given one, else the first persona with approved messaging) and the top shipped features by score.
 */
export async function onePagerDocument(ctx: WsCtx, productId: string, personaId?: string) {
  assertCan(ctx.role, 'messaging', 'read');
  const product = await getProduct(ctx, productId);
  const positioning = await positioningOrNull(ctx, productId);
  if (!positioning)
    throw notFound(`Approved positioning for ${product.name} (approve one before making its one-pager)`);
  const copy = personaId
    ? await approvedMessaging(ctx, productId, personaId)
    : ((await approvedMessagingOf(ctx, productId))[0] ?? null);
  const top = await ctx.db
    .select({
      id: features.id,
      title: features.title,
      asA: features.asA,
      iWant: features.iWant,
      soThat: features.soThat,
    })
    .from(features)
    .where(
      and(
        eq(features.workspaceId, ctx.workspaceId),
        eq(features.productId, productId),
        eq(features.status, 'shipped'),
      ),
    )
    .orderBy(desc(features.score), features.title)
    .limit(5);
  return { product, positioning, messaging: copy, features: top };
}
export type OnePagerDocument = Awaited<ReturnType<typeof onePagerDocument>>;

/**
 * A launch brief: the launch and its readiness, the release and its features, tasks by role, the product's
 * positioning and approved messaging, and the requirements handed to marketing with their programs.
 */
export async function launchBriefDocument(ctx: WsCtx, launchId: string) {
  assertCan(ctx.role, 'launch', 'read');
  const launch = await getLaunch(ctx, launchId);
  const [release] = launch.releaseId
    ? await ctx.db
        .select({
          id: releases.id,
          name: releases.name,
          targetDate: releases.targetDate,
          status: releases.status,
        })
        .from(releases)
        .where(and(eq(releases.workspaceId, ctx.workspaceId), eq(releases.id, launch.releaseId)))
    : [];
  const shipping = release
    ? await ctx.db
        .select({ id: features.id, title: features.title, status: features.status })
        .from(features)
        .where(
          and(
            eq(features.workspaceId, ctx.workspaceId),
            eq(features.releaseId, release.id),
            inArray(features.status, ['planned', 'in_progress', 'shipped']),
          ),
        )
        .orderBy(desc(features.score), features.title)
    : [];
  const product = launch.productId ? await getProduct(ctx, launch.productId) : null;
  const positioning = product ? await positioningOrNull(ctx, product.id) : null;
  const copy = product ? await approvedMessagingOf(ctx, product.id) : [];
  const tasks = await listTasks(ctx, launchId);
  const handoff = await listRequirements(ctx, { launchId, limit: 200 });
  return {
    launch,
    release: release ?? null,
    features: shipping,
    product,
    positioning,
    messaging: copy,
    tasks,
    requirements: handoff.items,
  };
}
export type LaunchBriefDocument = Awaited<ReturnType<typeof launchBriefDocument>>;
