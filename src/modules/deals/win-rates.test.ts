import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { battlecardWinLoss, winRates } from './win-rates.ts';

let env: TestEnv;
let team: Team;
let make: ReturnType<typeof factories>;
const ids: Record<string, string> = {};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/**
 * The hand-made set (amounts in brackets):
 *   Lumina, Dashboards, enterprise: won (100), won (200), lost (50, price), no decision (10)
 *   Lumina, no product, smb:         lost (30, missing feature)
 *   Quantrix, Pipelines, smb:        won (40), lost (60, price), lost (70, price)
 *   no competitor, Dashboards, smb:  won (5)
 *   no decided deal in mid-market:   no decision (1)
 * → overall won 4, lost 4, no decision 2: 50 %; won amount 345, lost amount 210.
 */
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Win rates');
  make = factories(env, team);
  ids.lumina = (await make.competitor({ name: 'Lumina' })).id;
  ids.quantrix = (await make.competitor({ name: 'Quantrix' })).id;
  ids.dash = (await make.product({ name: 'Dashboards' })).id;
  ids.pipe = (await make.product({ name: 'Pipelines' })).id;
  const add = (n: number, body: Record<string, unknown>) =>
    team.sales
      .post(`${team.ws}/deals`, { name: `Deal ${n}`, accountName: `Account ${n}`, ...body })
      .then((r) => {
        if (r.statusCode !== 201) throw new Error(r.body);
        return r.data;
      });
  const lumina = { competitorId: ids.lumina, productId: ids.dash, segment: 'enterprise' };
  await add(1, { ...lumina, outcome: 'won', amount: 100, closedOn: daysAgo(10) });
  await add(2, { ...lumina, outcome: 'won', amount: 200, closedOn: daysAgo(40) });
  await add(3, { ...lumina, outcome: 'lost', amount: 50, closedOn: daysAgo(20), reason: 'price' });
  await add(4, { ...lumina, outcome: 'no_decision', amount: 10, closedOn: daysAgo(5) });
  await add(5, {
    competitorId: ids.lumina,
    segment: 'smb',
    outcome: 'lost',
    amount: 30,
    closedOn: daysAgo(3),
    reason: 'missing_feature',
    reasonDetail: 'No SSO',
  });
  const quantrix = { competitorId: ids.quantrix, productId: ids.pipe, segment: 'smb' };
  await add(6, { ...quantrix, outcome: 'won', amount: 40, closedOn: daysAgo(15) });
  await add(7, { ...quantrix, outcome: 'lost', amount: 60, closedOn: daysAgo(16), reason: 'price' });
  await add(8, { ...quantrix, outcome: 'lost', amount: 70, closedOn: daysAgo(17), reason: 'price' });
  await add(9, { productId: ids.dash, segment: 'smb', outcome: 'won', amount: 5, closedOn: daysAgo(2) });
  await add(10, { segment: 'mid_market', outcome: 'no_decision', amount: 1, closedOn: daysAgo(1) });
});
afterAll(() => env.close());

describe('win rates', () => {
  it('counts won, lost and no decision overall, with amounts; no decision is not a loss', async () => {
    const res = await team.viewer.get(`${team.ws}/deals/win-rates`);
    expect(res.statusCode).toBe(200);
    expect(res.data).toEqual({
      overall: { won: 4, lost: 4, noDecision: 2, winRate: 50, wonAmount: 345, lostAmount: 210 },
      groups: [],
    });
  });

  it('groups by competitor, segment and product, largest first, with the deals lacking one apart', async () => {
    const by = async (g: string, query = '') =>
      (await team.viewer.get(`${team.ws}/deals/win-rates?by=${g}${query}`)).data.groups;
    expect(await by('competitor')).toEqual([
      { key: ids.lumina, label: 'Lumina', won: 2, lost: 2, noDecision: 1, winRate: 50 },
      { key: ids.quantrix, label: 'Quantrix', won: 1, lost: 2, noDecision: 0, winRate: 33.3 },
      { key: null, label: 'No competitor', won: 1, lost: 0, noDecision: 1, winRate: 100 },
    ]);
    expect(await by('segment')).toEqual([
      { key: 'smb', label: 'SMB', won: 2, lost: 3, noDecision: 0, winRate: 40 },
      { key: 'enterprise', label: 'Enterprise', won: 2, lost: 1, noDecision: 1, winRate: 66.7 },
      { key: 'mid_market', label: 'Mid-market', won: 0, lost: 0, noDecision: 1, winRate: null },
    ]);
    expect(await by('product')).toEqual([
      { key: ids.dash, label: 'Dashboards', won: 3, lost: 1, noDecision: 1, winRate: 75 },
      { key: ids.pipe, label: 'Pipelines', won: 1, lost: 2, noDecision: 0, winRate: 33.3 },
      { key: null, label: 'No product', won: 0, lost: 1, noDecision: 1, winRate: 0 },
    ]);
    expect(await by('reason', `&competitorId=${ids.quantrix}`)).toEqual([
      { key: 'price', label: 'Price', won: 0, lost: 2, noDecision: 0, winRate: 0 },
      { key: null, label: 'No reason given', won: 1, lost: 0, noDecision: 0, winRate: 100 },
    ]);
  });

  it('filters by product, segment and period, and is exported for other modules', async () => {
    const f = await winRates(env.database.db, team.workspaceId, {
      productId: ids.dash,
      segment: 'enterprise',
    });
    expect(f.overall).toMatchObject({ won: 2, lost: 1, noDecision: 1, winRate: 66.7, wonAmount: 300 });
    const recent = await winRates(env.database.db, team.workspaceId, { from: daysAgo(20), to: daysAgo(3) });
    // Deals 1, 3, 4, 5, 6, 7, 8 (both ends included): won 2, lost 4, no decision 1.
    expect(recent.overall).toMatchObject({ won: 2, lost: 4, noDecision: 1, winRate: 33.3 });
    const months = await winRates(env.database.db, team.workspaceId, { by: 'month' });
    expect(months.groups.map((g) => g.key)).toEqual([...months.groups.map((g) => g.key!)].sort());
    expect(months.groups.reduce((n, g) => n + g.won + g.lost + g.noDecision, 0)).toBe(10);
    const empty = await winRates(env.database.db, team.workspaceId, { from: '2000-01-01', to: '2000-12-31' });
    expect(empty.overall).toEqual({
      won: 0,
      lost: 0,
      noDecision: 0,
      winRate: null,
      wonAmount: 0,
      lostAmount: 0,
    });
    expect((await team.viewer.get(`${team.ws}/deals/win-rates?by=planet`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/deals/win-rates?from=yesterday`)).statusCode).toBe(400);
  });
});

describe('battlecard win / loss', () => {
  it("shows the last 12 months against the competitor for the card's product and deals naming no product", async () => {
    const card = await make.battlecard({ competitorId: ids.lumina, productId: ids.dash });
    // A loss older than 12 months and one for another product do not count.
    await team.sales.post(`${team.ws}/deals`, {
      name: 'Old loss',
      accountName: 'Old',
      competitorId: ids.lumina,
      outcome: 'lost',
      amount: 1,
      closedOn: daysAgo(400),
    });
    await team.sales.post(`${team.ws}/deals`, {
      name: 'Other product',
      accountName: 'Other',
      competitorId: ids.lumina,
      productId: ids.pipe,
      outcome: 'lost',
      amount: 1,
      closedOn: daysAgo(1),
    });
    const res = await team.sales.get(`${team.ws}/battlecards/${card.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.data.winLoss).toMatchObject({ won: 2, lost: 2, noDecision: 1, winRate: 50 });
    expect(res.data.winLoss.recentLosses).toEqual([
      {
        id: expect.any(String),
        name: 'Deal 5',
        accountName: 'Account 5',
        reason: 'missing_feature',
        reasonDetail: 'No SSO',
        closedOn: daysAgo(3),
        amount: 30,
      },
      expect.objectContaining({ name: 'Deal 3', reason: 'price', closedOn: daysAgo(20), amount: 50 }),
    ]);
    // At most five losses, newest first.
    for (let i = 0; i < 6; i++)
      await team.sales.post(`${team.ws}/deals`, {
        name: `Loss ${i}`,
        accountName: 'X',
        competitorId: ids.lumina,
        productId: ids.dash,
        outcome: 'lost',
        amount: 1,
        closedOn: daysAgo(30 + i),
      });
    const many = await battlecardWinLoss(env.database.db, team.workspaceId, ids.lumina!, ids.dash!);
    expect(many.lost).toBe(8);
    expect(many.recentLosses.map((l) => l.name)).toEqual(['Deal 5', 'Deal 3', 'Loss 0', 'Loss 1', 'Loss 2']);
    // A card against a competitor never met shows zeros.
    const unmet = await make.battlecard({ productId: ids.dash });
    const none = await team.viewer.get(`${team.ws}/battlecards/${unmet.id}`);
    expect(none.data.winLoss).toMatchObject({
      won: 0,
      lost: 0,
      noDecision: 0,
      winRate: null,
      recentLosses: [],
    });
  });
});
