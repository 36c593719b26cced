import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { featureFeedback, features } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { contacts, customers } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

const stored = async (workspaceId: string) =>
  env.database.db.select().from(customers).where(eq(customers.workspaceId, workspaceId));
const storedContacts = async (workspaceId: string) =>
  env.database.db.select().from(contacts).where(eq(contacts.workspaceId, workspaceId));

const CREATORS = ['admin', 'product_manager', 'product_marketer', 'sales'];
const OWNERS = ['admin', 'product_manager'];

describe('customers', () => {
  it('creates a customer, reads it back and logs the change', async () => {
    const res = await team.sales.post(`${team.ws}/customers`, {
      name: 'Globex',
      externalId: 'crm-1',
      website: 'https://globex.example',
      segment: 'enterprise',
      plan: 'Scale',
      annualRevenue: 120000,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      name: 'Globex',
      externalId: 'crm-1',
      segment: 'enterprise',
      version: 1,
    });
    const got = await team.viewer.get(`${team.ws}/customers/${res.data.id}`);
    expect(got.data).toEqual(res.data);
    const [log] = await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, res.data.id)));
    expect(log).toMatchObject({ entityType: 'customer', action: 'created', actorId: team.sales.user.id });
  });

  it('applies the ownership matrix to every write', async () => {
    for (const role of ALL_ROLES) {
      const res = await team[role].post(`${team.ws}/customers`, { name: `By ${role}` });
      expect(res.statusCode, role).toBe(CREATORS.includes(role) ? 201 : 403);
      if (res.statusCode === 403) expect(res.data.ownerRoles).toEqual(OWNERS);
    }
    for (const role of ALL_ROLES) {
      const c = await team.admin.post(`${team.ws}/customers`, { name: `Owned ${role}` });
      const upd = await team[role].patch(`${team.ws}/customers/${c.data.id}`, { plan: 'Pro' });
      expect(upd.statusCode, role).toBe(OWNERS.includes(role) ? 200 : 403);
      const del = await team[role].delete(`${team.ws}/customers/${c.data.id}`);
      expect(del.statusCode, role).toBe(OWNERS.includes(role) ? 204 : 403);
    }
  });

  it('validates input and writes nothing on failure', async () => {
    const before = await stored(team.workspaceId);
    const bad = [
      {},
      { name: '' },
      { name: 'x'.repeat(201) },
      { name: 'ok', annualRevenue: -1 },
      { name: 'ok', segment: 'galactic' },
      { name: 'ok', extra: true },
      { name: 'ok', annualRevenue: '10' },
    ];
    for (const body of bad)
      expect(
        (await team.product_manager.post(`${team.ws}/customers`, body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    expect(await stored(team.workspaceId)).toHaveLength(before.length);
  });

  it('keeps external ids unique per workspace (409), but not across workspaces', async () => {
    await team.product_manager.post(`${team.ws}/customers`, { name: 'Initech', externalId: 'dup-1' });
    const again = await team.product_manager.post(`${team.ws}/customers`, {
      name: 'Initech 2',
      externalId: 'dup-1',
    });
    expect(again.statusCode).toBe(409);
    expect(again.data.detail).toContain('dup-1');
    const b = await team.product_manager.post(`${team.ws}/customers`, { name: 'Other co' });
    const clash = await team.product_manager.patch(`${team.ws}/customers/${b.data.id}`, {
      externalId: 'dup-1',
    });
    expect(clash.statusCode).toBe(409);
    const elsewhere = await other.product_manager.post(`${other.ws}/customers`, {
      name: 'X',
      externalId: 'dup-1',
    });
    expect(elsewhere.statusCode).toBe(201);
    const noIds = [
      await team.product_manager.post(`${team.ws}/customers`, { name: 'No id 1' }),
      await team.product_manager.post(`${team.ws}/customers`, { name: 'No id 2' }),
    ];
    expect(noIds.map((r) => r.statusCode)).toEqual([201, 201]);
  });

  it('refuses a stale update and keeps the stored value', async () => {
    const c = await team.product_manager.post(`${team.ws}/customers`, { name: 'Versioned' });
    const url = `${team.ws}/customers/${c.data.id}`;
    expect((await team.product_manager.patch(url, { plan: 'v2', version: 1 })).data.version).toBe(2);
    const stale = await team.product_manager.patch(url, { plan: 'lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    const staleDelete = await team.product_manager.delete(url, { 'if-match': '"1"' });
    expect(staleDelete.statusCode).toBe(409);
    expect((await team.viewer.get(url)).data.plan).toBe('v2');
  });

  it('filters, sorts and paginates without duplicates', async () => {
    const rows = [
      ['Sortco A', 'smb', 'Basic', 300],
      ['Sortco B', 'enterprise', 'Scale', 100],
      ['Sortco C', 'enterprise', 'Basic', 200],
      ['Sortco D', 'smb', 'Scale', 50],
    ] as const;
    for (const [n, segment, plan, annualRevenue] of rows)
      await team.product_manager.post(`${team.ws}/customers`, { name: n, segment, plan, annualRevenue });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: any = await team.viewer.get(
        `${team.ws}/customers?q=sortco&sort=-annualRevenue&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.data.items.map((c: { name: string }) => c.name));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Sortco A', 'Sortco C', 'Sortco B', 'Sortco D']);
    const ent = await team.viewer.get(`${team.ws}/customers?q=Sortco&segment=enterprise&plan=Basic`);
    expect(ent.data.items.map((c: { name: string }) => c.name)).toEqual(['Sortco C']);
    expect((await team.viewer.get(`${team.ws}/customers?sort=website`)).statusCode).toBe(422);
  });

  it('refuses to delete a customer with contacts or feedback, naming the counts', async () => {
    const c = await team.product_manager.post(`${team.ws}/customers`, { name: 'Busy' });
    await team.product_manager.post(`${team.ws}/contacts`, { customerId: c.data.id, name: 'Pat' });
    await env.database.db
      .insert(feedback)
      .values({ workspaceId: team.workspaceId, text: 'x', source: 'email', customerId: c.data.id });
    const del = await team.product_manager.delete(`${team.ws}/customers/${c.data.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.data.detail).toContain('1 contacts and 1 feedback items');
    expect((await team.viewer.get(`${team.ws}/customers/${c.data.id}`)).statusCode).toBe(200);
  });

  it('never reads or changes another workspace’s customers', async () => {
    const theirs = await other.product_manager.post(`${other.ws}/customers`, { name: 'Secret Corp' });
    const url = `${team.ws}/customers/${theirs.data.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { name: 'Hacked' })).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);
    expect((await team.admin.get(`${team.ws}/customers?q=Secret`)).data.items).toHaveLength(0);
    expect((await other.viewer.get(`${other.ws}/customers/${theirs.data.id}`)).data.name).toBe('Secret Corp');
  });

  it('refreshes the demand of linked features when annual revenue changes', async () => {
    const db = env.database.db;
    const product = await team.product_manager.post(`${team.ws}/products`, { name: 'Demand product' });
    const c = await team.product_manager.post(`${team.ws}/customers`, { name: 'Rich', annualRevenue: 1000 });
    const [fb] = await db
      .insert(feedback)
      .values({ workspaceId: team.workspaceId, text: 'need it', source: 'email', customerId: c.data.id })
      .returning();
    const [feat] = await db
      .insert(features)
      .values({ workspaceId: team.workspaceId, productId: product.data.id, title: 'Demand' })
      .returning();
    await db
      .insert(featureFeedback)
      .values({ workspaceId: team.workspaceId, featureId: feat!.id, feedbackId: fb!.id });
    await team.product_manager.patch(`${team.ws}/customers/${c.data.id}`, { annualRevenue: 5000 });
    const [after] = await db.select().from(features).where(eq(features.id, feat!.id));
    expect(after).toMatchObject({ customerRevenue: 5000, customerCount: 1, feedbackCount: 1 });
  });
});

describe('contacts', () => {
  it('creates, lists, updates and deletes contacts with the ownership matrix', async () => {
    const c = await team.product_manager.post(`${team.ws}/customers`, { name: 'Contacts Inc' });
    for (const role of ALL_ROLES) {
      const res = await team[role].post(`${team.ws}/contacts`, {
        customerId: c.data.id,
        name: `Person ${role}`,
        email: `${role}@contacts.example`,
        title: 'CTO',
      });
      expect(res.statusCode, role).toBe(CREATORS.includes(role) ? 201 : 403);
    }
    const list = await team.viewer.get(`${team.ws}/contacts?customerId=${c.data.id}&limit=200`);
    expect(list.data.items).toHaveLength(CREATORS.length);
    const byEmail = await team.viewer.get(`${team.ws}/contacts?q=sales@contacts`);
    expect(byEmail.data.items.map((p: { name: string }) => p.name)).toEqual(['Person sales']);
    for (const role of ALL_ROLES) {
      const p = await team.admin.post(`${team.ws}/contacts`, { customerId: c.data.id, name: `Tmp ${role}` });
      const upd = await team[role].patch(`${team.ws}/contacts/${p.data.id}`, { title: 'VP' });
      expect(upd.statusCode, role).toBe(OWNERS.includes(role) ? 200 : 403);
      const del = await team[role].delete(`${team.ws}/contacts/${p.data.id}`);
      expect(del.statusCode, role).toBe(OWNERS.includes(role) ? 204 : 403);
    }
  });

  it('validates, refuses foreign customers (422) and writes nothing', async () => {
    const c = await team.product_manager.post(`${team.ws}/customers`, { name: 'Valid Co' });
    const theirs = await other.product_manager.post(`${other.ws}/customers`, { name: 'Theirs' });
    const before = await storedContacts(team.workspaceId);
    for (const body of [
      { name: 'No customer' },
      { customerId: c.data.id, name: '' },
      { customerId: c.data.id, name: 'x', email: 'not-an-email' },
      { customerId: c.data.id, name: 'x', shoeSize: 44 },
    ])
      expect((await team.product_manager.post(`${team.ws}/contacts`, body)).statusCode).toBe(400);
    const cross = await team.product_manager.post(`${team.ws}/contacts`, {
      customerId: theirs.data.id,
      name: 'x',
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('customerId');
    expect(await storedContacts(team.workspaceId)).toHaveLength(before.length);
    const mine = await team.product_manager.post(`${team.ws}/contacts`, {
      customerId: c.data.id,
      name: 'Mine',
    });
    const move = await team.product_manager.patch(`${team.ws}/contacts/${mine.data.id}`, {
      customerId: theirs.data.id,
    });
    expect(move.statusCode).toBe(422);
  });

  it('refuses stale versions and other workspaces’ contacts', async () => {
    const c = await team.product_manager.post(`${team.ws}/customers`, { name: 'Stale Co' });
    const p = await team.product_manager.post(`${team.ws}/contacts`, { customerId: c.data.id, name: 'Sam' });
    const url = `${team.ws}/contacts/${p.data.id}`;
    expect((await team.product_manager.patch(url, { title: 'A', version: 1 })).statusCode).toBe(200);
    expect((await team.product_manager.patch(url, { title: 'B', version: 1 })).statusCode).toBe(409);
    expect((await team.product_manager.delete(url, { 'if-match': '1' })).statusCode).toBe(409);
    expect((await team.viewer.get(url)).data.title).toBe('A');
    const oc = await other.product_manager.post(`${other.ws}/customers`, { name: 'O' });
    const op = await other.product_manager.post(`${other.ws}/contacts`, {
      customerId: oc.data.id,
      name: 'Them',
    });
    const theirUrl = `${team.ws}/contacts/${op.data.id}`;
    expect((await team.admin.get(theirUrl)).statusCode).toBe(404);
    expect((await team.admin.patch(theirUrl, { title: 'x' })).statusCode).toBe(404);
    expect((await team.admin.delete(theirUrl)).statusCode).toBe(404);
  });

  it('refuses to delete a contact named by feedback', async () => {
    const c = await team.product_manager.post(`${team.ws}/customers`, { name: 'Named Co' });
    const p = await team.product_manager.post(`${team.ws}/contacts`, {
      customerId: c.data.id,
      name: 'Quoted',
    });
    await env.database.db.insert(feedback).values({
      workspaceId: team.workspaceId,
      text: 'x',
      source: 'email',
      customerId: c.data.id,
      contactId: p.data.id,
    });
    const del = await team.product_manager.delete(`${team.ws}/contacts/${p.data.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.data.detail).toContain('1 feedback');
  });
});
