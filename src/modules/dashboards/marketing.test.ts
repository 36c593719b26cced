import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { row } from '../../db/sql.ts';
import { signals } from '../attribution/test-fixtures.ts';

let env: TestEnv;
let team: Team;
let other: Team;
const ids = {} as Record<'a' | 'b' | 'c' | 'p1' | 'p2' | 'affiliate', string>;

/**
 * The scenario of attribution/results.test.ts (November 2026), plus Frank in October for the comparison.
 * Campaigns A (spring-a, 1000 undated) and B (spring-b, 600 from 16 Nov to 15 Dec: 300 in November) in P1, C
 * (other-c, 50) and an idle one in P2. Alice: A, C, B (a lead on the 8th), buys 300 on the 9th, A again on
 * the 25th. Bob: A in October (out of lookback), A on the 20th (a lead), buys 120.50. Dan: A, a lead and a
 * sign-up on the 11th, a purchase with unreadable revenue. Carol: A in September, buys 80 in November
 * (unattributed). A bot. Erin: affiliate DATACRAFT (10 %), buys 200. Frank (October): A, a lead, buys 50.
 * Budget: P1 9200 and 920 unallocated for Q4 (92 days): November's 30 days plan 3000 + 300.
 */
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  const make = factories(env, team);
  const p1 = await make.acceptedProgram({ name: 'Spring' });
  const p2 = await make.acceptedProgram({ name: 'Other' });
  ids.p1 = p1.id;
  ids.p2 = p2.id;
  ids.a = (
    await make.campaign({ programId: p1.id, name: 'A', utmCampaign: 'spring-a', actualSpend: 1000 })
  ).id;
  ids.b = (
    await make.campaign({
      programId: p1.id,
      name: 'B',
      utmCampaign: 'spring-b',
      actualSpend: 600,
      plannedSpend: 900,
      startDate: '2026-11-16',
      endDate: '2026-12-15',
    })
  ).id;
  ids.c = (await make.campaign({ programId: p2.id, name: 'C', utmCampaign: 'other-c', actualSpend: 50 })).id;
  await make.campaign({ programId: p2.id, name: 'Idle', utmCampaign: 'idle' });
  ids.affiliate = (
    await make.affiliate({
      name: 'Datacraft',
      referralCode: 'datacraft',
      commissionModel: 'percentage',
      commissionValue: 10,
    })
  ).id;
  await make.budgetLine({ year: 2026, quarter: 4, programId: p1.id, planned: 9200 });
  await make.budgetLine({ year: 2026, quarter: 4, planned: 920 });

  const s = signals(env.database.db, team.workspaceId);
  await s.goal({ name: 'Purchase', event: 'purchase', filter: { plan: 'pro' }, revenueProperty: 'revenue' });
  await s.goal({ name: 'Sign-up', event: 'signed_up' });

  const alice = await s.person({ identifiedAt: '2026-11-08T12:00:00Z' });
  await s.visit(alice, '2026-11-02T10:00:00Z', { campaign: 'spring-a' });
  await s.visit(alice, '2026-11-05T10:00:00Z', { campaign: 'other-c' });
  await s.visit(alice, '2026-11-08T10:00:00Z', { campaign: 'spring-b' });
  await s.event(alice, 'purchase', '2026-11-09T10:00:00Z', { plan: 'pro', revenue: 300 });
  await s.visit(alice, '2026-11-25T10:00:00Z', { campaign: 'spring-a' });

  const bob = await s.person({ identifiedAt: '2026-11-20T12:00:00Z' });
  await s.visit(bob, '2026-10-01T10:00:00Z', { campaign: 'spring-a' });
  await s.visit(bob, '2026-11-20T10:00:00Z', { campaign: 'spring-a' });
  await s.event(bob, 'purchase', '2026-11-21T10:00:00Z', { plan: 'pro', revenue: '120.50' });
  await s.event(bob, 'purchase', '2026-11-21T11:00:00Z', { plan: 'free', revenue: 999 });

  const dan = await s.person({ identifiedAt: '2026-11-11T09:00:00Z' });
  await s.visit(dan, '2026-11-10T10:00:00Z', { campaign: 'spring-a' });
  await s.event(dan, 'signed_up', '2026-11-11T09:00:00Z');
  await s.event(dan, 'purchase', '2026-11-12T10:00:00Z', { plan: 'pro', revenue: 'lots' });

  const carol = await s.person();
  await s.visit(carol, '2026-09-15T10:00:00Z', { campaign: 'spring-a' });
  await s.event(carol, 'purchase', '2026-11-02T10:00:00Z', { plan: 'pro', revenue: 80 });

  const bot = await s.person({ isBot: true });
  await s.visit(bot, '2026-11-03T10:00:00Z', { campaign: 'spring-a', isBot: true });
  await s.event(bot, 'purchase', '2026-11-03T11:00:00Z', { plan: 'pro', revenue: 5000 }, { isBot: true });

  const erin = await s.person();
  await s.visit(erin, '2026-11-14T10:00:00Z', { referralCode: 'DATACRAFT', channel: 'affiliate' });
  await s.event(erin, 'purchase', '2026-11-15T10:00:00Z', { plan: 'pro', revenue: 200 });

  const frank = await s.person({ identifiedAt: '2026-10-21T09:00:00Z' });
  await s.visit(frank, '2026-10-20T10:00:00Z', { campaign: 'spring-a' });
  await s.event(frank, 'purchase', '2026-10-21T10:00:00Z', { plan: 'pro', revenue: 50 });
});
afterAll(() => env.close());

const november = 'from=2026-11-01&to=2026-11-30';
const get = (query = '', as: 'viewer' | 'marketer' | 'sales' = 'viewer') =>
  team[as].get(`${team.ws}/dashboards/marketing?${november}${query}`);
const r4 = (x: unknown): unknown =>
  typeof x === 'number'
    ? Math.round(x * 1e4) / 1e4
    : Array.isArray(x)
      ? x.map(r4)
      : x && typeof x === 'object'
        ? Object.fromEntries(Object.entries(x).map(([k, v]) => [k, r4(v)]))
        : x;

describe('the marketing dashboard', () => {
  it('answers the totals, channels, campaigns, programs, affiliates and budget of the range', async () => {
    const res = await get('&model=last_touch');
    expect(res.statusCode).toBe(200);
    const d = r4(res.data) as Record<string, any>;
    expect(d).toMatchObject({
      from: '2026-11-01',
      to: '2026-11-30',
      model: 'last_touch',
      goals: 2,
      previous: null,
    });
    // Every lead and conversion of November counts, Carol's unattributed one too; bots never.
    expect(d.totals).toEqual({
      visits: 7,
      visitors: 4,
      leads: 3,
      conversions: 6,
      revenue: 700.5,
      conversionRate: 1.5,
      spend: 1350,
      costPerLead: 450,
      costPerConversion: 225,
      roi: -0.4811,
    });
    expect(d.previousTotals).toBeNull();
    expect(d.channels).toEqual([
      { channel: 'affiliate', visits: 1, leads: 0, conversions: 1, revenue: 200 },
      { channel: 'other', visits: 6, leads: 3, conversions: 4, revenue: 420.5 },
    ]);
    expect(d.unattributed).toEqual({ leads: 0, conversions: 1, revenue: 80 });
    expect(d.campaigns.map((c: { name: string }) => c.name)).toEqual(['B', 'A', 'C']);
    expect(d.campaigns[0]).toMatchObject({
      id: ids.b,
      visits: 1,
      leads: 1,
      conversions: 1,
      revenue: 300,
      spend: 300,
    });
    expect(d.campaigns[1]).toMatchObject({
      id: ids.a,
      visits: 4,
      leads: 2,
      conversions: 3,
      revenue: 120.5,
      spend: 1000,
    });
    expect(d.programs).toEqual([
      expect.objectContaining({
        id: ids.p1,
        campaigns: 2,
        visits: 5,
        leads: 3,
        conversions: 4,
        revenue: 420.5,
        spend: 1300,
      }),
      expect.objectContaining({ id: ids.p2, campaigns: 1, visits: 1, leads: 0, spend: 50 }),
    ]);
    expect(d.affiliates).toEqual([
      expect.objectContaining({
        id: ids.affiliate,
        visits: 1,
        conversions: 1,
        revenue: 200,
        commissionOwed: 20,
      }),
    ]);
    expect(d.budget).toEqual({
      months: [
        expect.objectContaining({ month: '2026-11', planned: 3300, spend: 1350, leads: 3, costPerLead: 450 }),
      ],
      planned: 3300,
      spend: 1350,
    });
    expect(d.series).toHaveLength(30);
    expect(d.series[8]).toEqual({ day: '2026-11-09', visits: 0, leads: 0, conversions: 1, revenue: 300 });
    expect(d.series[10]).toEqual({ day: '2026-11-11', visits: 0, leads: 1, conversions: 1, revenue: 0 });
  });

  it('compares with the previous period of the same length', async () => {
    const d = (await get('&model=last_touch&compare=1')).data;
    expect(d.previous).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    // Frank's October; Bob's 1 October visit is a day before the previous period. A (undated) and C cost then too.
    expect(r4(d.previousTotals)).toMatchObject({
      visits: 1,
      visitors: 1,
      leads: 1,
      conversions: 1,
      revenue: 50,
      spend: 1050,
    });
    expect(d.previousSeries).toHaveLength(30);
    expect(d.previousSeries[18]).toMatchObject({ day: '2026-10-20', visits: 1 });
    expect(r4(d.totals)).toMatchObject({ visits: 7, conversions: 6, revenue: 700.5 });
  });

  it('credits the campaign the model says: first touch moves Alice’s 300 from B to A', async () => {
    const last = (await get('&model=last_touch')).data;
    const first = (await get('&model=first_touch')).data;
    expect(first.model).toBe('first_touch');
    const of = (d: { campaigns: { id: string; revenue: number }[] }, id: string) =>
      d.campaigns.find((c) => c.id === id)?.revenue;
    expect([of(last, ids.a), of(last, ids.b)]).toEqual([120.5, 300]);
    expect([of(first, ids.a), of(first, ids.b)]).toEqual([420.5, 0]);
    expect(first.campaigns[0].id).toBe(ids.a);
  });

  it.each(['last_touch', 'first_touch', 'linear', 'position_based'])(
    "gives each campaign and program its own results' figures (%s)",
    async (model) => {
      const d = (await get(`&model=${model}`)).data;
      const pick = (x: Record<string, number>) =>
        r4({
          visits: x.visits,
          leads: x.leads,
          conversions: x.conversions,
          revenue: x.revenue,
          spend: x.spend,
        });
      for (const id of [ids.a, ids.b, ids.c]) {
        const own = (await team.viewer.get(`${team.ws}/campaigns/${id}/results?${november}&model=${model}`))
          .data;
        expect(pick(d.campaigns.find((c: { id: string }) => c.id === id)), id).toEqual(pick(own));
      }
      const own = (await team.viewer.get(`${team.ws}/programs/${ids.p1}/results?${november}&model=${model}`))
        .data;
      expect(pick(d.programs.find((p: { id: string }) => p.id === ids.p1))).toEqual(pick(own));
      const filtered = (await get(`&model=${model}&programId=${ids.p1}`)).data;
      expect(pick(filtered.totals)).toEqual(pick(own));
    },
  );

  it('narrows to a channel, a campaign or a program', async () => {
    const byChannel = r4((await get('&model=last_touch&channel=affiliate')).data) as Record<string, any>;
    expect(byChannel.totals).toMatchObject({
      visits: 1,
      visitors: 1,
      leads: 0,
      conversions: 1,
      revenue: 200,
    });
    expect(byChannel.unattributed).toEqual({ leads: 0, conversions: 0, revenue: 0 });
    const byCampaign = r4((await get(`&model=last_touch&campaignId=${ids.b}`)).data) as Record<string, any>;
    expect(byCampaign.totals).toMatchObject({
      visits: 1,
      leads: 1,
      conversions: 1,
      revenue: 300,
      spend: 300,
    });
    expect(byCampaign.campaigns.map((c: { id: string }) => c.id)).toEqual([ids.b]);
    // A campaign has no budget line: its own planned spend, prorated like its actual spend (900 × 15/30).
    expect(byCampaign.budget).toMatchObject({ planned: 450, spend: 300 });
    const byProgram = r4((await get(`&model=last_touch&programId=${ids.p1}`)).data) as Record<string, any>;
    expect(byProgram.budget).toMatchObject({ planned: 3000, spend: 1300 });
    expect(byProgram.affiliates).toEqual([]);
  });

  it('reads the same figures from the settled daily rollup as from the live visits', async () => {
    const live = (await get('&model=linear&compare=1')).data;
    // Age every day mark past the settling time: the next read builds and reads traffic_days.
    await env.database.db.execute(
      sql`update event_day_marks set changed_at = now() - interval '1 hour' where workspace_id = ${team.workspaceId}`,
    );
    const settled = (await get('&model=linear&compare=1')).data;
    const rolled = await row<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from traffic_days where workspace_id = ${team.workspaceId}`,
    );
    expect(rolled?.n).toBeGreaterThan(0);
    expect(settled).toEqual(live);
  });

  it('is read by every role (a viewer too) and by no one outside the workspace', async () => {
    for (const role of ['viewer', 'marketer', 'sales'] as const)
      expect((await get('', role)).statusCode).toBe(200);
    expect((await other.admin.get(`${team.ws}/dashboards/marketing`)).statusCode).toBe(404);
  });

  it('refuses bad parameters naming the field, never with a 500', async () => {
    const bad = [
      ['from=2026-11-02&to=2026-11-01', 422, 'from'],
      [`campaignId=${randomUUID()}`, 422, 'campaignId'],
      [`programId=${randomUUID()}`, 422, 'programId'],
      ['model=u_shaped', 400, 'model'],
      ['channel=tv', 400, 'channel'],
      ['compare=yes', 400, 'compare'],
      ['from=2026-13-01', 400, 'from'],
      ['campaignId=nope', 400, 'campaignId'],
    ] as const;
    for (const [query, status, field] of bad) {
      const res = await team.viewer.get(`${team.ws}/dashboards/marketing?${query}`);
      expect(res.statusCode, query).toBe(status);
      expect(JSON.stringify(res.data.errors), query).toContain(field);
    }
    // Another workspace's program is not this one's.
    const theirs = await factories(env, other).acceptedProgram();
    expect((await get(`&programId=${theirs.id}`)).statusCode).toBe(422);
  });
});
