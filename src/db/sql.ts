import { type SQL, sql } from 'drizzle-orm';
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

/**
 * Class 22 (data exception: invalid text representation, untranslatable character, bad byte sequence,
 * datetime field overflow, numeric value out of range, string too long, …) and 54000 (a value too large for
 * an index row): the request carried a value the database cannot take, so it is the client's error.
 */
export function isDataException(code: string | undefined): boolean {
  return code !== undefined && (code.startsWith('22') || code === '54000');
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

const STACK_FRAMES = /\n\s+at /;

/**
 * The log form of any error (Fastify's logger uses it for every `err`). A failed query's parameters, the
 * database's DETAIL and WHERE (which quote row values) and the messages of data exceptions (which quote the
 * offending value) are user text and never logged; the SQL text with its placeholders, the SQLSTATE and the
 * names of the constraint, table and column are kept, which is what finding the cause takes.
 */
export type LoggedError = { type: string; message: string; stack: string; [key: string]: unknown };
export function logSafeError(err: unknown, depth = 0): LoggedError {
  if (!(err instanceof Error)) return { type: typeof err, message: String(err), stack: '' };
  const e = err as Error & Record<string, unknown>;
  const code = typeof e.code === 'string' ? e.code : undefined;
  const query = typeof e.query === 'string' ? e.query : undefined;
  const fromDatabase =
    query !== undefined || 'params' in e || (code !== undefined && /^[0-9A-Z]{5}$/.test(code));
  const message = !fromDatabase
    ? e.message
    : query !== undefined
      ? `Failed query: ${query}`
      : isDataException(code)
        ? '(data exception: message withheld, it quotes the value)'
        : e.message;
  const frames = typeof e.stack === 'string' ? STACK_FRAMES.exec(e.stack) : null;
  const out: LoggedError = {
    type: e.name,
    message,
    stack: `${e.name}: ${message}${frames && e.stack ? e.stack.slice(frames.index) : ''}`,
  };
  if (code) out.code = code;
  for (const key of ['statusCode', 'constraint', 'table', 'column', 'routine', 'schema'] as const)
    if (e[key] !== undefined && (key === 'statusCode' || fromDatabase)) out[key] = e[key];
  if (!fromDatabase && typeof e.validationContext === 'string') out.validationContext = e.validationContext;
  if (e.cause !== undefined && depth < 4) out.cause = logSafeError(e.cause, depth + 1);
  return out;
}

/**
 * EXISTS as a probe per outer row: `select true from … where …` run as a correlated scalar subquery, which
 * PostgreSQL evaluates for each row (an index probe) and never turns into a semi or anti join. Inside a
 * prepared statement's generic plan (from its sixth run) a NOT EXISTS over a range of visits became a hash
 * anti join that read the whole range: 1.3 s instead of 80 ms for today's 5,000 persons at 10M events.
 */
export const probe = (selectTrue: SQL): SQL => sql`((${selectTrue} limit 1) is not null)`;
