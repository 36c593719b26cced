import { date, foreignKey, integer, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts, oneOf } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

/** What traffic can be broken down by: a visit's channel, source, campaign, referrer or landing page. */
export const TRAFFIC_DIMENSIONS = ['channel', 'source', 'campaign', 'referrer', 'page'] as const;
export type TrafficDimension = (typeof TRAFFIC_DIMENSIONS)[number];

/**
 * Daily traffic rollup (breakdown.ts): non-bot visits per (workspace, dimension, UTC day of the visit's
 * start, value), '' for no value. Derived from `visits` and rebuilt a day at a time when its event_day_marks
 * mark moved (rollups.ts); never exported. Unique visitors are exact per day, so only daily buckets read it.
 */
export const trafficDays = pgTable(
  'traffic_days',
  {
    workspaceId: uuid('workspace_id').notNull(),
    dimension: text('dimension', { enum: TRAFFIC_DIMENSIONS }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    value: text('value').notNull(),
    visits: integer('visits').notNull(),
    visitors: integer('visitors').notNull(),
    pageviews: integer('pageviews').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dimension, t.day, t.value] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    oneOf('traffic_days_dimension_check', t.dimension, TRAFFIC_DIMENSIONS),
  ],
);

/**
 * Which days of a dimension traffic_days holds, and the day mark (event_day_marks.changed_at) they were built
 * for. Per dimension, so a request rebuilds only the dimension it reads.
 */
export const trafficDayRefreshes = pgTable(
  'traffic_day_refreshes',
  {
    workspaceId: uuid('workspace_id').notNull(),
    dimension: text('dimension', { enum: TRAFFIC_DIMENSIONS }).notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    markedAt: ts('marked_at'),
    refreshedAt: ts('refreshed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dimension, t.day] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    oneOf('traffic_day_refreshes_dimension_check', t.dimension, TRAFFIC_DIMENSIONS),
  ],
);
