import { type AnyColumn, SQL, sql } from 'drizzle-orm';
import { invalidField } from './errors.ts';
import { unstorable } from './text.ts';

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

/** What a sort key holds, so a cursor's value can be checked before it reaches a comparison in SQL. */
export type KeyKind = 'uuid' | 'text' | 'date' | 'timestamp' | 'int4' | 'int8' | 'real' | 'float8';

const KIND_OF_COLUMN: Record<string, KeyKind> = {
  PgUUID: 'uuid',
  PgText: 'text',
  PgVarchar: 'text',
  PgChar: 'text',
  PgEnumColumn: 'text',
  PgDate: 'date',
  PgDateString: 'date',
  PgTimestamp: 'timestamp',
  PgTimestampString: 'timestamp',
  PgSmallInt: 'int4',
  PgInteger: 'int4',
  PgSerial: 'int4',
  PgBigInt53: 'int8',
  PgBigSerial53: 'int8',
  PgReal: 'real',
  PgDoublePrecision: 'float8',
};

const kindKey = Symbol('sort key kind');
/** An SQL expression used as a sort key, with the kind of value it yields (a column knows its own). */
export type SortExpr = SQL & { [kindKey]: KeyKind };
export function sortExpr(kind: KeyKind, expr: SQL): SortExpr {
  return Object.assign(expr, { [kindKey]: kind });
}

function kindOf(key: AnyColumn | SortExpr): KeyKind {
  if (key instanceof SQL) return key[kindKey];
  const kind = KIND_OF_COLUMN[key.columnType];
  // A sort over a column of another type needs its kind added above: a programming error, not bad input.
  if (!kind) throw new Error(`No cursor kind for a ${key.columnType} sort column`);
  return kind;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const INT4 = 2 ** 31;

function validDate(v: string): boolean {
  const m = DATE.exec(v);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Whether a cursor's value (or id) can be compared with a key of this kind without a database error. */
function fits(kind: KeyKind, v: unknown): boolean {
  switch (kind) {
    case 'uuid':
      return typeof v === 'string' && UUID.test(v);
    case 'text':
      // Cursors come from this server's own rows: no NUL, no lone surrogates, bounded by the cursor's length.
      return typeof v === 'string' && unstorable(v) === undefined;
    case 'date':
      return typeof v === 'string' && validDate(v);
    case 'timestamp':
      return (
        typeof v === 'string' &&
        TIMESTAMP.test(v) &&
        validDate(v.slice(0, 10)) &&
        !Number.isNaN(Date.parse(v))
      );
    case 'int4':
      return Number.isInteger(v) && Math.abs(v as number) < INT4;
    case 'int8':
      // Activity ids travel as numbers (sort value) or decimal strings (row id).
      return (
        (typeof v === 'number' && Number.isSafeInteger(v)) ||
        (typeof v === 'string' && /^-?\d{1,15}$/.test(v))
      );
    case 'real':
      return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= 3.4e38;
    case 'float8':
      return typeof v === 'number' && Number.isFinite(v);
  }
}

export function encodeCursor(sort: Sort, value: unknown, id: string): string {
  const v = value instanceof Date ? value.toISOString() : (value as CursorValue);
  const c: Cursor = { s: `${sort.dir === 'desc' ? '-' : ''}${sort.field}`, v, id };
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

/**
 * Decodes a cursor strictly: it must be this list's own (same sort key), its value of the sort key's kind
 * (or null: nulls sort last) and its id of the id column's kind. Anything else is the client's error (422
 * naming `cursor`), never a database error.
 */
export function decodeCursor(
  cursor: string,
  sort: Sort,
  kinds: { value: KeyKind; id: KeyKind },
): { v: CursorValue; id: string } {
  let c: unknown;
  try {
    c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    c = undefined;
  }
  const key = `${sort.dir === 'desc' ? '-' : ''}${sort.field}`;
  const { s, v, id } = (c && typeof c === 'object' && !Array.isArray(c) ? c : {}) as Partial<Cursor>;
  if (s !== key || !fits(kinds.id, id) || (v !== null && !fits(kinds.value, v)))
    throw invalidField(
      'cursor',
      'Invalid cursor: pass the nextCursor of the previous page with the same sort',
    );
  return { v: v as CursorValue, id: String(id) };
}

/** The WHERE condition selecting rows after the cursor, for `column dir NULLS LAST, id dir`. */
export function afterCursor(
  column: AnyColumn | SortExpr,
  idColumn: AnyColumn,
  sort: Sort,
  cursor: string,
): SQL {
  const { v, id } = decodeCursor(cursor, sort, { value: kindOf(column), id: kindOf(idColumn) });
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
