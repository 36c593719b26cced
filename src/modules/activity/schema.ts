import { bigserial, foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

export type ActivityChanges = Record<string, { before: unknown; after: unknown }>;

/** Append-only log: who changed what, when, and the before/after of each changed field. */
export const activity = pgTable(
  'activity',
  {
    id: bigserial('id', { mode: 'number' }).notNull(),
    workspaceId: uuid('workspace_id').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    actorName: text('actor_name'),
    at: ts('at').notNull().defaultNow(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** created, updated, deleted, or a domain verb (linked, triaged, …). */
    action: text('action').notNull(),
    changes: jsonb('changes').$type<ActivityChanges>().notNull().default({}),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('activity_entity_idx').on(t.workspaceId, t.entityType, t.entityId, t.id),
    index('activity_recent_idx').on(t.workspaceId, t.id.desc()),
  ],
);
