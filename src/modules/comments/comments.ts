import { and, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { Commentable } from '../../core/enums.ts';
import { forbidden, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow, type VersionedTable } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { users } from '../auth/schema.ts';
import { features } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { releases } from '../releases/schema.ts';
import { campaigns } from '../campaigns/schema.ts';
import { battlecards, competitors } from '../competitors/schema.ts';
import { launches } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { messaging, positionings } from '../positioning/schema.ts';
import { releaseNotes } from '../release-notes/schema.ts';
import { products } from '../products/schema.ts';
import { programs, requirements } from '../requirements/schema.ts';
import { resolveMentions } from './mentions.ts';
import { notify } from './notifications.ts';
import { comments, notifications } from './schema.ts';

type CommentRow = typeof comments.$inferSelect;

/** The table behind each kind of commentable entity (each kind is also an artefact of the matrix). */
const ENTITY_TABLES: Record<Commentable, VersionedTable> = {
  product: products,
  feature: features,
  feedback,
  release: releases,
  persona: personas,
  competitor: competitors,
  battlecard: battlecards,
  positioning: positionings,
  messaging,
  launch: launches,
  release_note: releaseNotes,
  requirement: requirements,
  program: programs,
  campaign: campaigns,
};

type Names = Map<string, string>;

/** Names of the given users, for authors and mentions. */
async function namesOf(ctx: WsCtx, ids: readonly string[]): Promise<Names> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const found = await ctx.db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(inArray(users.id, unique));
  return new Map(found.map((u) => [u.id, u.name]));
}

const userIdsOf = (rows: CommentRow[]) =>
  rows.flatMap((r) => [...(r.authorId ? [r.authorId] : []), ...r.mentions]);

export function presentComment(c: CommentRow, names: Names) {
  return {
    id: c.id,
    entityType: c.entityType,
    entityId: c.entityId,
    author: c.authorId
      ? { id: c.authorId, name: names.get(c.authorId) ?? '' }
      : c.authorName === null
        ? null
        : { id: null, name: c.authorName },
    body: c.body,
    // A mentioned user who has since been deleted drops out.
    mentions: c.mentions.filter((id) => names.has(id)).map((id) => ({ id, name: names.get(id)! })),
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type Comment = ReturnType<typeof presentComment>;

const present = async (ctx: WsCtx, row: CommentRow) =>
  presentComment(row, await namesOf(ctx, userIdsOf([row])));

export type CommentInput = { entityType: Commentable; entityId: string; body: string };

/**
 * Comments on an entity of the workspace, if the caller's role may comment on that kind of artefact. Mentioned members (other than the author) are notified.
 */
export async function createComment(ctx: WsCtx, input: CommentInput): Promise<Comment> {
  assertCan(ctx.role, input.entityType, 'comment');
  await assertRef(ctx, ENTITY_TABLES[input.entityType], input.entityId, 'entityId', input.entityType);
  const mentions = await resolveMentions(ctx, input.body);
  const [row] = await ctx.db
    .insert(comments)
    .values({ ...input, workspaceId: ctx.workspaceId, authorId: ctx.actor.userId, mentions })
    .returning();
  const c = row!;
  await notify(ctx, mentions, {
    kind: 'mention',
    entityType: c.entityType,
    entityId: c.entityId,
    commentId: c.id,
  });
  await recordActivity(ctx, {
    entityType: c.entityType,
    entityId: c.entityId,
    action: 'commented',
    changes: { comment: { before: null, after: { id: c.id, body: c.body } } },
  });
  return present(ctx, c);
}

export async function getComment(ctx: WsCtx, id: string): Promise<Comment> {
  const [c] = await ctx.db
    .select()
    .from(comments)
    .where(and(eq(comments.workspaceId, ctx.workspaceId), eq(comments.id, id)));
  if (!c) throw notFound('Comment');
  return present(ctx, c);
}

export const COMMENT_SORTS = ['createdAt', 'updatedAt'] as const;
const sortColumn = { createdAt: comments.createdAt, updatedAt: comments.updatedAt };

export type CommentQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  entityType?: Commentable;
  entityId?: string;
  authorId?: string;
};

/** Comments on one entity or by one author; oldest first unless sorted otherwise. */
export async function listComments(ctx: WsCtx, q: CommentQuery): Promise<Page<Comment>> {
  const sort = parseSort(q.sort, COMMENT_SORTS, 'createdAt');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: SQL[] = [eq(comments.workspaceId, ctx.workspaceId)];
  if (q.entityType) conds.push(eq(comments.entityType, q.entityType));
  if (q.entityId) conds.push(eq(comments.entityId, q.entityId));
  if (q.authorId) conds.push(eq(comments.authorId, q.authorId));
  if (q.cursor) conds.push(afterCursor(column, comments.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(comments)
    .where(and(...conds))
    .orderBy(...orderFor(column, comments.id, sort))
    .limit(q.limit + 1);
  const names = await namesOf(ctx, userIdsOf(fetched));
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => r[sort.field as keyof typeof sortColumn],
    (r) => presentComment(r, names),
  );
}

/**
 * Only the author may change their words, while their role still lets them comment there (a member
 * demoted to viewer keeps their old comments as they are); an admin may moderate.
 */
function assertAuthorOrAdmin(ctx: WsCtx, c: CommentRow, action: 'edit' | 'delete') {
  if (ctx.role === 'admin') return;
  if (c.authorId !== ctx.actor.userId)
    throw forbidden(`Only the author of a comment or an admin may ${action} it`, ['admin']);
  assertCan(ctx.role, c.entityType, 'comment');
}

/** Edits a comment's body; members newly mentioned are notified, earlier ones are not again. */
export async function updateComment(
  ctx: WsCtx,
  id: string,
  input: { body: string },
  expected?: number,
): Promise<Comment> {
  const before = await lockRow(ctx, comments, id, 'Comment');
  assertAuthorOrAdmin(ctx, before, 'edit');
  await checkVersion(ctx, 'comment', before, expected);
  const mentions = await resolveMentions(ctx, input.body);
  const [after] = await ctx.db
    .update(comments)
    .set({ body: input.body, mentions, ...bump() })
    .where(and(eq(comments.workspaceId, ctx.workspaceId), eq(comments.id, id)))
    .returning();
  const already = new Set(before.mentions);
  await notify(
    ctx,
    mentions.filter((m) => !already.has(m) && m !== before.authorId),
    { kind: 'mention', entityType: before.entityType, entityId: before.entityId, commentId: id },
  );
  await recordActivity(ctx, {
    entityType: 'comment',
    entityId: id,
    action: 'updated',
    before: { body: before.body, mentions: before.mentions },
    after: { body: after!.body, mentions: after!.mentions },
  });
  return present(ctx, after!);
}

/**
 * Removes every comment on an entity and the mentions they raised; the entity's own delete calls this
 * in its transaction (comments point at entities of several kinds, so no foreign key does it). Other
 * notifications about the entity stay, and the inbox says it was deleted.
 */
export async function deleteCommentsOn(ctx: WsCtx, entityType: Commentable, entityId: string): Promise<void> {
  await ctx.db
    .delete(comments)
    .where(
      and(
        eq(comments.workspaceId, ctx.workspaceId),
        eq(comments.entityType, entityType),
        eq(comments.entityId, entityId),
      ),
    );
  await ctx.db
    .delete(notifications)
    .where(
      and(
        eq(notifications.workspaceId, ctx.workspaceId),
        eq(notifications.entityType, entityType),
        eq(notifications.entityId, entityId),
        isNotNull(notifications.commentId),
      ),
    );
}

/** Deletes a comment and the notifications that pointed at it. */
export async function deleteComment(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  const before = await lockRow(ctx, comments, id, 'Comment');
  assertAuthorOrAdmin(ctx, before, 'delete');
  await checkVersion(ctx, 'comment', before, expected);
  await ctx.db.delete(comments).where(and(eq(comments.workspaceId, ctx.workspaceId), eq(comments.id, id)));
  await ctx.db
    .delete(notifications)
    .where(and(eq(notifications.workspaceId, ctx.workspaceId), eq(notifications.commentId, id)));
  await recordActivity(ctx, {
    entityType: 'comment',
    entityId: id,
    action: 'deleted',
    changes: {
      body: { before: before.body, after: null },
      on: { before: { entityType: before.entityType, entityId: before.entityId }, after: null },
    },
  });
}
