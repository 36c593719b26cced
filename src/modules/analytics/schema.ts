import { index, jsonb, pgTable, primaryKey, text, uuid, foreignKey } from 'drizzle-orm/pg-core';
import { ts } from '../../db/columns.ts';
import { workspaces } from '../workspaces/schema.ts';

/**
 * Figures derived from events over a closed window of days, kept by memo.ts: the value, and the day mark
 * (event_day_marks.changed_at, the latest over the window's days and the day before) it was computed for. A memo
 * whose mark moved, or older than memo.ts's MAX_AGE, is computed again; never exported.
 */
export const signalMemos = pgTable(
  'signal_memos',
  {
    workspaceId: uuid('workspace_id').notNull(),
    /** sha256 of the figure's definition and window (memo.ts memoKey). */
    key: text('key').notNull(),
    markedAt: ts('marked_at'),
    value: jsonb('value').notNull(),
    computedAt: ts('computed_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.key] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    index('signal_memos_computed_idx').on(t.computedAt),
  ],
);
