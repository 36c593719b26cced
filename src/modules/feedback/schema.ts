import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { FEEDBACK_FLAGS, FEEDBACK_SOURCES, FEEDBACK_STATUSES, SENTIMENTS } from '../../core/enums.ts';
import { entityColumns, oneOf, ts, tsvector } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { contacts, customers } from '../customers/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

export const feedback = pgTable(
  'feedback',
  {
    ...entityColumns(),
    title: text('title').notNull().default(''),
    text: text('text').notNull(),
    source: text('source', { enum: FEEDBACK_SOURCES }).notNull(),
    sentiment: text('sentiment', { enum: SENTIMENTS }),
    status: text('status', { enum: FEEDBACK_STATUSES }).notNull().default('new'),
    tags: text('tags')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    productId: uuid('product_id'),
    customerId: uuid('customer_id'),
    contactId: uuid('contact_id'),
    /** The buyer persona this is about, if any. */
    personaId: uuid('persona_id'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    createdByName: text('created_by_name'),
    triagedAt: ts('triaged_at'),
    /** Set by a survey answer: a detractor from a customer with revenue (migration 0016). */
    flag: text('flag', { enum: FEEDBACK_FLAGS }),
    /** Full-text search vector, kept by PostgreSQL itself (same expression on both engines). */
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('english'::regconfig, text), 'B')`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.personaId],
      foreignColumns: [personas.workspaceId, personas.id],
    }),
    index('feedback_persona_idx').on(t.workspaceId, t.personaId),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.customerId],
      foreignColumns: [customers.workspaceId, customers.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
    index('feedback_list_idx').on(t.workspaceId, t.status, t.createdAt.desc(), t.id.desc()),
    index('feedback_created_idx').on(t.workspaceId, t.createdAt.desc(), t.id.desc()),
    index('feedback_customer_idx').on(t.workspaceId, t.customerId),
    index('feedback_search_idx').using('gin', t.search),
    index('feedback_tags_idx').using('gin', t.tags),
    oneOf('feedback_source_check', t.source, FEEDBACK_SOURCES),
    oneOf('feedback_status_check', t.status, FEEDBACK_STATUSES),
    oneOf('feedback_sentiment_check', t.sentiment, SENTIMENTS),
    oneOf('feedback_flag_check', t.flag, FEEDBACK_FLAGS),
    index('feedback_flag_idx')
      .on(t.workspaceId, t.flag, t.createdAt.desc(), t.id.desc())
      .where(sql`${t.flag} is not null`),
  ],
);
