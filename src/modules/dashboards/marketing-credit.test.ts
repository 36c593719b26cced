import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { WsCtx } from '../../core/context.ts';
import { signals } from '../attribution/test-fixtures.ts';
import { marketingDashboard, type MarketingInput } from './marketing.ts';
import { distinctVisitors } from './marketing-traffic.ts';
import { forgetMemos, markHour, memoCount, settleMarks, testCtx } from '../analytics/memo-testing.ts';

/**
 * The marketing dashboard's memos (marketing-credit.ts): each closed day's credit and each closed period's
 * distinct visitors answer what the events answer, are kept, and are read again once a day's mark moves.
 * `now` is 1 December 2026 at noon: November is over, 1 December is still open.
 */

let env: TestEnv;
let team: Team;
let ctx: WsCtx;
let s: ReturnType<typeof signals>;
let campaignId: string;
const now = new Date('2026-12-01T12:00:00Z');
const RANGES: MarketingInput[] = [
  { from: '2026-11-01', to: '2026-11-30', compare: true },
  { from: '2026-11-02', to: '2026-12-01', compare: true },
];

const settle = () => settleMarks(env.database.db, team.workspaceId);
const memos = () => memoCount(env.database.db, team.workspaceId);
const forget = () => forgetMemos(env.database.db, team.workspaceId);
const views = () =>
  Promise.all(
    [...RANGES, { ...RANGES[0]!, campaignId }, { ...RANGES[1]!, channel: 'other' as const }].map((input) =>
      marketingDashboard(ctx, input, now),
    ),
  );

/** Equal, numbers to 1e-9: a day's shares (thirds) may be added in another order by another query. */
function same(a: unknown, b: unknown, path = '$') {
  if (typeof a === 'number' && typeof b === 'number') expect(a, path).toBeCloseTo(b, 9);
  else if (a && b && typeof a === 'object' && typeof b === 'object') {
    expect(Object.keys(a), path).toEqual(Object.keys(b));
    for (const k of Object.keys(a))
      same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
  } else expect(a, path).toEqual(b);
}

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, `Credit ${randomUUID().slice(0, 8)}`);
  ctx = testCtx(env.database.db, team.workspaceId);
  const make = factories(env, team);
  campaignId = (await make.campaign({ name: 'A', utmCampaign: 'memo-a', actualSpend: 300 })).id;
  await make.campaign({ name: 'B', utmCampaign: 'memo-b', actualSpend: 100 });
  s = signals(env.database.db, team.workspaceId);
  await s.goal({ name: 'Purchase', event: 'purchase', revenueProperty: 'revenue' });
  await s.settings({ model: 'linear', lookbackDays: 30 });
  // Three touches (thirds of the credit) and purchases over October, November and 1 December.
  for (const [i, day] of [
    '2026-10-10',
    '2026-10-28',
    '2026-11-03',
    '2026-11-17',
    '2026-11-29',
    '2026-12-01',
  ].entries()) {
    const p = await s.person({ identifiedAt: `${day}T12:00:00Z` });
    await s.visit(p, `${day}T08:00:00Z`, { campaign: 'memo-a' });
    await s.visit(p, `${day}T09:00:00Z`, { campaign: i % 2 ? 'memo-b' : 'memo-a' });
    await s.visit(p, `${day}T10:00:00Z`);
    await s.event(p, 'purchase', `${day}T13:00:00Z`, { revenue: 100 + i });
  }
  await settle();
});
afterAll(() => env.close());

describe('marketing dashboard memos', () => {
  it('answers from memos what the events answer, filtered or not, range closed or open', async () => {
    const first = await views();
    const kept = await memos();
    expect(kept).toBeGreaterThan(0);
    expect(first[0]!.totals).toMatchObject({ leads: 3, conversions: 3, revenue: 3 * 100 + 9 });
    expect(first[0]!.previousTotals).toMatchObject({ leads: 2, conversions: 2, visitors: 2 });
    // A visit deleted behind the writer's back (no mark): the kept days still answer as before.
    await env.database.db.execute(
      sql`delete from visits where workspace_id = ${team.workspaceId} and started_at >= '2026-11-17' and started_at < '2026-11-18' and utm_campaign is null`,
    );
    expect(await views()).toEqual(first);
    expect(await memos()).toBe(kept);
    // Without memos, the events of November 17 now answer another figure (two touches, halves).
    await forget();
    const fresh = await views();
    expect(fresh[0]!.totals.visitors).toBe(first[0]!.totals.visitors);
    expect(fresh[0]!.channels).not.toEqual(first[0]!.channels);
  });

  it('reads a day again once its mark moved, and answers the same as a fresh computation', async () => {
    const before = await views();
    const p = await s.person({ identifiedAt: '2026-11-17T15:00:00Z' });
    await s.visit(p, '2026-11-17T14:00:00Z', { campaign: 'memo-b' });
    await s.event(p, 'purchase', '2026-11-17T16:00:00Z', { revenue: 40 });
    await settle();
    await s.visit(p, '2026-12-01T09:00:00Z'); // seen on 17 November: counted once in the open range
    const after = await views();
    expect(after[1]!.totals.visitors).toBe(before[1]!.totals.visitors + 1);
    // The open range's visitors (kept days + today's new ones) against one count over the whole range.
    for (const [i, f] of [
      [1, null],
      [3, 'other'],
    ] as const)
      expect(after[i]!.totals.visitors).toBe(
        await distinctVisitors(ctx, new Date('2026-11-02T00:00:00Z'), new Date('2026-12-02T00:00:00Z'), {
          channel: f,
          utmCampaigns: null,
        }),
      );
    expect(after[0]!.totals.revenue).toBeCloseTo(before[0]!.totals.revenue + 40, 9);
    expect(after[0]!.totals.visitors).toBe(before[0]!.totals.visitors + 1);
    expect(after[2]!.totals.revenue).toBeCloseTo(before[2]!.totals.revenue, 9); // campaign A: not touched
    await forget();
    same(await views(), after);
  });

  it('keeps today up to the last settled hour (11:00), and reads it again once one of its hours is marked', async () => {
    await forget();
    await settle();
    const first = await views();
    // The range still open: [2 Nov, 1 Dec) kept, [1 Dec, 11:00) kept by its hours' marks, the rest read live.
    expect(await memos()).toBeGreaterThan(0);
    // A visit of today 09:00 deleted behind the writer's back: the kept part of today counts it as before
    // (what is read live, the credit of today's purchase at 13:00, already sees it gone).
    await env.database.db.execute(
      sql`delete from visits where workspace_id = ${team.workspaceId} and started_at = '2026-12-01T09:00:00Z' and utm_campaign = 'memo-b'`,
    );
    const stale = await views();
    expect(stale[1]!.totals.visits).toBe(first[1]!.totals.visits);
    expect(stale[1]!.campaigns).not.toEqual(first[1]!.campaigns);
    await markHour(env.database.db, team.workspaceId, '2026-12-01T09:00:00Z');
    const after = await views();
    expect(after[1]!.totals.visits).toBe(first[1]!.totals.visits - 1);
    expect(after[0]!.totals).toEqual(first[0]!.totals); // November alone: not touched
    await forget();
    same(await views(), after);
  });
});
