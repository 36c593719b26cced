import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { personas, personaProducts } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let theirs: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  theirs = factories(env, other);
});
afterAll(() => env.close());

const OWNERS = ['admin', 'product_marketer'];

describe('personas', () => {
  it('creates a persona with every field and its products, and reads it back with mention counts', async () => {
    const [p1, p2] = [(await make.product()).id, (await make.product()).id];
    const res = await team.product_marketer.post(`${team.ws}/personas`, {
      name: '  Fiona the CFO ',
      title: 'Chief Financial Officer',
      description: 'Signs off on every tool over 10k a year',
      demographics: '45–55, finance background',
      firmographics: 'Mid-market SaaS, 200–1000 staff',
      goals: ['Close the books in 3 days'],
      pains: ['Spreadsheets everywhere', 'Late numbers'],
      motivations: ['Board confidence'],
      objections: ['Another tool to secure'],
      preferredChannels: ['email', 'events', 'email'],
      buyingRole: 'economic_buyer',
      productIds: [p1, p2, p1],
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      name: 'Fiona the CFO',
      title: 'Chief Financial Officer',
      goals: ['Close the books in 3 days'],
      pains: ['Spreadsheets everywhere', 'Late numbers'],
      preferredChannels: ['email', 'events'],
      buyingRole: 'economic_buyer',
      version: 1,
    });
    expect(new Set(res.data.productIds)).toEqual(new Set([p1, p2]));
    expect(res.data.productIds).toHaveLength(2);
    const got = await team.viewer.get(`${team.ws}/personas/${res.data.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.data).toEqual({ ...res.data, feedbackCount: 0, featureCount: 0 });
    expect(await make.stored.rows(personaProducts, eq(personaProducts.personaId, res.data.id))).toHaveLength(
      2,
    );
    const log = await make.stored.activityOf(res.data.id);
    expect(log.map((l) => l.action)).toEqual(['created']);
    expect(log[0]!.actorId).toBe(team.product_marketer.user.id);
    expect(log[0]!.changes.name).toEqual({ before: null, after: 'Fiona the CFO' });
  });

  it('lets only product marketers and admins write personas; others get 403 naming the owners', async () => {
    const mine = await make.persona();
    for (const role of ALL_ROLES) {
      const created = await team[role].post(`${team.ws}/personas`, { name: `By ${role}` });
      const patched = await team[role].patch(`${team.ws}/personas/${mine.id}`, { description: `By ${role}` });
      const target = await make.persona();
      const deleted = await team[role].delete(`${team.ws}/personas/${target.id}`);
      const owner = OWNERS.includes(role);
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      expect(patched.statusCode, role).toBe(owner ? 200 : 403);
      expect(deleted.statusCode, role).toBe(owner ? 204 : 403);
      if (!owner) {
        expect(created.data.ownerRoles).toEqual(OWNERS);
        expect(patched.data.ownerRoles).toEqual(OWNERS);
        expect(deleted.data.ownerRoles).toEqual(OWNERS);
      }
    }
    const names = (await make.stored.rows(personas)).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['By admin', 'By product_marketer']));
    for (const role of ['product_manager', 'marketer', 'sales', 'viewer'])
      expect(names).not.toContain(`By ${role}`);
  });

  it('validates input with field paths and writes nothing on failure', async () => {
    const before = await make.stored.rows(personas);
    const bad = [
      {},
      { name: '' },
      { name: '   ' },
      { name: 'x'.repeat(201) },
      { name: 'ok', extra: 1 },
      { name: 'ok', preferredChannels: ['carrier_pigeon'] },
      { name: 'ok', buyingRole: 'king' },
      { name: 'ok', goals: ['x'.repeat(501)] },
      { name: 'ok', goals: [''] },
      { name: 'ok', pains: Array.from({ length: 51 }, (_, i) => `pain ${i}`) },
      { name: 'ok', productIds: ['not-a-uuid'] },
      { name: 'ok', title: 'x'.repeat(501) },
    ];
    for (const body of bad) {
      const res = await team.product_marketer.post(`${team.ws}/personas`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const channel = await team.product_marketer.post(`${team.ws}/personas`, {
      name: 'ok',
      preferredChannels: ['carrier_pigeon'],
    });
    expect(channel.data.errors[0].path).toBe('body.preferredChannels.0');
    const good = (await make.product()).id;
    const foreign = (await theirs.product()).id;
    const cross = await team.product_marketer.post(`${team.ws}/personas`, {
      name: 'ok',
      productIds: [good, foreign],
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors.map((e: { path: string }) => e.path)).toEqual(['productIds.1']);
    expect(await make.stored.rows(personas)).toHaveLength(before.length);

    const p = await make.persona({ productIds: [good] });
    const badPatch = await team.product_marketer.patch(`${team.ws}/personas/${p.id}`, {
      name: 'changed',
      productIds: [foreign],
    });
    expect(badPatch.statusCode).toBe(422);
    expect(badPatch.data.errors[0].path).toBe('productIds.0');
    const stored = (await make.stored.rows(personas)).find((x) => x.id === p.id)!;
    expect(stored).toMatchObject({ name: p.name, version: 1 });
    expect(
      (await make.stored.rows(personaProducts, eq(personaProducts.personaId, p.id))).map((l) => l.productId),
    ).toEqual([good]);
  });

  it('refuses a duplicate name, ignoring case, with 409 on the field name', async () => {
    const first = await make.persona({ name: 'Dana the Data Lead' });
    const dup = await team.product_marketer.post(`${team.ws}/personas`, { name: 'DANA THE DATA LEAD' });
    expect(dup.statusCode).toBe(409);
    expect(dup.data.errors).toEqual([{ path: 'name', message: expect.any(String) }]);
    const second = await make.persona({ name: 'Sam the Analyst' });
    const rename = await team.product_marketer.patch(`${team.ws}/personas/${second.id}`, {
      name: 'dana the data lead',
      title: 'changed',
    });
    expect(rename.statusCode).toBe(409);
    expect(rename.data.errors[0].path).toBe('name');
    const stored = await make.stored.rows(personas);
    expect(stored.filter((p) => p.name.toLowerCase() === 'dana the data lead')).toHaveLength(1);
    expect(stored.find((p) => p.id === second.id)).toMatchObject({ name: 'Sam the Analyst', version: 1 });
    // Another workspace may use the same name.
    expect((await theirs.persona({ name: 'Dana the Data Lead' })).name).toBe('Dana the Data Lead');
    // Renaming a persona to its own name in another case is not a clash.
    const recased = await team.product_marketer.patch(`${team.ws}/personas/${first.id}`, {
      name: 'Dana The Data Lead',
    });
    expect(recased.statusCode).toBe(200);
  });

  it('updates fields, replaces the product set, checks versions and logs the change', async () => {
    const [p1, p2, p3] = [(await make.product()).id, (await make.product()).id, (await make.product()).id];
    const p = await make.persona({ productIds: [p1, p2], goals: ['a'] });
    const url = `${team.ws}/personas/${p.id}`;
    const res = await team.product_marketer.patch(url, {
      productIds: [p3],
      goals: ['a', 'b'],
      buyingRole: 'champion',
      version: 1,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.data).toMatchObject({
      productIds: [p3],
      goals: ['a', 'b'],
      buyingRole: 'champion',
      version: 2,
    });
    expect(res.data).toMatchObject({ feedbackCount: 0, featureCount: 0 });
    // Leaving productIds out keeps the set; an empty list clears it.
    const kept = await team.product_marketer.patch(url, { title: 'VP Finance' });
    expect(kept.data.productIds).toEqual([p3]);
    const cleared = await team.product_marketer.patch(url, { productIds: [], buyingRole: null });
    expect(cleared.data).toMatchObject({ productIds: [], buyingRole: null, version: 4 });
    expect(await make.stored.rows(personaProducts, eq(personaProducts.personaId, p.id))).toEqual([]);

    const stale = await team.product_marketer.patch(url, { title: 'stale', version: 2 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(4);
    const staleHeader = await team.product_marketer.patch(url, { title: 'stale' }, { 'if-match': '"3"' });
    expect(staleHeader.statusCode).toBe(409);
    const staleDelete = await team.product_marketer.delete(url, { 'if-match': '"1"' });
    expect(staleDelete.statusCode).toBe(409);
    expect((await make.stored.rows(personas)).find((x) => x.id === p.id)).toMatchObject({
      title: 'VP Finance',
      version: 4,
    });

    const log = await make.stored.activityOf(p.id);
    expect(log.map((l) => l.action)).toEqual(['created', 'updated', 'updated', 'updated']);
    expect(log[1]!.changes.productIds).toEqual({ before: [p1, p2].sort(), after: [p3] });
    expect(log[1]!.changes.buyingRole).toEqual({ before: null, after: 'champion' });
  });

  it('lists with filters (productId, buyingRole, q), sorts and pages', async () => {
    const t = await newTeam(env.app, 'Lists');
    const m = factories(env, t);
    const product = (await m.product()).id;
    const a = await m.persona({ name: 'Alpha 100%', title: 'Controller', buyingRole: 'user' });
    const b = await m.persona({
      name: 'Bravo',
      title: 'IT admin',
      productIds: [product],
      buyingRole: 'user',
    });
    const c = await m.persona({ name: 'charlie', title: 'Head of IT', buyingRole: 'gatekeeper' });
    await theirs.persona({ name: 'Alpha elsewhere' });
    const names = async (query: string) =>
      (await t.viewer.get(`${t.ws}/personas?${query}`)).data.items.map((p: { id: string }) => p.id);
    expect(await names('')).toEqual([a.id, b.id, c.id]);
    expect(await names(`productId=${product}`)).toEqual([b.id]);
    expect(await names('buyingRole=user')).toEqual([a.id, b.id]);
    expect(await names('q=it')).toEqual([b.id, c.id]);
    expect(await names('q=100%25')).toEqual([a.id]);
    expect(await names('q=%25')).toEqual([a.id]);
    expect(await names('q=_')).toEqual([]);
    expect(await names('sort=-createdAt')).toEqual([c.id, b.id, a.id]);
    expect(await names('sort=createdAt')).toEqual([a.id, b.id, c.id]);
    const first = await t.viewer.get(`${t.ws}/personas?limit=2&sort=-name`);
    expect(first.data.items).toHaveLength(2);
    const rest = await t.viewer.get(`${t.ws}/personas?limit=2&sort=-name&cursor=${first.data.nextCursor}`);
    expect(rest.data.nextCursor).toBeNull();
    expect([...first.data.items, ...rest.data.items].map((p: { id: string }) => p.id)).toEqual(
      [...(await names('sort=name'))].reverse(),
    );
    expect(first.data.items[1]).toMatchObject({ id: b.id, productIds: [product] });
    const badSort = await t.viewer.get(`${t.ws}/personas?sort=title`);
    expect(badSort.statusCode).toBe(422);
    expect(badSort.data.errors[0].path).toBe('sort');
    expect((await t.viewer.get(`${t.ws}/personas?buyingRole=king`)).statusCode).toBe(400);
  });

  it('keeps other workspaces out: 404 for their personas, 422 for their ids in bodies', async () => {
    const mine = await make.persona();
    const foreign = await theirs.persona();
    const url = `${team.ws}/personas/${foreign.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { title: 'x' })).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);
    expect((await team.admin.get(`${url}/feedback`)).statusCode).toBe(404);
    expect((await team.admin.get(`${url}/features`)).statusCode).toBe(404);
    // Members of the other workspace cannot reach ours through their own prefix either.
    expect((await other.admin.get(`${other.ws}/personas/${mine.id}`)).statusCode).toBe(404);
    expect((await other.admin.get(`${team.ws}/personas/${mine.id}`)).statusCode).toBe(404);
    expect((await theirs.stored.rows(personas)).find((p) => p.id === foreign.id)).toMatchObject({
      version: 1,
    });
  });
});
