import { and, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { escapeLike } from '../../core/text.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { feedback } from '../feedback/schema.ts';
import { contacts, customers } from './schema.ts';

export type ContactRow = typeof contacts.$inferSelect;

export type ContactInput = {
  customerId: string;
  name: string;
  email?: string | null;
  title?: string | null;
};

export function presentContact(c: ContactRow) {
  return {
    id: c.id,
    customerId: c.customerId,
    name: c.name,
    email: c.email,
    title: c.title,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type Contact = ReturnType<typeof presentContact>;

export const CONTACT_SORTS = ['name', 'createdAt'] as const;
const sortColumn = { name: contacts.name, createdAt: contacts.createdAt };

export type ContactQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  customerId?: string;
  /** Name or email contains (case-insensitive). */
  q?: string;
};

/** Contacts of the workspace, optionally of one customer. */
export async function listContacts(ctx: WsCtx, query: ContactQuery): Promise<Page<Contact>> {
  const sort = parseSort(query.sort, CONTACT_SORTS, 'name');
  const field = sort.field as keyof typeof sortColumn;
  const column = sortColumn[field];
  const conds: (SQL | undefined)[] = [eq(contacts.workspaceId, ctx.workspaceId)];
  if (query.customerId) conds.push(eq(contacts.customerId, query.customerId));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    conds.push(or(ilike(contacts.name, like), ilike(contacts.email, like)));
  }
  if (query.cursor) conds.push(afterCursor(column, contacts.id, sort, query.cursor));
  const fetched = await ctx.db
    .select()
    .from(contacts)
    .where(and(...conds))
    .orderBy(...orderFor(column, contacts.id, sort))
    .limit(query.limit + 1);
  return toPage(fetched, query.limit, sort, (r) => r[field], presentContact);
}

/** One contact of the workspace. */
export async function getContact(ctx: WsCtx, id: string): Promise<Contact> {
  const [c] = await ctx.db
    .select()
    .from(contacts)
    .where(and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.id, id)));
  if (!c) throw notFound('Contact');
  return presentContact(c);
}

/** Creates a contact at a customer of the workspace. */
export async function createContact(ctx: WsCtx, input: ContactInput): Promise<Contact> {
  assertCan(ctx.role, 'contact', 'create');
  await assertRef(ctx, customers, input.customerId, 'customerId', 'customer');
  const [c] = await ctx.db
    .insert(contacts)
    .values({ ...input, workspaceId: ctx.workspaceId })
    .returning();
  const presented = presentContact(c!);
  await recordActivity(ctx, { entityType: 'contact', entityId: c!.id, action: 'created', after: presented });
  return presented;
}

/** Updates a contact (it may move to another customer of the workspace). */
export async function updateContact(
  ctx: WsCtx,
  id: string,
  input: Partial<ContactInput>,
  expected?: number,
): Promise<Contact> {
  assertCan(ctx.role, 'contact', 'update');
  const before = await lockRow(ctx, contacts, id, 'Contact');
  await checkVersion(ctx, 'contact', before, expected);
  await assertRef(ctx, customers, input.customerId, 'customerId', 'customer');
  const [after] = await ctx.db
    .update(contacts)
    .set({ ...input, ...bump() })
    .where(and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.id, id)))
    .returning();
  const presented = presentContact(after!);
  await recordActivity(ctx, {
    entityType: 'contact',
    entityId: id,
    action: 'updated',
    before: presentContact(before),
    after: presented,
  });
  return presented;
}

/** Deletes a contact that no feedback names (409 with the count otherwise). */
export async function deleteContact(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'contact', 'delete');
  const before = await lockRow(ctx, contacts, id, 'Contact');
  await checkVersion(ctx, 'contact', before, expected);
  const [items] = await ctx.db
    .select({ n: count() })
    .from(feedback)
    .where(and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.contactId, id)));
  const feedbackCount = items?.n ?? 0;
  if (feedbackCount > 0)
    throw conflict(`Contact is named by ${feedbackCount} feedback items; change or delete them first`, {
      feedbackCount,
    });
  await ctx.db.delete(contacts).where(and(eq(contacts.workspaceId, ctx.workspaceId), eq(contacts.id, id)));
  await recordActivity(ctx, {
    entityType: 'contact',
    entityId: id,
    action: 'deleted',
    before: presentContact(before),
  });
}
