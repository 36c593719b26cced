import { and, eq, gte, ilike, inArray, lte, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { recordActivities, recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { CUSTOMER_SEGMENTS, DealOutcome, DealReason } from '../../core/enums.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { escapeLike } from '../../core/text.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { competitors } from '../competitors/schema.ts';
import { customers } from '../customers/schema.ts';
import { products } from '../products/schema.ts';
import { deals } from './schema.ts';

export type DealRow = typeof deals.$inferSelect;
export type CustomerSegment = (typeof CUSTOMER_SEGMENTS)[number];
type Named = { id: string; name: string } | null;

/** Today's date (UTC) as YYYY-MM-DD: a deal cannot close after it. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

export function presentDeal(r: DealRow, names: { customer: Named; competitor: Named; product: Named }) {
  return {
    id: r.id,
    name: r.name,
    customerId: r.customerId,
    customer: names.customer,
    accountName: r.accountName,
    segment: r.segment,
    productId: r.productId,
    product: names.product,
    amount: r.amount,
    outcome: r.outcome,
    competitorId: r.competitorId,
    competitor: names.competitor,
    reason: r.reason,
    reasonDetail: r.reasonDetail,
    closedOn: r.closedOn,
    externalId: r.externalId,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Deal = ReturnType<typeof presentDeal>;

/** A deal's own fields as the activity log records them (names are derived). */
export const loggedDeal = (r: DealRow) => {
  const { id: _i, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, createdBy: _b, ...rest } = r;
  return rest;
};

export type DealInput = {
  name: string;
  customerId?: string | null;
  accountName?: string;
  segment?: CustomerSegment | null;
  productId?: string | null;
  amount: number;
  outcome: DealOutcome;
  competitorId?: string | null;
  reason?: DealReason | null;
  reasonDetail?: string;
  closedOn: string;
  externalId?: string | null;
};
export type DealUpdate = Partial<DealInput>;

const cust = alias(customers, 'deal_customer');
const comp = alias(competitors, 'deal_competitor');
const prod = alias(products, 'deal_product');

/** Deals with the names of their customer, competitor and product (left joins: each is optional). */
const withNames = (ctx: WsCtx) =>
  ctx.db
    .select({
      deal: deals,
      customerName: cust.name,
      competitorName: comp.name,
      productName: prod.name,
    })
    .from(deals)
    .leftJoin(cust, and(eq(cust.workspaceId, deals.workspaceId), eq(cust.id, deals.customerId)))
    .leftJoin(comp, and(eq(comp.workspaceId, deals.workspaceId), eq(comp.id, deals.competitorId)))
    .leftJoin(prod, and(eq(prod.workspaceId, deals.workspaceId), eq(prod.id, deals.productId)));

type Joined = {
  deal: DealRow;
  customerName: string | null;
  competitorName: string | null;
  productName: string | null;
};
const named = (id: string | null, name: string | null): Named => (id && name !== null ? { id, name } : null);
const present = (r: Joined) =>
  presentDeal(r.deal, {
    customer: named(r.deal.customerId, r.customerName),
    competitor: named(r.deal.competitorId, r.competitorName),
    product: named(r.deal.productId, r.productName),
  });

export const DEAL_SORTS = ['closedOn', 'amount', 'createdAt'] as const;
const sortColumn = { closedOn: deals.closedOn, amount: deals.amount, createdAt: deals.createdAt };

/** What the deal list and the win rates filter on. */
export type DealFilter = {
  outcome?: DealOutcome;
  competitorId?: string;
  productId?: string;
  customerId?: string;
  segment?: CustomerSegment;
  /** Closed on or after (YYYY-MM-DD). */
  from?: string;
  /** Closed on or before (YYYY-MM-DD). */
  to?: string;
  /** Deal, account or customer name contains. */
  q?: string;
};
export type DealQuery = DealFilter & { limit: number; cursor?: string; sort?: string };

/** The conditions of a filter, the workspace's first. */
export function dealConditions(workspaceId: string, f: DealFilter): (SQL | undefined)[] {
  const conds: (SQL | undefined)[] = [eq(deals.workspaceId, workspaceId)];
  if (f.outcome) conds.push(eq(deals.outcome, f.outcome));
  if (f.competitorId) conds.push(eq(deals.competitorId, f.competitorId));
  if (f.productId) conds.push(eq(deals.productId, f.productId));
  if (f.customerId) conds.push(eq(deals.customerId, f.customerId));
  if (f.segment) conds.push(eq(deals.segment, f.segment));
  if (f.from) conds.push(gte(deals.closedOn, f.from));
  if (f.to) conds.push(lte(deals.closedOn, f.to));
  return conds;
}

/** A page of deals, most recently closed first unless asked otherwise. */
export async function listDeals(ctx: WsCtx, q: DealQuery): Promise<Page<Deal>> {
  const sort = parseSort(q.sort, DEAL_SORTS, '-closedOn');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds = dealConditions(ctx.workspaceId, q);
  if (q.q) {
    const like = `%${escapeLike(q.q)}%`;
    conds.push(or(ilike(deals.name, like), ilike(deals.accountName, like), ilike(cust.name, like)));
  }
  if (q.cursor) conds.push(afterCursor(column, deals.id, sort, q.cursor));
  const fetched = await withNames(ctx)
    .where(and(...conds))
    .orderBy(...orderFor(column, deals.id, sort))
    .limit(q.limit + 1);
  return toPage(
    fetched.map((r) => ({ ...r, id: r.deal.id })),
    q.limit,
    sort,
    (r) => r.deal[sort.field as keyof typeof sortColumn],
    present,
  );
}

export async function getDeal(ctx: WsCtx, id: string): Promise<Deal> {
  const [found] = await withNames(ctx).where(and(eq(deals.workspaceId, ctx.workspaceId), eq(deals.id, id)));
  if (!found) throw notFound('Deal');
  return present(found);
}

/** The customer's segment, or undefined when there is no customer (or it has none). */
async function segmentOf(ctx: WsCtx, customerId: string): Promise<CustomerSegment | undefined> {
  const [c] = await ctx.db
    .select({ segment: customers.segment })
    .from(customers)
    .where(and(eq(customers.workspaceId, ctx.workspaceId), eq(customers.id, customerId)));
  if (!c) throw invalidField('customerId', `No customer ${customerId} in this workspace`);
  return c.segment ?? undefined;
}

/**
 * Checks what the schema cannot: the references, a closing date not in the future, and a buyer (a
 * customer or an account name). Fills the segment from the customer when none is given.
 */
async function checked(ctx: WsCtx, next: DealInput, input: DealUpdate, before?: DealRow) {
  if (next.closedOn > todayIso()) throw invalidField('closedOn', 'A deal cannot close in the future');
  if (!next.customerId && !next.accountName?.trim())
    throw invalidField(
      before ? 'accountName' : 'customerId',
      'Name the customer or, for a buyer who is not one, the account',
    );
  const changed = (k: 'customerId' | 'competitorId' | 'productId') =>
    input[k] !== undefined && input[k] !== null && input[k] !== before?.[k];
  let segment: CustomerSegment | null | undefined = input.segment;
  if (changed('customerId')) {
    const own = await segmentOf(ctx, next.customerId!);
    if (segment === undefined && own) segment = own;
  }
  if (changed('competitorId'))
    await assertRef(ctx, competitors, next.competitorId, 'competitorId', 'competitor');
  if (changed('productId')) await assertRef(ctx, products, next.productId, 'productId', 'product');
  return segment === undefined ? {} : { segment };
}

/** Runs a write, turning a taken external id into 409 on the field. */
async function uniqueExternalId<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict('Another deal already has this external id', {
        errors: [{ path: 'externalId', message: 'Already used in this workspace' }],
      });
    throw err;
  }
}

const trimmed = (input: DealUpdate): DealUpdate => ({
  ...input,
  ...(input.accountName !== undefined ? { accountName: input.accountName.trim() } : {}),
  ...(input.externalId !== undefined ? { externalId: input.externalId?.trim() || null } : {}),
});

/**
 * Records closed deals, one or many (the demo records its sixty at once): the references of all of them
 * are checked with one query per table, then one insert and one activity write. A problem names the field,
 * prefixed by the deal's index when there are several.
 */
export async function createDeals(ctx: WsCtx, raws: DealInput[]): Promise<DealRow[]> {
  assertCan(ctx.role, 'deal', 'create');
  if (raws.length === 0) return [];
  const inputs = raws.map((r) => trimmed(r) as DealInput);
  const at = (i: number, field: string) => (raws.length === 1 ? field : `${i}.${field}`);
  const ids = (k: 'customerId' | 'competitorId' | 'productId') => [
    ...new Set(inputs.map((x) => x[k]).filter((v): v is string => !!v)),
  ];
  const ws = ctx.workspaceId;
  const customerIds = ids('customerId');
  const segments = new Map(
    (customerIds.length
      ? await ctx.db
          .select({ id: customers.id, segment: customers.segment })
          .from(customers)
          .where(and(eq(customers.workspaceId, ws), inArray(customers.id, customerIds)))
      : []
    ).map((c) => [c.id, c.segment]),
  );
  const known = async (table: typeof competitors | typeof products, list: string[]) =>
    new Set(
      list.length
        ? (
            await ctx.db
              .select({ id: table.id })
              .from(table)
              .where(and(eq(table.workspaceId, ws), inArray(table.id, list)))
          ).map((r) => r.id)
        : [],
    );
  const competitorIds = await known(competitors, ids('competitorId'));
  const productIds = await known(products, ids('productId'));
  const today = todayIso();
  const values = inputs.map((input, i) => {
    if (input.closedOn > today) throw invalidField(at(i, 'closedOn'), 'A deal cannot close in the future');
    if (!input.customerId && !input.accountName?.trim())
      throw invalidField(
        at(i, 'customerId'),
        'Name the customer or, for a buyer who is not one, the account',
      );
    if (input.customerId && !segments.has(input.customerId))
      throw invalidField(at(i, 'customerId'), `No customer ${input.customerId} in this workspace`);
    if (input.competitorId && !competitorIds.has(input.competitorId))
      throw invalidField(at(i, 'competitorId'), `No competitor ${input.competitorId} in this workspace`);
    if (input.productId && !productIds.has(input.productId))
      throw invalidField(at(i, 'productId'), `No product ${input.productId} in this workspace`);
    // A customer's own segment fills the deal's when none is given.
    const segment =
      input.segment !== undefined ? input.segment : input.customerId ? segments.get(input.customerId) : null;
    return { ...input, segment, workspaceId: ws, createdBy: ctx.actor.userId };
  });
  const rows = await uniqueExternalId(() => ctx.db.insert(deals).values(values).returning());
  await recordActivities(
    ctx,
    rows.map((r) => ({
      entityType: 'deal' as const,
      entityId: r.id,
      action: 'created' as const,
      after: loggedDeal(r),
    })),
  );
  return rows;
}

/** Records a closed deal. */
export async function createDeal(ctx: WsCtx, raw: DealInput): Promise<Deal> {
  const [row] = await createDeals(ctx, [raw]);
  return getDeal(ctx, row!.id);
}

export async function updateDeal(ctx: WsCtx, id: string, raw: DealUpdate, expected?: number): Promise<Deal> {
  assertCan(ctx.role, 'deal', 'update');
  const before = await lockRow(ctx, deals, id, 'Deal');
  await checkVersion(ctx, 'deal', before, expected);
  const input = trimmed(raw);
  const next = { ...before, ...input } as DealInput;
  const extra = await checked(ctx, next, input, before);
  const [after] = await uniqueExternalId(() =>
    ctx.db
      .update(deals)
      .set({ ...input, ...extra, ...bump() })
      .where(and(eq(deals.workspaceId, ctx.workspaceId), eq(deals.id, id)))
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'deal',
    entityId: id,
    action: 'updated',
    before: loggedDeal(before),
    after: loggedDeal(after!),
  });
  return getDeal(ctx, id);
}

export async function deleteDeal(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'deal', 'delete');
  const before = await lockRow(ctx, deals, id, 'Deal');
  await checkVersion(ctx, 'deal', before, expected);
  await ctx.db.delete(deals).where(and(eq(deals.workspaceId, ctx.workspaceId), eq(deals.id, id)));
  await recordActivity(ctx, {
    entityType: 'deal',
    entityId: id,
    action: 'deleted',
    before: loggedDeal(before),
  });
}
