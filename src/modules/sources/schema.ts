import { sql } from 'drizzle-orm';
import {
  check,
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
import { ATTRIBUTION_MODELS, SOURCE_KINDS } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * Where events come from: a website, a product app or a server. Its key is public and write-only (safe in a
 * page): it can only send events to this source. Keys are unique across the database, since an ingestion
 * request names no workspace. A rotated key keeps working until `previousKeyExpiresAt`; a revoked source
 * (`revokedAt` set) takes no events.
 */
export const sources = pgTable(
  'sources',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    kind: text('kind', { enum: SOURCE_KINDS }).notNull(),
    /** Host names the website serves (Plausible's `domain`); empty for apps and servers. */
    domains: jsonb('domains').$type<string[]>().notNull().default([]),
    key: text('key').notNull(),
    previousKey: text('previous_key'),
    previousKeyExpiresAt: ts('previous_key_expires_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('sources_key_key').on(t.key),
    uniqueIndex('sources_previous_key_key')
      .on(t.previousKey)
      .where(sql`${t.previousKey} is not null`),
    index('sources_workspace_idx').on(t.workspaceId, t.name),
    oneOf('sources_kind_check', t.kind, SOURCE_KINDS),
  ],
);

/**
 * Which website source a host name belongs to, across the whole database: Plausible's `domain` names no key,
 * so a host may belong to one source only. Kept in step with `sources.domains` by sources.ts.
 */
export const sourceDomains = pgTable(
  'source_domains',
  {
    domain: text('domain').notNull().primaryKey(),
    workspaceId: uuid('workspace_id').notNull(),
    sourceId: uuid('source_id').notNull(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.sourceId],
      foreignColumns: [sources.workspaceId, sources.id],
    }).onDelete('cascade'),
    index('source_domains_source_idx').on(t.workspaceId, t.sourceId),
  ],
);

/** A property filter: every named property must equal the value (strings compared as sent). */
export type PropertyFilter = Record<string, string | number | boolean>;

/** A conversion goal: an event name, an optional property filter, and where its revenue is, if it has one. */
export const goals = pgTable(
  'goals',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    event: text('event').notNull(),
    filter: jsonb('filter').$type<PropertyFilter>().notNull().default({}),
    revenueProperty: text('revenue_property'),
    currency: text('currency').notNull().default('USD'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('goals_name_key').on(t.workspaceId, t.name),
    check('goals_currency_check', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/** A workspace's attribution settings: one row per workspace, defaults when absent. */
export const signalSettings = pgTable(
  'signal_settings',
  {
    workspaceId: uuid('workspace_id').notNull().primaryKey(),
    version: integer('version').notNull().default(1),
    model: text('model', { enum: ATTRIBUTION_MODELS }).notNull().default('last_touch'),
    lookbackDays: integer('lookback_days').notNull().default(30),
    /** Events that make a person a lead (a form submit), besides an identify with an email. */
    leadEvents: jsonb('lead_events').$type<string[]>().notNull().default([]),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    oneOf('signal_settings_model_check', t.model, ATTRIBUTION_MODELS),
    check('signal_settings_lookback_check', sql`${t.lookbackDays} between 1 and 365`),
  ],
);
