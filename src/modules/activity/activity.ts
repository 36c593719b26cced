import { and, eq, gte, inArray, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { users } from '../auth/schema.ts';
import { activity } from './schema.ts';

export type ActivityQuery = {
  limit: number;
  cursor?: string;
  /** `-id` (newest first, the default) or `id` (oldest first). */
  sort?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  /** One or more actions (created, updated, deleted, commented, status_changed, …). */
  action?: string[];
  /** Only entries at or after this instant. */
  since?: Date;
};

export type ActivityEntry = {
  id: number;
  at: string;
  actor: { id: string | null; name: string } | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
};

/** The workspace's activity log, newest first, keyset-paginated by id. */
export async function listActivity(ctx: WsCtx, q: ActivityQuery): Promise<Page<ActivityEntry>> {
  const sort = parseSort(q.sort, ['id'], '-id');
  const conds: SQL[] = [eq(activity.workspaceId, ctx.workspaceId)];
  if (q.entityType) conds.push(eq(activity.entityType, q.entityType));
  if (q.entityId) conds.push(eq(activity.entityId, q.entityId));
  if (q.actorId) conds.push(eq(activity.actorId, q.actorId));
  if (q.action?.length) conds.push(inArray(activity.action, q.action));
  if (q.since) conds.push(gte(activity.at, q.since));
  if (q.cursor) conds.push(afterCursor(activity.id, activity.id, sort, q.cursor));
  const fetched = await ctx.db
    .select({ a: activity, actorName: users.name })
    .from(activity)
    .leftJoin(users, eq(users.id, activity.actorId))
    .where(and(...conds))
    .orderBy(...orderFor(activity.id, activity.id, sort))
    .limit(q.limit + 1);
  return toPage(
    // toPage keys cursors by a string id; the bigint id is exact as a JS number far beyond any real log.
    fetched.map((r) => ({ ...r, id: String(r.a.id) })),
    q.limit,
    sort,
    (r) => r.a.id,
    ({ a, actorName }) => ({
      id: a.id,
      at: a.at.toISOString(),
      actor: a.actorId
        ? { id: a.actorId, name: actorName ?? '' }
        : a.actorName === null
          ? null
          : { id: null, name: a.actorName },
      entityType: a.entityType,
      entityId: a.entityId,
      action: a.action,
      changes: a.changes,
    }),
  );
}
