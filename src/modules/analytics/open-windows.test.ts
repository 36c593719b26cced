import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { WsCtx } from '../../core/context.ts';
import { rows } from '../../db/sql.ts';
import { activeCounts, activePersons, hourCut } from './active.ts';
import { launchAdoption, windowAdoption } from './adoption.ts';
import { retention } from './retention.ts';
import { signalCondition } from './signal.ts';
import { insertFixtures, type Persons } from './testing.ts';
import { forgetMemos, markHour, memoCount, testCtx } from './memo-testing.ts';

/**
 * Windows still open (active.ts openCut): `now` is 20 November 2026 15:00 UTC, so [1 Nov, 21 Nov) is its part
 * that is over, [1 Nov, 20 Nov) (a memo), plus what today adds. The decomposed answers equal the raw
 * computation over the whole window, with events in both parts: a visit across midnight, persons seen before
 * and again today, persons new today, a signal first shown today, a bot. Today's part splits again at 14:00
 * (active.ts hourCut: the last hour settled at 15:00): [20 Nov, 14:00) a memo kept by the hour marks.
 */

let env: TestEnv;
let team: Team;
let persons: Persons;
const ctx = (): WsCtx => testCtx(env.database.db, team.workspaceId);
const now = new Date('2026-11-20T15:00:00Z');
const d = (day: string) => new Date(`${day}T00:00:00.000Z`);
const a = { event: 'a_used', filter: {} };
const b = { event: 'b_used', filter: { plan: 'pro' } };
const range = { from: d('2026-11-01'), to: d('2026-11-21') };
const windows = [
  range,
  { from: d('2026-11-20'), to: d('2026-11-21') },
  { from: d('2026-11-16'), to: d('2026-11-23') },
  { from: d('2026-11-19'), to: d('2026-11-20') },
  { from: d('2026-10-01'), to: d('2026-11-01') },
];

/** The raw figures over a whole window: active persons, and of them those with each signal's events. */
async function raw(from: Date, to: Date, signals: (typeof a | typeof b)[]) {
  const ws = team.workspaceId;
  const [r] = await rows<{ n: number[] }>(
    env.database.db,
    sql`with act as (${activePersons(ws, from, to)})
        select array[(select count(*) from act)${sql.join(
          signals.map(
            (s) => sql`, (select count(distinct e.person_id) from events e
              where e.workspace_id = ${ws} and not e.is_bot and ${signalCondition(s)}
                and e.time >= ${from.toISOString()}::timestamptz and e.time < ${to.toISOString()}::timestamptz
                and e.person_id in (select person_id from act))`,
          ),
          sql``,
        )}]::int[] as n`,
  );
  return r!.n.map(Number);
}

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Open windows');
  persons = await insertFixtures(env.database.db, team.workspaceId, [
    { person: 'p1', name: 'a_used', at: '2026-11-05T10:00:00Z' },
    { person: 'p1', name: '$pageview', at: '2026-11-20T09:00:00Z' },
    { person: 'p2', name: '$pageview', at: '2026-11-06T10:00:00Z' },
    { person: 'p2', name: 'a_used', at: '2026-11-20T10:00:00Z' },
    { person: 'p3', name: 'a_used', at: '2026-11-20T11:00:00Z', session: 's3' },
    { person: 'p3', name: 'b_used', at: '2026-11-20T11:05:00Z', session: 's3', properties: { plan: 'pro' } },
    { person: 'p4', name: '$pageview', at: '2026-11-19T23:50:00Z', session: 'night' },
    {
      person: 'p4',
      name: 'b_used',
      at: '2026-11-20T00:10:00Z',
      session: 'night',
      properties: { plan: 'pro' },
    },
    { person: 'p5', name: 'b_used', at: '2026-11-20T12:00:00Z', properties: { plan: 'free' } },
    { person: 'p6', name: '$pageview', at: '2026-10-31T23:55:00Z', session: 'edge' },
    { person: 'p6', name: '$pageview', at: '2026-11-01T00:05:00Z', session: 'edge' },
    { person: 'p7', name: 'b_used', at: '2026-11-10T10:00:00Z', properties: { plan: 'pro' } },
    { person: 'bot', name: 'a_used', at: '2026-11-20T13:00:00Z', bot: true },
  ]);
});
afterAll(() => env.close());

describe('windows still open', () => {
  it('hourCut: the last whole hour ten minutes ago, past the day’s start and a visit gap before the end', () => {
    const w = { cut: d('2026-11-20'), to: d('2026-11-21') };
    const at = (iso: string) => hourCut(w, new Date(iso))?.toISOString() ?? null;
    expect(at('2026-11-20T12:07:00Z')).toBe('2026-11-20T11:00:00.000Z');
    expect(at('2026-11-20T12:12:00Z')).toBe('2026-11-20T12:00:00.000Z');
    expect(at('2026-11-20T01:05:00Z')).toBeNull(); // 00:00 is the day's start: nothing to keep yet
    expect(at('2026-11-20T01:15:00Z')).toBe('2026-11-20T01:00:00.000Z');
    expect(
      hourCut(
        { cut: d('2026-11-20'), to: new Date('2026-11-20T12:20:00Z') },
        new Date('2026-11-20T12:15:00Z'),
      ),
    ).toBeNull();
  });

  it('activeCounts: the part that is over plus today equals the raw count, memo or not', async () => {
    const expected = await Promise.all(windows.map(async (w) => (await raw(w.from, w.to, []))[0]));
    expect(expected.slice(0, 3)).toEqual([7, 5, 5]);
    expect(await activeCounts(ctx(), windows, now)).toEqual(expected);
    // Read again: the parts that are over come from their memos.
    expect(await activeCounts(ctx(), windows, now)).toEqual(expected);
  });

  it('windowAdoption: active and each signal’s users equal the raw computation, memo or not', async () => {
    const expected = await raw(range.from, range.to, [a, b]);
    expect(expected).toEqual([7, 3, 3]);
    const answer = { active: expected[0], used: expected.slice(1) };
    expect(await windowAdoption(ctx(), [a, b], range.from, range.to, now)).toEqual(answer);
    expect(await windowAdoption(ctx(), [b, a], range.from, range.to, now)).toEqual({
      active: expected[0],
      used: [expected[2], expected[1]],
    });
    // A window that starts today has no part that is over.
    const today = { from: d('2026-11-20'), to: d('2026-11-21') };
    const t = await raw(today.from, today.to, [a, b]);
    expect(await windowAdoption(ctx(), [a, b], today.from, today.to, now)).toEqual({
      active: t[0],
      used: t.slice(1),
    });
  });

  it('launchAdoption: a side still open equals the raw computation; customers keep the raw form', async () => {
    // Launch on 2 November: its after side, [2 Nov, 30 Nov), is over; on 10 November, [10 Nov, 8 Dec) is open.
    for (const date of ['2026-11-02', '2026-11-10']) {
      const at = d(date);
      const end = new Date(at.getTime() + 28 * 86_400_000);
      const r = await raw(at, end, [a, b]);
      const [sides] = await launchAdoption(ctx(), [{ date, signals: [b, a] }], { now });
      expect(sides!.after.map((s) => [s.persons, s.activePersons])).toEqual([
        [r[2], r[0]],
        [r[1], r[0]],
      ]);
      const [withCustomers] = await launchAdoption(ctx(), [{ date, signals: [b, a] }], {
        now,
        customers: true,
      });
      expect(withCustomers!.after.map((s) => [s.persons, s.activePersons])).toEqual([
        [r[2], r[0]],
        [r[1], r[0]],
      ]);
    }
  });

  it('retention: the current period (its days that are over + today) equals the raw events', async () => {
    const queries = [
      { interval: 'week' as const, cohort: 'first_seen' as const, from: '2026-10-01' },
      { interval: 'week' as const, cohort: 'first_seen' as const, from: '2026-10-01', returnEvent: 'b_used' },
      { interval: 'month' as const, cohort: 'first_seen' as const, from: '2026-09-01' },
    ];
    for (const q of queries) {
      const fresh = await retention(ctx(), q, now, 'events');
      expect(await retention(ctx(), q, now)).toEqual(fresh);
      expect(await retention(ctx(), q, now)).toEqual(fresh);
    }
    const week = await retention(ctx(), queries[0]!, now, 'events');
    // The week of 16 November: p4 first seen on the 19th (its days that are over), p3 and p5 today.
    expect(week.cohorts[7]!.size).toBe(3);
    // Week of 2 November (p1, p2) back today; week of 26 October (p6 on the 31st) not back.
    expect(week.cohorts[5]!.returning[2]).toBe(2);
  });

  it('an event written today counts on the next read (its part is read raw)', async () => {
    await insertFixtures(
      env.database.db,
      team.workspaceId,
      [
        { person: 'p7', name: '$pageview', at: '2026-11-20T14:00:00Z' },
        { person: 'p8', name: 'b_used', at: '2026-11-20T14:30:00Z', properties: { plan: 'pro' } },
      ],
      { known: persons },
    );
    const expected = await raw(range.from, range.to, [a, b]);
    expect(expected).toEqual([8, 3, 4]);
    expect(await windowAdoption(ctx(), [a, b], range.from, range.to, now)).toEqual({
      active: expected[0],
      used: expected.slice(1),
    });
    expect((await activeCounts(ctx(), [range], now))[0]).toBe(8);
  });

  it('today up to the last settled hour is a memo, kept while its hours’ marks stay', async () => {
    const [db, ws] = [env.database.db, team.workspaceId];
    await forgetMemos(db, ws);
    const [expected] = await raw(range.from, range.to, []);
    expect(await activeCounts(ctx(), [range], now)).toEqual([expected]);
    // [1 Nov, 20 Nov) and [20 Nov, 14:00); nothing of what follows.
    expect(await memoCount(db, ws)).toBe(2);
    // p9, first seen at 10:30 today, written without its hour's mark: the memo still answers (stale, not wrong).
    await insertFixtures(db, ws, [{ person: 'p9', name: '$pageview', at: '2026-11-20T10:30:00Z' }], {
      known: persons,
    });
    expect(await activeCounts(ctx(), [range], now)).toEqual([expected]);
    // Once the writer's mark of 10:00 is there, the memo is made again.
    await markHour(db, ws, '2026-11-20T10:00:00Z');
    const [more] = await raw(range.from, range.to, [a, b]);
    expect(more).toBe(expected! + 1);
    expect(await activeCounts(ctx(), [range], now)).toEqual([more]);
    expect((await windowAdoption(ctx(), [a, b], range.from, range.to, now)).active).toBe(more);
    // A mark of 14:00 (past the cut) is not one the memo is kept by; one of 13:00 still settling keeps none.
    await markHour(db, ws, '2026-11-20T14:00:00Z', '1 minute');
    const count = await memoCount(db, ws);
    expect(await activeCounts(ctx(), [range], now)).toEqual([more]);
    await markHour(db, ws, '2026-11-20T13:00:00Z', '1 minute');
    await forgetMemos(db, ws);
    expect(await activeCounts(ctx(), [range], now)).toEqual([more]);
    expect(await memoCount(db, ws)).toBe(1);
    expect(count).toBeGreaterThan(1);
  });
});
