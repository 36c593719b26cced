import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { COMMISSION_MODELS, PARTNER_KINDS, PARTNER_STATUSES } from '../../core/enums.ts';
import { entityColumns, oneOf } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

/** An affiliate or partner who refers customers, with a referral code and a commission. */
export const affiliates = pgTable(
  'affiliates',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull().default('affiliate'),
    website: text('website').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    contactEmail: text('contact_email').notNull().default(''),
    /** Stored upper-case; unique per workspace. */
    referralCode: text('referral_code').notNull(),
    commissionModel: text('commission_model', { enum: COMMISSION_MODELS }).notNull(),
    /** A percentage (0–100) of the deal, or a fixed amount per conversion, as the model says. */
    commissionValue: doublePrecision('commission_value').notNull(),
    status: text('status', { enum: PARTNER_STATUSES }).notNull().default('prospect'),
    notes: text('notes').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    uniqueIndex('affiliates_code_key').on(t.workspaceId, t.referralCode),
    index('affiliates_status_idx').on(t.workspaceId, t.status),
    oneOf('affiliates_kind_check', t.kind, PARTNER_KINDS),
    oneOf('affiliates_model_check', t.commissionModel, COMMISSION_MODELS),
    oneOf('affiliates_status_check', t.status, PARTNER_STATUSES),
    check(
      'affiliates_commission_check',
      sql`${t.commissionValue} >= 0 and (${t.commissionModel} <> 'percentage' or ${t.commissionValue} <= 100)`,
    ),
  ],
);
