import { and, count, eq, ilike, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { CUSTOMER_SEGMENTS } from '../../core/enums.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { escapeLike } from '../../core/text.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { refreshDemandForCustomer } from '../features/demand.ts';
import { feedback } from '../feedback/schema.ts';
import { contacts, customers } from './schema.ts';

export type CustomerRow = typeof customers.$inferSelect;
export type Segment = (typeof CUSTOMER_SEGMENTS)[number];

export type CustomerInput = {
  name: string;
  externalId?: string | null;
  website?: string | null;
  segment?: Segment | null;
  plan?: string | null;
  annualRevenue?: number;
};

export function presentCustomer(c: CustomerRow) {
  return {
    id: c.id,
    name: c.name,
    externalId: c.externalId,
    website: c.website,
    segment: c.segment,
    plan: c.plan,
    annualRevenue: c.annualRevenue,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type Customer = ReturnType<typeof presentCustomer>;

export const CUSTOMER_SORTS = ['name', 'annualRevenue', 'createdAt'] as const;
const sortColumn = {
  name: customers.name,
  annualRevenue: customers.annualRevenue,
  createdAt: customers.createdAt,
};

export type CustomerQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  segment?: Segment;
  plan?: string;
  /** Name contains (case-insensitive). */
  q?: string;
};

/** Customers of the workspace, filtered and sorted, one page at a time. */
export async function listCustomers(ctx: WsCtx, query: CustomerQuery): Promise<Page<Customer>> {
  const sort = parseSort(query.sort, CUSTOMER_SORTS, 'name');
  const field = sort.field as keyof typeof sortColumn;
  const column = sortColumn[field];
  const conds: (SQL | undefined)[] = [eq(customers.workspaceId, ctx.workspaceId)];
  if (query.segment) conds.push(eq(customers.segment, query.segment));
  if (query.plan) conds.push(eq(customers.plan, query.plan));
  if (query.q) conds.push(ilike(customers.name, `%${escapeLike(query.q)}%`));
  if (query.cursor) conds.push(afterCursor(column, customers.id, sort, query.cursor));
  const fetched = await ctx.db
    .select()
    .from(customers)
    .where(and(...conds))
    .orderBy(...orderFor(column, customers.id, sort))
    .limit(query.limit + 1);
  return toPage(fetched, query.limit, sort, (r) => r[field], presentCustomer);
}

/** One customer of the workspace (404 for another workspace's). */
export async function getCustomer(ctx: WsCtx, id: string): Promise<Customer> {
  const [c] = await ctx.db
    .select()
    .from(customers)
    .where(and(eq(customers.workspaceId, ctx.workspaceId), eq(customers.id, id)));
  if (!c) throw notFound('Customer');
  return presentCustomer(c);
}

/** A second customer with the same external id is refused (it is how CSV imports find customers). */
async function uniqueExternalId<T>(
  externalId: string | null | undefined,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(`Another customer already has the external id "${externalId}"`, {
        errors: [{ path: 'externalId', message: 'Already used by another customer' }],
      });
    throw err;
  }
}

/** Creates a customer. */
export async function createCustomer(ctx: WsCtx, input: CustomerInput): Promise<Customer> {
  assertCan(ctx.role, 'customer', 'create');
  const [c] = await uniqueExternalId(input.externalId, () =>
    ctx.db
      .insert(customers)
      .values({ ...input, workspaceId: ctx.workspaceId })
      .returning(),
  );
  const presented = presentCustomer(c!);
  await recordActivity(ctx, { entityType: 'customer', entityId: c!.id, action: 'created', after: presented });
  return presented;
}

/** Updates a customer; a revenue change flows into the demand of the features its feedback supports. */
export async function updateCustomer(
  ctx: WsCtx,
  id: string,
  input: Partial<CustomerInput>,
  expected?: number,
): Promise<Customer> {
  assertCan(ctx.role, 'customer', 'update');
  const before = await lockRow(ctx, customers, id, 'Customer');
  await checkVersion(ctx, 'customer', before, expected);
  const [after] = await uniqueExternalId(input.externalId, () =>
    ctx.db
      .update(customers)
      .set({ ...input, ...bump() })
      .where(and(eq(customers.workspaceId, ctx.workspaceId), eq(customers.id, id)))
      .returning(),
  );
  if (after!.annualRevenue !== before.annualRevenue) await refreshDemandForCustomer(ctx, id);
  const presented = presentCustomer(after!);
  await recordActivity(ctx, {
    entityType: 'customer',
    entityId: id,
    action: 'updated',
    before: presentCustomer(before),
    after: presented,
  });
  return presented;
}

/** Deletes a customer that has no contacts and no feedback (409 naming the counts otherwise). */
export async function deleteCustomer(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'customer', 'delete');
  const before = await lockRow(ctx, customers, id, 'Customer');
  await checkVersion(ctx, 'customer', before, expected);
  const [people] = await ctx.db
    .select({ n: count() })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.customerId, id)));
  const [items] = await ctx.db
    .select({ n: count() })
    .from(feedback)
    .where(and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.customerId, id)));
  const contactCount = people?.n ?? 0;
  const feedbackCount = items?.n ?? 0;
  if (contactCount > 0 || feedbackCount > 0)
    throw conflict(
      `Customer has ${contactCount} contacts and ${feedbackCount} feedback items; move or delete them first`,
      { contactCount, feedbackCount },
    );
  await ctx.db.delete(customers).where(and(eq(customers.workspaceId, ctx.workspaceId), eq(customers.id, id)));
  await recordActivity(ctx, {
    entityType: 'customer',
    entityId: id,
    action: 'deleted',
    before: presentCustomer(before),
  });
}
