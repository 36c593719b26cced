import { foreignKey, jsonb, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { SCORING_KINDS } from '../../core/enums.ts';
import { entityColumns, oneOf } from '../../db/columns.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';
import type { Criterion } from './model.ts';

/** How one product's features are scored. A product without a row is scored with RICE. */
export const scoringModels = pgTable(
  'scoring_models',
  {
    ...entityColumns(),
    productId: uuid('product_id').notNull(),
    kind: text('kind', { enum: SCORING_KINDS }).notNull(),
    /** Criteria of a weighted scorecard; empty for the other kinds. */
    criteria: jsonb('criteria').$type<Criterion[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    uniqueIndex('scoring_models_product_key').on(t.workspaceId, t.productId),
    oneOf('scoring_models_kind_check', t.kind, SCORING_KINDS),
  ],
);
