import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, type TestEnv } from '../../test/harness.ts';
import { listDeals } from '../modules/deals/deals.ts';
import { winRates } from '../modules/deals/win-rates.ts';
import { hashPassword } from '../core/secrets.ts';
import type { Db } from '../db/client.ts';
import { buildDemo } from './build.ts';

let env: TestEnv;
let demo: Awaited<ReturnType<typeof buildDemo>>;
beforeAll(async () => {
  env = await createTestEnv();
  // A copy of the demo under its own email domain: test files share one PostgreSQL database, and
  // demo.test.ts seeds the demo itself under the real addresses.
  const domain = `deals-${Date.now().toString(36)}-${process.pid}.test`;
  const hash = await hashPassword('not used in these tests');
  demo = await env.database.db.transaction((tx) =>
    buildDemo(tx as unknown as Db, hash, { emailDomain: domain }),
  );
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
