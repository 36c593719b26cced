import { and, count, eq, ilike, isNull, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertNoDependents } from '../../core/dependents.ts';
import { assertRef } from '../../core/refs.ts';
import { escapeLike } from '../../core/text.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { features } from '../features/schema.ts';
import { products } from './schema.ts';

export type ProductRow = typeof products.$inferSelect;

export type ProductInput = {
  name: string;
  parentId?: string | null;
  description?: string;
  vision?: string;
  function?: string;
  targetDemographic?: string;
  value?: string;
};

export function presentProduct(p: ProductRow) {
  return {
    id: p.id,
    parentId: p.parentId,
    name: p.name,
    description: p.description,
    vision: p.vision,
    function: p.function,
    targetDemographic: p.targetDemographic,
    value: p.value,
    version: p.version,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}
export type Product = ReturnType<typeof presentProduct>;

export const PRODUCT_SORTS = ['name', 'createdAt', 'updatedAt'] as const;
const sortColumn = { name: products.name, createdAt: products.createdAt, updatedAt: products.updatedAt };

export type ProductQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  /** Only children of this product line; `null` for top-level products only. */
  parentId?: string | null;
  q?: string;
};

export async function listProducts(ctx: WsCtx, query: ProductQuery): Promise<Page<Product>> {
  const sort = parseSort(query.sort, PRODUCT_SORTS, 'name');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: (SQL | undefined)[] = [eq(products.workspaceId, ctx.workspaceId)];
  if (query.parentId === null) conds.push(isNull(products.parentId));
  else if (query.parentId) conds.push(eq(products.parentId, query.parentId));
  if (query.q) conds.push(ilike(products.name, `%${escapeLike(query.q)}%`));
  if (query.cursor) conds.push(afterCursor(column, products.id, sort, query.cursor));
  const fetched = await ctx.db
    .select()
    .from(products)
    .where(and(...conds))
    .orderBy(...orderFor(column, products.id, sort))
    .limit(query.limit + 1);
  return toPage(fetched, query.limit, sort, (r) => r[sort.field as keyof typeof sortColumn], presentProduct);
}

export async function getProduct(ctx: WsCtx, id: string): Promise<Product> {
  const [p] = await ctx.db
    .select()
    .from(products)
    .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, id)));
  if (!p) throw notFound('Product');
  return presentProduct(p);
}

export async function createProduct(ctx: WsCtx, input: ProductInput): Promise<Product> {
  assertCan(ctx.role, 'product', 'create');
  await assertRef(ctx, products, input.parentId, 'parentId', 'product');
  const [p] = await ctx.db
    .insert(products)
    .values({ ...input, workspaceId: ctx.workspaceId })
    .returning();
  const presented = presentProduct(p!);
  await recordActivity(ctx, { entityType: 'product', entityId: p!.id, action: 'created', after: presented });
  return presented;
}

export async function updateProduct(
  ctx: WsCtx,
  id: string,
  input: Partial<ProductInput>,
  expected?: number,
): Promise<Product> {
  assertCan(ctx.role, 'product', 'update');
  const before = await lockRow(ctx, products, id, 'Product');
  await checkVersion(ctx, 'product', before, expected);
  if (input.parentId) {
    await assertRef(ctx, products, input.parentId, 'parentId', 'product');
    await assertNoCycle(ctx, id, input.parentId);
  }
  const [after] = await ctx.db
    .update(products)
    .set({ ...input, ...bump() })
    .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, id)))
    .returning();
  const presented = presentProduct(after!);
  await recordActivity(ctx, {
    entityType: 'product',
    entityId: id,
    action: 'updated',
    before: presentProduct(before),
    after: presented,
  });
  return presented;
}

/** A product line cannot end up inside itself. */
async function assertNoCycle(ctx: WsCtx, id: string, parentId: string) {
  let current: string | null = parentId;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current === id)
      throw invalidField('parentId', 'A product cannot be inside itself or its own children');
    const [row] = await ctx.db
      .select({ parentId: products.parentId })
      .from(products)
      .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, current)));
    current = row?.parentId ?? null;
  }
}

/** Deletes a product that has no child products and no features (move or delete those first). */
export async function deleteProduct(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'product', 'delete');
  const before = await lockRow(ctx, products, id, 'Product');
  await checkVersion(ctx, 'product', before, expected);
  const [children] = await ctx.db
    .select({ n: count() })
    .from(products)
    .where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.parentId, id)));
  if (children && children.n > 0)
    throw conflict(`Product has ${children.n} child products; move or delete them first`);
  const [feats] = await ctx.db
    .select({ n: count() })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.productId, id)));
  if (feats && feats.n > 0) throw conflict(`Product has ${feats.n} features; move or delete them first`);
  // Positioning, messaging, launches, … are other roles' work: they keep the product (never a cascade).
  await assertNoDependents(ctx, products, id, 'product');
  await deleteCommentsOn(ctx, 'product', id);
  await ctx.db.delete(products).where(and(eq(products.workspaceId, ctx.workspaceId), eq(products.id, id)));
  await recordActivity(ctx, {
    entityType: 'product',
    entityId: id,
    action: 'deleted',
    before: presentProduct(before),
  });
}
