import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { listDeals } from '../modules/deals/deals.ts';
import { winRates } from '../modules/deals/win-rates.ts';
import { type DemoResult, seedDemo } from './seed.ts';

let env: TestEnv;
let demo: DemoResult;
beforeAll(async () => {
  env = await createTestEnv();
  demo = await seedDemo(env.database.db);
});
afterAll(() => env.close());

describe('demo deals', () => {
  it('records about sixty deals over 180 days against the demo competitors, with the losses a PMM expects', async () => {
    const db = env.database.db;
    expect(demo.counts.deals).toBe(60);
    const ws = demo.workspaceId;
    const all = await winRates(db, ws, {});
    expect(all.overall.won + all.overall.lost + all.overall.noDecision).toBe(60);
    expect(all.overall.won).toBeGreaterThan(10);
    expect(all.overall.lost).toBeGreaterThan(10);
    expect(all.overall.noDecision).toBeGreaterThan(0);
    const since = new Date(Date.now() - 181 * 86_400_000).toISOString().slice(0, 10);
    expect((await winRates(db, ws, { from: since })).overall).toEqual(all.overall);

    const byRival = await winRates(db, ws, { by: 'competitor' });
    expect(byRival.groups.map((g) => g.label)).toEqual(
      expect.arrayContaining(['Lumina BI', 'Quantrix Cloud', 'DIY open-source stack']),
    );
    for (const g of byRival.groups) expect(g.winRate).not.toBeNull();

    const ctx = { db, workspaceId: ws, role: 'viewer' as const, actor: { userId: '', name: '', email: '' } };
    const deals = (await listDeals(ctx, { limit: 200 })).items;
    const lostTo = (name: string) => deals.filter((d) => d.outcome === 'lost' && d.competitor?.name === name);
    // Lost on price to the cheap challenger, on missing features to the enterprise incumbent.
    expect(lostTo('Quantrix Cloud').filter((d) => d.reason === 'price').length).toBeGreaterThan(
      lostTo('Quantrix Cloud').length / 2,
    );
    expect(lostTo('Lumina BI').some((d) => d.reason === 'missing_feature')).toBe(true);
    // Some wins are expansions of demo customers, the customer's segment filled in.
    const fromCustomers = deals.filter((d) => d.outcome === 'won' && d.customer);
    expect(fromCustomers.length).toBeGreaterThan(3);
    expect(fromCustomers.every((d) => d.segment !== null)).toBe(true);
    expect(deals.every((d) => d.product && d.amount > 0 && d.externalId)).toBe(true);
  });
});
