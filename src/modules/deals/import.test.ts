import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { deals } from './schema.ts';

let env: TestEnv;
let team: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Import');
  make = factories(env, team);
});
afterAll(() => env.close());

const importCsv = (csv: string, dryRun?: boolean, client = team.sales) =>
  client.post(`${team.ws}/deals/import`, { csv, ...(dryRun === undefined ? {} : { dryRun }) });
const stored = () => env.database.db.select().from(deals).where(eq(deals.workspaceId, team.workspaceId));

describe('deal CSV import', () => {
  it('matches customers, competitors and products, reports bad rows, and re-imports idempotently', async () => {
    const globex = await make.customer({ name: 'Globex', externalId: 'ACC-7', segment: 'enterprise' });
    const initech = await make.customer({ name: 'Initech', segment: 'smb' });
    const rival = await make.competitor({ name: 'Quantrix Cloud' });
    const product = await make.product({ name: 'Dashboards' });
    const csv = [
      'Name,Account,Amount,Outcome,Competitor,Reason,Reason Detail,Closed On,Product,Segment,External ID',
      'Globex renewal,ACC-7,"$48,000",Won,quantrix cloud,Product fit,Semantic layer,2025-05-01,dashboards,,OPP-1',
      'Initech pilot,initech,9000,LOST,Quantrix Cloud,price,45% off,2025-06-01,,,OPP-2',
      'Hooli,Hooli Inc,12000,No Decision,,timing,,2025-07-01,,Mid-market,OPP-3',
      'Bad one,Someone,-5,maybe,Nobody,vibes,,2999-01-01,Nothing,planet,OPP-4',
      ',,,,,,,,,,',
      'No buyer,,100,won,,,,2025-01-01,,,',
    ].join('\n');
    const dry = await importCsv(csv, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.data).toMatchObject({ imported: 3, created: 3, updated: 0, unchanged: 0 });
    expect(await stored()).toHaveLength(0);

    const res = await importCsv(csv);
    expect(res.data).toMatchObject({ imported: 3, created: 3, updated: 0, unchanged: 0 });
    expect(res.data.columns).toContain('reason_detail');
    expect(res.data.rejected).toMatchObject([
      {
        row: 4,
        errors: [
          { column: 'amount', message: expect.stringContaining('-5') },
          { column: 'outcome', message: expect.stringContaining('maybe') },
          { column: 'closed_on', message: 'A deal cannot close in the future' },
          { column: 'segment', message: expect.stringContaining('planet') },
          { column: 'competitor', message: 'No competitor named "Nobody"' },
          { column: 'product', message: 'No product named "Nothing"' },
          { column: 'reason', message: expect.stringContaining('vibes') },
        ],
        values: { name: 'Bad one' },
      },
      { row: 5, errors: expect.arrayContaining([{ column: 'name', message: 'Name is required' }]) },
      { row: 6, errors: [{ column: 'account', message: 'Name the customer or account' }] },
    ]);
    const rows = await stored();
    const by = (ext: string) => rows.find((r) => r.externalId === ext)!;
    expect(by('OPP-1')).toMatchObject({
      customerId: globex.id,
      accountName: '',
      segment: 'enterprise',
      amount: 48_000,
      outcome: 'won',
      competitorId: rival.id,
      reason: 'product_fit',
      productId: product.id,
    });
    expect(by('OPP-2')).toMatchObject({
      customerId: initech.id,
      segment: 'smb',
      outcome: 'lost',
      reason: 'price',
    });
    expect(by('OPP-3')).toMatchObject({
      customerId: null,
      accountName: 'Hooli Inc',
      segment: 'mid_market',
      outcome: 'no_decision',
    });

    // The same file again changes nothing; a changed row updates its deal.
    const again = await importCsv(csv);
    expect(again.data).toMatchObject({ imported: 0, created: 0, updated: 0, unchanged: 3 });
    const changed = await importCsv(
      [
        'name,customer,amount,outcome,closed_on,external_id',
        'Initech pilot,Initech,9000,won,2025-06-02,OPP-2',
      ].join('\n'),
    );
    expect(changed.data).toMatchObject({ imported: 1, created: 0, updated: 1, unchanged: 0 });
    const after = await stored();
    expect(after).toHaveLength(3);
    expect(after.find((r) => r.externalId === 'OPP-2')).toMatchObject({
      outcome: 'won',
      closedOn: '2025-06-02',
      version: 2,
      competitorId: null,
    });
  });

  it('refuses a file without the required columns or with unknown ones, and duplicate external ids per row', async () => {
    const missing = await importCsv('name,amount\nX,1');
    expect(missing.statusCode).toBe(422);
    expect(missing.data.detail).toContain('missing: outcome, closed_on');
    const unknown = await importCsv('name,amount,outcome,closed_on,stage\nX,1,won,2025-01-01,closed');
    expect(unknown.statusCode).toBe(422);
    expect(unknown.data.detail).toContain('unknown: stage');
    expect((await importCsv('name,amount\n"unterminated,1')).statusCode).toBe(422);
    const dup = await importCsv(
      [
        'name,account,amount,outcome,closed_on,external_id',
        'A,X,1,won,2025-01-01,D-1',
        'B,Y,1,lost,2025-01-01,D-1',
      ].join('\n'),
    );
    expect(dup.data.created).toBe(1);
    expect(dup.data.rejected).toMatchObject([
      { row: 2, errors: [{ column: 'external_id', message: 'Also on row 1 of this file' }] },
    ]);
  });

  it('is for sales and product marketing', async () => {
    const csv = 'name,account,amount,outcome,closed_on\nA,X,1,won,2025-01-01';
    expect((await importCsv(csv, true, team.product_marketer)).statusCode).toBe(200);
    for (const role of [team.product_manager, team.marketer, team.viewer])
      expect((await importCsv(csv, true, role)).statusCode).toBe(403);
  });
});
