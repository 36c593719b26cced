import { type AnyColumn, type SQL, sql } from 'drizzle-orm';
import { invalidField } from './errors.ts';

/**
 * Keyset (cursor) pagination over any sort column, with the row id as tie-breaker.
 * Nulls sort last in both directions. The cursor is opaque to clients: base64url JSON of
 * the sort key, the last row's sort value and id.
 */

export type SortDir = 'asc' | 'desc';
export type Sort = { field: string; dir: SortDir };

/** Parses `score`, `-score` (descending) against the allowed fields. */
export function parseSort(value: string | undefined, allowed: readonly string[], fallback: string): Sort {
  const raw = value ?? fallback;
  const dir: SortDir = raw.startsWith('-') ? 'desc' : 'asc';
  const field = raw.replace(/^-/, '');
  if (!allowed.includes(field)) {
    throw invalidField(
      'sort',
      `Cannot sort by "${field}"; use one of ${allowed.join(', ')} (prefix - for descending)`,
    );
  }
  return { field, dir };
}

type CursorValue = string | number | null;
type Cursor = { s: string; v: CursorValue; id: string };

export function encodeCursor(sort: Sort, value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : (value as CursorValue);
  const c: Cursor = { s: `${sort.dir === 'desc' ? '-' : ''}${sort.field}`, v, id };
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(cursor: string, sort: Sort): { v: CursorValue; id: string } {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    const key = `${sort.dir === 'desc' ? '-' : ''}${sort.field}`;
    if (c.s !== key || typeof c.id !== 'string') throw new Error('mismatch');
    if (c.v !== null && typeof c.v !== 'string' && typeof c.v !== 'number') throw new Error('bad value');
    return { v: c.v, id: c.id };
  } catch {
    throw invalidField(
      'cursor',
      'Invalid cursor: pass the nextCursor of the previous page with the same sort',
    );
  }
}

/** The WHERE condition selecting rows after the cursor, for `column dir NULLS LAST, id dir`. */
export function afterCursor(column: AnyColumn | SQL, idColumn: AnyColumn, sort: Sort, cursor: string): SQL {
  const { v, id } = decodeCursor(cursor, sort);
  const cmp = sort.dir === 'desc' ? sql.raw('<') : sql.raw('>');
  if (v === null) return sql`(${column} is null and ${idColumn} ${cmp} ${id})`;
  return sql`(${column} ${cmp} ${v} or (${column} = ${v} and ${idColumn} ${cmp} ${id}) or ${column} is null)`;
}

export function orderFor(column: AnyColumn | SQL, idColumn: AnyColumn, sort: Sort): SQL[] {
  return sort.dir === 'desc'
    ? [sql`${column} desc nulls last`, sql`${idColumn} desc`]
    : [sql`${column} asc nulls last`, sql`${idColumn} asc`];
}

export type Page<T> = { items: T[]; nextCursor: string | null };

/** Turns limit+1 fetched rows into a page; `value` reads a row's sort value for the cursor. */
export function toPage<R extends { id: string }, T>(
  fetched: R[],
  limit: number,
  sort: Sort,
  value: (row: R) => unknown,
  present: (row: R) => T,
): Page<T> {
  const more = fetched.length > limit;
  const rowsOnPage = more ? fetched.slice(0, limit) : fetched;
  const last = rowsOnPage[rowsOnPage.length - 1];
  return {
    items: rowsOnPage.map(present),
    nextCursor: more && last ? encodeCursor(sort, value(last), last.id) : null,
  };
}
