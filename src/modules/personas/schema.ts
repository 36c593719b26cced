import { sql } from 'drizzle-orm';
import { foreignKey, index, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { BUYING_ROLES } from '../../core/enums.ts';
import { entityColumns, oneOf } from '../../db/columns.ts';
import { products } from '../products/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

const textList = (name: string) =>
  text(name)
    .array()
    .notNull()
    .default(sql`'{}'::text[]`);

/** A buyer persona: who buys or uses the product, what they want and how to reach them. */
export const personas = pgTable(
  'personas',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    /** Role or job title, e.g. "VP of Data". */
    title: text('title').notNull().default(''),
    description: text('description').notNull().default(''),
    /** Age, seniority, background: free text. */
    demographics: text('demographics').notNull().default(''),
    /** Company size, industry, region, tech stack: free text. */
    firmographics: text('firmographics').notNull().default(''),
    goals: textList('goals'),
    pains: textList('pains'),
    motivations: textList('motivations'),
    objections: textList('objections'),
    /** Values of CHANNELS. */
    preferredChannels: textList('preferred_channels'),
    buyingRole: text('buying_role', { enum: BUYING_ROLES }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('personas_name_key').on(t.workspaceId, sql`lower(${t.name})`),
    oneOf('personas_buying_role_check', t.buyingRole, BUYING_ROLES),
  ],
);

/** Products a persona buys or uses. */
export const personaProducts = pgTable(
  'persona_products',
  {
    workspaceId: uuid('workspace_id').notNull(),
    personaId: uuid('persona_id').notNull(),
    productId: uuid('product_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.personaId, t.productId] }),
    // A workspace delete reaches link rows directly, before the checks of the rows they link run.
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.personaId],
      foreignColumns: [personas.workspaceId, personas.id],
    }).onDelete('cascade'),
    // Another role's work: deleting the parent never takes it along (a 409 names it instead).
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    index('persona_products_product_idx').on(t.workspaceId, t.productId),
  ],
);
