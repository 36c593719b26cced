import { sql } from 'drizzle-orm';
import { type AnyPgColumn, check, customType, integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** PostgreSQL full-text vector; filled by a generated column, never written by the app. */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Columns every workspace-owned, editable entity carries. */
export const entityColumns = () => ({
  id: uuid('id').notNull().defaultRandom(),
  workspaceId: uuid('workspace_id').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date', precision: 3 })
    .notNull()
    .defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date', precision: 3 })
    .notNull()
    .defaultNow(),
});

/** Timestamps keep milliseconds, as JavaScript dates do, so cursors built from them are exact. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date', precision: 3 });

/** A CHECK that keeps a text column inside one of the shared value sets. */
export function oneOf(name: string, column: AnyPgColumn, values: readonly string[]) {
  const list = sql.raw(values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', '));
  return check(name, sql`${column} in (${list})`);
}
