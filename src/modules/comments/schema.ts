import { sql } from 'drizzle-orm';
import { boolean, foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { COMMENTABLE } from '../../core/enums.ts';
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

/** Something a member should look at: for now, being mentioned in a comment. */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').notNull().defaultRandom(),
    workspaceId: uuid('workspace_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id').notNull(),
    commentId: uuid('comment_id'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    read: boolean('read').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('notifications_user_idx').on(t.userId, t.read, t.createdAt),
  ],
);
