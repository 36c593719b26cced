import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAFFIC_CHANNELS } from '../../core/enums.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { raw, trafficBreakdown } from './breakdown.ts';
import { resolveWindow } from './query.ts';
import { TRAFFIC_DIMENSIONS } from './schema.ts';
import { signals } from './test-fixtures.ts';

let env: TestEnv;
let team: Team;
let s: ReturnType<typeof signals>;
const long_ago = '2026-01-01T00:00:00Z';

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  s = signals(env.database.db, team.workspaceId);
});
afterAll(() => env.close());

const traffic = (query: string) => team.viewer.get(`${team.ws}/traffic?${query}`);
const ctx = () => ({
  db: env.database.db,
  actor: { userId: '', name: '', email: '' },
  workspaceId: team.workspaceId,
  role: 'admin' as const,
});

describe('traffic breakdown', () => {
  it('counts visits, visitors and pageviews by channel and day, without bots, days with none at zero', async () => {
    const [ann, ben, bot] = [await s.person(), await s.person(), await s.person({ isBot: true })];
    await s.visit(ann, '2026-08-03T09:00:00Z', {
      channel: 'organic_search',
      referrer: 'google.com',
      pageviews: 3,
    });
    await s.visit(ann, '2026-08-03T15:00:00Z', {
      channel: 'organic_search',
      referrer: 'google.com',
      pageviews: 1,
    });
    await s.visit(ben, '2026-08-03T10:00:00Z', { channel: 'email', source: 'newsletter', pageviews: 2 });
    await s.visit(ben, '2026-08-05T10:00:00Z', {
      channel: 'organic_search',
      referrer: 'bing.com',
      pageviews: 1,
    });
    await s.visit(bot, '2026-08-03T10:00:00Z', { channel: 'organic_search', isBot: true, pageviews: 50 });
    const res = await traffic('from=2026-08-03&to=2026-08-05&by=channel&interval=day');
    expect(res.statusCode).toBe(200);
    expect(res.data.groups).toEqual([
      {
        key: 'organic_search',
        other: false,
        visits: 3,
        pageviews: 5,
        conversions: null,
        points: [
          { start: '2026-08-03', visits: 2, visitors: 1, pageviews: 4, conversions: null },
          { start: '2026-08-04', visits: 0, visitors: 0, pageviews: 0, conversions: null },
          { start: '2026-08-05', visits: 1, visitors: 1, pageviews: 1, conversions: null },
        ],
      },
      expect.objectContaining({ key: 'email', visits: 1, pageviews: 2 }),
    ]);
    const bySource = await traffic('from=2026-08-03&to=2026-08-05&by=source');
    expect(bySource.data.groups.map((g: { key: string }) => g.key)).toEqual([
      'google.com',
      'bing.com',
      'newsletter',
    ]);
    // Weeks start on Monday: 3 August 2026 is one; unique visitors over the week, not summed per day.
    const week = await traffic('from=2026-08-03&to=2026-08-09&interval=week');
    expect(week.data.groups[0].points).toEqual([
      { start: '2026-08-03', visits: 3, visitors: 2, pageviews: 5, conversions: null },
    ]);
  });

  it('shows the top groups and sums the rest as "other"; visits without a value are the null group', async () => {
    const p = await s.person();
    for (const [i, page] of ['/a', '/a', '/a', '/b', '/b', '/c', '/d'].entries())
      await s.visit(p, `2026-07-01T1${i}:00:00Z`, { page });
    await s.visit(p, '2026-07-01T18:00:00Z', { channel: 'direct' });
    const res = await traffic('from=2026-07-01&to=2026-07-01&by=page&limit=2&interval=month');
    const shape = res.data.groups.map((g: { key: string | null; other: boolean; visits: number }) => [
      g.key,
      g.other,
      g.visits,
    ]);
    expect(shape).toEqual([
      ['/a', false, 3],
      ['/b', false, 2],
      [null, true, 3],
    ]);
    expect(res.data.groups[0].points[0].start).toBe('2026-07-01');
    const campaigns = await traffic('from=2026-07-01&to=2026-07-01&by=campaign');
    expect(campaigns.data.groups).toEqual([expect.objectContaining({ key: null, other: false, visits: 8 })]);
  });

  it('credits conversions of a goal to the channels of their touches, unattributed ones to the null group', async () => {
    const goalId = await s.goal({ name: 'Demo', event: 'demo_booked' });
    const [a, b] = [await s.person(), await s.person()];
    await s.visit(a, '2026-06-01T09:00:00Z', { channel: 'paid_search' });
    await s.visit(a, '2026-06-03T09:00:00Z', { channel: 'email' });
    await s.event(a, 'demo_booked', '2026-06-03T10:00:00Z');
    await s.event(b, 'demo_booked', '2026-06-04T10:00:00Z');
    const res = await traffic(`from=2026-06-01&to=2026-06-30&interval=month&model=linear&goalId=${goalId}`);
    const byKey = Object.fromEntries(
      res.data.groups.map((g: { key: string | null; conversions: number }) => [String(g.key), g.conversions]),
    );
    expect(byKey).toEqual({ paid_search: 0.5, email: 0.5, null: 1 });
  });

  it('refuses bad dimensions and intervals (400) and a reversed range (422), naming the field', async () => {
    for (const [query, status, field] of [
      ['by=country', 400, 'by'],
      ['interval=hour', 400, 'interval'],
      ['limit=0', 400, 'limit'],
      ['from=2026-02-02&to=2026-02-01', 422, 'from'],
    ] as const) {
      const res = await traffic(query);
      expect(res.statusCode, query).toBe(status);
      expect(JSON.stringify(res.data.errors), query).toContain(field);
    }
  });
});

describe('daily rollup', () => {
  /** A seeded pseudo-random month of visits across channels, sources, campaigns, referrers and pages. */
  async function seedMonth(month: string, count: number, seed: number) {
    let x = seed;
    const next = (n: number) => ((x = (x * 1103515245 + 12345) % 2 ** 31), x % n);
    const people = [];
    for (let i = 0; i < 12; i++) people.push(await s.person());
    for (let i = 0; i < count; i++) {
      const day = String(1 + next(28)).padStart(2, '0');
      const hour = String(next(24)).padStart(2, '0');
      await s.visit(
        people[next(people.length)]!,
        `${month}-${day}T${hour}:${String(next(60)).padStart(2, '0')}:00Z`,
        {
          channel: TRAFFIC_CHANNELS[next(TRAFFIC_CHANNELS.length)]!,
          source: next(3) ? ['google', 'newsletter', 'linkedin'][next(3)] : undefined,
          campaign: next(2) ? `c-${next(4)}` : undefined,
          referrer: next(2) ? ['google.com', 'example.org'][next(2)] : undefined,
          page: ['/', '/pricing', '/blog/x'][next(3)],
          pageviews: 1 + next(5),
          isBot: next(10) === 0,
          unmarked: true,
        },
      );
    }
    // The writer marks each day once its events are in, long enough ago to count as settled.
    for (let d = 1; d <= 28; d++) await s.mark(`${month}-${String(d).padStart(2, '0')}`, long_ago);
  }

  /** Every (day, value) the rollup answers, against the same counted straight from `visits`. */
  async function expectExact(fromDay: string, toDay: string) {
    for (const by of TRAFFIC_DIMENSIONS) {
      const res = await trafficBreakdown(ctx(), { from: fromDay, to: toDay, interval: 'day', by, limit: 50 });
      const fromRollup = res.groups.flatMap((g) =>
        g.points
          .filter((p) => p.visits > 0)
          .map((p) => `${p.start} ${g.key ?? ''} ${p.visits} ${p.visitors} ${p.pageviews}`),
      );
      const w = await resolveWindow(ctx(), { from: fromDay, to: toDay });
      const direct = (await raw(ctx(), by, w, 'day')).map(
        (r) => `${r.bucket} ${r.value} ${r.visits} ${r.visitors} ${r.pageviews}`,
      );
      expect(fromRollup.sort(), by).toEqual(direct.sort());
    }
  }

  const rolledDays = async () =>
    Number(
      (
        (await env.database.db.execute(
          sql`select count(*)::int as n from traffic_day_refreshes where workspace_id = ${team.workspaceId}`,
        )) as unknown as { rows: { n: number }[] }
      ).rows[0]!.n,
    );

  it('answers exactly what a rollup-free query over visits answers, for every dimension', async () => {
    await seedMonth('2026-03', 150, 7);
    const before = await rolledDays();
    await expectExact('2026-03-01', '2026-03-31');
    expect(await rolledDays()).toBe(before + 31 * TRAFFIC_DIMENSIONS.length);
  });

  it('rebuilds a day whose mark moved, and reads a day still being written from visits', async () => {
    await expectExact('2026-03-01', '2026-03-31');
    const p = await s.person();
    // A late visit on a settled day: its mark moves (long enough ago), so the day is rebuilt.
    await s.visit(p, '2026-03-10T12:00:00Z', { channel: 'video', unmarked: true });
    await s.mark('2026-03-10', '2026-02-01T00:00:00Z');
    await expectExact('2026-03-01', '2026-03-31');
    // A visit just written (mark now): read from visits, not stored in the rollup until it settles.
    await s.visit(p, '2026-03-12T12:00:00Z', { channel: 'video' });
    await expectExact('2026-03-01', '2026-03-31');
    const video = await trafficBreakdown(ctx(), {
      from: '2026-03-12',
      to: '2026-03-12',
      interval: 'day',
      by: 'channel',
      limit: 50,
    });
    expect(video.groups.find((g) => g.key === 'video')?.visits).toBeGreaterThan(0);
    // A visit starting before midnight whose later events mark the next day: the day it started is rebuilt too.
    await s.visit(p, '2026-03-14T23:50:00Z', { channel: 'display', unmarked: true });
    await s.mark('2026-03-15', '2026-02-02T00:00:00Z');
    await expectExact('2026-03-01', '2026-03-31');
  });
});
