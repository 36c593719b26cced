import { and, count, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { LaunchStatus } from '../../core/enums.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { defineWorkflow } from '../../core/workflow.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { notifyAssignee } from '../comments/notifications.ts';
import { products } from '../products/schema.ts';
import { releases } from '../releases/schema.ts';
import { requirements } from '../requirements/schema.ts';
import { members } from '../workspaces/schema.ts';
import { addDays, today } from './dates.ts';
import { emptyReadiness, type Readiness, readinessOf } from './readiness.ts';
import { launches, launchTasks } from './schema.ts';
import { templateFor } from './template-store.ts';
import type { Tier } from './templates.ts';

type LaunchRow = typeof launches.$inferSelect;

/** The launch workflow: launched is final; a cancelled launch can be planned again. */
export const LAUNCH_WORKFLOW = defineWorkflow<LaunchStatus>({
  artefact: 'launch',
  noun: 'launch',
  transitions: {
    planned: ['in_progress', 'cancelled'],
    in_progress: ['launched', 'planned', 'cancelled'],
    launched: [],
    cancelled: ['planned'],
  },
});
export const LAUNCH_TRANSITIONS = LAUNCH_WORKFLOW.transitions;

export function presentLaunch(r: LaunchRow, readiness: Readiness = emptyReadiness()) {
  return {
    id: r.id,
    name: r.name,
    releaseId: r.releaseId,
    productId: r.productId,
    tier: r.tier as Tier,
    launchDate: r.launchDate,
    description: r.description,
    goals: r.goals,
    status: r.status,
    allowedTransitions: [...LAUNCH_WORKFLOW.next(r.status)],
    ownerId: r.ownerId,
    readiness,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Launch = ReturnType<typeof presentLaunch>;

const logged = (r: LaunchRow) => ({
  name: r.name,
  releaseId: r.releaseId,
  productId: r.productId,
  tier: r.tier,
  launchDate: r.launchDate,
  description: r.description,
  goals: r.goals,
  status: r.status,
  ownerId: r.ownerId,
});

export type LaunchInput = {
  name: string;
  releaseId?: string | null;
  productId?: string | null;
  tier: Tier;
  launchDate: string;
  description?: string;
  goals?: string[];
  ownerId?: string | null;
};
export type LaunchUpdate = Partial<LaunchInput> & { status?: LaunchStatus };

export const LAUNCH_SORTS = ['launchDate', 'createdAt', 'name'] as const;
const sortColumn = { launchDate: launches.launchDate, createdAt: launches.createdAt, name: launches.name };
export type LaunchQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  status?: LaunchStatus[];
  tier?: Tier;
  releaseId?: string;
  productId?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
};

/** A page of launches with their readiness, soonest first unless asked otherwise. */
export async function listLaunches(ctx: WsCtx, q: LaunchQuery): Promise<Page<Launch>> {
  const sort = parseSort(q.sort, LAUNCH_SORTS, 'launchDate');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: SQL[] = [eq(launches.workspaceId, ctx.workspaceId)];
  if (q.status?.length) conds.push(inArray(launches.status, q.status));
  if (q.tier) conds.push(eq(launches.tier, q.tier));
  if (q.releaseId) conds.push(eq(launches.releaseId, q.releaseId));
  if (q.productId) conds.push(eq(launches.productId, q.productId));
  if (q.from) conds.push(gte(launches.launchDate, q.from));
  if (q.to) conds.push(lte(launches.launchDate, q.to));
  if (q.overdue !== undefined) {
    const late = sql`exists (select 1 from ${launchTasks} where ${launchTasks.workspaceId} = ${launches.workspaceId}
      and ${launchTasks.launchId} = ${launches.id} and ${launchTasks.status} = 'open' and ${launchTasks.dueDate} < ${today()})`;
    conds.push(q.overdue ? late : sql`not ${late}`);
  }
  if (q.cursor) conds.push(afterCursor(column, launches.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(launches)
    .where(and(...conds))
    .orderBy(...orderFor(column, launches.id, sort))
    .limit(q.limit + 1);
  const readiness = await readinessOf(
    ctx,
    fetched.map((r) => r.id),
  );
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => r[sort.field as keyof typeof sortColumn],
    (r) => presentLaunch(r, readiness.get(r.id)),
  );
}

async function present(ctx: WsCtx, row: LaunchRow): Promise<Launch> {
  return presentLaunch(row, (await readinessOf(ctx, [row.id])).get(row.id));
}

/** One launch with its readiness (for the API and the launch brief). */
export async function getLaunch(ctx: WsCtx, id: string): Promise<Launch> {
  const [r] = await ctx.db
    .select()
    .from(launches)
    .where(and(eq(launches.workspaceId, ctx.workspaceId), eq(launches.id, id)));
  if (!r) throw notFound('Launch');
  return present(ctx, r);
}

/** Refuses an owner who is not a member of the workspace. */
export async function assertMember(
  ctx: WsCtx,
  userId: string | null | undefined,
  path: string,
): Promise<void> {
  if (!userId) return;
  const [m] = await ctx.db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.userId, userId)));
  if (!m) throw invalidField(path, `User ${userId} is not a member of this workspace`);
}

/** Refuses a second launch for a release, pointing at the first. */
async function assertReleaseFree(ctx: WsCtx, releaseId: string, except?: string): Promise<void> {
  const [taken] = await ctx.db
    .select({ id: launches.id, name: launches.name })
    .from(launches)
    .where(and(eq(launches.workspaceId, ctx.workspaceId), eq(launches.releaseId, releaseId)));
  if (taken && taken.id !== except)
    throw conflict(`Release already has a launch ("${taken.name}"); a release is launched once`, {
      existingId: taken.id,
      errors: [{ path: 'releaseId', message: 'This release already has a launch' }],
    });
}

/** The product of a release, to default a launch's product from. */
async function releaseProduct(ctx: WsCtx, releaseId: string): Promise<string | null> {
  const [r] = await ctx.db
    .select({ productId: releases.productId })
    .from(releases)
    .where(and(eq(releases.workspaceId, ctx.workspaceId), eq(releases.id, releaseId)));
  return r?.productId ?? null;
}

/**
 * Creates a launch and its task list from the tier's template (the workspace's or the default), every
 * task due at launch date + its offset. All tasks go in with one INSERT.
 */
export async function createLaunch(ctx: WsCtx, input: LaunchInput): Promise<Launch> {
  assertCan(ctx.role, 'launch', 'create');
  await assertRef(ctx, releases, input.releaseId, 'releaseId', 'release');
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  await assertMember(ctx, input.ownerId, 'ownerId');
  if (input.releaseId) await assertReleaseFree(ctx, input.releaseId);
  const productId = input.productId ?? (input.releaseId ? await releaseProduct(ctx, input.releaseId) : null);
  const template = await templateFor(ctx, input.tier);
  const row = await releaseUnique(() =>
    ctx.db
      .insert(launches)
      .values({ ...input, productId, workspaceId: ctx.workspaceId, status: 'planned' })
      .returning(),
  );
  if (template.length > 0)
    await ctx.db.insert(launchTasks).values(
      template.map((t, i) => ({
        workspaceId: ctx.workspaceId,
        launchId: row.id,
        title: t.title,
        description: t.description,
        ownerRole: t.ownerRole,
        offsetDays: t.offsetDays,
        dueDate: addDays(input.launchDate, t.offsetDays),
        position: i + 1,
      })),
    );
  await notifyAssignee(ctx, null, row.ownerId, { entityType: 'launch', entityId: row.id });
  await recordActivity(ctx, {
    entityType: 'launch',
    entityId: row.id,
    action: 'created',
    after: { ...logged(row), tasks: template.length },
  });
  return present(ctx, row);
}

/** A race past assertReleaseFree still meets the unique index: the same 409. */
async function releaseUnique(write: () => Promise<LaunchRow[]>): Promise<LaunchRow> {
  try {
    return (await write())[0]!;
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict('Release already has a launch; a release is launched once', {
        errors: [{ path: 'releaseId', message: 'This release already has a launch' }],
      });
    throw err;
  }
}

/**
 * Edits a launch. Moving the launch date moves every open task's due date with it (offsets kept);
 * done and skipped tasks keep the date they had. Changing the tier keeps the tasks as they are.
 */
export async function updateLaunch(
  ctx: WsCtx,
  id: string,
  input: LaunchUpdate,
  expected?: number,
): Promise<Launch> {
  assertCan(ctx.role, 'launch', 'update');
  const before = await lockRow(ctx, launches, id, 'Launch');
  await checkVersion(ctx, 'launch', before, expected);
  if (input.status) LAUNCH_WORKFLOW.assertMove({ from: before.status, to: input.status });
  await assertRef(ctx, releases, input.releaseId, 'releaseId', 'release');
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  await assertMember(ctx, input.ownerId, 'ownerId');
  if (input.releaseId) await assertReleaseFree(ctx, input.releaseId, id);
  const after = await releaseUnique(() =>
    ctx.db
      .update(launches)
      .set({ ...input, ...bump() })
      .where(and(eq(launches.workspaceId, ctx.workspaceId), eq(launches.id, id)))
      .returning(),
  );
  let moved = 0;
  if (input.launchDate && input.launchDate !== before.launchDate) {
    const shifted = await ctx.db
      .update(launchTasks)
      .set({ dueDate: sql`(${input.launchDate}::date + ${launchTasks.offsetDays})`, ...bump() })
      .where(
        and(
          eq(launchTasks.workspaceId, ctx.workspaceId),
          eq(launchTasks.launchId, id),
          eq(launchTasks.status, 'open'),
        ),
      )
      .returning({ id: launchTasks.id });
    moved = shifted.length;
  }
  await notifyAssignee(ctx, before.ownerId, after.ownerId, { entityType: 'launch', entityId: id });
  await recordActivity(ctx, {
    entityType: 'launch',
    entityId: id,
    action: LAUNCH_WORKFLOW.action(before.status, input.status),
    before: logged(before),
    after: { ...logged(after), ...(moved > 0 ? { tasksMoved: moved } : {}) },
  });
  return present(ctx, after);
}

/** Deletes a launch with its tasks; refused while requirements point at it. */
export async function deleteLaunch(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'launch', 'delete');
  const before = await lockRow(ctx, launches, id, 'Launch');
  await checkVersion(ctx, 'launch', before, expected);
  const [linked] = await ctx.db
    .select({ n: count() })
    .from(requirements)
    .where(and(eq(requirements.workspaceId, ctx.workspaceId), eq(requirements.launchId, id)));
  if (linked && linked.n > 0)
    throw conflict(
      `${linked.n} go-to-market requirement(s) point at this launch; unlink or delete them first`,
      {
        requirementCount: linked.n,
      },
    );
  await deleteCommentsOn(ctx, 'launch', id);
  await ctx.db.delete(launches).where(and(eq(launches.workspaceId, ctx.workspaceId), eq(launches.id, id)));
  await recordActivity(ctx, {
    entityType: 'launch',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
