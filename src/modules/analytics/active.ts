import { type SQL, sql } from 'drizzle-orm';
import { batched } from '../../core/batched.ts';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { type MemoItem, memoizeAll, memoKey } from './memo.ts';
import { type Interval, isoDay, periodIndex } from './periods.ts';

/**
 * Who was active in which period: (person_id, pi) pairs, pi = the period's index from `start`, over
 * [start, end). Any event → the visits rollup (kept by the writer beside the events): a visit is a chain of a
 * person's events less than 30 minutes apart, so a visit overlapping a period of a week or more has an event
 * in it, and its first and last periods (with any between) are exactly the periods its events fall in.
 * Visits are read from 31 days before `start`: a visit running longer than that is a bot's, left out anyway.
 * A chosen event → the events themselves (events_name_idx). `source: 'events'` forces the raw events, for
 * the test that keeps the rollup exact.
 */
export function activePairs(
  ws: string,
  interval: Interval,
  start: Date,
  end: Date,
  options: { event?: string; source?: 'visits' | 'events' } = {},
): SQL {
  const [s, e] = [start.toISOString(), end.toISOString()];
  if (options.event || options.source === 'events') {
    const name = options.event ? sql`and e.name = ${options.event}` : sql``;
    return sql`select e.person_id, ${periodIndex(interval, start, sql`e.time`)} as pi from events e
      where e.workspace_id = ${ws} and e.time >= ${s}::timestamptz and e.time < ${e}::timestamptz
        and not e.is_bot ${name}
      group by 1, 2`;
  }
  const first = periodIndex(interval, start, sql`v.started_at`);
  const last = periodIndex(interval, start, sql`v.ended_at`);
  return sql`select v.person_id, generate_series(greatest(${first}, 0), least(${last}, ${periodIndex(interval, start, sql`${e}::timestamptz - interval '1 millisecond'`)})) as pi
    from visits v
    where v.workspace_id = ${ws} and v.started_at >= ${s}::timestamptz - interval '31 days'
      and v.started_at < ${e}::timestamptz and v.ended_at >= ${s}::timestamptz and not v.is_bot
    group by 1, 2`;
}

/**
 * SQL: the distinct persons active (any event) in [start, end): those with a visit overlapping it (the same
 * persons activePairs gives, without a row per period). A window still open is split where the figure
 * allows it (openCut): its part that is over, a memo, and today's persons probed one by one.
 */
export function activePersons(ws: string, start: Date, end: Date): SQL {
  const [s, e] = [start.toISOString(), end.toISOString()];
  return sql`select distinct v.person_id from visits v
    where v.workspace_id = ${ws} and not v.is_bot and v.started_at >= ${s}::timestamptz - interval '31 days'
      and v.started_at < ${e}::timestamptz and v.ended_at >= ${s}::timestamptz`;
}

type Span = { from: Date; to: Date };
const DAY_MS = 86_400_000;
/** A visit ends after 30 minutes without an event (events/sessions.ts VISIT_GAP_MS). */
const GAP_MS = 30 * 60_000;

/**
 * Where a window still open splits: the start of today (UTC), when the window holds it and runs at least a
 * visit gap past it; null for a window that is over (a memo) or that this form does not fit (computed raw).
 * [from, cut) is then a window that is over (a memo), and [cut, to) is read from today's events.
 */
export function openCut(w: Span, now: Date): Date | null {
  if (w.to.getTime() <= now.getTime()) return null;
  const cut = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  if (w.from.getTime() > cut.getTime() || w.to.getTime() - cut.getTime() < GAP_MS) return null;
  return cut;
}

const HOUR_MS = 3_600_000;
/**
 * How long after an hour ends today's memos move past it: SETTLE (attribution/rollups.ts, 5 minutes: a mark
 * younger keeps no memo) after the hour's last events are written, which the senders' batching delays a
 * little past the hour (SDKs flush every few seconds to a minute). Until then the hour before is the cut.
 */
const HOUR_LAG_MS = 10 * 60_000;

/**
 * Where today's part [cut, to) of a window still open splits again: the last whole hour before now −
 * HOUR_LAG_MS, when it lies past the cut and a visit gap before `to`; null otherwise. [cut, hour) is then a
 * memo kept by the hour marks (memo.ts), made about once an hour; only [hour, to) is read each time.
 */
export function hourCut(w: { cut: Date; to: Date }, now: Date): Date | null {
  const hour = Math.floor((now.getTime() - HOUR_LAG_MS) / HOUR_MS) * HOUR_MS;
  return hour > w.cut.getTime() && w.to.getTime() - hour >= GAP_MS ? new Date(hour) : null;
}

/**
 * What today adds to windows still open, in two parts split at hourCut: up to that hour, one memo per window
 * (kept by the hour marks, so computed about once an hour), and since it, computed each time. `added(list)`
 * answers, for each window [from, to) cut at `cut`, what [cut, to) adds over [from, cut); the figures are
 * counts of sets that only grow as a window's end moves on, so what [cut, hour) adds and what [hour, to) adds
 * over [from, hour) sum to what [cut, to) adds (`plus`). `key` names the figure (its definition, memoKey
 * parts); the memos of all windows are read in one statement and the missing ones computed in one `added`.
 */
export async function addedToday<W extends { from: Date; cut: Date; to: Date }, T>(
  ctx: WsCtx,
  windows: W[],
  figure: { key: (w: W) => string; added: (list: W[]) => Promise<T[]>; plus: (a: T, b: T) => T },
  now: Date,
  /** How the memos are read and kept: memoizeAll, or a caller's batch of them (metrics/figures.ts). */
  memo: (items: MemoItem<T>[]) => Promise<T[]> = (items) => memoizeAll(ctx, items, now),
): Promise<T[]> {
  if (!windows.length) return [];
  const hours = windows.map((w) => hourCut(w, now));
  const early = batched(
    (w: W) => JSON.stringify([figure.key(w), w.from, w.cut, w.to]),
    (list: W[]) => figure.added(list),
  );
  const [kept, late] = await Promise.all([
    memo(
      windows.flatMap((w, n) => {
        const hour = hours[n];
        if (!hour) return [];
        const item = { ...w, to: hour };
        return [
          { key: memoKey(figure.key(w), 'today', w.cut), from: w.from, to: hour, compute: () => early(item) },
        ];
      }),
    ),
    figure.added(windows.map((w, n) => (hours[n] ? { ...w, cut: hours[n] } : w))),
  ]);
  let k = 0;
  return windows.map((_, n) => (hours[n] ? figure.plus(kept[k++]!, late[n]!) : late[n]!));
}

/**
 * SQL: the persons with an event (bots too: candidates only) in [cut, to), as `person_id`: everyone a window
 * still open may add past its part that is over. A visit overlapping [cut, to) has an event in it (its events
 * are less than a visit gap apart and openCut keeps [cut, to) at least that long), and a new signal event is
 * an event; each candidate is then probed by person (visits_person_idx, events_person_idx).
 */
export function todaysPersons(ws: string, cut: Date, to: Date): SQL {
  return sql`select distinct e.person_id from events e
    where e.workspace_id = ${ws} and e.time >= ${cut.toISOString()}::timestamptz
      and e.time < ${to.toISOString()}::timestamptz and e.person_id is not null`;
}

/**
 * SQL: a lateral join (alias `x`) over the visits of `t.person_id` (one scan of visits_person_idx) answering,
 * for each window n, `x.a{n}`: active (a visit overlapping, as activePersons reads it) over the whole window
 * [from, to), and `x.c{n}`: over its part that is over, [from, cut) (false when that part is empty).
 * Whole = part ∪ [cut, to).
 */
export function activeFlags(ws: string, windows: { from: Date; cut: Date; to: Date }[]): SQL {
  const iso = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const overlap = (reach: Date, start: Date, end: Date) =>
    sql`coalesce(bool_or(o.started_at >= ${iso(reach)} - interval '31 days' and o.started_at < ${iso(end)}
      and o.ended_at >= ${iso(start)}), false)`;
  const flags = windows.flatMap((w, n) => [
    sql`${overlap(w.from, w.from, w.to)} as ${sql.raw(`a${n}`)}`,
    sql`${w.cut.getTime() > w.from.getTime() ? overlap(w.from, w.from, w.cut) : sql`false`} as ${sql.raw(`c${n}`)}`,
  ]);
  const first = new Date(Math.min(...windows.map((w) => w.from.getTime())));
  const last = new Date(Math.max(...windows.map((w) => w.to.getTime())));
  return sql`cross join lateral (select ${sql.join(flags, sql`, `)} from visits o
    where o.workspace_id = ${ws} and o.person_id = t.person_id and not o.is_bot
      and o.started_at >= ${iso(first)} - interval '31 days' and o.started_at < ${iso(last)}) x`;
}

/**
 * How many persons were active (any event, the visits rollup: a visit overlapping the window) in each window
 * [from, to): each a memo (analytics/memo.ts), so a window that is over is counted once while its days' marks
 * stay. The windows missing are counted together in one statement: the day-long ones through one
 * generate_series over their span (a visit counts on every UTC day it touches), the others each on its own.
 * A window still open (openCut) is its part that is over (a memo, [from, today)) plus the persons today adds:
 * active in the window and not in that part, found among today's persons by one probe each (one statement
 * for all open windows), up to the last settled hour a memo (addedToday).
 */
export async function activeCounts(ctx: WsCtx, windows: Span[], now = new Date()): Promise<number[]> {
  const count = batched(
    (w: Span) => `${w.from.toISOString()}/${w.to.toISOString()}`,
    (missing: Span[]) => countActive(ctx, missing),
  );
  const cuts = windows.map((w) => openCut(w, now));
  const kept = windows.map((w, n) => ({ from: w.from, to: cuts[n] ?? w.to }));
  const open = windows.flatMap((w, n) => (cuts[n] ? [{ ...w, cut: cuts[n] }] : []));
  const [closed, added] = await Promise.all([
    memoizeAll(
      ctx,
      kept.flatMap((w) =>
        w.to.getTime() > w.from.getTime()
          ? [{ key: memoKey('active-persons'), from: w.from, to: w.to, compute: () => count(w) }]
          : [],
      ),
      now,
    ),
    addedToday(
      ctx,
      open,
      {
        key: () => memoKey('active-persons added'),
        added: (list) => addedActive(ctx, list),
        plus: (a, b) => a + b,
      },
      now,
    ),
  ]);
  let [c, a] = [0, 0];
  return kept.map((w, n) => {
    const part = w.to.getTime() > w.from.getTime() ? closed[c++]! : 0;
    return part + (cuts[n] ? added[a++]! : 0);
  });
}

/**
 * Per open window, the persons active in it who were not in its part that is over: one statement, one pass over
 * today's persons and one probe of each one's visits for all the windows.
 */
async function addedActive(ctx: WsCtx, open: (Span & { cut: Date })[]): Promise<number[]> {
  if (!open.length) return [];
  const ws = ctx.workspaceId;
  const cut = new Date(Math.min(...open.map((w) => w.cut.getTime())));
  const to = new Date(Math.max(...open.map((w) => w.to.getTime())));
  const counts = open.map((_, n) => sql`count(*) filter (where ${sql.raw(`x.a${n} and not x.c${n}`)})`);
  const [found] = await rows<{ n: (string | number)[] }>(
    ctx.db,
    sql`select array[${sql.join(counts, sql`, `)}]::bigint[] as n
        from (${todaysPersons(ws, cut, to)}) t ${activeFlags(ws, open)}`,
  );
  return open.map((_, n) => Number(found?.n[n] ?? 0));
}

async function countActive(ctx: WsCtx, windows: Span[]): Promise<number[]> {
  const ws = ctx.workspaceId;
  const visits = (s: string, e: string) => sql`from visits v
    where v.workspace_id = ${ws} and not v.is_bot and v.started_at >= ${s}::timestamptz - interval '31 days'
      and v.started_at < ${e}::timestamptz and v.ended_at >= ${s}::timestamptz`;
  const isDay = (w: Span) => w.to.getTime() - w.from.getTime() === DAY_MS && w.from.getTime() % DAY_MS === 0;
  const days = windows.filter(isDay);
  const parts: SQL[] = [];
  if (days.length) {
    const times = days.map((d) => d.from.getTime());
    const [first, last] = [isoDay(new Date(Math.min(...times))), isoDay(new Date(Math.max(...times)))];
    const end = new Date(Math.max(...times) + DAY_MS).toISOString();
    parts.push(sql`select 'd' || d::date::text as k, count(distinct person_id)::int as n from (
        select v.person_id, generate_series(greatest((v.started_at at time zone 'UTC')::date, ${first}::date),
          least((v.ended_at at time zone 'UTC')::date, ${last}::date), interval '1 day') as d
        ${visits(`${first}T00:00:00.000Z`, end)}) x group by 1`);
  }
  windows.forEach((w, n) => {
    if (isDay(w)) return;
    parts.push(
      sql`select ${`w${n}`}::text as k, count(distinct v.person_id)::int as n ${visits(w.from.toISOString(), w.to.toISOString())}`,
    );
  });
  const found = await rows<{ k: string; n: number }>(ctx.db, sql.join(parts, sql` union all `));
  const byKey = new Map(found.map((f) => [f.k, Number(f.n)]));
  return windows.map((w, n) => byKey.get(isDay(w) ? `d${isoDay(w.from)}` : `w${n}`) ?? 0);
}
