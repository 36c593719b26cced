import { and, asc, eq, max } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { Role, TaskRole, TaskStatus } from '../../core/enums.ts';
import { forbidden, invalid, notFound } from '../../core/errors.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan, can, ownersOf } from '../../policies/ownership.ts';
import { notifyAssignee } from '../comments/notifications.ts';
import { addDays, daysBetween } from './dates.ts';
import { assertMember } from './launches.ts';
import { launches, launchTasks } from './schema.ts';

type TaskRow = typeof launchTasks.$inferSelect;

export function presentTask(t: TaskRow) {
  return {
    id: t.id,
    launchId: t.launchId,
    title: t.title,
    description: t.description,
    ownerRole: t.ownerRole,
    assigneeId: t.assigneeId,
    offsetDays: t.offsetDays,
    dueDate: t.dueDate,
    status: t.status,
    completedAt: t.completedAt?.toISOString() ?? null,
    position: t.position,
    version: t.version,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
  };
}
export type LaunchTask = ReturnType<typeof presentTask>;

const logged = (t: TaskRow) => ({
  title: t.title,
  description: t.description,
  ownerRole: t.ownerRole,
  assigneeId: t.assigneeId,
  offsetDays: t.offsetDays,
  dueDate: t.dueDate,
  status: t.status,
  position: t.position,
});

/** The launch a task belongs to (of this workspace), or 404. */
async function launchOf(ctx: WsCtx, launchId: string) {
  const [l] = await ctx.db
    .select({ id: launches.id, launchDate: launches.launchDate })
    .from(launches)
    .where(and(eq(launches.workspaceId, ctx.workspaceId), eq(launches.id, launchId)));
  if (!l) throw notFound('Launch');
  return l;
}

/** A launch's checklist in order. */
export async function listTasks(ctx: WsCtx, launchId: string): Promise<LaunchTask[]> {
  await launchOf(ctx, launchId);
  const rows = await ctx.db
    .select()
    .from(launchTasks)
    .where(and(eq(launchTasks.workspaceId, ctx.workspaceId), eq(launchTasks.launchId, launchId)))
    .orderBy(asc(launchTasks.position), asc(launchTasks.dueDate));
  return rows.map(presentTask);
}

export type TaskInput = {
  title: string;
  description?: string;
  ownerRole: TaskRole;
  assigneeId?: string | null;
  /** Either an offset from the launch date or a due date; the other is derived. */
  offsetDays?: number;
  dueDate?: string;
};

/** Due date and offset from whichever the input gives (offset wins when both are given and disagree: 422). */
function schedule(launchDate: string, input: { offsetDays?: number; dueDate?: string }) {
  if (input.offsetDays !== undefined && input.dueDate !== undefined) {
    if (addDays(launchDate, input.offsetDays) !== input.dueDate)
      throw invalid('Give either offsetDays or dueDate, or two that agree', [
        {
          path: 'dueDate',
          message: `Launch date + ${input.offsetDays} days is ${addDays(launchDate, input.offsetDays)}`,
        },
      ]);
  }
  if (input.dueDate !== undefined)
    return { dueDate: input.dueDate, offsetDays: daysBetween(launchDate, input.dueDate) };
  const offsetDays = input.offsetDays ?? 0;
  return { dueDate: addDays(launchDate, offsetDays), offsetDays };
}

/** The person a task was just given to hears of it (not when they took it themselves). */
const tellAssignee = (ctx: WsCtx, t: TaskRow, before: string | null = null) =>
  notifyAssignee(ctx, before, t.assigneeId, {
    entityType: 'launch_task',
    entityId: t.id,
    parentId: t.launchId,
  });

/** Adds a task of its own to a launch's checklist, at the end. */
export async function createTask(ctx: WsCtx, launchId: string, input: TaskInput): Promise<LaunchTask> {
  assertCan(ctx.role, 'launch', 'update');
  const launch = await launchOf(ctx, launchId);
  await assertMember(ctx, input.assigneeId, 'assigneeId');
  const [last] = await ctx.db
    .select({ n: max(launchTasks.position) })
    .from(launchTasks)
    .where(and(eq(launchTasks.workspaceId, ctx.workspaceId), eq(launchTasks.launchId, launchId)));
  const { offsetDays: _o, dueDate: _d, ...rest } = input;
  const [row] = await ctx.db
    .insert(launchTasks)
    .values({
      ...rest,
      ...schedule(launch.launchDate, input),
      workspaceId: ctx.workspaceId,
      launchId,
      position: (last?.n ?? 0) + 1,
    })
    .returning();
  await tellAssignee(ctx, row!);
  await recordActivity(ctx, {
    entityType: 'launch_task',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentTask(row!);
}

export type TaskUpdate = Partial<TaskInput> & { status?: TaskStatus; position?: number };

/** Fields a task's own role may change without owning the launch: ticking it off and taking it. */
const WORKER_FIELDS = new Set(['status', 'assigneeId']);

/**
 * Who may change a task: the launch's owners (product marketing, admins) anything; a member whose role
 * owns the task only its status and assignee — the people doing the work tick it off, the plan stays
 * product marketing's.
 */
export function assertMayEditTask(role: Role, task: Pick<TaskRow, 'ownerRole'>, fields: string[]): void {
  if (can(role, 'launch', 'update')) return;
  if (role === task.ownerRole && fields.every((f) => WORKER_FIELDS.has(f))) return;
  const owners = ownersOf('launch');
  throw forbidden(
    role === task.ownerRole
      ? `A ${role} may only change the status and assignee of their own launch tasks; the plan is owned by ${owners.join(', ')}.`
      : `A ${role} may not change a task owned by ${task.ownerRole}; launches are owned by ${owners.join(', ')}.`,
    owners,
  );
}

export async function updateTask(
  ctx: WsCtx,
  launchId: string,
  taskId: string,
  input: TaskUpdate,
  expected?: number,
): Promise<LaunchTask> {
  const launch = await launchOf(ctx, launchId);
  const before = await lockRow(ctx, launchTasks, taskId, 'Launch task');
  if (before.launchId !== launchId) throw notFound('Launch task');
  assertMayEditTask(ctx.role, before, Object.keys(input));
  await checkVersion(ctx, 'launch_task', before, expected);
  await assertMember(ctx, input.assigneeId, 'assigneeId');
  const { offsetDays, dueDate, ...rest } = input;
  const timing =
    offsetDays !== undefined || dueDate !== undefined
      ? schedule(launch.launchDate, { offsetDays, dueDate })
      : {};
  const completedAt =
    input.status === undefined || input.status === before.status
      ? {}
      : { completedAt: input.status === 'done' ? new Date() : null };
  const [after] = await ctx.db
    .update(launchTasks)
    .set({ ...rest, ...timing, ...completedAt, ...bump() })
    .where(and(eq(launchTasks.workspaceId, ctx.workspaceId), eq(launchTasks.id, taskId)))
    .returning();
  await tellAssignee(ctx, after!, before.assigneeId);
  await recordActivity(ctx, {
    entityType: 'launch_task',
    entityId: taskId,
    action: input.status && input.status !== before.status ? 'status_changed' : 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return presentTask(after!);
}

export async function deleteTask(
  ctx: WsCtx,
  launchId: string,
  taskId: string,
  expected?: number,
): Promise<void> {
  assertCan(ctx.role, 'launch', 'update');
  await launchOf(ctx, launchId);
  const before = await lockRow(ctx, launchTasks, taskId, 'Launch task');
  if (before.launchId !== launchId) throw notFound('Launch task');
  await checkVersion(ctx, 'launch_task', before, expected);
  await ctx.db
    .delete(launchTasks)
    .where(and(eq(launchTasks.workspaceId, ctx.workspaceId), eq(launchTasks.id, taskId)));
  await recordActivity(ctx, {
    entityType: 'launch_task',
    entityId: taskId,
    action: 'deleted',
    before: logged(before),
  });
}
