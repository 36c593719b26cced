import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { SETTLE } from '../attribution/rollups.ts';
import { isoDay } from './periods.ts';

/**
 * Memos of figures derived from events over a window that is over (signal_memos, migration 0017). A count of
 * distinct persons over last month does not change unless events of last month are written again; the
 * writer marks every day whose events it wrote (event_day_marks, the same marks traffic_days is kept by), so a
 * memo records the latest mark over its window's days and the day before, and is good while that mark stays.
 * A window may also end at a whole hour inside a day (today's part up to an hour that is over): that day's
 * hours are then checked by their hour marks (event_hour_marks), the days before by their day marks.
 * The day before: a late event just before midnight can pull a visit that started on the window's first day
 * back out of the window. The day after is left out on purpose, or no window ending yesterday could be kept
 * while today is written: an event after the window's end can only lengthen a visit that started inside it
 * (persons, visits, leads, outcomes and their credit stay the same; events or pageviews per visit would not, so
 * such figures must not be memoized). The mark is read before the figure is computed: a write committed in
 * between leaves the memo stale, never wrong. Nothing is kept for a window still open (it ends after now) or
 * whose mark is younger than SETTLE (writes may be in flight). What the marks do not see (a person's customer
 * set later by an identify, a merge, a setting changed) is bounded by MAX_AGE, and by the caller putting every
 * definition the figure reads (a feature's signal, a metric's filters, the attribution model) into the key.
 * Values must be plain JSON (numbers, strings, null, arrays, objects): they come back parsed, not revived.
 */
/**
 * A week: long enough that a workspace's memos (all made by its first view) do not all expire on the same
 * morning and make that view count months of events again (a minute at 10M events, docs/benchmarks.md); short
 * enough to bound what the marks miss.
 */
export const MAX_AGE = "interval '7 days'";

export type MemoItem<T> = {
  /** What the figure is: memoKey(...) of its definition; the window is added here. */
  key: string;
  /** The window [from, to) the figure reads events of. */
  from: Date;
  to: Date;
  compute: () => Promise<T>;
};

/** A memo key: the figure's definition (any JSON-able parts), hashed. */
export function memoKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

type Found = {
  n: number;
  marked_at: string | null;
  settled: boolean;
  fresh: boolean;
  value: unknown;
  computed_at: string | null;
  size: number | null;
};

/**
 * Memo values this process read or kept lately, parsed and frozen, per database: a memo whose computed_at is
 * the one held is not sent again (a marketing period of 50,000 campaigns is 1.5 MB of JSON: tens of ms to
 * send and parse, and as much again to collect). The marks and age are checked in SQL each time as before;
 * only the value's transfer is saved. Bounded by the values' stored size (compressed as PostgreSQL keeps it, or
 * the JSON text of one kept here), the least recently used first.
 */
const held = new WeakMap<object, Map<string, { at: string; value: unknown; size: number }>>();
const HELD_BYTES = 32 * 1024 * 1024;

function hold(db: object, id: string, at: string, value: unknown, size: number) {
  const map = held.get(db) ?? held.set(db, new Map()).get(db)!;
  map.delete(id);
  map.set(id, { at, value: deepFreeze(value), size });
  let total = 0;
  for (const v of map.values()) total += v.size;
  for (const [k, v] of map) {
    if (total <= HELD_BYTES) break;
    map.delete(k);
    total -= v.size;
  }
}

/** Frozen all the way down: a value shared by requests must not be changed by one of them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Each item's figure: from its memo when the window is over and its days' mark has not moved, else computed
 * (in parallel) and, when settled, kept. One statement reads every memo and mark; one writes the new memos.
 */
export async function memoizeAll<T>(ctx: WsCtx, items: MemoItem<T>[], now = new Date()): Promise<T[]> {
  const ws = ctx.workspaceId;
  const keyOf = (i: MemoItem<T>) => memoKey(i.key, i.from.toISOString(), i.to.toISOString());
  const closed = items.flatMap((item, n) => (item.to.getTime() <= now.getTime() ? [{ item, n }] : []));
  const found = new Map<number, Found>();
  // The values held when the statement is made: another request may let one go meanwhile.
  const mine = held.get(ctx.db);
  const holding = new Map<string, { at: string; value: unknown }>();
  const heldOf = (key: string) => {
    const h = mine?.get(`${ws}|${key}`);
    if (h) holding.set(key, h);
    return h;
  };
  if (closed.length) {
    const list = sql.join(
      closed.map(({ item, n }) => {
        const { lastDay, hoursFrom } = markedSpan(item);
        return sql`(${n}::int, ${keyOf(item)}::text, ${isoDay(item.from)}::date, ${lastDay}::date,
          ${hoursFrom}::timestamptz, ${item.to.toISOString()}::timestamptz, ${heldOf(keyOf(item))?.at ?? null}::timestamptz)`;
      }),
      sql`, `,
    );
    const read = await rows<Found>(
      ctx.db,
      sql`select i.n, m.marked_at::text as marked_at,
            (m.marked_at is null or m.marked_at < now() - ${sql.raw(SETTLE)}) as settled,
            (s.key is not null and s.marked_at is not distinct from m.marked_at
              and s.computed_at > now() - ${sql.raw(MAX_AGE)}) as fresh,
            case when s.computed_at = i.held then null else s.value end as value,
            s.computed_at::text as computed_at,
            case when s.computed_at = i.held then null else pg_column_size(s.value) end as size
          from (values ${list}) as i (n, key, first_day, last_day, hours_from, hours_to, held)
          cross join lateral (
            select greatest(
              (select max(k.changed_at) from event_day_marks k
               where k.workspace_id = ${ws} and k.day between i.first_day - 1 and i.last_day),
              (select max(h.changed_at) from event_hour_marks h
               where h.workspace_id = ${ws} and h.hour >= i.hours_from and h.hour < i.hours_to)
            ) as marked_at
          ) m
          left join signal_memos s on s.workspace_id = ${ws} and s.key = i.key`,
    );
    for (const r of read) found.set(Number(r.n), r);
  }
  const values = await Promise.all(
    items.map(async (item, n) => {
      const memo = found.get(n);
      if (!memo?.fresh) return item.compute();
      const id = keyOf(item);
      if (memo.size === null) return holding.get(id)!.value as T;
      hold(ctx.db, `${ws}|${id}`, memo.computed_at!, memo.value, Number(memo.size));
      return memo.value as T;
    }),
  );
  const keys = new Set<string>();
  const keep = closed.filter(({ item, n }) => {
    const memo = found.get(n);
    const key = keyOf(item);
    if (!memo?.settled || memo.fresh || keys.has(key)) return false;
    keys.add(key);
    return true;
  });
  if (keep.length) {
    const texts = new Map(
      keep.map(({ item, n }) => [keyOf(item), { n, text: JSON.stringify(values[n] ?? null) }]),
    );
    const list = sql.join(
      keep.map(
        ({ item, n }) =>
          sql`(${ws}::uuid, ${keyOf(item)}::text, ${found.get(n)!.marked_at}::timestamptz, ${texts.get(keyOf(item))!.text}::jsonb)`,
      ),
      sql`, `,
    );
    const written = await rows<{ key: string; computed_at: string }>(
      ctx.db,
      sql`insert into signal_memos (workspace_id, key, marked_at, value) values ${list}
          on conflict (workspace_id, key) do update
            set marked_at = excluded.marked_at, value = excluded.value, computed_at = now()
          returning key, computed_at::text as computed_at`,
    );
    for (const w of written) {
      const t = texts.get(w.key)!;
      hold(ctx.db, `${ws}|${w.key}`, w.computed_at, values[t.n], t.text.length);
    }
  }
  return values;
}

const DAY_MS = 86_400_000;

/**
 * The marks a window's memo is kept by: the days from the one before `from` to `lastDay`, and, for a window
 * ending inside a day (today's part up to an hour that is over), that day's hours that start before `to`
 * (`hoursFrom` is then the day's start; for a window ending at midnight it is `to`: no hours).
 */
function markedSpan(item: { from: Date; to: Date }): { lastDay: string; hoursFrom: string } {
  const to = item.to.getTime();
  const dayStart = Math.floor(to / DAY_MS) * DAY_MS;
  if (dayStart === to) return { lastDay: isoDay(new Date(to - 1)), hoursFrom: item.to.toISOString() };
  return { lastDay: isoDay(new Date(dayStart - 1)), hoursFrom: new Date(dayStart).toISOString() };
}

/** One figure (see memoizeAll). */
export async function memoize<T>(ctx: WsCtx, item: MemoItem<T>, now = new Date()): Promise<T> {
  const [value] = await memoizeAll(ctx, [item], now);
  return value as T;
}
