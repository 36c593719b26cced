import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { WsCtx } from '../../core/context.ts';
import { forgetMemos, markHour, memoCount, settleMarks, testCtx } from '../analytics/memo-testing.ts';
import { resolveWindow, type Window } from './query.ts';
import { keptFigures, scopeFigures } from './results.ts';
import { signals } from './test-fixtures.ts';

/**
 * A campaign's (or launch's) figures through memos (results.ts keptFigures): `now` is 1 December 2026 at
 * noon, the window 2 November … 1 December is still open; its days that are over are one memo, today up to
 * 11:00 (the last settled hour) another, and what follows is read each time. Each answer equals one fresh
 * count over the whole window.
 */

let env: TestEnv;
let team: Team;
let ctx: WsCtx;
let w: Window;
const now = new Date('2026-12-01T12:00:00Z');
const scope = { utmCampaigns: ['kf-b', 'kf-a'] };

function same(a: Record<string, number>, b: Record<string, number>) {
  expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
  for (const k of Object.keys(a)) expect(a[k], k).toBeCloseTo(b[k]!, 9);
}

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, `Kept ${randomUUID().slice(0, 8)}`);
  ctx = testCtx(env.database.db, team.workspaceId);
  const s = signals(env.database.db, team.workspaceId);
  await s.goal({ name: 'Purchase', event: 'purchase', revenueProperty: 'revenue' });
  await s.settings({ model: 'linear', lookbackDays: 30 });
  // Returning: touched in November and again today after 11:00 (one visitor). Today: two new persons, one
  // before 11:00 and one after; a purchase credited across a direct visit and a touch; one out of scope.
  const back = await s.person({ identifiedAt: '2026-11-10T10:00:00Z' });
  await s.visit(back, '2026-11-10T09:00:00Z', { campaign: 'kf-a' });
  await s.visit(back, '2026-11-20T09:00:00Z');
  await s.event(back, 'purchase', '2026-11-20T09:05:00Z', { revenue: 90 });
  await s.visit(back, '2026-12-01T11:30:00Z', { campaign: 'kf-b' });
  const early = await s.person({ identifiedAt: '2026-12-01T08:10:00Z' });
  await s.visit(early, '2026-12-01T08:00:00Z', { campaign: 'kf-a' });
  await s.visit(early, '2026-12-01T09:00:00Z');
  await s.event(early, 'purchase', '2026-12-01T09:05:00Z', { revenue: 40 });
  const late = await s.person();
  await s.visit(late, '2026-12-01T11:40:00Z', { campaign: 'kf-a' });
  await s.event(late, 'purchase', '2026-12-01T11:45:00Z', { revenue: 10 });
  const other = await s.person();
  await s.visit(other, '2026-12-01T10:00:00Z', { campaign: 'elsewhere' });
  await settleMarks(env.database.db, team.workspaceId);
  w = await resolveWindow(ctx, { from: '2026-11-02', to: '2026-12-01' }, now);
});
afterAll(() => env.close());

describe('a scope’s figures through memos', () => {
  it('answers what one count over the whole window answers, cold and from its memos', async () => {
    const fresh = await scopeFigures(ctx, scope, w);
    expect(fresh).toMatchObject({ visits: 4, visitors: 3, leads: 2, conversions: 2, revenue: 75 });
    same(await keptFigures(ctx, scope, w, now), fresh);
    // [2 Nov, 1 Dec) and [1 Dec, 11:00).
    expect(await memoCount(env.database.db, team.workspaceId)).toBe(2);
    same(await keptFigures(ctx, { utmCampaigns: ['kf-a', 'kf-b'] }, w, now), fresh);
    expect(await memoCount(env.database.db, team.workspaceId)).toBe(2);
    // A window that is over: one memo of its own.
    const november = await resolveWindow(ctx, { from: '2026-11-01', to: '2026-11-30' }, now);
    same(await keptFigures(ctx, scope, november, now), await scopeFigures(ctx, scope, november));
  });

  it('keeps today up to the hour until one of its hours is marked', async () => {
    await forgetMemos(env.database.db, team.workspaceId);
    const before = await keptFigures(ctx, scope, w, now);
    // Today's 08:00 touch deleted behind the writer's back: the kept part still counts it.
    await env.database.db.execute(
      sql`delete from visits where workspace_id = ${team.workspaceId} and started_at = '2026-12-01T08:00:00Z'`,
    );
    expect((await keptFigures(ctx, scope, w, now)).visits).toBe(before.visits);
    await markHour(env.database.db, team.workspaceId, '2026-12-01T08:00:00Z');
    const after = await keptFigures(ctx, scope, w, now);
    expect(after.visits).toBe(before.visits - 1);
    same(after, await scopeFigures(ctx, scope, w));
  });
});
