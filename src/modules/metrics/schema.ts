import {
  date,
  doublePrecision,
  foreignKey,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  METRIC_DIRECTIONS,
  METRIC_KINDS,
  METRIC_OWNERS,
  METRIC_PERIODS,
  METRIC_UNITS,
} from '../../core/enums.ts';
import { entityColumns, oneOf } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

/** What a computed metric is narrowed to; each kind reads the filters that make sense for it. */
export type MetricFilters = {
  productId?: string;
  campaignId?: string;
  programId?: string;
  launchId?: string;
  featureId?: string;
  personaId?: string;
  competitorId?: string;
  segment?: string;
  channel?: string;
};

/**
 * A metric one role answers for: computed by Tandem (`kind` names what) or entered by hand (`manual`), with
 * a unit, a direction (which way is good) and targets per period.
 */
export const metrics = pgTable(
  'metrics',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ownerRole: text('owner_role', { enum: METRIC_OWNERS }).notNull(),
    kind: text('kind', { enum: METRIC_KINDS }).notNull(),
    filters: jsonb('filters').$type<MetricFilters>().notNull().default({}),
    unit: text('unit', { enum: METRIC_UNITS }).notNull(),
    direction: text('direction', { enum: METRIC_DIRECTIONS }).notNull().default('up'),
    period: text('period', { enum: METRIC_PERIODS }).notNull().default('month'),
    /** How far short of the pace to target still counts as "at risk" rather than "off track" (0.1 = 10 %). */
    tolerance: doublePrecision('tolerance').notNull().default(0.1),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('metrics_name_key').on(t.workspaceId, t.ownerRole, t.name),
    oneOf('metrics_owner_role_check', t.ownerRole, METRIC_OWNERS),
    oneOf('metrics_kind_check', t.kind, METRIC_KINDS),
    oneOf('metrics_unit_check', t.unit, METRIC_UNITS),
    oneOf('metrics_direction_check', t.direction, METRIC_DIRECTIONS),
    oneOf('metrics_period_check', t.period, METRIC_PERIODS),
  ],
);

/** A metric's target for one period (the period starting on `periodStart`, of the metric's length). */
export const metricTargets = pgTable(
  'metric_targets',
  {
    workspaceId: uuid('workspace_id').notNull(),
    metricId: uuid('metric_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.metricId, t.periodStart] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.metricId],
      foreignColumns: [metrics.workspaceId, metrics.id],
    }).onDelete('cascade'),
  ],
);

/** A manual metric's value on one day (entered, or imported from a CRM export). */
export const metricValues = pgTable(
  'metric_values',
  {
    workspaceId: uuid('workspace_id').notNull(),
    metricId: uuid('metric_id').notNull(),
    on: date('on', { mode: 'string' }).notNull(),
    value: doublePrecision('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.metricId, t.on] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.metricId],
      foreignColumns: [metrics.workspaceId, metrics.id],
    }).onDelete('cascade'),
  ],
);
