import { foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { entityColumns } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

export const products = pgTable(
  'products',
  {
    ...entityColumns(),
    /** A product line this product belongs to (another product of the same workspace). */
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    vision: text('vision').notNull().default(''),
    /** What the product is for. */
    function: text('function').notNull().default(''),
    targetDemographic: text('target_demographic').notNull().default(''),
    /** Which problems it solves for whom. */
    value: text('value').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.workspaceId, t.parentId], foreignColumns: [t.workspaceId, t.id] }),
    index('products_parent_idx').on(t.workspaceId, t.parentId),
  ],
);
