import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import type { WsCtx } from '../../core/context.ts';
import { forgetMemos, settleMarks, testCtx } from '../analytics/memo-testing.ts';
import { signals } from '../attribution/test-fixtures.ts';
import { marketingDashboard, TOP_CAMPAIGNS } from './marketing.ts';

/**
 * The campaigns' ranking (marketing.ts ranks them in one pass, keeping the top ones as they come): top 10 by
 * revenue, conversions, leads, visits, then name; the rest in one "others" row; programs summed over their
 * active campaigns (visits, credit or spend in the range). Every visit is a new person's only touch, so any
 * model credits a purchase whole. Campaign c<i> (i = 1…12) has i visits on 10 November; c1…c6 a purchase of
 * 100 × i; Tie A and Tie B the same figures (2 visits, a purchase of 50 each); c7 a purchase of 1000 on
 * 30 November, "today" in the open view; Spendy only spend; Idle nothing. Made in shuffled order.
 */
let env: TestEnv;
let team: Team;
let ctx: WsCtx;
const ids = {} as Record<'p' | 'q', string>;

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, `Ranking ${randomUUID().slice(0, 8)}`);
  ctx = testCtx(env.database.db, team.workspaceId);
  const make = factories(env, team);
  ids.p = (await make.acceptedProgram({ name: 'P' })).id;
  ids.q = (await make.acceptedProgram({ name: 'Q' })).id;
  const s = signals(env.database.db, team.workspaceId);
  await s.goal({ name: 'Purchase', event: 'purchase', revenueProperty: 'revenue' });
  const names = ['c9', 'Tie B', 'c3', 'c12', 'c1', 'c7', 'Tie A', 'c5', 'c10', 'c2', 'c8', 'c11', 'c4', 'c6'];
  for (const name of names)
    await make.campaign({ programId: ids.p, name, utmCampaign: name.toLowerCase().replace(' ', '-') });
  await make.campaign({ programId: ids.q, name: 'Spendy', utmCampaign: 'spendy', actualSpend: 500 });
  await make.campaign({ programId: ids.q, name: 'Idle', utmCampaign: 'idle' });
  const buyer = async (utm: string, day: string, revenue: number | null) => {
    const p = await s.person();
    await s.visit(p, `${day}T09:00:00Z`, { campaign: utm });
    if (revenue !== null) await s.event(p, 'purchase', `${day}T10:00:00Z`, { revenue });
  };
  for (let i = 1; i <= 12; i++)
    for (let k = 0; k < i; k++) await buyer(`c${i}`, '2026-11-10', k === 0 && i <= 6 ? 100 * i : null);
  for (const utm of ['tie-a', 'tie-b']) {
    await buyer(utm, '2026-11-10', 50);
    await buyer(utm, '2026-11-10', null);
  }
  await buyer('c7', '2026-11-30', 1000); // c7: 8 visits, a purchase of 1000
  await settleMarks(env.database.db, team.workspaceId);
});
afterAll(() => env.close());

const view = (now: string) =>
  marketingDashboard(ctx, { from: '2026-11-01', to: '2026-11-30', model: 'last_touch' }, new Date(now));

describe('marketing dashboard campaigns', () => {
  it('shows the top 10 in order, sums the rest as others, and each program over its active campaigns', async () => {
    // Closed range (November is over) and open range (30 November is today), cold and from memos.
    for (const now of ['2026-12-01T12:00:00Z', '2026-11-30T12:00:00Z']) {
      await forgetMemos(env.database.db, team.workspaceId);
      const cold = await view(now);
      expect(await view(now)).toEqual(cold);
      const top = cold.campaigns.slice(0, TOP_CAMPAIGNS);
      expect(top.map((c) => c.name)).toEqual([
        'c7',
        'c6',
        'c5',
        'c4',
        'c3',
        'c2',
        'c1',
        'Tie A',
        'Tie B',
        'c12',
      ]);
      expect(top.map((c) => [c.visits, c.conversions, c.revenue])).toEqual([
        [8, 1, 1000],
        [6, 1, 600],
        [5, 1, 500],
        [4, 1, 400],
        [3, 1, 300],
        [2, 1, 200],
        [1, 1, 100],
        [2, 1, 50],
        [2, 1, 50],
        [12, 0, 0],
      ]);
      expect(top.every((c) => c.others === 0 && c.programId === ids.p)).toBe(true);
      // c11, c10, c9, c8 and Spendy (spend only); Idle is not active.
      expect(cold.campaigns[TOP_CAMPAIGNS]).toEqual({
        id: null,
        name: null,
        programId: null,
        visits: 11 + 10 + 9 + 8,
        leads: 0,
        conversions: 0,
        revenue: 0,
        spend: 500,
        costPerLead: null,
        costPerConversion: null,
        roi: -1,
        others: 5,
      });
      expect(cold.campaigns).toHaveLength(TOP_CAMPAIGNS + 1);
      expect(
        cold.programs.map((p) => [p.name, p.campaigns, p.visits, p.conversions, p.revenue, p.spend]),
      ).toEqual([
        ['P', 14, 78 + 4 + 1, 9, 3100 + 100, 0],
        ['Q', 1, 0, 0, 0, 500],
      ]);
      expect(cold.totals).toMatchObject({ visits: 83, conversions: 9, revenue: 3200, spend: 500 });
    }
  });
});

describe('marketing dashboard keys from the outside', () => {
  it('counts UTM campaigns and referral codes named like object internals without touching any prototype', async () => {
    // A campaign's own utm_campaign is normalized ("__proto__" would be stored as another value); a visit's is
    // what the visitor sent. "constructor" survives both.
    const t = await newTeam(env.app, `Keys ${randomUUID().slice(0, 8)}`);
    const c = testCtx(env.database.db, t.workspaceId);
    const make = factories(env, t);
    const program = (await make.acceptedProgram({ name: 'P' })).id;
    await make.campaign({ programId: program, name: 'Campaign constructor', utmCampaign: 'constructor' });
    const s = signals(env.database.db, t.workspaceId);
    await s.goal({ name: 'Purchase', event: 'purchase', revenueProperty: 'revenue' });
    for (const [i, key] of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].entries())
      for (const day of ['2026-11-10', '2026-11-30']) {
        const p = await s.person();
        await s.visit(p, `${day}T09:00:00Z`, { campaign: key, referralCode: key });
        await s.event(p, 'purchase', `${day}T10:00:00Z`, { revenue: 10 * (i + 1) });
      }
    await settleMarks(env.database.db, t.workspaceId);
    for (const now of ['2026-12-01T12:00:00Z', '2026-11-30T12:00:00Z']) {
      const input = { from: '2026-11-01', to: '2026-11-30', model: 'last_touch' as const };
      const cold = await marketingDashboard(c, input, new Date(now));
      expect(await marketingDashboard(c, input, new Date(now))).toEqual(cold);
      expect(cold.campaigns.map((x) => [x.name, x.visits, x.conversions, x.revenue])).toEqual([
        ['Campaign constructor', 2, 2, 40],
      ]);
      expect(cold.totals).toMatchObject({ visits: 8, conversions: 8, revenue: 200 });
      expect(Object.keys(Object.prototype)).toEqual([]);
      expect(({} as Record<string, unknown>)['leads']).toBeUndefined();
      expect(({} as unknown[])[0]).toBeUndefined();
    }
  });
});
