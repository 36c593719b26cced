import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { rows } from '../../db/sql.ts';
import { dealImports, deals } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Import'), await newTeam(env.app, 'Import elsewhere')];
  make = factories(env, team);
});
afterAll(() => env.close());

const importCsv = (csv: string, dryRun?: boolean, client = team.sales) =>
  client.post(`${team.ws}/deals/import`, { csv, ...(dryRun === undefined ? {} : { dryRun }) });
const stored = (t = team) => env.database.db.select().from(deals).where(eq(deals.workspaceId, t.workspaceId));
const receipts = (t = team) =>
  env.database.db.select().from(dealImports).where(eq(dealImports.workspaceId, t.workspaceId));

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

    // The same file again is a retry: the first report, nothing written. Imported again on purpose (a
    // new key), its known external ids change nothing; a changed row updates its deal.
    const retry = await importCsv(csv);
    expect(retry.data).toMatchObject({ imported: 3, created: 3, unchanged: 0, replayed: true });
    const again = await team.sales.post(`${team.ws}/deals/import`, { csv }, { 'idempotency-key': 'again-1' });
    expect(again.data).toMatchObject({ imported: 0, created: 0, updated: 0, unchanged: 3, replayed: false });
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

describe('a retried deal import', () => {
  let n = 0;
  /** A file of rows without external ids: only the replay guard stops a retry from doubling them. */
  const noIds = (rows = 3) =>
    [
      'name,account,amount,outcome,closed_on',
      ...Array.from(
        { length: rows },
        (_, i) => `Retry ${++n} deal ${i},Account ${n},${100 + i},won,2025-03-0${i + 1}`,
      ),
    ].join('\n');
  const upload = (csv: string, key?: string, t = team, dryRun?: boolean) =>
    t.sales.post(
      `${t.ws}/deals/import`,
      { csv, ...(dryRun ? { dryRun } : {}) },
      key ? { 'idempotency-key': key } : {},
    );
  const named = async (csv: string, t = team) => {
    const names = csv
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    return (await stored(t)).filter((d) => names.includes(d.name));
  };
  const importedActivity = (t = team) =>
    rows<{ n: number }>(
      env.database.db,
      sql`select count(*)::int as n from activity where workspace_id = ${t.workspaceId} and entity_type = 'deal' and action = 'imported'`,
    );

  it('answers the same upload twice with the first result and one set of rows', async () => {
    const csv = noIds();
    const first = await upload(csv);
    expect(first.statusCode).toBe(200);
    expect(first.data).toMatchObject({ imported: 3, created: 3, replayed: false });
    const logged = await importedActivity();
    const second = await upload(csv);
    expect(second.statusCode).toBe(200);
    expect(second.data).toEqual({ ...first.data, replayed: true });
    expect(await named(csv)).toHaveLength(3);
    expect(await importedActivity()).toEqual(logged);
  });

  it('replays by Idempotency-Key, refuses the key with another file, and imports a new key', async () => {
    const csv = noIds(2);
    const key = `upload-${Date.now()}-a`;
    expect((await upload(csv, key)).data).toMatchObject({ created: 2, replayed: false });
    expect((await upload(csv, key)).data).toMatchObject({ created: 2, replayed: true });
    const reused = await upload(noIds(1), key);
    expect(reused.statusCode).toBe(422);
    expect(reused.data.errors).toEqual([
      { path: 'Idempotency-Key', message: expect.stringContaining('another file') },
    ]);
    expect(await named(csv)).toHaveLength(2);
    // A new key is a new upload on purpose: the person chose the file again.
    expect((await upload(csv, `upload-${Date.now()}-b`)).data).toMatchObject({ created: 2, replayed: false });
    expect(await named(csv)).toHaveLength(4);
    const tooLong = await team.sales.post(
      `${team.ws}/deals/import`,
      { csv: noIds(1) },
      { 'idempotency-key': 'k'.repeat(256) },
    );
    expect(tooLong.statusCode).toBe(400);
    const blank = await team.sales.post(
      `${team.ws}/deals/import`,
      { csv: noIds(1) },
      { 'idempotency-key': '   ' },
    );
    expect(blank.statusCode).toBe(400);
  });

  it('lets two concurrent identical uploads insert one set of rows', async () => {
    const csv = noIds(4);
    const answers = await Promise.all([upload(csv), upload(csv), upload(csv)]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200]);
    expect(answers.filter((a) => !a.data.replayed)).toHaveLength(1);
    for (const a of answers) expect(a.data).toMatchObject({ imported: 4, created: 4 });
    expect(await named(csv)).toHaveLength(4);
    const key = `concurrent-${Date.now()}`;
    const keyed = noIds(2);
    const both = await Promise.all([upload(keyed, key), upload(keyed, key)]);
    expect(both.map((a) => a.data.replayed).sort()).toEqual([false, true]);
    expect(await named(keyed)).toHaveLength(2);
  });

  it('keeps no claim for a dry run or a refused file', async () => {
    const csv = noIds(2);
    const before = (await receipts()).length;
    expect((await upload(csv, undefined, team, true)).data).toMatchObject({ created: 2, replayed: false });
    expect((await upload(csv, 'dry-key', team, true)).data).toMatchObject({ created: 2, replayed: false });
    expect((await upload('name,amount\nX,1')).statusCode).toBe(422);
    expect(await receipts()).toHaveLength(before);
    expect(await named(csv)).toHaveLength(0);
    expect((await upload(csv)).data).toMatchObject({ created: 2, replayed: false });
    expect(await receipts()).toHaveLength(before + 1);
  });

  it('keeps workspaces apart: the same file elsewhere is its own import', async () => {
    const csv = noIds(2);
    expect((await upload(csv, 'shared-key')).data).toMatchObject({ created: 2, replayed: false });
    expect((await upload(csv, 'shared-key', other)).data).toMatchObject({ created: 2, replayed: false });
    expect((await upload(csv, undefined, other)).data).toMatchObject({ created: 2, replayed: false });
    expect((await upload(csv, undefined, other)).data).toMatchObject({ created: 2, replayed: true });
    expect(await named(csv)).toHaveLength(2);
    expect(await named(csv, other)).toHaveLength(4);
  });

  it('forgets an import after 24 hours', async () => {
    const csv = noIds(1);
    expect((await upload(csv)).data.replayed).toBe(false);
    await env.database.db.execute(
      sql`update deal_imports set created_at = now() - interval '25 hours' where workspace_id = ${team.workspaceId}`,
    );
    expect((await upload(csv)).data.replayed).toBe(false);
    expect(await named(csv)).toHaveLength(2);
  });
});
