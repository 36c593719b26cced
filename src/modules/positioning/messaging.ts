import { and, eq, inArray, max, or, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { ApprovalStatus } from '../../core/enums.ts';
import { type FieldError, invalid, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { personaProducts, personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import {
  allowedActions,
  approvalRules,
  type ApprovalRules,
  approveRefusal,
  type ApprovalKind,
  assertDraft,
  lockProduct,
  type Step,
  takeApprovalStep,
} from './approval.ts';
import { messaging, type Pillar } from './schema.ts';

type MessagingRow = typeof messaging.$inferSelect;

/** Length limits of messaging copy, in characters (validators and approval use the same numbers). */
export const COPY_LIMITS = {
  headline: 120,
  valueProposition: 500,
  pillarTitle: 120,
  pillarDescription: 500,
  proofPoint: 300,
  proofPoints: 10,
  boilerplateShort: 280,
  boilerplateMedium: 700,
  boilerplateLong: 2_000,
  elevatorPitch: 600,
} as const;
/** Approved messaging has this many pillars; drafts may hold fewer while they are written. */
export const PILLARS = { min: 3, max: 5 } as const;

export type MessagingFields = {
  headline?: string;
  valueProposition?: string;
  pillars?: Pillar[];
  boilerplateShort?: string;
  boilerplateMedium?: string;
  boilerplateLong?: string;
  elevatorPitch?: string;
};
const FIELD_NAMES = [
  'headline',
  'valueProposition',
  'pillars',
  'boilerplateShort',
  'boilerplateMedium',
  'boilerplateLong',
  'elevatorPitch',
] as const;

type Names = { productName: string; personaName: string };

export function presentMessaging(ctx: WsCtx, r: MessagingRow, names: Names, rules: ApprovalRules) {
  return {
    id: r.id,
    productId: r.productId,
    productName: names.productName,
    personaId: r.personaId,
    personaName: names.personaName,
    revision: r.revision,
    status: r.status,
    isCurrent: r.status === 'approved',
    basedOnId: r.basedOnId,
    headline: r.headline,
    valueProposition: r.valueProposition,
    pillars: r.pillars,
    boilerplateShort: r.boilerplateShort,
    boilerplateMedium: r.boilerplateMedium,
    boilerplateLong: r.boilerplateLong,
    elevatorPitch: r.elevatorPitch,
    approvalMissing: approvalProblems(r).map((e) => e.message),
    reviewComment: r.reviewComment,
    createdBy: r.createdBy,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    approvedBy: r.approvedBy,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    allowedActions: allowedActions(ctx, 'messaging', r, rules),
    approveRefusal: approveRefusal(ctx, 'messaging', r, rules),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Messaging = ReturnType<typeof presentMessaging>;

/** What keeps a version from approval: a headline, a value proposition, 3–5 pillars each with proof. */
export function approvalProblems(
  r: Pick<MessagingRow, 'headline' | 'valueProposition' | 'pillars'>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!r.headline.trim()) errors.push({ path: 'headline', message: 'A headline is required' });
  if (!r.valueProposition.trim())
    errors.push({ path: 'valueProposition', message: 'A value proposition is required' });
  if (r.pillars.length < PILLARS.min || r.pillars.length > PILLARS.max)
    errors.push({
      path: 'pillars',
      message: `Approved messaging has ${PILLARS.min}–${PILLARS.max} pillars (this has ${r.pillars.length})`,
    });
  r.pillars.forEach((p, i) => {
    if (!p.proofPoints.some((x) => x.trim()))
      errors.push({
        path: `pillars.${i}.proofPoints`,
        message: `Pillar ${i + 1} needs at least one proof point`,
      });
  });
  return errors;
}

const logged = (r: MessagingRow) => ({
  productId: r.productId,
  personaId: r.personaId,
  revision: r.revision,
  status: r.status,
  reviewComment: r.reviewComment,
  ...Object.fromEntries(FIELD_NAMES.map((f) => [f, r[f]])),
});

const withNames = (ctx: WsCtx) =>
  ctx.db
    .select({ row: messaging, productName: products.name, personaName: personas.name })
    .from(messaging)
    .innerJoin(
      products,
      and(eq(products.workspaceId, messaging.workspaceId), eq(products.id, messaging.productId)),
    )
    .innerJoin(
      personas,
      and(eq(personas.workspaceId, messaging.workspaceId), eq(personas.id, messaging.personaId)),
    );

export const MESSAGING_SORTS = ['revision', 'updatedAt', 'createdAt'] as const;
const sortColumn = {
  revision: messaging.revision,
  updatedAt: messaging.updatedAt,
  createdAt: messaging.createdAt,
};
export type MessagingQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  productId?: string;
  personaId?: string;
  status?: ApprovalStatus[];
};

/** Versions of messaging, newest revision first unless asked otherwise. */
export async function listMessaging(ctx: WsCtx, q: MessagingQuery): Promise<Page<Messaging>> {
  const sort = parseSort(q.sort, MESSAGING_SORTS, '-revision');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: SQL[] = [eq(messaging.workspaceId, ctx.workspaceId)];
  if (q.productId) conds.push(eq(messaging.productId, q.productId));
  if (q.personaId) conds.push(eq(messaging.personaId, q.personaId));
  if (q.status?.length) conds.push(inArray(messaging.status, q.status));
  if (q.cursor) conds.push(afterCursor(column, messaging.id, sort, q.cursor));
  const found = await withNames(ctx)
    .where(and(...conds))
    .orderBy(...orderFor(column, messaging.id, sort))
    .limit(q.limit + 1);
  const rules = await approvalRules(ctx);
  return toPage(
    found.map((f) => ({ ...f, id: f.row.id })),
    q.limit,
    sort,
    (r) => r.row[sort.field as keyof typeof sortColumn],
    (r) => presentMessaging(ctx, r.row, r, rules),
  );
}

export async function getMessaging(ctx: WsCtx, id: string): Promise<Messaging> {
  const [found] = await withNames(ctx).where(
    and(eq(messaging.workspaceId, ctx.workspaceId), eq(messaging.id, id)),
  );
  if (!found) throw notFound('Messaging');
  return presentMessaging(ctx, found.row, found, await approvalRules(ctx));
}

/** The approved messaging for a product and persona: the copy marketing works from. */
export async function approvedMessaging(
  ctx: WsCtx,
  productId: string,
  personaId: string,
): Promise<Messaging> {
  const [found] = await withNames(ctx).where(
    and(
      eq(messaging.workspaceId, ctx.workspaceId),
      eq(messaging.productId, productId),
      eq(messaging.personaId, personaId),
      eq(messaging.status, 'approved'),
    ),
  );
  if (!found) throw notFound('Approved messaging for this product and persona (none is approved yet)');
  return presentMessaging(ctx, found.row, found, await approvalRules(ctx));
}

/**
 * The messaging matrix of a product: one row per persona that is linked to the product or has messaging
 * for it, with its approved messaging (or null) and its latest version's revision and status.
 */
export async function messagingMatrix(ctx: WsCtx, productId: string) {
  await assertRef(ctx, products, productId, 'productId', 'product');
  const linked = ctx.db
    .select({ id: personaProducts.personaId })
    .from(personaProducts)
    .where(and(eq(personaProducts.workspaceId, ctx.workspaceId), eq(personaProducts.productId, productId)));
  const written = ctx.db
    .select({ id: messaging.personaId })
    .from(messaging)
    .where(and(eq(messaging.workspaceId, ctx.workspaceId), eq(messaging.productId, productId)));
  const rowsOf = await ctx.db
    .select({ id: personas.id, name: personas.name, title: personas.title })
    .from(personas)
    .where(
      and(
        eq(personas.workspaceId, ctx.workspaceId),
        or(inArray(personas.id, linked), inArray(personas.id, written)),
      ),
    )
    .orderBy(personas.name);
  const versions = await withNames(ctx).where(
    and(eq(messaging.workspaceId, ctx.workspaceId), eq(messaging.productId, productId)),
  );
  const rules = await approvalRules(ctx);
  return {
    productId,
    rows: rowsOf.map((p) => {
      const mine = versions.filter((v) => v.row.personaId === p.id);
      const approved = mine.find((v) => v.row.status === 'approved');
      const latest = mine.reduce<(typeof mine)[number] | undefined>(
        (a, v) => (!a || v.row.revision > a.row.revision ? v : a),
        undefined,
      );
      return {
        persona: p,
        approved: approved ? presentMessaging(ctx, approved.row, approved, rules) : null,
        latest: latest
          ? { id: latest.row.id, revision: latest.row.revision, status: latest.row.status }
          : null,
      };
    }),
  };
}

/**
 * Starts a new draft for a product and persona, numbered after their latest revision; fields come from
 * `basedOnId`, else from the approved version, then the given fields on top.
 */
export async function createMessaging(
  ctx: WsCtx,
  input: MessagingFields & { productId: string; personaId: string; basedOnId?: string | null },
): Promise<Messaging> {
  assertCan(ctx.role, 'messaging', 'create');
  const productName = await lockProduct(ctx, input.productId);
  const [persona] = await ctx.db
    .select({ name: personas.name })
    .from(personas)
    .where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, input.personaId)));
  if (!persona) throw invalidField('personaId', `No persona ${input.personaId} in this workspace`);
  const pair = and(
    eq(messaging.workspaceId, ctx.workspaceId),
    eq(messaging.productId, input.productId),
    eq(messaging.personaId, input.personaId),
  );
  const [base] = await ctx.db
    .select()
    .from(messaging)
    .where(and(pair, input.basedOnId ? eq(messaging.id, input.basedOnId) : eq(messaging.status, 'approved')));
  if (input.basedOnId && !base)
    throw invalidField('basedOnId', `No messaging ${input.basedOnId} for this product and persona`);
  const [latest] = await ctx.db
    .select({ n: max(messaging.revision) })
    .from(messaging)
    .where(pair);
  const { productId, personaId, basedOnId: _b, ...fields } = input;
  const inherited = base ? Object.fromEntries(FIELD_NAMES.map((f) => [f, base[f]])) : {};
  const [row] = await ctx.db
    .insert(messaging)
    .values({
      ...inherited,
      ...fields,
      workspaceId: ctx.workspaceId,
      productId,
      personaId,
      revision: (latest?.n ?? 0) + 1,
      status: 'draft',
      basedOnId: base?.id ?? null,
      createdBy: ctx.actor.userId,
    })
    .returning();
  await recordActivity(ctx, {
    entityType: 'messaging',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentMessaging(ctx, row!, { productName, personaName: persona.name }, await approvalRules(ctx));
}

async function namesOf(ctx: WsCtx, r: MessagingRow): Promise<Names> {
  const [product] = await ctx.db
    .select({ name: products.name })
    .from(products)
    .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, r.productId)));
  const [persona] = await ctx.db
    .select({ name: personas.name })
    .from(personas)
    .where(and(eq(personas.workspaceId, ctx.workspaceId), eq(personas.id, r.personaId)));
  return { productName: product?.name ?? '', personaName: persona?.name ?? '' };
}

/** Edits a draft; approved and superseded versions are history. */
export async function updateMessaging(
  ctx: WsCtx,
  id: string,
  input: MessagingFields,
  expected?: number,
): Promise<Messaging> {
  assertCan(ctx.role, 'messaging', 'update');
  const before = await lockRow(ctx, messaging, id, 'Messaging');
  await checkVersion(ctx, 'messaging', before, expected);
  assertDraft('messaging', before.status, 'edited');
  const [after] = await ctx.db
    .update(messaging)
    .set({ ...input, ...bump() })
    .where(and(eq(messaging.workspaceId, ctx.workspaceId), eq(messaging.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'messaging',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return presentMessaging(ctx, after!, await namesOf(ctx, after!), await approvalRules(ctx));
}

/** One step of the approval workflow; approval checks the copy and supersedes the pair's approved version. */
export async function stepMessaging(
  ctx: WsCtx,
  id: string,
  step: Step,
  options: { comment?: string; expected?: number } = {},
): Promise<Messaging> {
  const { row } = await takeApprovalStep(ctx, MESSAGING_APPROVAL, id, step, options);
  return presentMessaging(ctx, row, await namesOf(ctx, row), await approvalRules(ctx));
}

/** Messaging in the shared approval workflow: one approved version per product and persona, complete copy. */
const MESSAGING_APPROVAL: ApprovalKind<typeof messaging> = {
  artefact: 'messaging',
  table: messaging,
  label: 'Messaging',
  assertApprovable(row) {
    const problems = approvalProblems(row);
    if (problems.length > 0)
      throw invalid(
        `Messaging cannot be approved yet: ${problems.map((p) => p.message).join('; ')}`,
        problems,
      );
  },
  sameSlot: (row) => and(eq(messaging.productId, row.productId), eq(messaging.personaId, row.personaId))!,
  logged,
};

/** Deletes a draft. */
export async function deleteMessaging(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'messaging', 'delete');
  const before = await lockRow(ctx, messaging, id, 'Messaging');
  await checkVersion(ctx, 'messaging', before, expected);
  assertDraft('messaging', before.status, 'deleted');
  await deleteCommentsOn(ctx, 'messaging', id);
  await ctx.db.delete(messaging).where(and(eq(messaging.workspaceId, ctx.workspaceId), eq(messaging.id, id)));
  await recordActivity(ctx, {
    entityType: 'messaging',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
