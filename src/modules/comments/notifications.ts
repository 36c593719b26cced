import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Ctx, WsCtx } from '../../core/context.ts';
import type { NotificationEntity, NotificationKind, NotificationOutcome, Role } from '../../core/enums.ts';
import { notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { users } from '../auth/schema.ts';
import { members } from '../workspaces/schema.ts';
import { readableMentions } from './mentions.ts';
import { subjectParent, subjectTitle, summarize } from './notification-subjects.ts';
import { comments, notifications } from './schema.ts';

export type NotificationEvent = {
  kind: NotificationKind;
  entityType: NotificationEntity;
  entityId: string;
  commentId?: string;
  parentId?: string;
  outcome?: NotificationOutcome;
};

/** Writes one row per recipient, leaving out the actor and anyone in `except`. */
async function insertFor(
  ctx: WsCtx,
  userIds: readonly string[],
  what: NotificationEvent,
  except: readonly (string | null | undefined)[],
): Promise<void> {
  const skip = new Set([ctx.actor.userId, ...except]);
  const recipients = [...new Set(userIds)].filter((id) => !skip.has(id));
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

/**
 * Tells each of these people that something concerns them — those still members here (an owner removed
 * since hears nothing), never the actor, nor anyone in `except`.
 */
export async function notify(
  ctx: WsCtx,
  userIds: readonly (string | null | undefined)[],
  what: NotificationEvent,
  except: readonly (string | null | undefined)[] = [],
): Promise<void> {
  const candidates = [...new Set(userIds)].filter(
    (id): id is string => !!id && id !== ctx.actor.userId && !except.includes(id),
  );
  if (candidates.length === 0) return;
  const current = await ctx.db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.workspaceId, ctx.workspaceId), inArray(members.userId, candidates)));
  await insertFor(
    ctx,
    current.map((m) => m.userId),
    what,
    except,
  );
}

/**
 * Tells the members holding these roles (the ownership matrix's owners or reviewers of the artefact, as the
 * caller passes them) — current members only, so someone removed hears nothing more.
 */
export async function notifyRoles(
  ctx: WsCtx,
  roles: readonly Role[],
  what: NotificationEvent,
  except: readonly (string | null | undefined)[] = [],
): Promise<void> {
  if (roles.length === 0) return;
  const found = await ctx.db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.workspaceId, ctx.workspaceId), inArray(members.role, [...roles])));
  await insertFor(
    ctx,
    found.map((m) => m.userId),
    what,
    except,
  );
}

/**
 * Someone was just made the assignee (or owner) of an item: they hear of it, unless they took it themselves
 * or already had it. Costs nothing when the assignee did not change.
 */
export async function notifyAssignee(
  ctx: WsCtx,
  before: string | null | undefined,
  after: string | null | undefined,
  what: Omit<NotificationEvent, 'kind'>,
): Promise<void> {
  if (!after || after === before) return;
  await notify(ctx, [after], { kind: 'task_assigned', ...what });
}

const EXCERPT = 200;
const actor = alias(users, 'actor');

export type NotificationQuery = {
  limit: number;
  cursor?: string;
  workspaceId?: string;
  /** Only unread ones. */
  unread?: boolean;
  kind?: NotificationKind;
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
  if (q.kind) conds.push(eq(notifications.kind, q.kind));
  if (q.cursor) conds.push(afterCursor(notifications.createdAt, notifications.id, sort, q.cursor));
  const fetched = await ctx.db
    .select({
      n: notifications,
      actorName: actor.name,
      // Long enough that a mention token cut short is rare; trimmed once the tokens are readable.
      excerpt: sql<string | null>`left(${comments.body}, ${EXCERPT * 3})`,
      title: subjectTitle,
      parentId: subjectParent,
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
      parentId: r.parentId,
      commentId: r.n.commentId,
      outcome: r.n.outcome,
      actor: r.n.actorId ? { id: r.n.actorId, name: r.actorName ?? '' } : null,
      title: r.title,
      deleted: r.title === null,
      summary: summarize({ ...r.n, actorName: r.actorName, title: r.title }),
      excerpt: r.excerpt === null ? null : readableMentions(r.excerpt).slice(0, EXCERPT),
      read: r.n.read,
      createdAt: r.n.createdAt.toISOString(),
    }),
  );
}
export type Notification = {
  id: string;
  workspaceId: string;
  kind: NotificationKind;
  entityType: NotificationEntity;
  entityId: string;
  parentId: string | null;
  commentId: string | null;
  outcome: NotificationOutcome | null;
  actor: { id: string; name: string } | null;
  /** The item's current title; null once it has been deleted. */
  title: string | null;
  deleted: boolean;
  summary: string;
  excerpt: string | null;
  read: boolean;
  createdAt: string;
};

/**
 * How many unread notifications the caller has (in one workspace, or in all they belong to): one count over
 * the partial index of unread rows, polled by the bell.
 */
export async function unreadCount(ctx: Ctx, workspaceId?: string): Promise<{ unread: number }> {
  const conds: SQL[] = [eq(notifications.userId, ctx.actor.userId), eq(notifications.read, false)];
  if (workspaceId) conds.push(eq(notifications.workspaceId, workspaceId));
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .innerJoin(
      members,
      and(eq(members.workspaceId, notifications.workspaceId), eq(members.userId, notifications.userId)),
    )
    .where(and(...conds));
  return { unread: row?.n ?? 0 };
}

/**
 * Marks the caller's notifications read: the listed ones, or all (optionally of one workspace). An id that
 * is not the caller's is 404 and nothing changes (whose it is stays unsaid).
 */
export async function markRead(
  ctx: Ctx,
  input: { ids?: string[]; all?: boolean; workspaceId?: string },
): Promise<{ updated: number }> {
  const conds: SQL[] = [eq(notifications.userId, ctx.actor.userId), eq(notifications.read, false)];
  if (!input.all) {
    const ids = [...new Set(input.ids ?? [])];
    const mine = await ctx.db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, ctx.actor.userId), inArray(notifications.id, ids)));
    if ((mine[0]?.n ?? 0) < ids.length) throw notFound('Notification');
    conds.push(inArray(notifications.id, ids));
  }
  if (input.workspaceId) conds.push(eq(notifications.workspaceId, input.workspaceId));
  const updated = await ctx.db
    .update(notifications)
    .set({ read: true })
    .where(and(...conds))
    .returning({ id: notifications.id });
  return { updated: updated.length };
}
