import { sql } from 'drizzle-orm';
import {
  check,
  date,
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
import { LAUNCH_STATUSES, TASK_ROLES, TASK_STATUSES, type TaskRole } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { products } from '../products/schema.ts';
import { releases } from '../releases/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/** A go-to-market launch: of a release, or standalone. */
export const launches = pgTable(
  'launches',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    /** At most one launch per release. */
    releaseId: uuid('release_id'),
    productId: uuid('product_id'),
    /** 1 (major, all hands) to 3 (minor). */
    tier: integer('tier').notNull(),
    /** ISO date. */
    launchDate: date('launch_date', { mode: 'string' }).notNull(),
    description: text('description').notNull().default(''),
    goals: text('goals')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status', { enum: LAUNCH_STATUSES }).notNull().default('planned'),
    ownerId: uuid('owner_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    ownerName: text('owner_name'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.releaseId],
      foreignColumns: [releases.workspaceId, releases.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    uniqueIndex('launches_release_key')
      .on(t.workspaceId, t.releaseId)
      .where(sql`${t.releaseId} is not null`),
    index('launches_date_idx').on(t.workspaceId, t.launchDate),
    check('launches_tier_check', sql`${t.tier} between 1 and 3`),
    oneOf('launches_status_check', t.status, LAUNCH_STATUSES),
  ],
);

/** One task of a launch's checklist, owned by a role, due relative to the launch date. */
export const launchTasks = pgTable(
  'launch_tasks',
  {
    ...entityColumns(),
    launchId: uuid('launch_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    ownerRole: text('owner_role', { enum: TASK_ROLES }).notNull(),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    assigneeName: text('assignee_name'),
    /** Days from the launch date (negative: before it). The due date follows when the launch moves. */
    offsetDays: integer('offset_days').notNull().default(0),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: TASK_STATUSES }).notNull().default('open'),
    completedAt: ts('completed_at'),
    /** Order within the checklist. */
    position: integer('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.launchId],
      foreignColumns: [launches.workspaceId, launches.id],
    }).onDelete('cascade'),
    index('launch_tasks_launch_idx').on(t.workspaceId, t.launchId, t.position),
    index('launch_tasks_due_idx').on(t.workspaceId, t.status, t.dueDate),
    oneOf('launch_tasks_role_check', t.ownerRole, TASK_ROLES),
    oneOf('launch_tasks_status_check', t.status, TASK_STATUSES),
  ],
);

/** A task as a tier template describes it. */
export type TemplateTask = { title: string; description: string; ownerRole: TaskRole; offsetDays: number };

/** A workspace's own task template for one tier; a tier without a row uses the built-in default. */
export const launchTemplates = pgTable(
  'launch_templates',
  {
    ...entityColumns(),
    tier: integer('tier').notNull(),
    tasks: jsonb('tasks').$type<TemplateTask[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('launch_templates_tier_key').on(t.workspaceId, t.tier),
    check('launch_templates_tier_check', sql`${t.tier} between 1 and 3`),
  ],
);
