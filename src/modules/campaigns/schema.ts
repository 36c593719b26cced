import { sql } from 'drizzle-orm';
import {
  check,
  date,
  doublePrecision,
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
import { CAMPAIGN_STATUSES, CHANNELS, JOURNEY_STAGES } from '../../core/enums.ts';
import { entityColumns, oneOf } from '../../db/columns.ts';
import { personas } from '../personas/schema.ts';
import { messaging } from '../positioning/schema.ts';
import { programs } from '../requirements/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/** A metric a campaign aims for, e.g. { metric: "leads", target: 400 }. */
export type TargetMetric = { metric: string; target: number; unit?: string };

/** A campaign inside a program: one channel, one audience, dates, spend and UTM tags. */
export const campaigns = pgTable(
  'campaigns',
  {
    ...entityColumns(),
    programId: uuid('program_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    personaId: uuid('persona_id'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    plannedSpend: doublePrecision('planned_spend').notNull().default(0),
    actualSpend: doublePrecision('actual_spend').notNull().default(0),
    targetMetrics: jsonb('target_metrics').$type<TargetMetric[]>().notNull().default([]),
    status: text('status', { enum: CAMPAIGN_STATUSES }).notNull().default('planned'),
    /** Canonical UTM values: lower-case, hyphenated; utm_campaign is unique per workspace. */
    utmSource: text('utm_source').notNull(),
    utmMedium: text('utm_medium').notNull(),
    utmCampaign: text('utm_campaign').notNull(),
    /** Default destination for tagged links. */
    landingUrl: text('landing_url').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.personaId],
      foreignColumns: [personas.workspaceId, personas.id],
    }),
    uniqueIndex('campaigns_utm_campaign_key').on(t.workspaceId, t.utmCampaign),
    index('campaigns_program_idx').on(t.workspaceId, t.programId),
    index('campaigns_start_idx').on(t.workspaceId, t.startDate),
    index('campaigns_end_idx').on(t.workspaceId, t.endDate),
    // The days a campaign runs (no end date: still running), for the calendar's "running in this range".
    index('campaigns_running_idx').using('gist', sql`daterange(${t.startDate}, ${t.endDate}, '[]')`),
    oneOf('campaigns_channel_check', t.channel, CHANNELS),
    oneOf('campaigns_status_check', t.status, CAMPAIGN_STATUSES),
    check(
      'campaigns_dates_check',
      sql`${t.endDate} is null or ${t.startDate} is null or ${t.endDate} >= ${t.startDate}`,
    ),
  ],
);

/** A tagged link generated for a campaign. */
export const campaignLinks = pgTable(
  'campaign_links',
  {
    ...entityColumns(),
    campaignId: uuid('campaign_id').notNull(),
    label: text('label').notNull().default(''),
    destinationUrl: text('destination_url').notNull(),
    /** Optional utm_content (which ad or link) and utm_term (paid keyword). */
    utmContent: text('utm_content').notNull().default(''),
    utmTerm: text('utm_term').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.campaignId],
      foreignColumns: [campaigns.workspaceId, campaigns.id],
    }).onDelete('cascade'),
    index('campaign_links_campaign_idx').on(t.workspaceId, t.campaignId),
  ],
);

/** One step of a multi-stage journey, belonging to a campaign or to a program (exactly one). */
export const touchpoints = pgTable(
  'touchpoints',
  {
    ...entityColumns(),
    campaignId: uuid('campaign_id'),
    programId: uuid('program_id'),
    stage: text('stage', { enum: JOURNEY_STAGES }).notNull(),
    /** Order within the journey. */
    position: integer('position').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    /** The asset shown at this step: a name or URL. */
    asset: text('asset').notNull().default(''),
    /** The approved messaging the copy comes from, and which part of it (headline, a pillar, …). */
    messagingId: uuid('messaging_id'),
    messageRef: text('message_ref').notNull().default(''),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.campaignId],
      foreignColumns: [campaigns.workspaceId, campaigns.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.messagingId],
      foreignColumns: [messaging.workspaceId, messaging.id],
    }),
    index('touchpoints_campaign_idx').on(t.workspaceId, t.campaignId, t.position),
    index('touchpoints_program_idx').on(t.workspaceId, t.programId, t.position),
    check('touchpoints_owner_check', sql`(${t.campaignId} is null) <> (${t.programId} is null)`),
    oneOf('touchpoints_stage_check', t.stage, JOURNEY_STAGES),
    oneOf('touchpoints_channel_check', t.channel, CHANNELS),
  ],
);
