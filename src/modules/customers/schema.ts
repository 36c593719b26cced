import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { CUSTOMER_SEGMENTS } from '../../core/enums.ts';
import { entityColumns, oneOf } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

/** A customer company. */
export const customers = pgTable(
  'customers',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    /** Identifier in the CRM or billing system; unique per workspace when set (used to match CSV imports). */
    externalId: text('external_id'),
    website: text('website'),
    segment: text('segment', { enum: CUSTOMER_SEGMENTS }),
    plan: text('plan'),
    /** Annual revenue the customer brings, in the workspace's currency. */
    annualRevenue: doublePrecision('annual_revenue').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('customers_external_id_key')
      .on(t.workspaceId, t.externalId)
      .where(sql`${t.externalId} is not null`),
    index('customers_name_idx').on(t.workspaceId, t.name),
    oneOf('customers_segment_check', t.segment, CUSTOMER_SEGMENTS),
  ],
);

export const contacts = pgTable(
  'contacts',
  {
    ...entityColumns(),
    customerId: uuid('customer_id').notNull(),
    name: text('name').notNull(),
    email: text('email'),
    title: text('title'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.customerId],
      foreignColumns: [customers.workspaceId, customers.id],
    }),
    index('contacts_customer_idx').on(t.workspaceId, t.customerId),
  ],
);
