import { and, eq, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { goals, type PropertyFilter } from '../sources/schema.ts';

type GoalRow = typeof goals.$inferSelect;

export function presentGoal(r: GoalRow) {
  return {
    id: r.id,
    name: r.name,
    event: r.event,
    filter: r.filter,
    revenueProperty: r.revenueProperty,
    currency: r.currency,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Goal = ReturnType<typeof presentGoal>;

const logged = (r: GoalRow) => {
  const { id: _i, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

export type GoalInput = {
  name: string;
  event: string;
  filter?: PropertyFilter;
  revenueProperty?: string | null;
  currency?: string;
};

/** Runs a write, turning a taken goal name into 409 on the field. */
async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(`A goal named “${name}” already exists`, {
        errors: [{ path: 'name', message: 'Already used by another goal in this workspace.' }],
      });
    throw err;
  }
}

export const GOAL_SORTS = ['name', 'createdAt'] as const;
const sortColumn = { name: goals.name, createdAt: goals.createdAt };
export type GoalQuery = { limit: number; cursor?: string; sort?: string; event?: string };

export async function listGoals(ctx: WsCtx, q: GoalQuery): Promise<Page<Goal>> {
  const sort = parseSort(q.sort, GOAL_SORTS, 'name');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: (SQL | undefined)[] = [eq(goals.workspaceId, ctx.workspaceId)];
  if (q.event) conds.push(eq(goals.event, q.event));
  if (q.cursor) conds.push(afterCursor(column, goals.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(goals)
    .where(and(...conds))
    .orderBy(...orderFor(column, goals.id, sort))
    .limit(q.limit + 1);
  return toPage(fetched, q.limit, sort, (r) => r[sort.field as keyof typeof sortColumn], presentGoal);
}

export async function getGoal(ctx: WsCtx, id: string): Promise<Goal> {
  const [r] = await ctx.db
    .select()
    .from(goals)
    .where(and(eq(goals.workspaceId, ctx.workspaceId), eq(goals.id, id)));
  if (!r) throw notFound('Goal');
  return presentGoal(r);
}

export async function createGoal(ctx: WsCtx, input: GoalInput): Promise<Goal> {
  assertCan(ctx.role, 'goal', 'create');
  const [row] = await uniqueName(input.name, () =>
    ctx.db
      .insert(goals)
      .values({ ...input, workspaceId: ctx.workspaceId })
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'goal',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentGoal(row!);
}

export async function updateGoal(
  ctx: WsCtx,
  id: string,
  input: Partial<GoalInput>,
  expected?: number,
): Promise<Goal> {
  assertCan(ctx.role, 'goal', 'update');
  const before = await lockRow(ctx, goals, id, 'Goal');
  await checkVersion(ctx, 'goal', before, expected);
  const [after] = await uniqueName(input.name ?? before.name, () =>
    ctx.db
      .update(goals)
      .set({ ...input, ...bump() })
      .where(and(eq(goals.workspaceId, ctx.workspaceId), eq(goals.id, id)))
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'goal',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return presentGoal(after!);
}

export async function deleteGoal(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'goal', 'delete');
  const before = await lockRow(ctx, goals, id, 'Goal');
  await checkVersion(ctx, 'goal', before, expected);
  await ctx.db.delete(goals).where(and(eq(goals.workspaceId, ctx.workspaceId), eq(goals.id, id)));
  await recordActivity(ctx, { entityType: 'goal', entityId: id, action: 'deleted', before: logged(before) });
}
