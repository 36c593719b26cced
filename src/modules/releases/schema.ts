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
import { RELEASE_STATUSES } from '../../core/enums.ts';
import { entityColumns, oneOf } from '../../db/columns.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

export const releases = pgTable(
  'releases',
  {
    ...entityColumns(),
    productId: uuid('product_id'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** ISO date (YYYY-MM-DD); no time of day. */
    targetDate: date('target_date', { mode: 'string' }),
    status: text('status', { enum: RELEASE_STATUSES }).notNull().default('planned'),
    /** How much effort (same units as features' effort) the release can hold. */
    capacity: doublePrecision('capacity'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    index('releases_date_idx').on(t.workspaceId, t.targetDate),
    oneOf('releases_status_check', t.status, RELEASE_STATUSES),
  ],
);
