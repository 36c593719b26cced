import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { SURVEY_CHANNELS, SURVEY_KINDS, SURVEY_STATUSES } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { contacts, customers } from '../customers/schema.ts';
import { launches } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * A survey about one product (optionally one launch or persona). Its id is its public address: the hosted
 * page and the snippet post answers to it without a login, so only an open survey takes answers.
 */
export const surveys = pgTable(
  'surveys',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
    status: text('status', { enum: SURVEY_STATUSES }).notNull().default('open'),
    productId: uuid('product_id').notNull(),
    launchId: uuid('launch_id'),
    personaId: uuid('persona_id'),
    question: text('question').notNull(),
    /** Asked after the score ("What is the main reason for your score?"); the answer is the comment. */
    followUp: text('follow_up').notNull().default(''),
    thankYou: text('thank_you').notNull().default(''),
    /** Whether an answer needs a recipient's token (one answer each), or anyone with the link may answer. */
    requireToken: boolean('require_token').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    createdByName: text('created_by_name'),
    closedAt: ts('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    foreignKey({ columns: [t.workspaceId, t.launchId], foreignColumns: [launches.workspaceId, launches.id] }),
    foreignKey({
      columns: [t.workspaceId, t.personaId],
      foreignColumns: [personas.workspaceId, personas.id],
    }),
    // The public routes find a survey by id alone.
    uniqueIndex('surveys_id_key').on(t.id),
    index('surveys_product_idx').on(t.workspaceId, t.productId),
    index('surveys_launch_idx').on(t.workspaceId, t.launchId),
    index('surveys_persona_idx').on(t.workspaceId, t.personaId),
    oneOf('surveys_kind_check', t.kind, SURVEY_KINDS),
    oneOf('surveys_status_check', t.status, SURVEY_STATUSES),
  ],
);

/**
 * One person asked to answer: their link carries a token (only its SHA-256 is kept) that ties the answer to
 * the contact and customer, and takes one answer.
 */
export const surveyRecipients = pgTable(
  'survey_recipients',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    surveyId: uuid('survey_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    contactId: uuid('contact_id'),
    customerId: uuid('customer_id'),
    /** The analytics distinct id, when the invitation knows it. */
    distinctId: text('distinct_id'),
    email: text('email'),
    createdAt: ts('created_at').notNull().defaultNow(),
    answeredAt: ts('answered_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.surveyId],
      foreignColumns: [surveys.workspaceId, surveys.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.customerId],
      foreignColumns: [customers.workspaceId, customers.id],
    }),
    uniqueIndex('survey_recipients_token_key').on(t.tokenHash),
    index('survey_recipients_survey_idx').on(t.workspaceId, t.surveyId),
    index('survey_recipients_contact_idx').on(t.workspaceId, t.contactId),
    index('survey_recipients_customer_idx').on(t.workspaceId, t.customerId),
  ],
);

/**
 * One answer. The survey's product, launch and persona are copied in (they do not change under an answer)
 * so results by product or launch over time read one table; segment and plan come from the customer.
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull().defaultRandom(),
    surveyId: uuid('survey_id').notNull(),
    kind: text('kind', { enum: SURVEY_KINDS }).notNull(),
    productId: uuid('product_id').notNull(),
    launchId: uuid('launch_id'),
    personaId: uuid('persona_id'),
    /** Null only for an open question. */
    score: integer('score'),
    comment: text('comment').notNull().default(''),
    channel: text('channel', { enum: SURVEY_CHANNELS }).notNull(),
    recipientId: uuid('recipient_id'),
    distinctId: text('distinct_id'),
    /** The events person (no foreign key: events tables carry none). */
    personId: uuid('person_id'),
    contactId: uuid('contact_id'),
    customerId: uuid('customer_id'),
    /** What makes a retry the same answer: a PostHog event's uuid, an API caller's idempotency key. */
    dedupKey: text('dedup_key'),
    /** The feedback item this answer's comment became (no foreign key: product management may delete it). */
    feedbackId: uuid('feedback_id'),
    answeredAt: ts('answered_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.surveyId],
      foreignColumns: [surveys.workspaceId, surveys.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.contactId],
      foreignColumns: [contacts.workspaceId, contacts.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.customerId],
      foreignColumns: [customers.workspaceId, customers.id],
    }),
    uniqueIndex('survey_answers_recipient_key')
      .on(t.workspaceId, t.recipientId)
      .where(sql`${t.recipientId} is not null`),
    uniqueIndex('survey_answers_dedup_key')
      .on(t.workspaceId, t.surveyId, t.dedupKey)
      .where(sql`${t.dedupKey} is not null`),
    index('survey_answers_survey_idx').on(t.workspaceId, t.surveyId, t.answeredAt),
    index('survey_answers_product_idx').on(t.workspaceId, t.productId, t.kind, t.answeredAt),
    // Scores over a period (metrics' NPS, CSAT, CES; the product marketing dashboard by persona, launch,
    // customer segment and product): read from the index alone (migration 0020).
    index('survey_answers_kind_idx').on(
      t.workspaceId,
      t.kind,
      t.answeredAt,
      t.score,
      t.personaId,
      t.launchId,
      t.customerId,
      t.productId,
    ),
    index('survey_answers_contact_idx').on(t.workspaceId, t.contactId),
    index('survey_answers_customer_idx').on(t.workspaceId, t.customerId),
    oneOf('survey_answers_kind_check', t.kind, SURVEY_KINDS),
    oneOf('survey_answers_channel_check', t.channel, SURVEY_CHANNELS),
  ],
);
