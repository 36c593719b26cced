import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import {
  COMMENTABLE,
  NOTIFICATION_ENTITIES,
  NOTIFICATION_KINDS,
  NOTIFICATION_OUTCOMES,
} from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

export const comments = pgTable(
  'comments',
  {
    ...entityColumns(),
    entityType: text('entity_type', { enum: COMMENTABLE }).notNull(),
    entityId: uuid('entity_id').notNull(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    authorName: text('author_name'),
    body: text('body').notNull(),
    /** Members mentioned with @, resolved when the comment is written. */
    mentions: uuid('mentions')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('comments_entity_idx').on(t.workspaceId, t.entityType, t.entityId, t.createdAt),
    oneOf('comments_entity_type_check', t.entityType, COMMENTABLE),
  ],
);

/** Something a member should look at: a mention, a review asked of them, a task given to them, a hand-off. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').notNull().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTIFICATION_KINDS }).notNull(),
    entityType: text('entity_type', { enum: NOTIFICATION_ENTITIES }).notNull(),
    entityId: uuid('entity_id').notNull(),
    /** The entity's parent where the web route needs it (a launch task's launch, a battlecard's competitor). */
    parentId: uuid('parent_id'),
    /** How the review ended, for a hand-off back to a proposer. */
    outcome: text('outcome', { enum: NOTIFICATION_OUTCOMES }),
    commentId: uuid('comment_id'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    read: boolean('read').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('notifications_user_idx').on(t.userId, t.read, t.createdAt),
    // The bell's count, polled by every open tab: only the unread rows, per person and workspace.
    index('notifications_unread_idx')
      .on(t.userId, t.workspaceId)
      .where(sql`${t.read} = false`),
    oneOf('notifications_kind_check', t.kind, NOTIFICATION_KINDS),
    oneOf('notifications_entity_type_check', t.entityType, NOTIFICATION_ENTITIES),
    oneOf('notifications_outcome_check', t.outcome, NOTIFICATION_OUTCOMES),
  ],
);
