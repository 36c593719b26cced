import { and, count, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { FeatureStatus, ReleaseStatus } from '../../core/enums.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertNoDependents } from '../../core/dependents.ts';
import { assertRef } from '../../core/refs.ts';
import { defineWorkflow } from '../../core/workflow.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan, OWNERSHIP } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { plannableFor } from '../features/planning.ts';
import { notifyRoles } from '../comments/notifications.ts';
import { features } from '../features/schema.ts';
import { products } from '../products/schema.ts';
import { releases } from './schema.ts';

export type ReleaseRow = typeof releases.$inferSelect;

/**
 * The release workflow: which status may follow which. A released release is final; a cancelled one
 * can be revived as planned; work in progress can be pushed back to planned (scope moved out).
 */
export const RELEASE_WORKFLOW = defineWorkflow<ReleaseStatus>({
  artefact: 'release',
  noun: 'release',
  transitions: {
    planned: ['in_progress', 'cancelled'],
    in_progress: ['released', 'planned', 'cancelled'],
    released: [],
    cancelled: ['planned'],
  },
});
export const RELEASE_TRANSITIONS = RELEASE_WORKFLOW.transitions;

/** How full a release is: the effort of its features against its capacity. */
export type ReleaseLoad = {
  /** Sum of the effort of its features, except those marked won't do. */
  plannedEffort: number;
  /** Every feature assigned to it (including won't do). */
  featureCount: number;
  /** Features (not won't do) without an effort estimate: plannedEffort undercounts by these. */
  unestimatedCount: number;
  overCapacity: boolean;
};

const EMPTY_LOAD = { plannedEffort: 0, featureCount: 0, unestimatedCount: 0 };

/** Loads of the given releases, from their features, in one query. */
export async function loadsFor(
  ctx: WsCtx,
  releaseIds: readonly string[],
): Promise<Map<string, Omit<ReleaseLoad, 'overCapacity'>>> {
  if (releaseIds.length === 0) return new Map();
  const found = await ctx.db
    .select({
      releaseId: features.releaseId,
      plannedEffort: sql<number>`coalesce(sum(${features.effort}) filter (where ${features.status} <> 'wont_do'), 0)::float8`,
      featureCount: sql<number>`count(*)::int`,
      unestimatedCount: sql<number>`(count(*) filter (where ${features.effort} is null and ${features.status} <> 'wont_do'))::int`,
    })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), inArray(features.releaseId, [...releaseIds])))
    .groupBy(features.releaseId);
  return new Map(
    found.map((r) => [
      r.releaseId as string,
      {
        plannedEffort: Number(r.plannedEffort),
        featureCount: Number(r.featureCount),
        unestimatedCount: Number(r.unestimatedCount),
      },
    ]),
  );
}

export function presentRelease(r: ReleaseRow, load: Omit<ReleaseLoad, 'overCapacity'> = EMPTY_LOAD) {
  return {
    id: r.id,
    productId: r.productId,
    name: r.name,
    description: r.description,
    targetDate: r.targetDate,
    status: r.status,
    capacity: r.capacity,
    ...load,
    overCapacity: r.capacity !== null && load.plannedEffort > r.capacity,
    allowedTransitions: [...RELEASE_WORKFLOW.next(r.status)],
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Release = ReturnType<typeof presentRelease>;

/** The release's own fields, as the activity log records them (the load is derived, not changed). */
const logged = (r: ReleaseRow) => ({
  productId: r.productId,
  name: r.name,
  description: r.description,
  targetDate: r.targetDate,
  status: r.status,
  capacity: r.capacity,
});

export type ReleaseInput = {
  name: string;
  productId?: string | null;
  description?: string;
  targetDate?: string | null;
  capacity?: number | null;
};
export type ReleaseUpdate = Partial<ReleaseInput> & { status?: ReleaseStatus };

export const RELEASE_SORTS = ['targetDate', 'name', 'createdAt'] as const;
const sortColumn = {
  targetDate: releases.targetDate,
  name: releases.name,
  createdAt: releases.createdAt,
};

export type ReleaseFilters = {
  status?: ReleaseStatus[];
  productId?: string;
  /** Target date on or after (ISO date). */
  from?: string;
  /** Target date on or before (ISO date). */
  to?: string;
};
export type ReleaseQuery = ReleaseFilters & {
  limit: number;
  cursor?: string;
  sort?: string;
  /** Only the releases this feature may be planned in (features/planning.ts), as `featureStatus` if given. */
  forFeature?: string;
  featureStatus?: FeatureStatus;
};

/** The WHERE conditions shared by release lists and the roadmap. */
export function releaseConditions(ctx: WsCtx, f: ReleaseFilters): SQL[] {
  const conds: SQL[] = [eq(releases.workspaceId, ctx.workspaceId)];
  if (f.status?.length) conds.push(inArray(releases.status, f.status));
  if (f.productId) conds.push(eq(releases.productId, f.productId));
  if (f.from) conds.push(gte(releases.targetDate, f.from));
  if (f.to) conds.push(lte(releases.targetDate, f.to));
  return conds;
}

/** A page of releases with their loads; sorted by target date (undated last) unless asked otherwise. */
export async function listReleases(ctx: WsCtx, query: ReleaseQuery): Promise<Page<Release>> {
  const sort = parseSort(query.sort, RELEASE_SORTS, 'targetDate');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds = releaseConditions(ctx, query);
  if (query.forFeature) conds.push(await plannableFor(ctx, query.forFeature, query.featureStatus));
  if (query.cursor) conds.push(afterCursor(column, releases.id, sort, query.cursor));
  const fetched = await ctx.db
    .select()
    .from(releases)
    .where(and(...conds))
    .orderBy(...orderFor(column, releases.id, sort))
    .limit(query.limit + 1);
  const loads = await loadsFor(
    ctx,
    fetched.map((r) => r.id),
  );
  return toPage(
    fetched,
    query.limit,
    sort,
    (r) => r[sort.field as keyof typeof sortColumn],
    (r) => presentRelease(r, loads.get(r.id)),
  );
}

async function present(ctx: WsCtx, row: ReleaseRow): Promise<Release> {
  return presentRelease(row, (await loadsFor(ctx, [row.id])).get(row.id));
}

export async function getRelease(ctx: WsCtx, id: string): Promise<Release> {
  const [r] = await ctx.db
    .select()
    .from(releases)
    .where(and(eq(releases.workspaceId, ctx.workspaceId), eq(releases.id, id)));
  if (!r) throw notFound('Release');
  return present(ctx, r);
}

/** Creates a release; it starts planned. */
export async function createRelease(ctx: WsCtx, input: ReleaseInput): Promise<Release> {
  assertCan(ctx.role, 'release', 'create');
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  const [r] = await ctx.db
    .insert(releases)
    .values({ ...input, workspaceId: ctx.workspaceId, status: 'planned' })
    .returning();
  // PM → product marketing (DESIGN.md, hand-off 3): a release planned is a launch to prepare.
  await notifyRoles(ctx, OWNERSHIP.launch.owners, {
    kind: 'handoff',
    entityType: 'release',
    entityId: r!.id,
  });
  await recordActivity(ctx, { entityType: 'release', entityId: r!.id, action: 'created', after: logged(r!) });
  return presentRelease(r!);
}

/** Edits a release; a status change must follow the workflow. */
export async function updateRelease(
  ctx: WsCtx,
  id: string,
  input: ReleaseUpdate,
  expected?: number,
): Promise<Release> {
  assertCan(ctx.role, 'release', 'update');
  const before = await lockRow(ctx, releases, id, 'Release');
  await checkVersion(ctx, 'release', before, expected);
  if (input.status) RELEASE_WORKFLOW.assertMove({ from: before.status, to: input.status });
  if (input.productId) await assertRef(ctx, products, input.productId, 'productId', 'product');
  const [after] = await ctx.db
    .update(releases)
    .set({ ...input, ...bump() })
    .where(and(eq(releases.workspaceId, ctx.workspaceId), eq(releases.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'release',
    entityId: id,
    action: RELEASE_WORKFLOW.action(before.status, input.status),
    before: logged(before),
    after: logged(after!),
  });
  return present(ctx, after!);
}

/** Deletes a release that holds no features (move them out first). */
export async function deleteRelease(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'release', 'delete');
  const before = await lockRow(ctx, releases, id, 'Release');
  await checkVersion(ctx, 'release', before, expected);
  const [assigned] = await ctx.db
    .select({ n: count() })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.releaseId, id)));
  if (assigned && assigned.n > 0)
    throw conflict(
      `Release has ${assigned.n} feature${assigned.n === 1 ? '' : 's'} assigned; move them to another release or unschedule them first`,
      { featureCount: assigned.n },
    );
  await assertNoDependents(ctx, releases, id, 'release');
  await deleteCommentsOn(ctx, 'release', id);
  await ctx.db.delete(releases).where(and(eq(releases.workspaceId, ctx.workspaceId), eq(releases.id, id)));
  await recordActivity(ctx, {
    entityType: 'release',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
