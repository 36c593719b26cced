import { and, eq, inArray, max, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { ApprovalStatus } from '../../core/enums.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { products } from '../products/schema.ts';
import {
  allowedActions,
  approvalRules,
  type ApprovalKind,
  type ApprovalRules,
  approveRefusal,
  assertDraft,
  lockProduct,
  type Step,
  takeApprovalStep,
} from './approval.ts';
import { positionings, type ValueTheme } from './schema.ts';
import { positioningStatement } from './statement.ts';

type PositioningRow = typeof positionings.$inferSelect;

/** The fields a product marketer writes. */
export type PositioningFields = {
  competitiveAlternatives?: string[];
  uniqueAttributes?: string[];
  valueThemes?: ValueTheme[];
  targetCustomer?: string;
  customerNeed?: string;
  marketCategory?: string;
  relevantTrends?: string[];
};
const FIELD_NAMES = [
  'competitiveAlternatives',
  'uniqueAttributes',
  'valueThemes',
  'targetCustomer',
  'customerNeed',
  'marketCategory',
  'relevantTrends',
] as const;

export function presentPositioning(ctx: WsCtx, r: PositioningRow, productName: string, rules: ApprovalRules) {
  const { statement, missing } = positioningStatement(productName, r);
  return {
    id: r.id,
    productId: r.productId,
    productName,
    revision: r.revision,
    status: r.status,
    isCurrent: r.status === 'approved',
    basedOnId: r.basedOnId,
    competitiveAlternatives: r.competitiveAlternatives,
    uniqueAttributes: r.uniqueAttributes,
    valueThemes: r.valueThemes,
    targetCustomer: r.targetCustomer,
    customerNeed: r.customerNeed,
    marketCategory: r.marketCategory,
    relevantTrends: r.relevantTrends,
    statement,
    statementMissing: missing,
    reviewComment: r.reviewComment,
    createdBy: r.createdBy,
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    approvedBy: r.approvedBy,
    approvedAt: r.approvedAt?.toISOString() ?? null,
    allowedActions: allowedActions(ctx, 'positioning', r, rules),
    approveRefusal: approveRefusal(ctx, 'positioning', r, rules),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Positioning = ReturnType<typeof presentPositioning>;

/** What the activity log records of a version (the workflow columns show up as status changes). */
const logged = (r: PositioningRow) => ({
  productId: r.productId,
  revision: r.revision,
  status: r.status,
  reviewComment: r.reviewComment,
  ...Object.fromEntries(FIELD_NAMES.map((f) => [f, r[f]])),
});

const withProduct = (ctx: WsCtx) =>
  ctx.db
    .select({ row: positionings, productName: products.name })
    .from(positionings)
    .innerJoin(
      products,
      and(eq(products.workspaceId, positionings.workspaceId), eq(products.id, positionings.productId)),
    );

export const POSITIONING_SORTS = ['revision', 'updatedAt', 'createdAt'] as const;
const sortColumn = {
  revision: positionings.revision,
  updatedAt: positionings.updatedAt,
  createdAt: positionings.createdAt,
};
export type PositioningQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  productId?: string;
  status?: ApprovalStatus[];
};

/** Versions of positioning, newest revision first unless asked otherwise: a product's history. */
export async function listPositionings(ctx: WsCtx, q: PositioningQuery): Promise<Page<Positioning>> {
  const sort = parseSort(q.sort, POSITIONING_SORTS, '-revision');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: SQL[] = [eq(positionings.workspaceId, ctx.workspaceId)];
  if (q.productId) conds.push(eq(positionings.productId, q.productId));
  if (q.status?.length) conds.push(inArray(positionings.status, q.status));
  if (q.cursor) conds.push(afterCursor(column, positionings.id, sort, q.cursor));
  const found = await withProduct(ctx)
    .where(and(...conds))
    .orderBy(...orderFor(column, positionings.id, sort))
    .limit(q.limit + 1);
  const rows = found.map((f) => ({ ...f, id: f.row.id }));
  const rules = await approvalRules(ctx);
  return toPage(
    rows,
    q.limit,
    sort,
    (r) => r.row[sort.field as keyof typeof sortColumn],
    (r) => presentPositioning(ctx, r.row, r.productName, rules),
  );
}

export async function getPositioning(ctx: WsCtx, id: string): Promise<Positioning> {
  const [found] = await withProduct(ctx).where(
    and(eq(positionings.workspaceId, ctx.workspaceId), eq(positionings.id, id)),
  );
  if (!found) throw notFound('Positioning');
  return presentPositioning(ctx, found.row, found.productName, await approvalRules(ctx));
}

/** The product's approved positioning with its statement; 404 when none is approved yet. */
export async function currentPositioning(ctx: WsCtx, productId: string): Promise<Positioning> {
  const [found] = await withProduct(ctx).where(
    and(
      eq(positionings.workspaceId, ctx.workspaceId),
      eq(positionings.productId, productId),
      eq(positionings.status, 'approved'),
    ),
  );
  if (!found) throw notFound('Approved positioning for this product (none is approved yet)');
  return presentPositioning(ctx, found.row, found.productName, await approvalRules(ctx));
}

/**
 * Starts a new draft for a product, numbered after its latest revision. Its fields come from `basedOnId`
 * (a version of the same product), else from the approved version, then the given fields on top.
 * The approved version is untouched until the draft itself is approved.
 */
export async function createPositioning(
  ctx: WsCtx,
  input: PositioningFields & { productId: string; basedOnId?: string | null },
): Promise<Positioning> {
  assertCan(ctx.role, 'positioning', 'create');
  const productName = await lockProduct(ctx, input.productId);
  const [base] = await ctx.db
    .select()
    .from(positionings)
    .where(
      and(
        eq(positionings.workspaceId, ctx.workspaceId),
        eq(positionings.productId, input.productId),
        input.basedOnId ? eq(positionings.id, input.basedOnId) : eq(positionings.status, 'approved'),
      ),
    );
  if (input.basedOnId && !base)
    throw invalidField('basedOnId', `No positioning ${input.basedOnId} of this product in this workspace`);
  const [latest] = await ctx.db
    .select({ n: max(positionings.revision) })
    .from(positionings)
    .where(and(eq(positionings.workspaceId, ctx.workspaceId), eq(positionings.productId, input.productId)));
  const { productId, basedOnId: _b, ...fields } = input;
  const inherited = base ? Object.fromEntries(FIELD_NAMES.map((f) => [f, base[f]])) : {};
  const [row] = await ctx.db
    .insert(positionings)
    .values({
      ...inherited,
      ...fields,
      workspaceId: ctx.workspaceId,
      productId,
      revision: (latest?.n ?? 0) + 1,
      status: 'draft',
      basedOnId: base?.id ?? null,
      createdBy: ctx.actor.userId,
    })
    .returning();
  await recordActivity(ctx, {
    entityType: 'positioning',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentPositioning(ctx, row!, productName, await approvalRules(ctx));
}

async function productNameOf(ctx: WsCtx, productId: string): Promise<string> {
  const [p] = await ctx.db
    .select({ name: products.name })
    .from(products)
    .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, productId)));
  return p?.name ?? '';
}

/** Edits a draft; any other status is history and refused. */
export async function updatePositioning(
  ctx: WsCtx,
  id: string,
  input: PositioningFields,
  expected?: number,
): Promise<Positioning> {
  assertCan(ctx.role, 'positioning', 'update');
  const before = await lockRow(ctx, positionings, id, 'Positioning');
  await checkVersion(ctx, 'positioning', before, expected);
  assertDraft('positioning', before.status, 'edited');
  const [after] = await ctx.db
    .update(positionings)
    .set({ ...input, ...bump() })
    .where(and(eq(positionings.workspaceId, ctx.workspaceId), eq(positionings.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'positioning',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return presentPositioning(
    ctx,
    after!,
    await productNameOf(ctx, after!.productId),
    await approvalRules(ctx),
  );
}

/**
 * Moves a version one step along the approval workflow. Approval needs a complete statement and
 * supersedes the product's previously approved version in the same transaction.
 */
export async function stepPositioning(
  ctx: WsCtx,
  id: string,
  step: Step,
  options: { comment?: string; expected?: number } = {},
): Promise<Positioning> {
  const { row, productName } = await takeApprovalStep(ctx, POSITIONING_APPROVAL, id, step, options);
  return presentPositioning(ctx, row, productName, await approvalRules(ctx));
}

/** Positioning in the shared approval workflow: one approved version per product, with a complete statement. */
const POSITIONING_APPROVAL: ApprovalKind<typeof positionings> = {
  artefact: 'positioning',
  table: positionings,
  label: 'Positioning',
  assertApprovable(row, productName) {
    const { missing } = positioningStatement(productName, row);
    if (missing.length > 0)
      throw invalidField(
        missing[0]!,
        `Positioning cannot be approved until its statement is complete; missing: ${missing.join(', ')}`,
      );
  },
  sameSlot: (row) => eq(positionings.productId, row.productId),
  logged,
};

/** Deletes a draft (history is never deleted). */
export async function deletePositioning(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'positioning', 'delete');
  const before = await lockRow(ctx, positionings, id, 'Positioning');
  await checkVersion(ctx, 'positioning', before, expected);
  assertDraft('positioning', before.status, 'deleted');
  await deleteCommentsOn(ctx, 'positioning', id);
  await ctx.db
    .delete(positionings)
    .where(and(eq(positionings.workspaceId, ctx.workspaceId), eq(positionings.id, id)));
  await recordActivity(ctx, {
    entityType: 'positioning',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
