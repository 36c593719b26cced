import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx, WsCtx } from '../../core/context.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { users } from '../auth/schema.ts';
import { members } from '../workspaces/schema.ts';
import { comments, notifications } from './schema.ts';

/** Notification kinds; one for now. */
export type NotificationKind = 'mention';

/** Tells each of these members (never the actor) that something concerns them. */
export async function notify(
  ctx: WsCtx,
  userIds: readonly string[],
  what: { kind: NotificationKind; entityType: string; entityId: string; commentId?: string },
): Promise<void> {
  const recipients = [...new Set(userIds)].filter((id) => id !== ctx.actor.userId);
  if (recipients.length === 0) return;
  await ctx.db.insert(notifications).values(
    recipients.map((userId) => ({
      workspaceId: ctx.workspaceId,
      userId,
      actorId: ctx.actor.userId,
      ...what,
    })),
  );
}

const EXCERPT = 200;
const actor = alias(users, 'actor');

export type NotificationQuery = {
  limit: number;
  cursor?: string;
  workspaceId?: string;
  /** Only unread ones. */
  unread?: boolean;
};

/**
 * The caller's own notifications, newest first, in workspaces they still belong to (a former member's
 * old notifications would otherwise keep showing excerpts of comments they can no longer read).
 */
export async function listNotifications(ctx: Ctx, q: NotificationQuery): Promise<Page<Notification>> {
  const sort = parseSort(undefined, ['createdAt'], '-createdAt');
  const conds: SQL[] = [eq(notifications.userId, ctx.actor.userId)];
  if (q.workspaceId) conds.push(eq(notifications.workspaceId, q.workspaceId));
  if (q.unread) conds.push(eq(notifications.read, false));
  if (q.cursor) conds.push(afterCursor(notifications.createdAt, notifications.id, sort, q.cursor));
  const fetched = await ctx.db
    .select({
      n: notifications,
      actorName: actor.name,
      excerpt: sql<string | null>`left(${comments.body}, ${EXCERPT})`,
    })
    .from(notifications)
    .innerJoin(
      members,
      and(eq(members.workspaceId, notifications.workspaceId), eq(members.userId, notifications.userId)),
    )
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .leftJoin(
      comments,
      and(eq(comments.workspaceId, notifications.workspaceId), eq(comments.id, notifications.commentId)),
    )
    .where(and(...conds))
    .orderBy(...orderFor(notifications.createdAt, notifications.id, sort))
    .limit(q.limit + 1);
  return toPage(
    fetched.map((r) => ({ ...r, id: r.n.id })),
    q.limit,
    sort,
    (r) => r.n.createdAt,
    (r) => ({
      id: r.n.id,
      workspaceId: r.n.workspaceId,
      kind: r.n.kind,
      entityType: r.n.entityType,
      entityId: r.n.entityId,
      commentId: r.n.commentId,
      actor: r.n.actorId ? { id: r.n.actorId, name: r.actorName ?? '' } : null,
      excerpt: r.excerpt,
      read: r.n.read,
      createdAt: r.n.createdAt.toISOString(),
    }),
  );
}
export type Notification = {
  id: string;
  workspaceId: string;
  kind: string;
  entityType: string;
  entityId: string;
  commentId: string | null;
  actor: { id: string; name: string } | null;
  excerpt: string | null;
  read: boolean;
  createdAt: string;
};

/** Marks the caller's notifications read: the listed ones, or all (optionally of one workspace). */
export async function markRead(
  ctx: Ctx,
  input: { ids?: string[]; all?: boolean; workspaceId?: string },
): Promise<{ updated: number }> {
  const conds: SQL[] = [eq(notifications.userId, ctx.actor.userId), eq(notifications.read, false)];
  if (!input.all) conds.push(inArray(notifications.id, input.ids ?? []));
  if (input.workspaceId) conds.push(eq(notifications.workspaceId, input.workspaceId));
  const updated = await ctx.db
    .update(notifications)
    .set({ read: true })
    .where(and(...conds))
    .returning({ id: notifications.id });
  return { updated: updated.length };
}
