import { MAX_AGE } from '../analytics/memo.ts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { retentionStart } from './prepare.ts';

/**
 * Monthly partitions of `events` (events_pYYYYMM, [first of the month, first of the next) in UTC), created
 * ahead by the writer, dropped past the retention window. Months known to exist are remembered per database
 * handle, so the writer asks PostgreSQL only for a month it has not seen.
 */

/** 'YYYYMM' of a time, in UTC. */
export const monthKey = (t: Date) => `${t.getUTCFullYear()}${String(t.getUTCMonth() + 1).padStart(2, '0')}`;

const monthStart = (key: string, add = 0) =>
  new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(4)) - 1 + add, 1));

const known = new WeakMap<Db, Map<string, Promise<void>>>();

/** Makes sure the partitions of these months exist (each created once per process; races are harmless). */
export async function ensurePartitions(db: Db, months: Iterable<string>): Promise<void> {
  let cache = known.get(db);
  if (!cache) known.set(db, (cache = new Map()));
  const waits: Promise<void>[] = [];
  for (const m of months) {
    let p = cache.get(m);
    if (!p) {
      p = createPartition(db, m);
      cache.set(m, p);
      // A failed creation is tried again by the next batch that needs the month.
      p.catch(() => cache.delete(m));
    }
    waits.push(p);
  }
  await Promise.all(waits);
}

/** The current month and the next two: created at start so the first events of a month wait for nothing. */
export function monthsAhead(now: Date): string[] {
  return [0, 1, 2].map((i) => monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1))));
}

async function createPartition(db: Db, month: string): Promise<void> {
  if (!/^\d{6}$/.test(month)) throw new Error(`bad month ${month}`);
  const from = monthStart(month).toISOString();
  const to = monthStart(month, 1).toISOString();
  const create = sql.raw(
    `create table if not exists events_p${month} partition of events for values from ('${from}') to ('${to}')`,
  );
  try {
    // Its own short statement outside the writer's transactions: the parent's lock is held for a moment only.
    await db.execute(create);
  } catch (err) {
    // Another process created it between our check and our create (duplicate table / type): that is fine.
    const code = (err as { code?: string }).code;
    if (code !== '42P07' && code !== '23505') throw err;
  }
}

/** Names of the existing partitions, oldest first. */
export async function listPartitions(db: Db): Promise<string[]> {
  const found = await rows<{ name: string }>(
    db,
    sql`select c.relname as name from pg_inherits i
        join pg_class c on c.oid = i.inhrelid
        join pg_class p on p.oid = i.inhparent
        where p.relname = 'events' order by c.relname`,
  );
  return found.map((r) => r.name);
}

/**
 * Retention: drops every whole partition of a month before the window (the current month and the
 * `retentionMonths` before it are kept), and the event keys and visits of that time. Returns the partitions dropped.
 */
export async function prunePartitions(db: Db, retentionMonths: number, now = new Date()): Promise<string[]> {
  const keepFrom = retentionStart(now, retentionMonths);
  const oldest = `events_p${monthKey(keepFrom)}`;
  const dropped: string[] = [];
  for (const name of await listPartitions(db)) {
    if (!/^events_p\d{6}$/.test(name) || name >= oldest) continue;
    await db.execute(sql.raw(`drop table if exists ${name}`));
    known.get(db)?.delete(name.slice('events_p'.length));
    dropped.push(name);
  }
  await db.execute(sql`delete from event_keys where time < ${keepFrom}`);
  await db.execute(sql`delete from visits where started_at < ${keepFrom}`);
  await db.execute(sql`delete from event_day_marks where day < ${keepFrom.toISOString().slice(0, 10)}`);
  // Only today's hour marks are read (memo.ts): a week's are kept for a clock that is off.
  await db.execute(
    sql`delete from event_hour_marks where hour < ${now.toISOString()}::timestamptz - interval '7 days'`,
  );
  await db.execute(sql`delete from signal_memos where computed_at < now() - ${sql.raw(MAX_AGE)}`);
  return dropped;
}
