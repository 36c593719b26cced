import { sql } from 'drizzle-orm';
import {
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { APPROVAL_STATUSES } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

const textList = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

/** Who moved a version through its approval workflow, and when. */
const approvalColumns = () => ({
  /** Sequential per product (and persona, for messaging): 1, 2, 3, … */
  revision: integer('revision').notNull(),
  status: text('status', { enum: APPROVAL_STATUSES }).notNull().default('draft'),
  /** The version this draft was started from, if any. */
  basedOnId: uuid('based_on_id'),
  createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
  /** Who it was when they are not a member here (an imported row); null otherwise. */
  createdByName: text('created_by_name'),
  submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
  /** Who it was when they are not a member here (an imported row); null otherwise. */
  submittedByName: text('submitted_by_name'),
  submittedAt: ts('submitted_at'),
  approvedBy: uuid('approved_by').references(() => users.id, { onDelete: 'set null' }),
  /** Who it was when they are not a member here (an imported row); null otherwise. */
  approvedByName: text('approved_by_name'),
  approvedAt: ts('approved_at'),
  /** Why a reviewer sent it back to draft, if they did. */
  reviewComment: text('review_comment').notNull().default(''),
});

/** A value theme with the proof that backs it. */
export type ValueTheme = { theme: string; proof: string };

/**
 * One version of a product's positioning. Each product has at most one approved version; approving a
 * newer one supersedes it. Only drafts are edited.
 */
export const positionings = pgTable(
  'positionings',
  {
    ...entityColumns(),
    productId: uuid('product_id').notNull(),
    ...approvalColumns(),
    /** What customers would use if we did not exist. */
    competitiveAlternatives: textList('competitive_alternatives'),
    /** What we have that the alternatives lack. */
    uniqueAttributes: textList('unique_attributes'),
    valueThemes: jsonb('value_themes').$type<ValueTheme[]>().notNull().default([]),
    /** Characteristics of the customers who care most. */
    targetCustomer: text('target_customer').notNull().default(''),
    /** The need or problem the target customer has. */
    customerNeed: text('customer_need').notNull().default(''),
    marketCategory: text('market_category').notNull().default(''),
    relevantTrends: textList('relevant_trends'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    // Another role's work: deleting the parent never takes it along (a 409 names it instead).
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    uniqueIndex('positionings_revision_key').on(t.workspaceId, t.productId, t.revision),
    uniqueIndex('positionings_approved_key')
      .on(t.workspaceId, t.productId)
      .where(sql`${t.status} = 'approved'`),
    oneOf('positionings_status_check', t.status, APPROVAL_STATUSES),
  ],
);

/** A messaging pillar: a reason to believe, with its proof points. */
export type Pillar = { title: string; description: string; proofPoints: string[] };

/**
 * One version of the messaging for a product and a persona: the approved words marketing copies from.
 * Versioned and approved like positioning.
 */
export const messaging = pgTable(
  'messaging',
  {
    ...entityColumns(),
    productId: uuid('product_id').notNull(),
    personaId: uuid('persona_id').notNull(),
    ...approvalColumns(),
    headline: text('headline').notNull().default(''),
    valueProposition: text('value_proposition').notNull().default(''),
    pillars: jsonb('pillars').$type<Pillar[]>().notNull().default([]),
    boilerplateShort: text('boilerplate_short').notNull().default(''),
    boilerplateMedium: text('boilerplate_medium').notNull().default(''),
    boilerplateLong: text('boilerplate_long').notNull().default(''),
    elevatorPitch: text('elevator_pitch').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    // Another role's work: deleting the parent never takes it along (a 409 names it instead).
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.personaId],
      foreignColumns: [personas.workspaceId, personas.id],
    }).onDelete('cascade'),
    uniqueIndex('messaging_revision_key').on(t.workspaceId, t.productId, t.personaId, t.revision),
    uniqueIndex('messaging_approved_key')
      .on(t.workspaceId, t.productId, t.personaId)
      .where(sql`${t.status} = 'approved'`),
    index('messaging_persona_idx').on(t.workspaceId, t.personaId),
    oneOf('messaging_status_check', t.status, APPROVAL_STATUSES),
  ],
);
