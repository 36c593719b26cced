import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { signals } from './test-fixtures.ts';

let env: TestEnv;
let team: Team;
let other: Team;
const ids = {} as Record<
  'a' | 'b' | 'c' | 'program' | 'launch' | 'affiliate' | 'idle' | 'purchase' | 'signup',
  string
>;

/**
 * November 2026. Campaigns A and B run in program P1 (which answers launch L's requirement), C in P2.
 * Alice: A (2nd), C (5th), B (8th, becomes a lead that day), buys for 300 on the 9th, A again on the 25th.
 * Bob: A on 1 October (outside the 30-day lookback of his purchase), A on the 20th (a lead that day), buys 120.50
 *   on the 21st (a free-plan "purchase" too, which the goal's filter leaves out).
 * Dan: A on the 10th, signs up on the 11th (a lead), buys on the 12th with an unreadable revenue.
 * Carol: A on 15 September, buys on 2 November (48 days later: unattributed with 30 days of lookback).
 * A bot: A on the 3rd and a purchase; Erin: affiliate DATACRAFT's link on the 14th, buys 200 on the 15th.
 */
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  const make = factories(env, team);
  const requirement = await make.requirement({ launchId: (await make.launch()).id });
  ids.launch = requirement.launchId!;
  const p1 = await make.acceptedProgram({ requirementIds: [requirement.id] });
  const p2 = await make.acceptedProgram();
  ids.program = p1.id;
  ids.a = (await make.campaign({ programId: p1.id, utmCampaign: 'spring-a', actualSpend: 1000 })).id;
  ids.b = (
    await make.campaign({
      programId: p1.id,
      utmCampaign: 'spring-b',
      actualSpend: 600,
      startDate: '2026-11-16',
      endDate: '2026-12-15',
    })
  ).id;
  ids.c = (await make.campaign({ programId: p2.id, utmCampaign: 'other-c', actualSpend: 50 })).id;
  ids.idle = (await make.campaign({ programId: p2.id, utmCampaign: 'idle' })).id;
  ids.affiliate = (
    await make.affiliate({ referralCode: 'datacraft', commissionModel: 'percentage', commissionValue: 10 })
  ).id;

  const s = signals(env.database.db, team.workspaceId);
  ids.purchase = await s.goal({
    name: 'Purchase',
    event: 'purchase',
    filter: { plan: 'pro' },
    revenueProperty: 'revenue',
  });
  ids.signup = await s.goal({ name: 'Sign-up', event: 'signed_up' });

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
});
afterAll(() => env.close());

const november = 'from=2026-11-01&to=2026-11-30';
const get = (path: string, query = '') => team.sales.get(`${team.ws}/${path}/results?${november}${query}`);
const round = (x: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(x).map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v]),
  );

describe('campaign results', () => {
  it.each([
    ['last_touch', { conversions: 3, revenue: 120.5, leads: 2 }],
    ['first_touch', { conversions: 4, revenue: 420.5, leads: 3 }],
    ['linear', { conversions: 3.3333, revenue: 220.5, leads: 2.3333 }],
    ['position_based', { conversions: 3.4, revenue: 240.5, leads: 2.4 }],
  ])('credits campaign A by %s', async (model, expected) => {
    const res = await get(`campaigns/${ids.a}`, `&model=${model}`);
    expect(res.statusCode).toBe(200);
    expect(round(res.data)).toMatchObject({
      // Bots, and visits outside November, are not A's visits.
      visits: 4,
      visitors: 3,
      ...expected,
      spend: 1000,
      model,
      goalId: null,
      from: '2026-11-01',
      to: '2026-11-30',
      currency: 'USD',
    });
  });

  it('derives rate, costs and ROI, and counts one goal when asked', async () => {
    const all = (await get(`campaigns/${ids.a}`, '&model=last_touch')).data;
    expect(round(all)).toMatchObject({
      conversionRate: 1,
      costPerLead: 500,
      costPerConversion: 333.3333,
      roi: -0.8795,
    });
    const signups = (await get(`campaigns/${ids.a}`, `&model=last_touch&goalId=${ids.signup}`)).data;
    expect(signups).toMatchObject({ conversions: 1, revenue: 0, goalId: ids.signup });
    const idle = (await get(`campaigns/${ids.idle}`)).data;
    expect(idle).toMatchObject({
      visits: 0,
      conversions: 0,
      conversionRate: null,
      costPerLead: null,
      costPerConversion: null,
      roi: null,
    });
  });

  it("takes the model and lookback from the workspace's settings", async () => {
    const s = signals(env.database.db, team.workspaceId);
    await s.settings({ model: 'first_touch', lookbackDays: 60 });
    try {
      const res = (await get(`campaigns/${ids.a}`)).data;
      // 60 days reach Carol's September visit: her purchase (80) is A's now.
      expect(res).toMatchObject({ model: 'first_touch', conversions: 5, revenue: 500.5 });
    } finally {
      await s.settings({ model: 'last_touch', lookbackDays: 30 });
    }
    expect((await get(`campaigns/${ids.a}`)).data).toMatchObject({ model: 'last_touch', conversions: 3 });
  });

  it('defaults to the last 30 days', async () => {
    const res = await team.viewer.get(`${team.ws}/campaigns/${ids.a}/results`);
    expect(res.statusCode).toBe(200);
    const to = new Date().toISOString().slice(0, 10);
    const from = new Date(Date.parse(to) - 30 * 86_400_000).toISOString().slice(0, 10);
    expect(res.data).toMatchObject({ from, to });
  });
});

describe('program, launch and affiliate results', () => {
  it('adds up a program’s campaigns, with spend prorated to the range', async () => {
    const res = (await get(`programs/${ids.program}`, '&model=last_touch')).data;
    // A's 1000 whole (no dates) + B's 600 × 15 of its 30 days in November.
    expect(round(res)).toMatchObject({
      visits: 5,
      visitors: 3,
      conversions: 4,
      revenue: 420.5,
      leads: 3,
      spend: 1300,
    });
  });

  it('reaches a launch’s campaigns through its requirements’ programs', async () => {
    const res = (await get(`launches/${ids.launch}`, '&model=linear')).data;
    expect(round(res)).toMatchObject({ visits: 5, conversions: 3.6667, revenue: 320.5, spend: 1300 });
  });

  it('credits an affiliate by referral code, with the commission owed as its spend', async () => {
    const res = (await get(`affiliates/${ids.affiliate}`)).data;
    expect(res).toMatchObject({
      visits: 1,
      conversions: 1,
      revenue: 200,
      commissionOwed: 20,
      spend: 20,
      roi: 9,
    });
  });
});

describe('refusals', () => {
  it('names the field: from after to, over two years, a goal of another workspace (422), bad values (400)', async () => {
    const at = `${team.ws}/campaigns/${ids.a}/results`;
    const bad = [
      ['from=2026-11-02&to=2026-11-01', 422, 'from'],
      ['from=2023-01-01&to=2026-11-01', 422, 'from'],
      [`goalId=${randomUUID()}`, 422, 'goalId'],
      ['model=u_shaped', 400, 'model'],
      ['from=2026-13-01', 400, 'from'],
    ] as const;
    for (const [query, status, field] of bad) {
      const res = await team.viewer.get(`${at}?${query}`);
      expect(res.statusCode, query).toBe(status);
      expect(JSON.stringify(res.data.errors), query).toContain(field);
    }
    const s = signals(env.database.db, other.workspaceId);
    const theirs = await s.goal({ name: 'Theirs', event: 'purchase' });
    expect((await team.viewer.get(`${at}?goalId=${theirs}`)).statusCode).toBe(422);
  });

  it("answers 404 for another workspace's campaign, program, launch or affiliate", async () => {
    for (const path of [
      `campaigns/${ids.a}`,
      `programs/${ids.program}`,
      `launches/${ids.launch}`,
      `affiliates/${ids.affiliate}`,
    ])
      expect((await other.admin.get(`${other.ws}/${path}/results`)).statusCode, path).toBe(404);
  });
});
