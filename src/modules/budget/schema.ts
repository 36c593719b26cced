import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns } from '../../db/columns.ts';
import { programs } from '../requirements/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * Planned marketing budget for one quarter, for one program or (programId null) the quarter's unallocated
 * pool. Actual spend is not stored here: it is the campaigns' actual spend, by the quarter they start in.
 */
export const budgets = pgTable(
  'budgets',
  {
    ...entityColumns(),
    year: integer('year').notNull(),
    quarter: integer('quarter').notNull(),
    programId: uuid('program_id'),
    planned: doublePrecision('planned').notNull(),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.programId],
      foreignColumns: [programs.workspaceId, programs.id],
    }).onDelete('cascade'),
    unique('budgets_period_key').on(t.workspaceId, t.year, t.quarter, t.programId).nullsNotDistinct(),
    check('budgets_quarter_check', sql`${t.quarter} between 1 and 4`),
    check('budgets_year_check', sql`${t.year} between 2000 and 2100`),
    check('budgets_planned_check', sql`${t.planned} >= 0`),
  ],
);
