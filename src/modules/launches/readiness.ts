import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { TASK_ROLES, type TaskRole } from '../../core/enums.ts';
import { today } from './dates.ts';
import { launchTasks } from './schema.ts';

export type OverdueTask = { id: string; title: string; ownerRole: TaskRole; dueDate: string };
export type Readiness = {
  /** Done tasks. */
  done: number;
  /** Tasks that count: every task but skipped ones. */
  total: number;
  /** Share of done tasks, 0–100 (100 for a launch with nothing to do). */
  percent: number;
  /** Open tasks due before today, earliest first. */
  overdue: OverdueTask[];
  byRole: Record<TaskRole, { done: number; total: number }>;
};

const emptyByRole = () =>
  Object.fromEntries(TASK_ROLES.map((r) => [r, { done: 0, total: 0 }])) as Readiness['byRole'];
export const emptyReadiness = (): Readiness => ({
  done: 0,
  total: 0,
  percent: 100,
  overdue: [],
  byRole: emptyByRole(),
});

/** Readiness of the given launches: two grouped queries for any number of launches (no N+1). */
export async function readinessOf(ctx: WsCtx, launchIds: readonly string[]): Promise<Map<string, Readiness>> {
  const result = new Map(launchIds.map((id) => [id, emptyReadiness()]));
  if (launchIds.length === 0) return result;
  const ids = [...launchIds];
  const counts = await ctx.db
    .select({
      launchId: launchTasks.launchId,
      role: launchTasks.ownerRole,
      done: sql<number>`(count(*) filter (where ${launchTasks.status} = 'done'))::int`,
      total: sql<number>`(count(*) filter (where ${launchTasks.status} <> 'skipped'))::int`,
    })
    .from(launchTasks)
    .where(and(eq(launchTasks.workspaceId, ctx.workspaceId), inArray(launchTasks.launchId, ids)))
    .groupBy(launchTasks.launchId, launchTasks.ownerRole);
  for (const c of counts) {
    const r = result.get(c.launchId)!;
    r.byRole[c.role] = { done: Number(c.done), total: Number(c.total) };
    r.done += Number(c.done);
    r.total += Number(c.total);
  }
  for (const r of result.values()) r.percent = r.total === 0 ? 100 : Math.round((r.done / r.total) * 100);
  const overdue = await ctx.db
    .select({
      launchId: launchTasks.launchId,
      id: launchTasks.id,
      title: launchTasks.title,
      ownerRole: launchTasks.ownerRole,
      dueDate: launchTasks.dueDate,
    })
    .from(launchTasks)
    .where(
      and(
        eq(launchTasks.workspaceId, ctx.workspaceId),
        inArray(launchTasks.launchId, ids),
        eq(launchTasks.status, 'open'),
        sql`${launchTasks.dueDate} < ${today()}`,
      ),
    )
    .orderBy(asc(launchTasks.dueDate), asc(launchTasks.position));
  for (const { launchId, ...task } of overdue) result.get(launchId)!.overdue.push(task);
  return result;
}
