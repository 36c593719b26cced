import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { Ctx, WsCtx } from '../../core/context.ts';
import type { Role } from '../../core/enums.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { bump, checkVersion } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { users } from '../auth/schema.ts';
import { eventDayMarks, eventHourMarks, eventKeys, events, visits } from '../events/schema.ts';
import { members, workspaces } from './schema.ts';

export type Workspace = typeof workspaces.$inferSelect;

export function presentWorkspace(w: Workspace, role: Role) {
  return {
    id: w.id,
    name: w.name,
    role,
    requireSecondApprover: w.requireSecondApprover,
    version: w.version,
    createdAt: w.createdAt.toISOString(),
    updatedAt: w.updatedAt.toISOString(),
  };
}

/** Creates a workspace; its creator becomes its admin. */
export async function createWorkspace(ctx: Ctx, input: { name: string }) {
  const [w] = await ctx.db.insert(workspaces).values({ name: input.name }).returning();
  await ctx.db.insert(members).values({ workspaceId: w!.id, userId: ctx.actor.userId, role: 'admin' });
  const wctx: WsCtx = { ...ctx, workspaceId: w!.id, role: 'admin' };
  await recordActivity(wctx, {
    entityType: 'workspace',
    entityId: w!.id,
    action: 'created',
    after: { name: w!.name },
  });
  return presentWorkspace(w!, 'admin');
}

export async function listMyWorkspaces(ctx: Ctx) {
  return ctx.db
    .select({ id: workspaces.id, name: workspaces.name, role: members.role })
    .from(members)
    .innerJoin(workspaces, eq(workspaces.id, members.workspaceId))
    .where(eq(members.userId, ctx.actor.userId))
    .orderBy(asc(workspaces.name));
}

export { listMyInvitations } from './invitations.ts';

/** The caller's context in a workspace they belong to (404 otherwise), for callers known already (the CLI). */
export async function workspaceCtx(ctx: Ctx, workspaceId: string): Promise<WsCtx> {
  const [m] = await ctx.db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.workspaceId, workspaceId), eq(members.userId, ctx.actor.userId)));
  if (!m) throw notFound('Workspace');
  return { ...ctx, workspaceId, role: m.role };
}

export async function getWorkspace(ctx: WsCtx) {
  const [w] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, ctx.workspaceId));
  if (!w) throw notFound('Workspace');
  return presentWorkspace(w, ctx.role);
}

/** What an admin may change about a workspace: its name and its settings. */
export type WorkspaceChanges = { name?: string; requireSecondApprover?: boolean };

export async function updateWorkspace(ctx: WsCtx, input: WorkspaceChanges, expected?: number) {
  assertCan(ctx.role, 'workspace', 'update');
  const [before] = await ctx.db
    .select()
    .from(workspaces)
    .where(eq(workspaces.id, ctx.workspaceId))
    .for('update');
  if (!before) throw notFound('Workspace');
  await checkVersion(ctx, 'workspace', before, expected);
  const [after] = await ctx.db
    .update(workspaces)
    .set({ ...input, ...bump() })
    .where(eq(workspaces.id, ctx.workspaceId))
    .returning();
  await recordActivity(ctx, {
    entityType: 'workspace',
    entityId: ctx.workspaceId,
    action: 'updated',
    before,
    after,
  });
  return presentWorkspace(after!, ctx.role);
}

/**
 * Workspace tables without a foreign key (the market's events: a per-row check costs at their write rate):
 * a workspace delete deletes their rows itself, in the same transaction.
 */
export const DELETED_EXPLICITLY = [events, eventKeys, visits, eventDayMarks, eventHourMarks];

/** Deletes a workspace and everything in it. */
export async function deleteWorkspace(ctx: WsCtx) {
  assertCan(ctx.role, 'workspace', 'delete');
  for (const t of DELETED_EXPLICITLY) await ctx.db.delete(t).where(eq(t.workspaceId, ctx.workspaceId));
  await ctx.db.delete(workspaces).where(eq(workspaces.id, ctx.workspaceId));
}

// ── members ──────────────────────────────────────────────────────────────────

export const MEMBER_SORTS = ['name', 'email', 'role', 'createdAt'] as const;

type MemberRow = { id: string; name: string; email: string; role: Role; version: number; createdAt: Date };

export function presentMember(m: MemberRow) {
  return { ...m, userId: m.id, createdAt: m.createdAt.toISOString() };
}

const memberColumns = {
  id: members.userId,
  name: users.name,
  email: users.email,
  role: members.role,
  version: members.version,
  createdAt: members.createdAt,
};

export async function listMembers(
  ctx: WsCtx,
  query: { limit: number; cursor?: string; sort?: string; role?: Role[]; q?: string },
): Promise<Page<ReturnType<typeof presentMember>>> {
  const sort = parseSort(query.sort, MEMBER_SORTS, 'name');
  const column = { name: users.name, email: users.email, role: members.role, createdAt: members.createdAt }[
    sort.field as (typeof MEMBER_SORTS)[number]
  ];
  const conds: (SQL | undefined)[] = [eq(members.workspaceId, ctx.workspaceId)];
  if (query.role?.length) conds.push(inArray(members.role, query.role));
  if (query.cursor) conds.push(afterCursor(column, members.userId, sort, query.cursor));
  const fetched = await ctx.db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(...conds))
    .orderBy(...orderFor(column, members.userId, sort))
    .limit(query.limit + 1);
  return toPage(fetched, query.limit, sort, (r) => r[sort.field as keyof MemberRow], presentMember);
}

async function loadMember(ctx: WsCtx, userId: string, lock = false) {
  const q = ctx.db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.userId, userId)));
  const [m] = lock ? await q.for('update', { of: members }) : await q;
  if (!m) throw notFound('Member');
  return m;
}

export async function getMember(ctx: WsCtx, userId: string) {
  return presentMember(await loadMember(ctx, userId));
}

/** A workspace must keep at least one admin. */
async function assertOtherAdmin(ctx: WsCtx, userId: string) {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(members)
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.role, 'admin')));
  const others = (row?.n ?? 0) - 1;
  if (others < 1)
    throw conflict(`Member ${userId} is the workspace's last admin; make someone else admin first`);
}

export async function updateMember(ctx: WsCtx, userId: string, input: { role: Role }, expected?: number) {
  assertCan(ctx.role, 'member', 'update');
  const before = await loadMember(ctx, userId, true);
  await checkVersion(ctx, 'member', before, expected);
  if (before.role === 'admin' && input.role !== 'admin') await assertOtherAdmin(ctx, userId);
  await ctx.db
    .update(members)
    .set({ role: input.role, ...bump() })
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.userId, userId)));
  const after = await loadMember(ctx, userId);
  await recordActivity(ctx, { entityType: 'member', entityId: userId, action: 'updated', before, after });
  return presentMember(after);
}

/** Removes a member; admins remove anyone, and anyone may leave. */
export async function removeMember(ctx: WsCtx, userId: string) {
  if (userId !== ctx.actor.userId) assertCan(ctx.role, 'member', 'delete');
  const before = await loadMember(ctx, userId, true);
  if (before.role === 'admin') await assertOtherAdmin(ctx, userId);
  await ctx.db
    .delete(members)
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.userId, userId)));
  await recordActivity(ctx, { entityType: 'member', entityId: userId, action: 'deleted', before });
}
