import { and, eq, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { ScoringKind } from '../../core/enums.ts';
import { AppError, conflict, type FieldError, invalid, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { products } from '../products/schema.ts';
import type { Criterion } from './model.ts';
import { rescoreFeatures } from './rescore.ts';
import { scoringModels } from './schema.ts';

type ModelRow = typeof scoringModels.$inferSelect;

export function presentModel(m: ModelRow, rescored?: number) {
  return {
    id: m.id,
    productId: m.productId,
    kind: m.kind,
    criteria: m.criteria,
    version: m.version,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
    ...(rescored === undefined ? {} : { rescored }),
  };
}
export type Model = ReturnType<typeof presentModel>;

/** A weighted scorecard needs criteria with unique keys, and demand-fed criteria need a saturation point. */
function assertCriteria(kind: ScoringKind, criteria: Criterion[]) {
  const errors: FieldError[] = [];
  if (kind === 'weighted' && criteria.length === 0) {
    errors.push({ path: 'criteria', message: 'A weighted scorecard needs at least one criterion' });
  }
  if (kind !== 'weighted' && criteria.length > 0) {
    errors.push({ path: 'criteria', message: `Criteria only apply to weighted scorecards, not ${kind}` });
  }
  const seen = new Set<string>();
  criteria.forEach((c, i) => {
    if (seen.has(c.key))
      errors.push({ path: `criteria.${i}.key`, message: `Duplicate criterion key "${c.key}"` });
    seen.add(c.key);
    if (c.source !== 'manual' && !(c.saturation && c.saturation > 0)) {
      errors.push({
        path: `criteria.${i}.saturation`,
        message: `A ${c.source} criterion needs a saturation > 0`,
      });
    }
  });
  if (errors.length > 0) throw invalid('Invalid scoring model', errors);
}

export async function listModels(
  ctx: WsCtx,
  q: { limit: number; cursor?: string; sort?: string; productId?: string },
): Promise<Page<Model>> {
  const sort = parseSort(q.sort, ['createdAt', 'updatedAt'], 'createdAt');
  const column = sort.field === 'updatedAt' ? scoringModels.updatedAt : scoringModels.createdAt;
  const conds: (SQL | undefined)[] = [eq(scoringModels.workspaceId, ctx.workspaceId)];
  if (q.productId) conds.push(eq(scoringModels.productId, q.productId));
  if (q.cursor) conds.push(afterCursor(column, scoringModels.id, sort, q.cursor));
  const rows = await ctx.db
    .select()
    .from(scoringModels)
    .where(and(...conds))
    .orderBy(...orderFor(column, scoringModels.id, sort))
    .limit(q.limit + 1);
  return toPage(
    rows,
    q.limit,
    sort,
    (r) => (sort.field === 'updatedAt' ? r.updatedAt : r.createdAt),
    (r) => presentModel(r),
  );
}

export async function getModel(ctx: WsCtx, id: string): Promise<Model> {
  const [m] = await ctx.db
    .select()
    .from(scoringModels)
    .where(and(eq(scoringModels.workspaceId, ctx.workspaceId), eq(scoringModels.id, id)));
  if (!m) throw notFound('Scoring model');
  return presentModel(m);
}

/** The model of one product; 404 when the product has none (its features are scored with RICE). */
export async function getModelOfProduct(ctx: WsCtx, productId: string): Promise<Model> {
  const [found] = await ctx.db
    .select({ product: products.id, model: scoringModels })
    .from(products)
    .leftJoin(
      scoringModels,
      and(eq(scoringModels.workspaceId, products.workspaceId), eq(scoringModels.productId, products.id)),
    )
    .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, productId)));
  if (!found) throw notFound('Product');
  if (!found.model) {
    throw new AppError(
      'not_found',
      'This product has no scoring model: its features are scored with RICE (reach × impact × confidence% ÷ effort)',
      { defaultKind: 'rice' },
    );
  }
  return presentModel(found.model);
}

/** Sets a product's scoring model and rescores all its features in the same transaction. */
export async function createModel(
  ctx: WsCtx,
  input: { productId: string; kind: ScoringKind; criteria?: Criterion[] },
): Promise<Model> {
  assertCan(ctx.role, 'scoring_model', 'create');
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  const criteria = input.criteria ?? [];
  assertCriteria(input.kind, criteria);
  let row: ModelRow;
  try {
    [row] = (await ctx.db
      .insert(scoringModels)
      .values({ workspaceId: ctx.workspaceId, productId: input.productId, kind: input.kind, criteria })
      .returning()) as [ModelRow];
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict('This product already has a scoring model; change it instead');
    throw err;
  }
  const rescored = await rescoreFeatures(ctx, { productId: input.productId });
  await recordActivity(ctx, {
    entityType: 'scoring_model',
    entityId: row.id,
    action: 'created',
    after: presentModel(row),
  });
  return presentModel(row, rescored);
}

/** Changes a model (kind or criteria) and rescores the product's features; reports how many changed. */
export async function updateModel(
  ctx: WsCtx,
  id: string,
  input: { kind?: ScoringKind; criteria?: Criterion[] },
  expected?: number,
): Promise<Model> {
  assertCan(ctx.role, 'scoring_model', 'update');
  const before = await lockRow(ctx, scoringModels, id, 'Scoring model');
  await checkVersion(ctx, 'scoring_model', before, expected);
  const kind = input.kind ?? before.kind;
  const criteria = input.criteria ?? (kind === 'weighted' ? before.criteria : []);
  assertCriteria(kind, criteria);
  const [after] = await ctx.db
    .update(scoringModels)
    .set({ kind, criteria, ...bump() })
    .where(and(eq(scoringModels.workspaceId, ctx.workspaceId), eq(scoringModels.id, id)))
    .returning();
  const rescored = await rescoreFeatures(ctx, { productId: before.productId });
  await recordActivity(ctx, {
    entityType: 'scoring_model',
    entityId: id,
    action: 'updated',
    before: presentModel(before),
    after: presentModel(after!),
  });
  return presentModel(after!, rescored);
}

/** Removes a product's model: its features go back to RICE and are rescored. */
export async function deleteModel(ctx: WsCtx, id: string, expected?: number): Promise<number> {
  assertCan(ctx.role, 'scoring_model', 'delete');
  const before = await lockRow(ctx, scoringModels, id, 'Scoring model');
  await checkVersion(ctx, 'scoring_model', before, expected);
  await ctx.db
    .delete(scoringModels)
    .where(and(eq(scoringModels.workspaceId, ctx.workspaceId), eq(scoringModels.id, id)));
  const rescored = await rescoreFeatures(ctx, { productId: before.productId });
  await recordActivity(ctx, {
    entityType: 'scoring_model',
    entityId: id,
    action: 'deleted',
    before: presentModel(before),
  });
  return rescored;
}
