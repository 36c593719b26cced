import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CUSTOMER_SEGMENTS, DEAL_OUTCOMES, DEAL_REASONS } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { customers } from '../customers/schema.ts';
import { competitors } from '../competitors/schema.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * A deal that closed: won, lost or no decision, against whom and why. A lost deal's buyer is often not a
 * customer: `accountName` names them then, and `segment` is theirs (a customer's own segment otherwise).
 */
export const deals = pgTable(
  'deals',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    customerId: uuid('customer_id'),
    accountName: text('account_name').notNull().default(''),
    segment: text('segment', { enum: CUSTOMER_SEGMENTS }),
    productId: uuid('product_id'),
    amount: doublePrecision('amount').notNull().default(0),
    outcome: text('outcome', { enum: DEAL_OUTCOMES }).notNull(),
    competitorId: uuid('competitor_id'),
    reason: text('reason', { enum: DEAL_REASONS }),
    /** The reason in the seller's or buyer's words. */
    reasonDetail: text('reason_detail').notNull().default(''),
    closedOn: date('closed_on', { mode: 'string' }).notNull(),
    /** The deal's id in the CRM: a CSV import updates the deal with the same id. */
    externalId: text('external_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    createdByName: text('created_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.customerId],
      foreignColumns: [customers.workspaceId, customers.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.competitorId],
      foreignColumns: [competitors.workspaceId, competitors.id],
    }),
    uniqueIndex('deals_external_id_key')
      .on(t.workspaceId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('deals_closed_idx').on(t.workspaceId, t.closedOn),
    index('deals_competitor_idx').on(t.workspaceId, t.competitorId, t.closedOn),
    index('deals_customer_idx').on(t.workspaceId, t.customerId),
    index('deals_product_idx').on(t.workspaceId, t.productId),
    oneOf('deals_outcome_check', t.outcome, DEAL_OUTCOMES),
    oneOf('deals_reason_check', t.reason, DEAL_REASONS),
    oneOf('deals_segment_check', t.segment, CUSTOMER_SEGMENTS),
  ],
);

/**
 * A committed deal import, kept 24 hours so a retry of the same upload answers the first result instead of
 * inserting its rows again. `key` is the caller's Idempotency-Key (`key:…`) or, without one, the upload's
 * content hash (`sha256:…`); the primary key makes two concurrent identical uploads wait for one another.
 */
export const dealImports = pgTable(
  'deal_imports',
  {
    workspaceId: uuid('workspace_id').notNull(),
    key: text('key').notNull(),
    /** sha256 of the CSV text: the same key with another file is refused. */
    contentHash: text('content_hash').notNull(),
    /** The report the import answered, replayed to a retry. */
    report: jsonb('report').notNull().default({}),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.key] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('deal_imports_created_idx').on(t.workspaceId, t.createdAt),
  ],
);
