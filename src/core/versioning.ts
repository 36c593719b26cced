import { and, desc, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { activity } from '../modules/activity/schema.ts';
import { users } from '../modules/auth/schema.ts';
import type { WsCtx } from './context.ts';
import { AppError, notFound } from './errors.ts';

/** A table of workspace-owned, versioned rows. */
export type VersionedTable = PgTable & { id: PgColumn; workspaceId: PgColumn; version: PgColumn };

/**
 * Loads a row of the caller's workspace and locks it for the rest of the transaction.
 * A row of another workspace is reported as not found: ids never leak across workspaces.
 */
export async function lockRow<T extends VersionedTable>(
  ctx: WsCtx,
  table: T,
  id: string,
  label: string,
): Promise<T['$inferSelect']> {
  const found = await ctx.db
    .select()
    .from(table as PgTable)
    .where(and(eq(table.workspaceId, ctx.workspaceId), eq(table.id, id)))
    .for('update');
  const row = found[0];
  if (!row) throw notFound(label);
  return row as T['$inferSelect'];
}

/**
 * Refuses an update made from a stale copy: 409 with the current version and the last change,
 * so the client can show who changed what and offer to reload or re-apply.
 */
export async function checkVersion(
  ctx: WsCtx,
  entityType: string,
  row: { id: string; version: number },
  expected: number | undefined,
): Promise<void> {
  if (expected === undefined || expected === row.version) return;
  const last = await ctx.db
    .select({
      at: activity.at,
      action: activity.action,
      changes: activity.changes,
      actorId: activity.actorId,
      actorName: users.name,
    })
    .from(activity)
    .leftJoin(users, eq(users.id, activity.actorId))
    .where(
      and(
        eq(activity.workspaceId, ctx.workspaceId),
        eq(activity.entityType, entityType),
        eq(activity.entityId, row.id),
      ),
    )
    .orderBy(desc(activity.id))
    .limit(1);
  throw new AppError(
    'version_conflict',
    `This ${entityType.replaceAll('_', ' ')} was changed by someone else (you had version ${expected}, it is now ${row.version})`,
    {
      currentVersion: row.version,
      yourVersion: expected,
      lastChange: last[0] ?? null,
    },
  );
}

/** The SET fragment that bumps an entity's version and update time. */
export const bump = () => ({ version: sql`version + 1`, updatedAt: new Date() });
