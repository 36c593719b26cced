import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { diff, recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import {
  type FEEDBACK_SOURCES,
  type FeedbackFlag,
  type FeedbackStatus,
  LIMITS,
  type SENTIMENTS,
} from '../../core/enums.ts';
import { type FieldError, invalid, invalidField, notFound } from '../../core/errors.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { row } from '../../db/sql.ts';
import { assertRef } from '../../core/refs.ts';
import { defineWorkflow } from '../../core/workflow.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { customers } from '../customers/schema.ts';
import { refreshDemand, refreshDemandForFeedback } from '../features/demand.ts';
import { featureFeedback, features } from '../features/schema.ts';
import { personas } from '../personas/schema.ts';
import { feedback } from './schema.ts';

export type FeedbackRow = typeof feedback.$inferSelect;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];
export type Sentiment = (typeof SENTIMENTS)[number];

/** The feedback workflow: triage it, archive it, or bring it back; triagedAt records the latest triage. */
export const FEEDBACK_WORKFLOW = defineWorkflow<FeedbackStatus, { triagedAt: Date }>({
  artefact: 'feedback',
  noun: 'feedback item',
  transitions: {
    new: ['triaged', 'archived'],
    triaged: ['archived', 'new'],
    archived: ['triaged'],
  },
  onEnter: { triaged: () => ({ triagedAt: new Date() }) },
});
export const FEEDBACK_TRANSITIONS = FEEDBACK_WORKFLOW.transitions;

export type FeedbackInput = {
  title?: string;
  text: string;
  source: FeedbackSource;
  sentiment?: Sentiment | null;
  tags?: string[];
  productId?: string | null;
  customerId?: string | null;
  contactId?: string | null;
  /** The buyer persona the item speaks for. */
  personaId?: string | null;
};
export type FeedbackUpdate = Partial<FeedbackInput> & {
  status?: FeedbackStatus;
  /** null clears the flag (the item was handled); a flag sets it again. */
  flag?: FeedbackFlag | null;
};

export function presentFeedback(f: FeedbackRow) {
  return {
    id: f.id,
    title: f.title,
    text: f.text,
    source: f.source,
    sentiment: f.sentiment,
    status: f.status,
    allowedTransitions: [...FEEDBACK_WORKFLOW.next(f.status)],
    tags: f.tags,
    productId: f.productId,
    customerId: f.customerId,
    contactId: f.contactId,
    personaId: f.personaId,
    createdBy: f.createdBy,
    triagedAt: f.triagedAt?.toISOString() ?? null,
    flag: f.flag,
    version: f.version,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}
export type Feedback = ReturnType<typeof presentFeedback>;

/**
 * Tags are trimmed, lower-cased and deduplicated; empty ones are dropped. Returns the field errors
 * (too long, too many) instead of throwing so the CSV import can report them per row.
 */
export function normalizeTags(
  raw: readonly string[],
  path = 'tags',
): { tags: string[]; errors: FieldError[] } {
  const tags = [...new Set(raw.map((t) => t.trim().toLowerCase()).filter(Boolean))];
  const errors: FieldError[] = [];
  tags.forEach((t, i) => {
    if (t.length > LIMITS.tag)
      errors.push({ path: `${path}.${i}`, message: `Tags have at most ${LIMITS.tag} characters` });
  });
  if (tags.length > LIMITS.tags) errors.push({ path, message: `At most ${LIMITS.tags} tags` });
  return { tags, errors };
}

function tagsOrThrow(raw: readonly string[]): string[] {
  const { tags, errors } = normalizeTags(raw);
  if (errors.length > 0) throw invalid('Invalid tags', errors);
  return tags;
}

/**
 * Checks the product, customer, contact and persona ids given (only those) in one query, and works out
 * the customer: a contact alone brings its customer; a contact and a customer must agree.
 */
export async function resolveRefs(
  ctx: WsCtx,
  refs: {
    productId?: string | null;
    customerId?: string | null;
    contactId?: string | null;
    personaId?: string | null;
  },
): Promise<{ customerId: string | null | undefined }> {
  const { productId, customerId, contactId, personaId } = refs;
  if (!productId && !customerId && !contactId && !personaId) return { customerId };
  const ws = ctx.workspaceId;
  const found = await row<{
    product: boolean | null;
    customer: boolean | null;
    contact_customer: string | null;
    persona: boolean | null;
  }>(
    ctx.db,
    sql`select
      ${productId ? sql`exists(select 1 from products where workspace_id = ${ws} and id = ${productId})` : sql`null`}::boolean as product,
      ${customerId ? sql`exists(select 1 from customers where workspace_id = ${ws} and id = ${customerId})` : sql`null`}::boolean as customer,
      ${contactId ? sql`(select customer_id from contacts where workspace_id = ${ws} and id = ${contactId})` : sql`null`}::uuid as contact_customer,
      ${personaId ? sql`exists(select 1 from personas where workspace_id = ${ws} and id = ${personaId})` : sql`null`}::boolean as persona`,
  );
  const errors: FieldError[] = [];
  if (productId && !found?.product)
    errors.push({ path: 'productId', message: `No product ${productId} in this workspace` });
  if (customerId && !found?.customer)
    errors.push({ path: 'customerId', message: `No customer ${customerId} in this workspace` });
  if (contactId && !found?.contact_customer)
    errors.push({ path: 'contactId', message: `No contact ${contactId} in this workspace` });
  else if (contactId && customerId && found?.contact_customer !== customerId)
    errors.push({ path: 'contactId', message: 'This contact belongs to another customer' });
  if (personaId && !found?.persona)
    errors.push({ path: 'personaId', message: `No persona ${personaId} in this workspace` });
  if (errors.length > 0) throw invalid(errors.map((e) => e.message).join('; '), errors);
  return { customerId: contactId ? found!.contact_customer : customerId };
}

/**
 * Records a feedback item; every role but viewer may. This is the hottest write (sales, support and
 * the API pour feedback in), so the row and its activity entry are written by ONE statement (a
 * data-modifying CTE is atomic on its own): at most one reference check and one write, no BEGIN/COMMIT.
 */
export async function createFeedback(ctx: WsCtx, input: FeedbackInput): Promise<Feedback> {
  assertCan(ctx.role, 'feedback', 'create');
  const tags = tagsOrThrow(input.tags ?? []);
  const { customerId } = await resolveRefs(ctx, input);
  return insertFeedback(
    ctx.db,
    ctx.workspaceId,
    { userId: ctx.actor.userId, name: null },
    { ...input, tags, customerId: customerId ?? null },
  );
}

/** Who a feedback item comes from: a member, or (no member acting) a named source such as a survey. */
export type FeedbackAuthor = { userId: string; name: null } | { userId: null; name: string };

/**
 * Writes a feedback item whose references are already checked (same workspace) and tags normalised, with
 * its activity entry, in one statement. createFeedback calls it for members; a survey answer, which has
 * no member behind it, calls it with the survey named as the author (activity `actor_name`).
 */
export async function insertFeedback(
  db: WsCtx['db'],
  workspaceId: string,
  author: FeedbackAuthor,
  input: FeedbackInput & { tags: string[]; flag?: FeedbackFlag | null; createdAt?: Date },
): Promise<Feedback> {
  const now = input.createdAt ?? new Date();
  const created: FeedbackRow = {
    id: randomUUID(),
    workspaceId,
    title: input.title ?? '',
    text: input.text,
    source: input.source,
    sentiment: input.sentiment ?? null,
    status: 'new',
    tags: input.tags,
    productId: input.productId ?? null,
    customerId: input.customerId ?? null,
    personaId: input.personaId ?? null,
    contactId: input.contactId ?? null,
    createdBy: author.userId,
    createdByName: null,
    triagedAt: null,
    flag: input.flag ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
    search: '',
  };
  const presented = presentFeedback(created);
  const changes = diff(null, presented);
  const at = now.toISOString();
  await db.execute(sql`
    with logged as (
      insert into activity (workspace_id, actor_id, actor_name, at, entity_type, entity_id, action, changes)
      values (${workspaceId}, ${author.userId}, ${author.name}, ${at}::timestamptz, 'feedback', ${created.id}, 'created', ${JSON.stringify(changes)}::jsonb)
    )
    insert into feedback (workspace_id, id, title, text, source, sentiment, status, tags, product_id, customer_id,
                          contact_id, persona_id, created_by, flag, created_at, updated_at)
    values (${workspaceId}, ${created.id}, ${created.title}, ${created.text}, ${created.source}, ${created.sentiment},
            'new', ${textArray(input.tags)}::text[], ${created.productId}, ${created.customerId}, ${created.contactId},
            ${created.personaId}, ${created.createdBy}, ${created.flag}, ${at}::timestamptz, ${at}::timestamptz)`);
  return presented;
}

/** A PostgreSQL text[] literal, every element quoted, passed as one parameter (same on both drivers). */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** One feedback item with its customer and the features it is linked to. */
export async function getFeedback(ctx: WsCtx, id: string) {
  const [found] = await ctx.db
    .select({ f: feedback, customer: customers })
    .from(feedback)
    .leftJoin(
      customers,
      and(eq(customers.workspaceId, feedback.workspaceId), eq(customers.id, feedback.customerId)),
    )
    .where(and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.id, id)));
  if (!found) throw notFound('Feedback');
  const linked = await ctx.db
    .select({
      id: features.id,
      title: features.title,
      status: features.status,
      importance: featureFeedback.importance,
    })
    .from(featureFeedback)
    .innerJoin(
      features,
      and(eq(features.workspaceId, featureFeedback.workspaceId), eq(features.id, featureFeedback.featureId)),
    )
    .where(and(eq(featureFeedback.workspaceId, ctx.workspaceId), eq(featureFeedback.feedbackId, id)))
    .orderBy(features.title, features.id);
  const c = found.customer;
  return {
    ...presentFeedback(found.f),
    customer: c ? { id: c.id, name: c.name, segment: c.segment, annualRevenue: c.annualRevenue } : null,
    features: linked,
  };
}
export type FeedbackDetail = Awaited<ReturnType<typeof getFeedback>>;

/** The columns a status change sets: the status and what entering it writes. */
export const statusChange = (to: FeedbackStatus) => ({ status: to, ...FEEDBACK_WORKFLOW.enter(to) });

/** Edits or moves a feedback item through its workflow (product management). */
export async function updateFeedback(ctx: WsCtx, id: string, input: FeedbackUpdate, expected?: number) {
  assertCan(ctx.role, 'feedback', 'update');
  const before = await lockRow(ctx, feedback, id, 'Feedback');
  await checkVersion(ctx, 'feedback', before, expected);
  const { status, ...fields } = input;
  const set: Partial<typeof feedback.$inferInsert> = { ...fields };
  if (input.tags) set.tags = tagsOrThrow(input.tags);
  if (status && status !== before.status) {
    FEEDBACK_WORKFLOW.assertMove({ from: before.status, to: status });
    Object.assign(set, statusChange(status));
  }
  if (input.productId !== undefined || input.customerId !== undefined || input.contactId !== undefined) {
    // The contact that will be on the item must belong to the customer that will be on it; a new
    // contact without a customer brings its own customer.
    const contactId = input.contactId !== undefined ? input.contactId : before.contactId;
    const customerId =
      input.customerId !== undefined ? input.customerId : input.contactId ? undefined : before.customerId;
    if (contactId && customerId === null)
      throw invalidField(
        'customerId',
        'A feedback item with a contact needs its customer; clear contactId too',
      );
    const resolved = await resolveRefs(ctx, { productId: input.productId, customerId, contactId });
    if (resolved.customerId !== undefined) set.customerId = resolved.customerId;
  }
  if (input.personaId && input.personaId !== before.personaId)
    await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
  const [after] = await ctx.db
    .update(feedback)
    .set({ ...set, ...bump() })
    .where(and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.id, id)))
    .returning();
  if (after!.customerId !== before.customerId) await refreshDemandForFeedback(ctx, [id]);
  await recordActivity(ctx, {
    entityType: 'feedback',
    entityId: id,
    action: 'updated',
    before: presentFeedback(before),
    after: presentFeedback(after!),
  });
  return getFeedback(ctx, id);
}

/** Deletes a feedback item, its links (the features' demand is refreshed) and its comments. */
export async function deleteFeedback(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'feedback', 'delete');
  const before = await lockRow(ctx, feedback, id, 'Feedback');
  await checkVersion(ctx, 'feedback', before, expected);
  const linked = await ctx.db
    .select({ featureId: featureFeedback.featureId })
    .from(featureFeedback)
    .where(and(eq(featureFeedback.workspaceId, ctx.workspaceId), eq(featureFeedback.feedbackId, id)));
  await ctx.db.delete(feedback).where(and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.id, id)));
  await refreshDemand(
    ctx,
    linked.map((l) => l.featureId),
  );
  await deleteCommentsOn(ctx, 'feedback', id);
  await recordActivity(ctx, {
    entityType: 'feedback',
    entityId: id,
    action: 'deleted',
    before: presentFeedback(before),
  });
}
