import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { deals } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
});
afterAll(() => env.close());

const stored = () => env.database.db.select().from(deals).where(eq(deals.workspaceId, team.workspaceId));
const today = () => new Date().toISOString().slice(0, 10);
const record = (body: Record<string, unknown> = {}, client = team.sales) =>
  client.post(`${team.ws}/deals`, {
    name: 'Globex expansion',
    accountName: 'Globex',
    amount: 24_000,
    outcome: 'lost',
    closedOn: '2026-01-15',
    ...body,
  });

describe('deals', () => {
  it('records a deal with its customer, competitor and product named, and the customer segment filled', async () => {
    const customer = await make.customer({ name: 'Initech', segment: 'enterprise' });
    const competitor = await make.competitor({ name: 'Lumina BI' });
    const product = await make.product({ name: 'Dashboards' });
    const res = await record({
      name: 'Initech renewal',
      accountName: undefined,
      customerId: customer.id,
      competitorId: competitor.id,
      productId: product.id,
      outcome: 'won',
      reason: 'product_fit',
      reasonDetail: 'Semantic layer sold it',
      externalId: ' CRM-1 ',
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      name: 'Initech renewal',
      customer: { id: customer.id, name: 'Initech' },
      competitor: { id: competitor.id, name: 'Lumina BI' },
      product: { id: product.id, name: 'Dashboards' },
      segment: 'enterprise',
      accountName: '',
      amount: 24_000,
      outcome: 'won',
      reason: 'product_fit',
      externalId: 'CRM-1',
      version: 1,
    });
    // A segment given wins over the customer's.
    const given = await record({ customerId: customer.id, segment: 'smb', accountName: undefined });
    expect(given.data.segment).toBe('smb');
    const got = await team.viewer.get(`${team.ws}/deals/${res.data.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.data).toEqual(res.data);
    const logged = await env.database.db.select().from(activity).where(eq(activity.entityId, res.data.id));
    expect(logged.map((a) => a.action)).toEqual(['created']);
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const before = (await stored()).length;
    const noBuyer = await record({ accountName: '  ' });
    expect(noBuyer.statusCode).toBe(422);
    expect(noBuyer.data.errors[0].path).toBe('customerId');
    const future = await record({ closedOn: '2999-01-01' });
    expect(future.statusCode).toBe(422);
    expect(future.data.errors[0].path).toBe('closedOn');
    expect((await record({ amount: -1 })).statusCode).toBe(400);
    expect((await record({ outcome: 'pending' })).statusCode).toBe(400);
    expect((await record({ reason: 'vibes' })).statusCode).toBe(400);
    expect((await record({ closedOn: '15/01/2026' })).statusCode).toBe(400);
    expect((await record({ name: '' })).statusCode).toBe(400);
    // Ids of another workspace are unknown here.
    const theirs = await factories(env, other).competitor();
    const foreign = await record({ competitorId: theirs.id });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.data.errors[0].path).toBe('competitorId');
    const foreignCustomer = await record({ customerId: (await factories(env, other).customer()).id });
    expect(foreignCustomer.data.errors[0].path).toBe('customerId');
    expect((await record({ productId: '00000000-0000-4000-8000-000000000000' })).data.errors[0].path).toBe(
      'productId',
    );
    await record({ externalId: 'DUP-1' });
    const dup = await record({ externalId: 'DUP-1' });
    expect(dup.statusCode).toBe(409);
    expect(dup.data.errors[0].path).toBe('externalId');
    expect((await stored()).length).toBe(before + 1);
  });

  it('updates with the version, keeps a buyer, and deletes', async () => {
    const created = (await record({ closedOn: today() })).data;
    const patched = await team.product_marketer.patch(`${team.ws}/deals/${created.id}`, {
      outcome: 'no_decision',
      reason: 'timing',
      version: 1,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.data).toMatchObject({ outcome: 'no_decision', reason: 'timing', version: 2 });
    const stale = await team.sales.patch(`${team.ws}/deals/${created.id}`, { amount: 5, version: 1 });
    expect(stale.statusCode).toBe(409);
    const noBuyer = await team.sales.patch(`${team.ws}/deals/${created.id}`, { accountName: '' });
    expect(noBuyer.statusCode).toBe(422);
    expect(noBuyer.data.errors[0].path).toBe('accountName');
    const future = await team.sales.patch(`${team.ws}/deals/${created.id}`, { closedOn: '2999-12-31' });
    expect(future.data.errors[0].path).toBe('closedOn');
    expect((await team.sales.get(`${team.ws}/deals/${created.id}`)).data.version).toBe(2);
    expect((await other.admin.get(`${other.ws}/deals/${created.id}`)).statusCode).toBe(404);
    expect((await team.sales.delete(`${team.ws}/deals/${created.id}`)).statusCode).toBe(204);
    expect((await team.sales.get(`${team.ws}/deals/${created.id}`)).statusCode).toBe(404);
  });

  it('lets sales and product marketing record deals; everyone else reads', async () => {
    expect((await record({}, team.product_marketer)).statusCode).toBe(201);
    expect((await record({}, team.admin)).statusCode).toBe(201);
    for (const reader of [team.product_manager, team.marketer, team.viewer]) {
      const refused = await record({}, reader);
      expect(refused.statusCode).toBe(403);
      expect(refused.data.ownerRoles).toEqual(expect.arrayContaining(['sales', 'product_marketer']));
      expect((await reader.get(`${team.ws}/deals`)).statusCode).toBe(200);
    }
    const id = (await record()).data.id;
    expect((await team.marketer.patch(`${team.ws}/deals/${id}`, { amount: 1 })).statusCode).toBe(403);
    expect((await team.viewer.delete(`${team.ws}/deals/${id}`)).statusCode).toBe(403);
  });

  it('lists newest closed first, filters, searches and pages', async () => {
    const fresh = await newTeam(env.app, 'Lists');
    const f = factories(env, fresh);
    const rival = await f.competitor({ name: 'Quantrix' });
    const customer = await f.customer({ name: 'Umbrella Corp', segment: 'mid_market' });
    const add = (body: Record<string, unknown>) =>
      fresh.sales.post(`${fresh.ws}/deals`, { name: 'D', amount: 1, outcome: 'won', ...body });
    await add({ name: 'Oldest', accountName: 'Hooli', closedOn: '2025-03-01' });
    await add({ name: 'Middle', customerId: customer.id, closedOn: '2025-06-01', competitorId: rival.id });
    await add({ name: 'Newest', accountName: 'Vandelay', closedOn: '2025-09-01', outcome: 'lost' });
    const all = await fresh.viewer.get(`${fresh.ws}/deals`);
    expect(all.data.items.map((d: { name: string }) => d.name)).toEqual(['Newest', 'Middle', 'Oldest']);
    const names = async (query: string) =>
      (await fresh.viewer.get(`${fresh.ws}/deals?${query}`)).data.items.map((d: { name: string }) => d.name);
    expect(await names('outcome=lost')).toEqual(['Newest']);
    expect(await names(`competitorId=${rival.id}`)).toEqual(['Middle']);
    expect(await names(`customerId=${customer.id}`)).toEqual(['Middle']);
    expect(await names('segment=mid_market')).toEqual(['Middle']);
    expect(await names('from=2025-05-01&to=2025-08-31')).toEqual(['Middle']);
    expect(await names('q=umbrella')).toEqual(['Middle']);
    expect(await names('q=hoo')).toEqual(['Oldest']);
    expect(await names('sort=closedOn')).toEqual(['Oldest', 'Middle', 'Newest']);
    const first = await fresh.viewer.get(`${fresh.ws}/deals?limit=2`);
    expect(first.data.items).toHaveLength(2);
    const second = await fresh.viewer.get(
      `${fresh.ws}/deals?limit=2&cursor=${encodeURIComponent(first.data.nextCursor)}`,
    );
    expect(second.data.items.map((d: { name: string }) => d.name)).toEqual(['Oldest']);
    expect(second.data.nextCursor).toBeNull();
    expect((await fresh.viewer.get(`${fresh.ws}/deals?sort=name`)).statusCode).toBe(422);
  });
});
