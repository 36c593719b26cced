import { isIPv4, isIPv6 } from 'node:net';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { AppError } from '../../core/errors.ts';
import type { Db } from '../../db/client.ts';
import { throttles } from './schema.ts';

/**
 * Attempt counters kept in the database, so every process sharing it counts the same attempts. Each
 * attempt is counted BEFORE it is evaluated, by one INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING that
 * both counts and decides: the row lock serialises concurrent attempts, so a burst of N evaluates exactly
 * as many as the policy allows, never more. Time is the database's clock (clock_timestamp(), not now(),
 * which is frozen at the start of a transaction that may have waited for the row).
 */

/** Growing delays: `free` attempts, then each one waits 2, 4, 8 … seconds (up to `capSeconds`). */
export type Backoff = { kind: 'backoff'; free: number; capSeconds: number; forgetSeconds: number };
/** A rate: at most `limit` attempts at once, then one more every `periodSeconds / limit` seconds. */
export type Rate = { kind: 'rate'; limit: number; periodSeconds: number };
export type Policy = Backoff | Rate;

/** survey-answer counts per client address; survey-anonymous per survey (its anonymous answers). */
export type Scope = 'login' | 'login-address' | 'signup' | 'survey-answer' | 'survey-anonymous';

export type Verdict = { ok: true } | { ok: false; retryAfter: number };

/** Rows idle this long hold nothing any policy still needs (forgetSeconds and periodSeconds are below it). */
const STALE_SECONDS = 86_400;
// 2^20 s is far past any cap: bounding the exponent keeps power() from overflowing on a years-old pair.
const MAX_EXPONENT = 20;

const secs = (n: number) => sql`make_interval(secs => ${n})`;
type Returned = { rows: Record<string, unknown>[] };
const rowsOf = (result: unknown) => (result as Returned).rows;

/**
 * The address throttles count by: an IPv4 address as it is, an IPv6 address by its /64 (one subscriber's
 * network: counting single IPv6 addresses would give each attacker 2^64 fresh ones).
 */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIPv4(ip) || !isIPv6(ip)) return ip;
  // A dotted IPv4 tail (`::ffff:1.2.3.4` forms) is two groups.
  const plain = ip
    .toLowerCase()
    .split('%')[0]!
    .replace(/(\d+)\.(\d+)\.(\d+)\.(\d+)$/, (_, a, b, c, d) =>
      [(+a << 8) | +b, (+c << 8) | +d].map((n) => n.toString(16)).join(':'),
    );
  const [head = '', tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = plain.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Counts one attempt and says whether it may go ahead; a refused attempt is not counted. */
export async function take(db: Db, scope: Scope, subject: string, policy: Policy): Promise<Verdict> {
  const counted = rowsOf(
    await db.execute(
      policy.kind === 'backoff' ? backoff(scope, subject, policy) : rate(scope, subject, policy),
    ),
  );
  if (counted.length) return { ok: true };
  return { ok: false, retryAfter: await retryAfter(db, scope, subject, policy) };
}

/** The wait the attempt numbered `hits` imposes on the next one. */
const delayAfter = (hits: SQL, p: Backoff) =>
  sql`case when ${hits} < ${p.free} then interval '0' else make_interval(secs => least(${p.capSeconds}, power(2, least(${hits} - ${p.free} + 1, ${MAX_EXPONENT})))) end`;

function backoff(scope: Scope, subject: string, p: Backoff) {
  const forgotten = sql`throttles.updated_at < clock_timestamp() - ${secs(p.forgetSeconds)}`;
  const hits = sql`case when ${forgotten} then 1 else throttles.hits + 1 end`;
  return sql`
    insert into throttles (scope, subject, hits, until, updated_at)
    values (${scope}, ${subject}, 1, clock_timestamp() + ${delayAfter(sql`1`, p)}, clock_timestamp())
    on conflict (scope, subject) do update
      set hits = ${hits}, until = clock_timestamp() + ${delayAfter(hits, p)}, updated_at = clock_timestamp()
      where throttles.until <= clock_timestamp() or ${forgotten}
    returning hits`;
}

/**
 * Restarts a backoff's wait from now, once the attempt has failed: the wait was set when the attempt was
 * counted (so concurrent ones wait too), but checking a password takes time, and the wait is owed from
 * the failure the client sees.
 */
export async function failed(db: Db, scope: Scope, subject: string, p: Backoff): Promise<void> {
  await db.execute(
    sql`update throttles set until = greatest(until, clock_timestamp() + ${delayAfter(sql`hits`, p)})
        where scope = ${scope} and subject = ${subject}`,
  );
}

function rate(scope: Scope, subject: string, p: Rate) {
  const step = secs(p.periodSeconds / p.limit);
  // Each attempt adds one step to `until`; an attempt that would push it past a full period away waits.
  return sql`
    insert into throttles (scope, subject, hits, until, updated_at)
    values (${scope}, ${subject}, 1, clock_timestamp() + ${step}, clock_timestamp())
    on conflict (scope, subject) do update
      set hits = throttles.hits + 1,
          until = greatest(throttles.until, clock_timestamp()) + ${step},
          updated_at = clock_timestamp()
      where greatest(throttles.until, clock_timestamp()) + ${step} <= clock_timestamp() + ${secs(p.periodSeconds)}
    returning hits`;
}

/** Whole seconds until an attempt would be counted again (at least 1); read after the decision, for the client. */
async function retryAfter(db: Db, scope: Scope, subject: string, p: Policy): Promise<number> {
  const ready =
    p.kind === 'backoff'
      ? sql`until`
      : sql`until + ${secs(p.periodSeconds / p.limit)} - ${secs(p.periodSeconds)}`;
  const [row] = rowsOf(
    await db.execute(
      sql`select ceil(extract(epoch from ${ready} - clock_timestamp()))::int as wait
          from throttles where scope = ${scope} and subject = ${subject}`,
    ),
  );
  return Math.max(1, Number(row?.wait ?? 1));
}

/** Forgets a subject's attempts (a successful login clears its pair). */
export async function clear(db: Db, scope: Scope, subject: string): Promise<void> {
  await db.delete(throttles).where(and(eq(throttles.scope, scope), eq(throttles.subject, subject)));
}

/** Gives back one attempt counted under a rate (a successful login is not a failure of its address). */
export async function refund(db: Db, scope: Scope, subject: string, p: Rate): Promise<void> {
  await db.execute(
    sql`update throttles set until = until - ${secs(p.periodSeconds / p.limit)}, hits = greatest(hits - 1, 0)
        where scope = ${scope} and subject = ${subject}`,
  );
}

/** Deletes rows no policy needs any more; called on failures, so a quiet server has nothing to sweep. */
export async function sweep(db: Db): Promise<void> {
  await db.execute(sql`delete from throttles where updated_at < clock_timestamp() - ${secs(STALE_SECONDS)}`);
}

/** The 429 for a refused attempt, with the wait as Retry-After. */
export const throttled = (message: string, retryAfter: number) =>
  new AppError('rate_limited', `${message}; try again in ${retryAfter} s`, { retryAfter });
