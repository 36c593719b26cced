import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import { type ActivityInput, recordActivities } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { type FeedbackStatus, LIMITS } from '../../core/enums.ts';
import { type FieldError, invalid, invalidField } from '../../core/errors.ts';
import { assertRef } from '../../core/refs.ts';
import { bump } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import {
  type Feedback,
  FEEDBACK_WORKFLOW,
  type FeedbackRow,
  normalizeTags,
  presentFeedback,
  statusChange,
} from './feedback.ts';
import { feedback } from './schema.ts';

export const BULK_ACTIONS = [
  'triage',
  'archive',
  'reopen',
  'tag',
  'untag',
  'set_product',
  'set_persona',
] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

export type BulkInput = {
  ids: string[];
  action: BulkAction;
  tags?: string[];
  productId?: string | null;
  personaId?: string | null;
};

const TARGET: Partial<Record<BulkAction, FeedbackStatus>> = {
  triage: 'triaged',
  archive: 'archived',
  reopen: 'new',
};

/**
 * Applies one action to many feedback items in the caller's transaction, all or nothing: an unknown or
 * foreign id, or a move the workflow forbids, refuses the whole batch with one error per failing id
 * (`ids.<index>`). Items the action would not change are left as they are (no version bump, no log row).
 */
export async function bulkFeedback(
  ctx: WsCtx,
  input: BulkInput,
): Promise<{ updated: number; items: Feedback[] }> {
  assertCan(ctx.role, 'feedback', 'update');
  const tags = normalizeTags(input.tags ?? []);
  if (tags.errors.length > 0) throw invalid('Invalid tags', tags.errors);
  if ((input.action === 'tag' || input.action === 'untag') && tags.tags.length === 0)
    throw invalidField('tags', `The ${input.action} action needs tags`);
  if (input.action === 'set_product') {
    if (input.productId === undefined)
      throw invalidField('productId', 'The set_product action needs productId');
    await assertRef(ctx, products, input.productId, 'productId', 'product');
  }
  if (input.action === 'set_persona') {
    if (input.personaId === undefined)
      throw invalidField('personaId', 'The set_persona action needs personaId');
    await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
  }
  const unique = [...new Set(input.ids)];
  const locked = await ctx.db
    .select()
    .from(feedback)
    .where(and(eq(feedback.workspaceId, ctx.workspaceId), inArray(feedback.id, unique)))
    .orderBy(feedback.id)
    .for('update');
  const byId = new Map(locked.map((r) => [r.id, r]));

  const errors: FieldError[] = [];
  const changed = new Map<string, FeedbackRow>();
  input.ids.forEach((id, i) => {
    const row = byId.get(id);
    const path = `ids.${i}`;
    if (!row) {
      errors.push({ path, message: `No feedback ${id} in this workspace` });
      return;
    }
    const problem = check(row, input, tags.tags);
    if (problem) {
      errors.push({ path, message: problem });
      return;
    }
    if (wouldChange(row, input, tags.tags)) changed.set(id, row);
  });
  if (errors.length > 0)
    throw invalid(`${errors.length} of ${input.ids.length} items cannot be changed`, errors);

  const after = new Map<string, FeedbackRow>();
  if (changed.size > 0) {
    const rows = await ctx.db
      .update(feedback)
      .set({ ...changes(input, tags.tags), ...bump() })
      .where(and(eq(feedback.workspaceId, ctx.workspaceId), inArray(feedback.id, [...changed.keys()])))
      .returning();
    for (const r of rows) after.set(r.id, r);
    const log: ActivityInput[] = rows.map((r) => ({
      entityType: 'feedback',
      entityId: r.id,
      action: 'updated',
      before: presentFeedback(changed.get(r.id)!),
      after: presentFeedback(r),
    }));
    await recordActivities(ctx, log);
  }
  return {
    updated: after.size,
    items: unique.map((id) => presentFeedback(after.get(id) ?? byId.get(id)!)),
  };
}

/** Why this item cannot take the action, or null. */
function check(row: FeedbackRow, input: BulkInput, tags: string[]): string | null {
  const target = TARGET[input.action];
  if (target) return FEEDBACK_WORKFLOW.problem(row.status, target)?.message ?? null;
  if (input.action === 'tag') {
    const total = new Set([...row.tags, ...tags]).size;
    if (total > LIMITS.tags) return `Would have ${total} tags; at most ${LIMITS.tags}`;
  }
  return null;
}

function wouldChange(row: FeedbackRow, input: BulkInput, tags: string[]): boolean {
  switch (input.action) {
    case 'triage':
    case 'archive':
    case 'reopen':
      return row.status !== TARGET[input.action];
    case 'tag':
      return tags.some((t) => !row.tags.includes(t));
    case 'untag':
      return tags.some((t) => row.tags.includes(t));
    case 'set_product':
      return row.productId !== input.productId;
    case 'set_persona':
      return row.personaId !== input.personaId;
    default: {
      const never: never = input.action;
      throw new Error(`Unknown bulk action ${never}`);
    }
  }
}

/** The SET clause for the action; tag changes keep each item's existing order. */
function changes(input: BulkInput, tags: string[]): PgUpdateSetSource<typeof feedback> {
  const target = TARGET[input.action];
  if (target) return statusChange(target);
  if (input.action === 'set_product') return { productId: input.productId };
  if (input.action === 'set_persona') return { personaId: input.personaId };
  const list: SQL = sql`array[${sql.join(
    tags.map((t) => sql`${t}`),
    sql`, `,
  )}]::text[]`;
  if (input.action === 'tag')
    return {
      tags: sql`${feedback.tags} || array(select t from unnest(${list}) as t where not t = any(${feedback.tags}))`,
    };
  return {
    tags: sql`array(select t from unnest(${feedback.tags}) with ordinality as u(t, n) where not t = any(${list}) order by n)`,
  };
}
