import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

const textList = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

export const competitors = pgTable(
  'competitors',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    website: text('website').notNull().default(''),
    /** Market category they compete in, e.g. "BI suite". */
    category: text('category').notNull().default(''),
    description: text('description').notNull().default(''),
    strengths: textList('strengths'),
    weaknesses: textList('weaknesses'),
    pricingNotes: text('pricing_notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('competitors_name_key').on(t.workspaceId, sql`lower(${t.name})`),
  ],
);

/** One row of a battlecard's quick comparison. */
export type ComparisonRow = { dimension: string; us: string; them: string };
/** A claim with the evidence behind it. */
export type ProvenPoint = { point: string; proof: string };
export type ObjectionHandling = { objection: string; response: string };

/** How to sell one of our products against one competitor. */
export const battlecards = pgTable(
  'battlecards',
  {
    ...entityColumns(),
    competitorId: uuid('competitor_id').notNull(),
    productId: uuid('product_id').notNull(),
    /** When you meet them: the deals and signals where this competitor shows up. */
    whenYouMeetThem: text('when_you_meet_them').notNull().default(''),
    quickComparison: jsonb('quick_comparison').$type<ComparisonRow[]>().notNull().default([]),
    ourStrengths: jsonb('our_strengths').$type<ProvenPoint[]>().notNull().default([]),
    /** Where they are honestly better. */
    theirStrengths: textList('their_strengths'),
    objections: jsonb('objections').$type<ObjectionHandling[]>().notNull().default([]),
    /** Landmines / trap questions to plant. */
    landmines: textList('landmines'),
    winThemes: textList('win_themes'),
    /** ISO date the card was last checked against reality; stale after 90 days. */
    lastReviewedOn: date('last_reviewed_on', { mode: 'string' }),
    lastReviewedBy: uuid('last_reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    lastReviewedByName: text('last_reviewed_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.competitorId],
      foreignColumns: [competitors.workspaceId, competitors.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    uniqueIndex('battlecards_pair_key').on(t.workspaceId, t.competitorId, t.productId),
    index('battlecards_product_idx').on(t.workspaceId, t.productId),
    index('battlecards_reviewed_idx').on(t.workspaceId, t.lastReviewedOn),
  ],
);
