import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { WsCtx } from '../../core/context.ts';
import { activeCounts } from './active.ts';
import { launchAdoption } from './adoption.ts';
import { retention } from './retention.ts';
import { insertFixtures, type Persons } from './testing.ts';
import { forgetMemos, markDay, memoCount, testCtx } from './memo-testing.ts';

/**
 * The memoized figures of the product dashboards (analytics/memo.ts): a launch's adoption sides, active
 * persons per window and the closed periods of retention. A launch on 15 September 2026: before = 18 Aug … 14 Sep, after = 15 Sep … 12 Oct; `now`
 * is 1 December 2026, so both sides are over. Before: p1 (a), p2 (a, b), p3 (visits only). After: p1 (b), p4 (a).
 * A memo answers what a fresh computation answers; an event written into a window without its day's mark is
 * not seen (the memo was read), and once the day is marked the next read counts it.
 */

let env: TestEnv;
let team: Team;
let persons: Persons;
const ctx = (): WsCtx => testCtx(env.database.db, team.workspaceId);
const now = new Date('2026-12-01T12:00:00Z');
const a = { event: 'a_used', filter: {} };
const b = { event: 'b_used', filter: { plan: 'pro' } };
const launch = { date: '2026-09-15', signals: [a, b] };

const mark = (day: string, age?: string) => markDay(env.database.db, team.workspaceId, day, age);
const forget = () => forgetMemos(env.database.db, team.workspaceId);
const memos = () => memoCount(env.database.db, team.workspaceId);
const rates = (r: Awaited<ReturnType<typeof launchAdoption>>) =>
  r.map((l) => ({
    before: l.before.map((s) => [s.persons, s.activePersons]),
    after: l.after.map((s) => [s.persons, s.activePersons]),
  }));

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Adoption memos');
  persons = await insertFixtures(env.database.db, team.workspaceId, [
    { person: 'p1', name: 'a_used', at: '2026-09-01T10:00:00Z' },
    { person: 'p2', name: 'a_used', at: '2026-09-02T10:00:00Z' },
    { person: 'p2', name: 'b_used', at: '2026-09-02T10:05:00Z', session: 's', properties: { plan: 'pro' } },
    { person: 'p3', name: '$pageview', at: '2026-09-14T23:50:00Z', session: 'late' },
    { person: 'p1', name: 'b_used', at: '2026-09-20T10:00:00Z', properties: { plan: 'pro' } },
    { person: 'p1', name: 'b_used', at: '2026-09-21T10:00:00Z', properties: { plan: 'free' } },
    { person: 'p4', name: 'a_used', at: '2026-10-01T10:00:00Z' },
    { person: 'bot', name: 'a_used', at: '2026-10-02T10:00:00Z', bot: true },
  ]);
});
afterAll(() => env.close());

describe('launchAdoption', () => {
  it('counts each side once for all features, keeps closed sides, and answers them as computed fresh', async () => {
    const first = await launchAdoption(ctx(), [launch], { now });
    expect(rates(first)).toEqual([
      {
        before: [
          [2, 3],
          [1, 3],
        ],
        after: [
          [1, 2],
          [1, 2],
        ],
      },
    ]);
    expect(first[0]!.before[0]).toMatchObject({ from: '2026-08-18', to: '2026-09-14', rate: 2 / 3 });
    expect(first[0]!.after[1]).toMatchObject({ from: '2026-09-15', to: '2026-10-12', rate: 0.5 });
    expect(await memos()).toBe(2);
    // The memo answers the same, in any order of the signals; the raw events agree with the visits rollup.
    const again = await launchAdoption(ctx(), [{ ...launch, signals: [b, a] }], { now });
    expect(rates(again)[0]!.before).toEqual([
      [1, 3],
      [2, 3],
    ]);
    // Two launches of the same date share the sides (the same memos): each answers its own features.
    const split = await launchAdoption(
      ctx(),
      [
        { date: launch.date, signals: [b] },
        { date: launch.date, signals: [a] },
      ],
      { now },
    );
    expect(split.map((l) => [l.before[0]!.persons, l.after[0]!.persons])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect(await memos()).toBe(2);
    await forget();
    expect(rates(await launchAdoption(ctx(), [launch], { now }))).toEqual(rates(first));
    expect(rates(await launchAdoption(ctx(), [launch], { now, source: 'events' }))).toEqual(rates(first));
  });

  it('computes again once an event of a side is written (its day marked)', async () => {
    await forget();
    const before = rates(await launchAdoption(ctx(), [launch], { now }));
    await insertFixtures(
      env.database.db,
      team.workspaceId,
      [{ person: 'p3', name: 'a_used', at: '2026-09-10T09:00:00Z' }],
      {
        known: persons,
      },
    );
    // Not marked: the memo is still what is read.
    expect(rates(await launchAdoption(ctx(), [launch], { now }))).toEqual(before);
    await mark('2026-09-10');
    const after = rates(await launchAdoption(ctx(), [launch], { now }));
    expect(after[0]!.before[0]).toEqual([3, 3]);
    expect(after[0]!.after).toEqual(before[0]!.after);
  });

  it('never keeps a side still open, and reads nothing for a launch without features', async () => {
    await forget();
    const open = await launchAdoption(ctx(), [launch, { date: '2026-09-01', signals: [] }], {
      now: new Date('2026-09-20T00:00:00Z'),
    });
    expect(open[1]).toEqual({ before: [], after: [] });
    // The before side, and the after side's days that are over (the open side itself is not kept).
    expect(await memos()).toBe(2);
  });
});

describe('activeCounts', () => {
  const day = (d: string) => ({
    from: new Date(`${d}T00:00:00Z`),
    to: new Date(new Date(`${d}T00:00:00Z`).getTime() + 86_400_000),
  });
  const windows = [
    day('2026-09-01'),
    day('2026-09-02'),
    day('2026-09-14'),
    { from: new Date('2026-09-14T00:00:00Z'), to: new Date('2026-09-21T00:00:00Z') },
    { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-10-01T00:00:00Z') },
  ];

  it('counts each window in one statement, keeps them, and answers them as computed fresh', async () => {
    await forget();
    const first = await activeCounts(ctx(), windows, now);
    // p3 on the 14th; p1 on the 20th and 21st; September: p1, p2, p3 (p3 again on the 10th).
    expect(first).toEqual([1, 1, 1, 2, 3]);
    expect(await memos()).toBe(5);
    expect(await activeCounts(ctx(), windows, now)).toEqual(first);
  });

  it('computes again once a day of the window is marked', async () => {
    await insertFixtures(
      env.database.db,
      team.workspaceId,
      [{ person: 'p4', name: '$pageview', at: '2026-09-02T11:00:00Z' }],
      {
        known: persons,
      },
    );
    expect(await activeCounts(ctx(), windows, now)).toEqual([1, 1, 1, 2, 3]);
    await mark('2026-09-02');
    // The 1st is beside the marked day, so it is counted again too (same answer); the 14th is not.
    expect(await activeCounts(ctx(), windows, now)).toEqual([1, 2, 1, 2, 4]);
    await forget();
    expect(await activeCounts(ctx(), windows, now)).toEqual([1, 2, 1, 2, 4]);
  });
});

describe('retention', () => {
  const q = { interval: 'week' as const, cohort: 'first_seen' as const, from: '2026-08-31' };

  it('keeps the periods that are over, counts the current one, and answers as computed fresh', async () => {
    await forget();
    // Wednesday of the sixth week: five weeks are over, the sixth is counted each time.
    const mid = new Date('2026-10-07T12:00:00Z');
    const first = await retention(ctx(), q, mid);
    // Size, then returns in the weeks begun (the sixth counted raw).
    expect(first.cohorts.slice(0, 6).map((c, i) => [c.size, ...c.returning.slice(0, 6 - i)])).toEqual([
      [2, 2, 0, 1, 1, 0, 0],
      [0, 0, 0, 0, 0, 0],
      [1, 1, 0, 0, 0],
      [0, 0, 0, 0],
      [1, 1, 0],
      [0, 0],
    ]);
    // The weeks that are over, the current week's days that are over, and today's part up to 11:00 (the last
    // hour settled at noon: active.ts hourCut); only what follows is read from the events each time.
    expect(await memos()).toBe(3);
    expect(await retention(ctx(), q, mid)).toEqual(first);
    await forget();
    expect(await retention(ctx(), q, mid, 'events')).toEqual(first);
    const over = await retention(ctx(), q, now);
    expect(await retention(ctx(), q, now)).toEqual(over);
    await forget();
    expect(await retention(ctx(), q, now)).toEqual(over);
  });

  it('counts a closed period again once a day of it is marked', async () => {
    const before = await retention(ctx(), q, now);
    await insertFixtures(
      env.database.db,
      team.workspaceId,
      [{ person: 'p1', name: '$pageview', at: '2026-09-08T09:00:00Z' }],
      {
        known: persons,
      },
    );
    expect(await retention(ctx(), q, now)).toEqual(before);
    await mark('2026-09-08', '30 minutes');
    const after = await retention(ctx(), q, now);
    expect(after.cohorts[0]!.returning[1]).toBe(before.cohorts[0]!.returning[1]! + 1);
  });
});
