import { sql } from 'drizzle-orm';
import {
  boolean,
  integer,
  date,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { TRAFFIC_CHANNELS } from '../../core/enums.ts';
import { ts } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * One event from the market: a pageview, a tracked action, an identify. PARTITIONED BY RANGE (time), one
 * partition a month (events_pYYYYMM), created ahead by the writer; the table is created by hand-written SQL
 * in migrations/0010_market_signals.sql (drizzle-kit does not know partitioning): this definition is for
 * typed queries only. No foreign key at all (a per-row check costs at this rate; a source or customer may go,
 * its events stay): deleting a workspace deletes its events, keys and marks explicitly (workspaces.ts).
 *
 * Indexes (in the migration): BRIN on time, btree (workspace_id, name, time) for goals and funnels, btree
 * (workspace_id, person_id, time) for a person's path (attribution, retention). Deduplication is in
 * event_keys, since a unique index on a partitioned table must contain the partition key and a retried
 * message's time can differ from the first try's (it is computed from the sender's clock on each send).
 */
export const events = pgTable('events', {
  workspaceId: uuid('workspace_id').notNull(),
  /** A hash of (source, the sender's message id), or random when the sender gave none. */
  id: uuid('id').notNull(),
  sourceId: uuid('source_id').notNull(),
  time: ts('time').notNull(),
  receivedAt: ts('received_at').notNull().defaultNow(),
  /** `$pageview`, `$identify`, `signed_up`, … as the sender named it (Segment pages become `$pageview`). */
  name: text('name').notNull(),
  distinctId: text('distinct_id').notNull(),
  /** The person the distinct id belonged to when written; merges rewrite it (persons.ts). */
  personId: uuid('person_id').notNull(),
  /** Visits: a person's events with no gap of 30 minutes or more. */
  sessionId: uuid('session_id').notNull(),
  url: text('url'),
  /** Path of `url`, for traffic by page. */
  path: text('path'),
  referrer: text('referrer'),
  referrerDomain: text('referrer_domain'),
  utmSource: text('utm_source'),
  utmMedium: text('utm_medium'),
  utmCampaign: text('utm_campaign'),
  utmContent: text('utm_content'),
  utmTerm: text('utm_term'),
  /** gclid, fbclid, msclkid, ttclid, li_fat_id, twclid: which one the URL carried. */
  clickId: text('click_id'),
  /** An affiliate's referral code from the URL (?ref=, ?via=, ?aff=), upper-case as affiliates store it. */
  referralCode: text('referral_code'),
  channel: text('channel', { enum: TRAFFIC_CHANNELS }).notNull(),
  /** Recorded, left out of every figure. */
  isBot: boolean('is_bot').notNull().default(false),
  properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
});

/** Message ids already stored: a retried message is written once (see `events`). */
export const eventKeys = pgTable(
  'event_keys',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    time: ts('time').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.id] })],
);

/**
 * A person the market knows: every distinct id merged into them by identify and alias. `email` makes them a
 * contact's (contactId, matched case-insensitively); a group mapped to a customer makes them the customer's.
 * contactId and customerId have no foreign key: a deleted contact leaves the person, the join finds nothing.
 * Fill factor 80 (migration 0014): the writer updates a person on every batch that holds its events.
 */
export const persons = pgTable(
  'persons',
  {
    workspaceId: uuid('workspace_id').notNull(),
    id: uuid('id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
    firstSeenAt: ts('first_seen_at').notNull(),
    lastSeenAt: ts('last_seen_at').notNull(),
    /** The current visit, continued while events arrive less than 30 minutes apart. */
    sessionId: uuid('session_id'),
    email: text('email'),
    /** When the person became known (a lead): identify with an email, or a lead event. */
    identifiedAt: ts('identified_at'),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
    contactId: uuid('contact_id'),
    customerId: uuid('customer_id'),
    isBot: boolean('is_bot').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('persons_identified_idx').on(t.workspaceId, t.identifiedAt),
    index('persons_customer_idx').on(t.workspaceId, t.customerId),
  ],
);

export const personDistinctIds = pgTable(
  'person_distinct_ids',
  {
    workspaceId: uuid('workspace_id').notNull(),
    distinctId: text('distinct_id').notNull(),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.distinctId] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('person_distinct_ids_person_idx').on(t.workspaceId, t.personId),
  ],
);

/** A group (PostHog $groupidentify, Segment group): a company or account; customerId when it maps to one. */
export const eventGroups = pgTable(
  'event_groups',
  {
    workspaceId: uuid('workspace_id').notNull(),
    groupType: text('group_type').notNull(),
    groupKey: text('group_key').notNull(),
    properties: jsonb('properties').$type<Record<string, unknown>>().notNull().default({}),
    customerId: uuid('customer_id'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.groupType, t.groupKey] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
  ],
);

/**
 * One row per visit (session: a person's events with no gap of 30 minutes), kept by the writer in the same
 * transaction as the events: the rollup traffic and attribution read instead of the raw events (tests check
 * it stays exact against them). Its origin (landing page, referrer, UTM, click id, referral code, channel) is
 * the visit's first event's. No foreign keys, as `events`. Fill factor 80 (migration 0014, not expressible here):
 * updated rows stay on their page, without new index entries.
 */
export const visits = pgTable(
  'visits',
  {
    workspaceId: uuid('workspace_id').notNull(),
    /** = events.session_id */
    id: uuid('id').notNull(),
    sourceId: uuid('source_id').notNull(),
    personId: uuid('person_id').notNull(),
    startedAt: ts('started_at').notNull(),
    endedAt: ts('ended_at').notNull(),
    events: integer('events').notNull().default(0),
    pageviews: integer('pageviews').notNull().default(0),
    landingPath: text('landing_path'),
    referrerDomain: text('referrer_domain'),
    utmSource: text('utm_source'),
    utmMedium: text('utm_medium'),
    utmCampaign: text('utm_campaign'),
    utmContent: text('utm_content'),
    utmTerm: text('utm_term'),
    clickId: text('click_id'),
    referralCode: text('referral_code'),
    channel: text('channel', { enum: TRAFFIC_CHANNELS }).notNull(),
    isBot: boolean('is_bot').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    index('visits_started_idx').on(t.workspaceId, t.startedAt),
    index('visits_campaign_idx')
      .on(t.workspaceId, t.utmCampaign, t.startedAt)
      .where(sql`${t.utmCampaign} is not null`),
    index('visits_person_idx').on(t.workspaceId, t.personId, t.startedAt),
    // Affiliates' results (attribution/, migration 0012).
    index('visits_referral_idx')
      .on(t.workspaceId, t.referralCode, t.startedAt)
      .where(sql`${t.referralCode} is not null`),
  ],
);

/** Days whose events changed since their rollups were computed (the writer marks, attribution/ refreshes). */
export const eventDayMarks = pgTable(
  'event_day_marks',
  {
    workspaceId: uuid('workspace_id').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    changedAt: ts('changed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.day] })],
);

/**
 * Hours whose events changed (the writer marks them beside the days): what a memo of today's figures up to a
 * whole hour is kept by (analytics/memo.ts). Only today's hours are read; older ones are pruned with the days.
 */
export const eventHourMarks = pgTable(
  'event_hour_marks',
  {
    workspaceId: uuid('workspace_id').notNull(),
    hour: ts('hour').notNull(),
    changedAt: ts('changed_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.hour] })],
);
