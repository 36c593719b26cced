import { and, eq, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { row, rows } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { features } from '../features/schema.ts';
import { activePairs, activePersons, activeFlags, addedToday, openCut } from './active.ts';
import { memoizeAll, memoKey } from './memo.ts';
import { addPeriods, isoDay, periodIndex, periodStart } from './periods.ts';
import { type AdoptionSignal, columnsOf, signalCondition, signalOf } from './signal.ts';

/**
 * Feature adoption: of the persons (and customers) active in a week, how many used the feature, week by week
 * (UTC ISO weeks) from the week it shipped; and the four weeks before its launch against the four after (the
 * launch of the feature's release, if it has one). "Active" is any event; "used" is the adoption signal.
 * Persons belong to a customer through persons.customer_id. Bots are left out.
 */

export const DEFAULT_WEEKS = 12;
export const MAX_WEEKS = 52;
/** Weeks on each side of the launch date in the before/after comparison. */
export const LAUNCH_WEEKS = 4;
const DAY_MS = 86_400_000;

export type Usage = {
  persons: number;
  activePersons: number;
  /** persons / activePersons, null when nobody was active. */
  rate: number | null;
  customers: number;
  activeCustomers: number;
  customerRate: number | null;
};

export type Adoption = {
  featureId: string;
  signal: AdoptionSignal;
  /** When the feature became shipped (its status change in the activity log), null while it is not. */
  shippedAt: string | null;
  launch: { id: string; name: string; date: string } | null;
  weeks: (Usage & { start: string })[];
  beforeLaunch: (Usage & { from: string; to: string }) | null;
  afterLaunch: (Usage & { from: string; to: string }) | null;
};

/** Sets (or clears, with null) a feature's adoption signal: product management's, as any edit of the feature. */
export async function setAdoptionSignal(
  ctx: WsCtx,
  id: string,
  signal: AdoptionSignal,
  expected?: number,
): Promise<AdoptionSignal> {
  assertCan(ctx.role, 'feature', 'update');
  const before = await lockRow(ctx, features, id, 'Feature');
  await checkVersion(ctx, 'feature', before, expected);
  await ctx.db
    .update(features)
    .set({ ...columnsOf(signal), ...bump() })
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, id)));
  await recordActivity(ctx, {
    entityType: 'feature',
    entityId: id,
    action: 'updated',
    before: { adoptionSignal: signalOf(before) },
    after: { adoptionSignal: signal },
  });
  return signal;
}

/** When a feature became shipped: the first activity entry moving it (or creating it) there. */
async function shippedAt(ctx: WsCtx, featureId: string): Promise<Date | null> {
  const found = await row<{ at: Date | string }>(
    ctx.db,
    sql`select at from activity
        where workspace_id = ${ctx.workspaceId} and entity_type = 'feature' and entity_id = ${featureId}
          and changes->'status'->>'after' = 'shipped'
        order by id limit 1`,
  );
  return found ? new Date(found.at) : null;
}

/**
 * Usage over [from, to), in weeks counted from `from`, grouped by `bucket` (an expression of the week `pi`):
 * the active persons (the visits rollup, see active.ts) and, among them, those whose events show the signal;
 * with their customers.
 */
function usage(ws: string, signal: Exclude<AdoptionSignal, null>, source: 'visits' | 'events') {
  return (from: Date, to: Date, bucket: (pi: SQL) => SQL) => sql`
    with act as (${activePairs(ws, 'week', from, to, { source })}),
    used as (select e.person_id, ${periodIndex('week', from, sql`e.time`)} as pi from events e
      where e.workspace_id = ${ws} and e.time >= ${from.toISOString()}::timestamptz
        and e.time < ${to.toISOString()}::timestamptz and not e.is_bot and ${signalCondition(signal)}
      group by 1, 2)
    select ${bucket(sql`a.pi`)} as b,
      count(distinct a.person_id) as active_persons,
      count(distinct u.person_id) as persons,
      count(distinct p.customer_id) as active_customers,
      count(distinct p.customer_id) filter (where u.person_id is not null) as customers
    from act a
      left join used u on u.person_id = a.person_id and u.pi = a.pi
      left join persons p on p.workspace_id = ${ws} and p.id = a.person_id
    group by 1`;
}

type UsageRow = {
  b: number;
  active_persons: string | number;
  persons: string | number;
  active_customers: string | number;
  customers: string | number;
};

function present(r: UsageRow | undefined): Usage {
  const [persons, activePersons, customers, activeCustomers] = [
    r?.persons,
    r?.active_persons,
    r?.customers,
    r?.active_customers,
  ].map((v) => Number(v ?? 0)) as [number, number, number, number];
  return {
    persons,
    activePersons,
    rate: activePersons > 0 ? persons / activePersons : null,
    customers,
    activeCustomers,
    customerRate: activeCustomers > 0 ? customers / activeCustomers : null,
  };
}

/** A feature's adoption week by week since it shipped, and around its launch. */
export async function featureAdoption(
  ctx: WsCtx,
  id: string,
  weeks = DEFAULT_WEEKS,
  now = new Date(),
  /** 'events' reads activity from the raw events instead of the visits rollup (tests compare the two). */
  source: 'visits' | 'events' = 'visits',
) {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw invalidField('weeks', `Use 1 to ${MAX_WEEKS} weeks.`);
  }
  const [f] = await ctx.db
    .select()
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, id)));
  if (!f) throw notFound('Feature');
  const signal = signalOf(f);
  const shipped = f.status === 'shipped' ? ((await shippedAt(ctx, id)) ?? f.updatedAt) : null;
  const launch = f.releaseId
    ? await row<{ id: string; name: string; launch_date: string }>(
        ctx.db,
        sql`select id, name, launch_date::text from launches
            where workspace_id = ${ctx.workspaceId} and release_id = ${f.releaseId}`,
      )
    : undefined;
  const answer: Adoption = {
    featureId: id,
    signal,
    shippedAt: shipped?.toISOString() ?? null,
    launch: launch ? { id: launch.id, name: launch.name, date: launch.launch_date } : null,
    weeks: [],
    beforeLaunch: null,
    afterLaunch: null,
  };
  if (!signal) return answer;
  const of = usage(ctx.workspaceId, signal, source);
  if (shipped) {
    const first = periodStart('week', shipped);
    const current = periodStart('week', now);
    const count = Math.min(weeks, Math.floor((current.getTime() - first.getTime()) / (7 * DAY_MS)) + 1);
    const end = addPeriods('week', first, count);
    const found = await rows<UsageRow>(
      ctx.db,
      of(first, end, (pi) => pi),
    );
    const byWeek = new Map(found.map((r) => [Number(r.b), r]));
    answer.weeks = Array.from({ length: count }, (_, i) => ({
      start: isoDay(addPeriods('week', first, i)),
      ...present(byWeek.get(i)),
    }));
  }
  if (launch) {
    const [sides] = await launchAdoption(ctx, [{ date: launch.launch_date, signals: [signal] }], {
      customers: true,
      source,
      now,
    });
    answer.beforeLaunch = sides!.before[0]!;
    answer.afterLaunch = sides!.after[0]!;
  }
  return answer;
}

type Signal = Exclude<AdoptionSignal, null>;
type LaunchSide = Usage & { from: string; to: string };
/** One side of a launch: the active persons and, per signal, those who used it (customers when asked). */
type SideCounts = { active: number; used: number[]; activeCustomers: number; customers: number[] };

/**
 * Adoption around launches, for all of each launch's features at once: the persons active (any event, the
 * visits rollup) in the LAUNCH_WEEKS weeks before its date and in those from it, and among them those whose
 * events show each feature's signal: per side one pass over the active persons and one over the window's
 * events holding any of the signals (`bool_or` per signal); launches of one date share it. Customers (persons.customer_id) are counted only
 * when asked. Each side of each launch is a memo (analytics/memo.ts: its window's events, keyed by the sorted
 * signals): a side that is over is read back while its days' marks stay; a side still open is its part that
 * is over plus what today adds (windowCounts; without customers). All sides of all launches go through one
 * memoizeAll. Answers follow each launch's `signals` order.
 */
export async function launchAdoption(
  ctx: WsCtx,
  launches: { date: string; signals: Signal[] }[],
  options: { customers?: boolean; source?: 'visits' | 'events'; now?: Date } = {},
): Promise<{ before: LaunchSide[]; after: LaunchSide[] }[]> {
  const { customers = false, source = 'visits', now = new Date() } = options;
  // Launches of the same date share their sides: one statement a side for all their features.
  const dates = [...new Set(launches.map((l) => l.date))];
  const plans = dates.map((date) => {
    const at = new Date(`${date}T00:00:00.000Z`);
    const signals = launches.filter((l) => l.date === date).flatMap((l) => l.signals);
    const keys = [...new Set(signals.map((s) => JSON.stringify(s)))].sort();
    const from = new Date(at.getTime() - LAUNCH_WEEKS * 7 * DAY_MS);
    const to = new Date(at.getTime() + LAUNCH_WEEKS * 7 * DAY_MS);
    return { at, from, to, keys };
  });
  // A date without a feature to read needs no active persons either: no item, no sides.
  const windows = plans.flatMap(({ at, from, to, keys }) => {
    if (keys.length === 0) return [];
    return [
      { keys, from, to: at },
      { keys, from: at, to },
    ];
  });
  const counts = await windowCounts(ctx, windows, { customers, source, now });
  const sides = new Map<string, [SideCounts, SideCounts]>();
  let next = 0;
  plans.forEach((p, n) => {
    if (p.keys.length) sides.set(dates[n]!, [counts[next++]!, counts[next++]!]);
  });
  const lastDay = (d: Date) => isoDay(new Date(d.getTime() - DAY_MS));
  return launches.map((l) => {
    const { at, from, to, keys } = plans[dates.indexOf(l.date)]!;
    const found = sides.get(l.date);
    const side = (c: SideCounts, s: Date, e: Date) =>
      l.signals.map((signal): LaunchSide => {
        const i = keys.indexOf(JSON.stringify(signal));
        return {
          from: isoDay(s),
          to: lastDay(e),
          ...present({
            b: 0,
            active_persons: c.active,
            persons: c.used[i] ?? 0,
            active_customers: c.activeCustomers,
            customers: c.customers[i] ?? 0,
          }),
        };
      });
    if (!found || l.signals.length === 0) return { before: [], after: [] };
    return { before: side(found[0], from, at), after: side(found[1], at, to) };
  });
}

/**
 * The persons active in [from, to) and, per signal, those among them whose events show it (the figure of a
 * launch's side, rates only): one statement, a memo once the window is over. A window still open
 * (active.ts openCut) is its part that is over, [from, today) (a memo), plus what today adds (addedAdoption).
 * `used` follows `signals`.
 */
export async function windowAdoption(
  ctx: WsCtx,
  signals: Signal[],
  from: Date,
  to: Date,
  now = new Date(),
): Promise<{ active: number; used: number[] }> {
  const keys = [...new Set(signals.map((s) => JSON.stringify(s)))].sort();
  const [c] = await windowCounts(ctx, [{ keys, from, to }], { customers: false, source: 'visits', now });
  return { active: c!.active, used: signals.map((s) => c!.used[keys.indexOf(JSON.stringify(s))] ?? 0) };
}

/**
 * Each window's side counts (`keys`: its signals, JSON, sorted), all through one memoizeAll: a window that is
 * over is a memo; one still open (active.ts openCut, rates only: distinct customers do not add up) is its part
 * that is over, [from, today), a memo, plus what today adds (addedAdoption, one statement per open window;
 * up to the last settled hour a memo too, active.ts addedToday);
 * any other is computed.
 */
async function windowCounts(
  ctx: WsCtx,
  windows: { keys: string[]; from: Date; to: Date }[],
  options: { customers: boolean; source: 'visits' | 'events'; now: Date },
): Promise<SideCounts[]> {
  const { customers, source, now } = options;
  const plans = windows.map((w) => {
    const signals = w.keys.map((k) => JSON.parse(k) as Signal);
    const cut = !customers && source === 'visits' ? openCut(w, now) : null;
    return { ...w, signals, cut, end: cut ?? w.to };
  });
  const kept = plans.filter((p) => p.end.getTime() > p.from.getTime());
  const [counts, added] = await Promise.all([
    memoizeAll(
      ctx,
      kept.map((p) => ({
        key: memoKey('adoption', p.keys, customers, source),
        from: p.from,
        to: p.end,
        compute: () => sideCounts(ctx, p.signals, p.from, p.end, customers, source),
      })),
      now,
    ),
    addedToday(
      ctx,
      plans.flatMap((p) => (p.cut ? [{ ...p, cut: p.cut }] : [])),
      {
        key: (p) => memoKey('adoption added', p.keys),
        added: (list) => Promise.all(list.map((p) => addedAdoption(ctx, p.signals, p.from, p.cut, p.to))),
        plus: (a, b) => ({ active: a.active + b.active, used: a.used.map((u, i) => u + (b.used[i] ?? 0)) }),
      },
      now,
    ),
  ]);
  let a = 0;
  return plans.map((p) => {
    const k = kept.indexOf(p);
    const part: SideCounts =
      k >= 0
        ? counts[k]!
        : {
            active: 0,
            used: p.signals.map(() => 0),
            activeCustomers: 0,
            customers: customers ? p.signals.map(() => 0) : [],
          };
    const more = p.cut ? added[a++] : undefined;
    if (!more) return part;
    return {
      ...part,
      active: part.active + more.active,
      used: p.signals.map((_, i) => (part.used[i] ?? 0) + (more.used[i] ?? 0)),
    };
  });
}

/**
 * What [cut, to) adds to a window's adoption counts over its part [from, cut) that is over: the persons
 * active over [from, to) but not over [from, cut), and per signal those active and using it over [from, to)
 * but not both over [from, cut). Candidates are today's persons (as active.ts todaysPersons), each probed by
 * person: its visits (activeFlags, visits_person_idx) and, only for those new to the window or showing a
 * signal today, its signal events of the window (events_person_idx, one pass for all signals). One statement.
 */
async function addedAdoption(
  ctx: WsCtx,
  signals: Signal[],
  from: Date,
  cut: Date,
  to: Date,
): Promise<{ active: number; used: number[] }> {
  const ws = ctx.workspaceId;
  const conditions = signals.map(signalCondition);
  const flags = conditions.flatMap((cond, i) => [
    sql`coalesce(bool_or(${cond}), false) as ${sql.raw(`u${i}`)}`,
    sql`coalesce(bool_or(${cond}) filter (where e.time < ${cut.toISOString()}::timestamptz), false) as ${sql.raw(`p${i}`)}`,
  ]);
  const used = conditions.length
    ? sql`cross join lateral (select ${sql.join(flags, sql`, `)} from events e
        where e.workspace_id = ${ws} and e.person_id = t.person_id and not e.is_bot
          and e.time >= ${from.toISOString()}::timestamptz and e.time < ${to.toISOString()}::timestamptz
          and (${sql.join(conditions, sql` or `)})
          -- Only who may add: new to the window, or showing a signal today.
          and (not x.c0 or t.shown)) u`
    : sql``;
  // Today's persons, and whether their events of today show any signal.
  const shown = conditions.length
    ? sql`coalesce(bool_or(not e.is_bot and (${sql.join(conditions, sql` or `)})), false)`
    : sql`false`;
  const today = sql`select e.person_id, ${shown} as shown from events e
    where e.workspace_id = ${ws} and e.time >= ${cut.toISOString()}::timestamptz
      and e.time < ${to.toISOString()}::timestamptz and e.person_id is not null
    group by 1`;
  const figures = [
    sql`count(*) filter (where not x.c0)`,
    ...conditions.map(
      (_, i) => sql`count(*) filter (where ${sql.raw(`u.u${i}`)} and not (x.c0 and ${sql.raw(`u.p${i}`)}))`,
    ),
  ];
  const [found] = await rows<{ n: (string | number)[] }>(
    ctx.db,
    sql`select array[${sql.join(figures, sql`, `)}]::bigint[] as n
        from (${today}) t
          ${activeFlags(ws, [{ from, cut, to }])}
          ${used}
        where x.a0`,
  );
  const n = (found?.n ?? []).map(Number);
  return { active: n[0] ?? 0, used: conditions.map((_, i) => n[1 + i] ?? 0) };
}

/** One side's counts (see launchAdoption): one statement. */
async function sideCounts(
  ctx: WsCtx,
  signals: Signal[],
  from: Date,
  to: Date,
  customers: boolean,
  source: 'visits' | 'events',
): Promise<SideCounts> {
  const ws = ctx.workspaceId;
  const [s, e] = [from.toISOString(), to.toISOString()];
  // A visit overlapping the window has an event in it (activePairs): the same persons as the raw events give.
  const act =
    source === 'events'
      ? sql`select distinct e.person_id from events e
          where e.workspace_id = ${ws} and e.time >= ${s}::timestamptz and e.time < ${e}::timestamptz and not e.is_bot`
      : activePersons(ws, from, to);
  const conditions = signals.map(signalCondition);
  const used = conditions.length
    ? sql`select e.person_id, ${sql.join(
        conditions.map((c, i) => sql`bool_or(${c}) as ${sql.raw(`u${i}`)}`),
        sql`, `,
      )} from events e
        where e.workspace_id = ${ws} and e.time >= ${s}::timestamptz and e.time < ${e}::timestamptz
          and not e.is_bot and (${sql.join(conditions, sql` or `)})
        group by 1`
    : sql`select null::uuid as person_id where false`;
  const counted = (of: SQL) => conditions.map((_, i) => sql`${of} filter (where u.${sql.raw(`u${i}`)})`);
  const figures = [
    sql`count(*)`,
    ...counted(sql`count(*)`),
    ...(customers
      ? [sql`count(distinct p.customer_id)`, ...counted(sql`count(distinct p.customer_id)`)]
      : []),
  ];
  const [found] = await rows<{ n: (string | number)[] }>(
    ctx.db,
    sql`with act as (${act}), used as (${used})
        select array[${sql.join(figures, sql`, `)}]::bigint[] as n
        from act a left join used u on u.person_id = a.person_id
          ${customers ? sql`left join persons p on p.workspace_id = ${ws} and p.id = a.person_id` : sql``}`,
  );
  const n = (found?.n ?? []).map(Number);
  const k = conditions.length;
  return {
    active: n[0] ?? 0,
    used: n.slice(1, 1 + k),
    activeCustomers: customers ? (n[1 + k] ?? 0) : 0,
    customers: customers ? n.slice(2 + k, 2 + 2 * k) : [],
  };
}
