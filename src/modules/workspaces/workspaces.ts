import { and, asc, count, eq, gt, inArray, isNull, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { Ctx, WsCtx } from '../../core/context.ts';
import type { Role } from '../../core/enums.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { newSecret, sha256 } from '../../core/secrets.ts';
import { bump, checkVersion } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { findUserByEmail, normaliseEmail } from '../auth/auth.ts';
import { users } from '../auth/schema.ts';
import { invitations, members, workspaces } from './schema.ts';

export type Workspace = typeof workspaces.$inferSelect;
export const INVITATION_DAYS = 14;

export function presentWorkspace(w: Workspace, role: Role) {
  return {
    id: w.id,
    name: w.name,
    role,
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

/** Invitations waiting for the caller's email address, so they can accept them after logging in. */
export async function listMyInvitations(ctx: Ctx) {
  return ctx.db
    .select({
      id: invitations.id,
      workspaceId: invitations.workspaceId,
      workspaceName: workspaces.name,
      role: invitations.role,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .where(
      and(
        eq(invitations.email, normaliseEmail(ctx.actor.email)),
        isNull(invitations.acceptedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
}

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

export async function updateWorkspace(ctx: WsCtx, input: { name?: string }, expected?: number) {
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

/** Deletes a workspace and everything in it. */
export async function deleteWorkspace(ctx: WsCtx) {
  assertCan(ctx.role, 'workspace', 'delete');
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

/**
 * Adds an existing user at once, or invites the email address when no account has it.
 * Returns which of the two happened; an invitation carries its one-time token.
 */
export async function addMember(ctx: WsCtx, input: { email: string; role: Role }) {
  assertCan(ctx.role, 'member', 'create');
  const user = await findUserByEmail(ctx.db, input.email);
  if (!user) return { kind: 'invitation' as const, ...(await createInvitation(ctx, input)) };
  const existing = await ctx.db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.userId, user.id)));
  if (existing.length > 0) throw conflict(`${user.email} is already a member (as ${existing[0]!.role})`);
  await ctx.db.insert(members).values({ workspaceId: ctx.workspaceId, userId: user.id, role: input.role });
  await recordActivity(ctx, {
    entityType: 'member',
    entityId: user.id,
    action: 'created',
    after: { email: user.email, role: input.role },
  });
  return { kind: 'member' as const, member: presentMember(await loadMember(ctx, user.id)) };
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

// ── invitations ──────────────────────────────────────────────────────────────

type Invitation = typeof invitations.$inferSelect;

export function presentInvitation(i: Invitation) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    version: i.version,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
  };
}

export async function listInvitations(ctx: WsCtx, query: { limit: number; cursor?: string; sort?: string }) {
  assertCan(ctx.role, 'invitation', 'read');
  const sort = parseSort(query.sort, ['createdAt', 'email'], '-createdAt');
  const column = sort.field === 'email' ? invitations.email : invitations.createdAt;
  const conds: (SQL | undefined)[] = [
    eq(invitations.workspaceId, ctx.workspaceId),
    isNull(invitations.acceptedAt),
  ];
  if (query.cursor) conds.push(afterCursor(column, invitations.id, sort, query.cursor));
  const fetched = await ctx.db
    .select()
    .from(invitations)
    .where(and(...conds))
    .orderBy(...orderFor(column, invitations.id, sort))
    .limit(query.limit + 1);
  return toPage(
    fetched,
    query.limit,
    sort,
    (r) => (sort.field === 'email' ? r.email : r.createdAt),
    presentInvitation,
  );
}

/** Invites an email address with a role. The token (for the accept link) is returned once. */
export async function createInvitation(ctx: WsCtx, input: { email: string; role: Role }) {
  assertCan(ctx.role, 'invitation', 'create');
  const email = normaliseEmail(input.email);
  const token = newSecret('inv_');
  const pending = await ctx.db
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, ctx.workspaceId),
        eq(invitations.email, email),
        isNull(invitations.acceptedAt),
      ),
    );
  if (pending.length > 0)
    throw conflict(`${email} already has a pending invitation; revoke it to send a new one`);
  const [inv] = await ctx.db
    .insert(invitations)
    .values({
      workspaceId: ctx.workspaceId,
      email,
      role: input.role,
      tokenHash: sha256(token),
      invitedBy: ctx.actor.userId,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    })
    .returning();
  await recordActivity(ctx, {
    entityType: 'invitation',
    entityId: inv!.id,
    action: 'created',
    after: { email, role: input.role },
  });
  return { invitation: presentInvitation(inv!), token };
}

export async function revokeInvitation(ctx: WsCtx, id: string) {
  assertCan(ctx.role, 'invitation', 'delete');
  const [gone] = await ctx.db
    .delete(invitations)
    .where(
      and(
        eq(invitations.workspaceId, ctx.workspaceId),
        eq(invitations.id, id),
        isNull(invitations.acceptedAt),
      ),
    )
    .returning();
  if (!gone) throw notFound('Invitation');
  await recordActivity(ctx, {
    entityType: 'invitation',
    entityId: id,
    action: 'deleted',
    before: presentInvitation(gone),
  });
}

/**
 * Accepts an invitation for the calling user, found by its token or by its id. Either way it must be
 * addressed to the caller's email, pending and not expired.
 */
export async function acceptInvitation(ctx: Ctx, by: { token: string } | { id: string }) {
  const where = 'token' in by ? eq(invitations.tokenHash, sha256(by.token)) : eq(invitations.id, by.id);
  const [inv] = await ctx.db.select().from(invitations).where(where).for('update');
  if (!inv || inv.acceptedAt || inv.expiresAt < new Date()) throw notFound('Invitation');
  if (inv.email !== normaliseEmail(ctx.actor.email)) {
    throw invalidField('token', `This invitation is for ${inv.email}; log in with that address to accept it`);
  }
  const wctx: WsCtx = { ...ctx, workspaceId: inv.workspaceId, role: inv.role };
  const already = await ctx.db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.workspaceId, inv.workspaceId), eq(members.userId, ctx.actor.userId)));
  if (already.length === 0) {
    await ctx.db
      .insert(members)
      .values({ workspaceId: inv.workspaceId, userId: ctx.actor.userId, role: inv.role });
  }
  await ctx.db
    .update(invitations)
    .set({ acceptedAt: new Date(), ...bump() })
    .where(eq(invitations.id, inv.id));
  await recordActivity(wctx, {
    entityType: 'member',
    entityId: ctx.actor.userId,
    action: 'joined',
    after: { email: inv.email, role: already[0]?.role ?? inv.role },
  });
  const [w] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, inv.workspaceId));
  return presentWorkspace(w!, already[0]?.role ?? inv.role);
}
