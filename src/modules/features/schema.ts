import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { FEATURE_STATUSES, IMPORTANCES } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { releases } from '../releases/schema.ts';
import type { ScoreInputs } from '../scoring/model.ts';
import type { PropertyFilter } from '../sources/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/** A feature, written as a user story. */
export const features = pgTable(
  'features',
  {
    ...entityColumns(),
    productId: uuid('product_id').notNull(),
    title: text('title').notNull(),
    /** "As a …" */
    asA: text('as_a').notNull().default(''),
    /** "I want …" */
    iWant: text('i_want').notNull().default(''),
    /** "so that …" */
    soThat: text('so_that').notNull().default(''),
    description: text('description').notNull().default(''),
    acceptanceCriteria: text('acceptance_criteria')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status', { enum: FEATURE_STATUSES }).notNull().default('idea'),
    /** Effort in the team's units (e.g. person-weeks); RICE's and value/effort's denominator. */
    effort: doublePrecision('effort'),
    releaseId: uuid('release_id'),
    /** The buyer persona this is about, if any. */
    personaId: uuid('persona_id'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    ownerName: text('owner_name'),
    scoreInputs: jsonb('score_inputs').$type<ScoreInputs>().notNull().default({}),
    /** Computed by the server from the inputs and the product's model; null when inputs are missing. */
    score: doublePrecision('score'),
    /** Demand signals, kept in step with the feedback links. */
    feedbackCount: integer('feedback_count').notNull().default(0),
    customerCount: integer('customer_count').notNull().default(0),
    customerRevenue: doublePrecision('customer_revenue').notNull().default(0),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    createdByName: text('created_by_name'),
    /** Adoption signal (analytics/adoption.ts): an event with an optional property filter, … */
    adoptionEvent: text('adoption_event'),
    adoptionFilter: jsonb('adoption_filter').$type<PropertyFilter>(),
    /** … or a PostHog feature flag key (`$feature_flag_called` with a truthy response). Never both. */
    adoptionFlag: text('adoption_flag'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    check(
      'features_adoption_signal_check',
      sql`(${t.adoptionEvent} is null or ${t.adoptionFlag} is null) and (${t.adoptionFilter} is null or ${t.adoptionEvent} is not null)`,
    ),
    foreignKey({
      columns: [t.workspaceId, t.personaId],
      foreignColumns: [personas.workspaceId, personas.id],
    }),
    // Partial: most features have no persona or release, and an update that is not HOT (a new score
    // is one) writes an entry into every index whose predicate the row meets.
    index('features_persona_idx')
      .on(t.workspaceId, t.personaId)
      .where(sql`${t.personaId} is not null`),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.releaseId],
      foreignColumns: [releases.workspaceId, releases.id],
    }),
    index('features_rank_idx').on(
      t.workspaceId,
      t.productId,
      t.status,
      t.score.desc().nullsLast(),
      t.id.desc(),
    ),
    index('features_score_idx').on(t.workspaceId, t.score.desc().nullsLast(), t.id.desc()),
    index('features_release_idx')
      .on(t.workspaceId, t.releaseId)
      .where(sql`${t.releaseId} is not null`),
    oneOf('features_status_check', t.status, FEATURE_STATUSES),
  ],
);

/** Feedback linked to a feature, with how much it matters to the customer. */
export const featureFeedback = pgTable(
  'feature_feedback',
  {
    workspaceId: uuid('workspace_id').notNull(),
    featureId: uuid('feature_id').notNull(),
    feedbackId: uuid('feedback_id').notNull(),
    importance: text('importance', { enum: IMPORTANCES }).notNull().default('important'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    createdByName: text('created_by_name'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.featureId, t.feedbackId] }),
    // A workspace delete reaches link rows directly, before the checks of the rows they link run.
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.featureId],
      foreignColumns: [features.workspaceId, features.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.feedbackId],
      foreignColumns: [feedback.workspaceId, feedback.id],
    }).onDelete('cascade'),
    index('feature_feedback_feedback_idx').on(t.workspaceId, t.feedbackId),
    oneOf('feature_feedback_importance_check', t.importance, IMPORTANCES),
  ],
);
