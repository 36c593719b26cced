import { type ActivityChanges, activity } from '../modules/activity/schema.ts';
import type { WsCtx } from './context.ts';
import type { ActivityAction, ActivityEntity } from './enums.ts';

/** Fields never worth a line in the log. */
const IGNORED = new Set([
  'version',
  'updatedAt',
  'createdAt',
  'workspaceId',
  'search',
  'passwordHash',
  'tokenHash',
]);

/** The fields that differ between two shapes of an entity, with their before and after values. */
export function diff(before: object | null, after: object | null): ActivityChanges {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const changes: ActivityChanges = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (IGNORED.has(key)) continue;
    const bv = normalise(b[key]);
    const av = normalise(a[key]);
    if (JSON.stringify(bv) !== JSON.stringify(av)) changes[key] = { before: bv, after: av };
  }
  return changes;
}

function normalise(v: unknown): unknown {
  if (v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  return v;
}

/** One entry of the log; the kind and the verb are value sets, so a typo fails the build. */
export type ActivityInput = {
  entityType: ActivityEntity;
  entityId: string;
  action: ActivityAction;
  before?: object | null;
  after?: object | null;
  /** Changes given directly, for actions that are not a plain before/after of one row. */
  changes?: ActivityChanges;
};

/** Writes one activity row; call it inside the transaction that makes the change. */
export async function recordActivity(ctx: WsCtx, input: ActivityInput): Promise<void> {
  const changes = input.changes ?? diff(input.before ?? null, input.after ?? null);
  if (input.action === 'updated' && Object.keys(changes).length === 0) return;
  await ctx.db.insert(activity).values({
    workspaceId: ctx.workspaceId,
    actorId: ctx.actor.userId,
    entityType: input.entityType,
    entityId: input.entityId,
    action: input.action,
    changes,
  });
}

/** Writes many activity rows at once (bulk actions). */
export async function recordActivities(ctx: WsCtx, inputs: ActivityInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await ctx.db.insert(activity).values(
    inputs.map((input) => ({
      workspaceId: ctx.workspaceId,
      actorId: ctx.actor.userId,
      entityType: input.entityType,
      entityId: input.entityId,
      action: input.action,
      changes: input.changes ?? diff(input.before ?? null, input.after ?? null),
    })),
  );
}
