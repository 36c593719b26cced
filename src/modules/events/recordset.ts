import { type SQL, sql } from 'drizzle-orm';

/**
 * Many rows as ONE parameter: `jsonb_to_recordset($1::jsonb) as x(col type, …)`, the same on PGlite and
 * PostgreSQL (no array parameters, no statement per row). `columns` is a constant of the calling code, never input.
 */
export function recordset(rows: object[] | string, columns: string): SQL {
  const json = typeof rows === 'string' ? rows : JSON.stringify(rows);
  return sql`jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(columns)})`;
}

/** `workspace|key`: workspace ids are UUIDs, so the separator cannot be ambiguous. */
export const wsKey = (workspaceId: string, key: string) => `${workspaceId}|${key}`;
