import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { PRIORITIES, PROGRAM_STATUSES, REQUIREMENT_STATUSES } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { launches } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/** A go-to-market problem product marketing hands to marketing: the problem, not the solution. */
export const requirements = pgTable(
  'requirements',
  {
    ...entityColumns(),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    personaId: uuid('persona_id'),
    desiredOutcome: text('desired_outcome').notNull().default(''),
    successMetric: text('success_metric').notNull().default(''),
    priority: text('priority', { enum: PRIORITIES }).notNull().default('medium'),
    /** ISO date. */
    dueDate: date('due_date', { mode: 'string' }),
    launchId: uuid('launch_id'),
    productId: uuid('product_id'),
    status: text('status', { enum: REQUIREMENT_STATUSES }).notNull().default('open'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    createdByName: text('created_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.personaId],
      foreignColumns: [personas.workspaceId, personas.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.launchId],
      foreignColumns: [launches.workspaceId, launches.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    index('requirements_status_idx').on(t.workspaceId, t.status, t.dueDate),
    oneOf('requirements_priority_check', t.priority, PRIORITIES),
    oneOf('requirements_status_check', t.status, REQUIREMENT_STATUSES),
  ],
);

/** Marketing's answer to one or more requirements: what will be done, on which channels, for how much. */
export const programs = pgTable(
  'programs',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    /** What will be done. */
    description: text('description').notNull().default(''),
    /** Values of CHANNELS. */
    channels: text('channels')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    ownerName: text('owner_name'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    plannedBudget: doublePrecision('planned_budget').notNull().default(0),
    status: text('status', { enum: PROGRAM_STATUSES }).notNull().default('proposed'),
    /** The reviewer's comment when product marketing sends it back (or accepts it with a remark). */
    reviewComment: text('review_comment').notNull().default(''),
    reviewedBy: uuid('reviewed_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    reviewedByName: text('reviewed_by_name'),
    reviewedAt: ts('reviewed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('programs_status_idx').on(t.workspaceId, t.status),
    index('programs_dates_idx').on(t.workspaceId, t.startDate),
    oneOf('programs_status_check', t.status, PROGRAM_STATUSES),
  ],
);

/** Which requirements a program answers. */
export const programRequirements = pgTable(
  'program_requirements',
  {
    workspaceId: uuid('workspace_id').notNull(),
    programId: uuid('program_id').notNull(),
    requirementId: uuid('requirement_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.programId, t.requirementId] }),
    // A workspace delete reaches link rows directly, before the checks of the rows they link run.
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }).onDelete('cascade'),
    // Another role's work: deleting the parent never takes it along (a 409 names it instead).
    foreignKey({
      columns: [t.workspaceId, t.requirementId],
      foreignColumns: [requirements.workspaceId, requirements.id],
    }),
    index('program_requirements_requirement_idx').on(t.workspaceId, t.requirementId),
  ],
);
