import type { SQL } from 'drizzle-orm';
import type { Db } from './client.ts';

/** Runs a raw query on either engine and returns its rows (both drivers answer `{ rows }`). */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Like rows(), for a query that answers at most one row. */
export async function row<T>(db: Db, query: SQL): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/** PostgreSQL error codes the app reacts to (never match on message text). */
export const PG = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  serializationFailure: '40001',
} as const;

/** The SQLSTATE of a database error from either driver, or undefined. */
export function pgCode(err: unknown): string | undefined {
  let e: unknown = err;
  // Drizzle wraps driver errors; the code sits on the cause.
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The constraint a database error names, from either driver. */
export function pgConstraint(err: unknown): string | undefined {
  return pgField(err, 'constraint');
}

/**
 * The table whose rows still refer to a row being deleted (a foreign-key violation's DETAIL reads
 * `Key (…)=(…) is still referenced from table "launches".`), or undefined for any other error.
 */
export function pgReferencingTable(err: unknown): string | undefined {
  const detail = pgField(err, 'detail');
  return detail ? /is still referenced from table "([^"]+)"/.exec(detail)?.[1] : undefined;
}

function pgField(err: unknown, key: 'constraint' | 'detail'): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const v = (e as Record<string, unknown>)[key];
    if (typeof v === 'string') return v;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
