import { and, eq, gt, isNull, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordActivity } from '../../core/activity.ts';
import type { Ctx, WsCtx } from '../../core/context.ts';
import type { Role } from '../../core/enums.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, parseSort, toPage } from '../../core/pagination.ts';
import { newSecret, sha256 } from '../../core/secrets.ts';
import { bump } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { normaliseEmail } from '../auth/auth.ts';
import { users } from '../auth/schema.ts';
import { invitations, members, workspaces } from './schema.ts';

/**
 * Membership needs the invitee's consent: an admin invites an email address, the person with that address
 * accepts (or declines) once signed in. Nothing an admin sees depends on whether the address has an account.
 */

export const INVITATION_DAYS = 14;

type Invitation = typeof invitations.$inferSelect;
export const INVITATION_STATUSES = ['pending', 'accepted', 'declined', 'revoked', 'expired'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

export function invitationStatus(i: Invitation, now = new Date()): InvitationStatus {
  if (i.acceptedAt) return 'accepted';
  if (i.declinedAt) return 'declined';
  if (i.revokedAt) return 'revoked';
  return i.expiresAt <= now ? 'expired' : 'pending';
}

/** Not yet answered nor withdrawn (it may have expired). */
const open = and(
  isNull(invitations.acceptedAt),
  isNull(invitations.declinedAt),
  isNull(invitations.revokedAt),
);

export function presentInvitation(i: Invitation) {
  return {
    id: i.id,
    email: i.email,
    role: i.role,
    status: invitationStatus(i),
    version: i.version,
    createdAt: i.createdAt.toISOString(),
    expiresAt: i.expiresAt.toISOString(),
    acceptedAt: i.acceptedAt?.toISOString() ?? null,
  };
}

/** The workspace's open invitations, expired ones included (so an admin sees what to re-send). */
export async function listInvitations(ctx: WsCtx, query: { limit: number; cursor?: string; sort?: string }) {
  assertCan(ctx.role, 'invitation', 'read');
  const sort = parseSort(query.sort, ['createdAt', 'email'], '-createdAt');
  const column = sort.field === 'email' ? invitations.email : invitations.createdAt;
  const conds: (SQL | undefined)[] = [eq(invitations.workspaceId, ctx.workspaceId), open];
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

/**
 * Invites an email address with a role. The answer never depends on whether the address has an account
 * (only on this workspace's own members and invitations, which an admin sees anyway). The token, for an
 * accept link, is returned once.
 */
export async function createInvitation(ctx: WsCtx, input: { email: string; role: Role }) {
  assertCan(ctx.role, 'invitation', 'create');
  const email = normaliseEmail(input.email);
  const [member] = await ctx.db
    .select({ role: members.role })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(users.email, email)));
  if (member) throw conflict(`${email} is already a member (as ${member.role})`);
  const pending = await ctx.db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.workspaceId, ctx.workspaceId), eq(invitations.email, email), open));
  if (pending.length > 0)
    throw conflict(`${email} already has a pending invitation; revoke it to send a new one`);
  const token = newSecret('inv_');
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
    .update(invitations)
    .set({ revokedAt: new Date(), ...bump() })
    .where(and(eq(invitations.workspaceId, ctx.workspaceId), eq(invitations.id, id), open))
    .returning();
  if (!gone) throw notFound('Invitation');
  await recordActivity(ctx, {
    entityType: 'invitation',
    entityId: id,
    action: 'revoked',
    changes: { revokedAt: { before: null, after: gone.revokedAt!.toISOString() } },
  });
}

const inviter = alias(users, 'inviter');

/** Invitations waiting for the caller's email address; the token is never shown here. */
export async function listMyInvitations(ctx: Ctx) {
  const rows = await ctx.db
    .select({
      id: invitations.id,
      workspaceId: invitations.workspaceId,
      workspaceName: workspaces.name,
      role: invitations.role,
      invitedByName: inviter.name,
      createdAt: invitations.createdAt,
      expiresAt: invitations.expiresAt,
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(inviter, eq(inviter.id, invitations.invitedBy))
    .where(
      and(
        eq(invitations.email, normaliseEmail(ctx.actor.email)),
        open,
        gt(invitations.expiresAt, new Date()),
      ),
    )
    .orderBy(invitations.createdAt);
  return rows.map((r) => ({
    ...r,
    invitedByName: r.invitedByName ?? null,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  }));
}

export type InvitationRef = { token: string } | { id: string };

/**
 * The invitation addressed to the caller, locked for the answer. Someone else's invitation is 404 exactly
 * like a missing one, so invitation ids cannot be probed.
 */
async function myInvitation(ctx: Ctx, by: InvitationRef): Promise<Invitation> {
  const where = 'token' in by ? eq(invitations.tokenHash, sha256(by.token)) : eq(invitations.id, by.id);
  const [inv] = await ctx.db.select().from(invitations).where(where).for('update');
  if (!inv || inv.email !== normaliseEmail(ctx.actor.email)) throw notFound('Invitation');
  return inv;
}

const CLOSED: Record<Exclude<InvitationStatus, 'pending'>, string> = {
  accepted: 'This invitation was already used; ask an admin of the workspace for a new one',
  declined: 'You declined this invitation; ask an admin of the workspace for a new one',
  revoked: 'This invitation was withdrawn by an admin of the workspace',
  expired: `This invitation expired (invitations last ${INVITATION_DAYS} days); ask an admin for a new one`,
};

const closed = (status: Exclude<InvitationStatus, 'pending'>) =>
  conflict(CLOSED[status], { invitationStatus: status });

/**
 * Accepts an invitation addressed to the caller, by its token or its id. A retry after success answers the
 * same workspace again; an answered, withdrawn or expired invitation is a 409 that says which.
 */
export async function acceptInvitation(ctx: Ctx, by: InvitationRef) {
  const inv = await myInvitation(ctx, by);
  const status = invitationStatus(inv);
  const [already] = await ctx.db
    .select({ role: members.role })
    .from(members)
    .where(and(eq(members.workspaceId, inv.workspaceId), eq(members.userId, ctx.actor.userId)));
  const [w] = await ctx.db.select().from(workspaces).where(eq(workspaces.id, inv.workspaceId));
  if (status === 'accepted' && already) return { workspace: w!, role: already.role };
  if (status !== 'pending') throw closed(status);
  if (!already) {
    await ctx.db
      .insert(members)
      .values({ workspaceId: inv.workspaceId, userId: ctx.actor.userId, role: inv.role });
  }
  await ctx.db
    .update(invitations)
    .set({ acceptedAt: new Date(), ...bump() })
    .where(eq(invitations.id, inv.id));
  const role = already?.role ?? inv.role;
  const wctx: WsCtx = { ...ctx, workspaceId: inv.workspaceId, role };
  await recordActivity(wctx, {
    entityType: 'member',
    entityId: ctx.actor.userId,
    action: 'joined',
    after: { email: inv.email, role, invitationId: inv.id },
  });
  return { workspace: w!, role };
}

/** Declines an invitation addressed to the caller; declining twice is a no-op. */
export async function declineInvitation(ctx: Ctx, by: InvitationRef): Promise<void> {
  const inv = await myInvitation(ctx, by);
  const status = invitationStatus(inv);
  if (status === 'declined') return;
  if (status !== 'pending') throw closed(status);
  await ctx.db
    .update(invitations)
    .set({ declinedAt: new Date(), ...bump() })
    .where(eq(invitations.id, inv.id));
  // The decliner is not a member: the row is theirs, in the workspace that invited them.
  const wctx: WsCtx = { ...ctx, workspaceId: inv.workspaceId, role: inv.role };
  await recordActivity(wctx, {
    entityType: 'invitation',
    entityId: inv.id,
    action: 'declined',
    changes: { declinedAt: { before: null, after: new Date().toISOString() } },
  });
}
