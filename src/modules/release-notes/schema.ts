import { foreignKey, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { NOTE_VISIBILITIES } from '../../core/enums.ts';
import { entityColumns, oneOf, ts } from '../../db/columns.ts';
import { users } from '../auth/schema.ts';
import { features } from '../features/schema.ts';
import { releases } from '../releases/schema.ts';
import { workspaces } from '../workspaces/schema.ts';

/** A customer-facing changelog entry of a release, written by product marketing. */
export const releaseNotes = pgTable(
  'release_notes',
  {
    ...entityColumns(),
    releaseId: uuid('release_id').notNull(),
    title: text('title').notNull(),
    /** Markdown. */
    body: text('body').notNull().default(''),
    visibility: text('visibility', { enum: NOTE_VISIBILITIES }).notNull().default('internal'),
    /** When it is (or will be) published; null while a draft. Published once this time has passed. */
    publishAt: ts('publish_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    /** Who it was when they are not a member here (an imported row); null otherwise. */
    createdByName: text('created_by_name'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.releaseId],
      foreignColumns: [releases.workspaceId, releases.id],
    }),
    index('release_notes_release_idx').on(t.workspaceId, t.releaseId),
    index('release_notes_published_idx').on(t.workspaceId, t.publishAt.desc()),
    oneOf('release_notes_visibility_check', t.visibility, NOTE_VISIBILITIES),
  ],
);

/** Shipped features a release note announces. */
export const releaseNoteFeatures = pgTable(
  'release_note_features',
  {
    workspaceId: uuid('workspace_id').notNull(),
    releaseNoteId: uuid('release_note_id').notNull(),
    featureId: uuid('feature_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.releaseNoteId, t.featureId] }),
    // A workspace delete reaches link rows directly, before the checks of the rows they link run.
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.releaseNoteId],
      foreignColumns: [releaseNotes.workspaceId, releaseNotes.id],
    }).onDelete('cascade'),
    // Another role's work: deleting the parent never takes it along (a 409 names it instead).
    foreignKey({
      columns: [t.workspaceId, t.featureId],
      foreignColumns: [features.workspaceId, features.id],
    }),
    index('release_note_features_feature_idx').on(t.workspaceId, t.featureId),
  ],
);
