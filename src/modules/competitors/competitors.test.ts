import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { comments } from '../comments/schema.ts';
import { competitors, battlecards } from './schema.ts';
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

describe('competitors', () => {
  it('records a competitor with every field and reads it back with its battlecard count', async () => {
    const res = await team.product_marketer.post(`${team.ws}/competitors`, {
      name: ' Looker ',
      website: 'https://looker.example.com/pricing',
      category: 'BI suite',
      description: 'Google-owned BI platform',
      strengths: ['Semantic layer', 'Google Cloud bundle'],
      weaknesses: ['Slow dashboards'],
      pricingNotes: 'Per-seat, opaque enterprise quotes',
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      name: 'Looker',
      website: 'https://looker.example.com/pricing',
      category: 'BI suite',
      strengths: ['Semantic layer', 'Google Cloud bundle'],
      weaknesses: ['Slow dashboards'],
      battlecardCount: 0,
      version: 1,
    });
    const got = await team.sales.get(`${team.ws}/competitors/${res.data.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    expect(got.data).toEqual(res.data);
    await make.battlecard({ competitorId: res.data.id });
    await make.battlecard({ competitorId: res.data.id });
    expect((await team.sales.get(`${team.ws}/competitors/${res.data.id}`)).data.battlecardCount).toBe(2);
    const log = await make.stored.activityOf(res.data.id);
    expect(log.map((l) => [l.action, l.actorId])).toEqual([['created', team.product_marketer.user.id]]);
    expect(log[0]!.changes.website).toEqual({ before: null, after: 'https://looker.example.com/pricing' });
  });

  it('lets only product marketers and admins write competitors; others get 403 naming the owners', async () => {
    const mine = await make.competitor();
    for (const role of ALL_ROLES) {
      const created = await team[role].post(`${team.ws}/competitors`, { name: `By ${role}` });
      const patched = await team[role].patch(`${team.ws}/competitors/${mine.id}`, { category: role });
      const target = await make.competitor();
      const deleted = await team[role].delete(`${team.ws}/competitors/${target.id}`);
      const owner = OWNERS.includes(role);
      expect([created.statusCode, patched.statusCode, deleted.statusCode], role).toEqual(
        owner ? [201, 200, 204] : [403, 403, 403],
      );
      if (!owner) for (const r of [created, patched, deleted]) expect(r.data.ownerRoles).toEqual(OWNERS);
    }
    const names = (await make.stored.rows(competitors)).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['By admin', 'By product_marketer']));
    for (const role of ['product_manager', 'marketer', 'sales', 'viewer'])
      expect(names).not.toContain(`By ${role}`);
  });

  it('validates input (websites are http(s) URLs or empty) and writes nothing on failure', async () => {
    const before = await make.stored.rows(competitors);
    const bad = [
      {},
      { name: '' },
      { name: 'x'.repeat(201) },
      { name: 'ok', extra: true },
      { name: 'ok', website: 'looker.com' },
      { name: 'ok', website: 'ftp://looker.com' },
      { name: 'ok', website: 'javascript:alert(1)' },
      { name: 'ok', website: `https://example.com/${'x'.repeat(500)}` },
      { name: 'ok', strengths: [''] },
      { name: 'ok', strengths: ['x'.repeat(501)] },
      { name: 'ok', weaknesses: Array.from({ length: 51 }, (_, i) => `w${i}`) },
      { name: 'ok', pricingNotes: 'x'.repeat(20_001) },
      { name: 'ok', category: 7 },
    ];
    for (const body of bad) {
      const res = await team.product_marketer.post(`${team.ws}/competitors`, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
    }
    const site = await team.product_marketer.post(`${team.ws}/competitors`, {
      name: 'ok',
      website: 'ftp://x.io',
    });
    expect(site.data.errors[0].path).toBe('body.website');
    expect(await make.stored.rows(competitors)).toHaveLength(before.length);

    const plain = await make.competitor({ website: 'http://rival.example' });
    const cleared = await team.product_marketer.patch(`${team.ws}/competitors/${plain.id}`, { website: '' });
    expect(cleared.data.website).toBe('');
    const badPatch = await team.product_marketer.patch(`${team.ws}/competitors/${plain.id}`, {
      website: 'nope',
      name: 'changed',
    });
    expect(badPatch.statusCode).toBe(400);
    expect((await make.stored.rows(competitors)).find((c) => c.id === plain.id)).toMatchObject({
      name: plain.name,
      version: 2,
    });
  });

  it('refuses a duplicate name, ignoring case, with 409 on the field name', async () => {
    await make.competitor({ name: 'Tableau' });
    const dup = await team.product_marketer.post(`${team.ws}/competitors`, { name: 'tableau' });
    expect(dup.statusCode).toBe(409);
    expect(dup.data.errors).toEqual([{ path: 'name', message: expect.any(String) }]);
    const second = await make.competitor({ name: 'Power BI' });
    const rename = await team.product_marketer.patch(`${team.ws}/competitors/${second.id}`, {
      name: 'TABLEAU',
    });
    expect(rename.statusCode).toBe(409);
    expect(rename.data.errors[0].path).toBe('name');
    const stored = await make.stored.rows(competitors);
    expect(stored.filter((c) => c.name.toLowerCase() === 'tableau')).toHaveLength(1);
    expect(stored.find((c) => c.id === second.id)).toMatchObject({ name: 'Power BI', version: 1 });
    expect((await theirs.competitor({ name: 'Tableau' })).name).toBe('Tableau');
  });

  it('updates with optimistic versions and logs the diff', async () => {
    const c = await make.competitor({ strengths: ['Brand'] });
    const url = `${team.ws}/competitors/${c.id}`;
    const res = await team.product_marketer.patch(url, { strengths: ['Brand', 'Price'], version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.headers.etag).toBe('"2"');
    expect(res.data).toMatchObject({ strengths: ['Brand', 'Price'], version: 2 });
    const stale = await team.product_marketer.patch(url, { description: 'stale', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    expect((await team.product_marketer.delete(url, { 'if-match': '"1"' })).statusCode).toBe(409);
    expect((await make.stored.rows(competitors)).find((x) => x.id === c.id)).toMatchObject({
      description: '',
      version: 2,
    });
    const log = await make.stored.activityOf(c.id);
    expect(log.map((l) => l.action)).toEqual(['created', 'updated']);
    expect(log[1]!.changes).toEqual({ strengths: { before: ['Brand'], after: ['Brand', 'Price'] } });
  });

  it('lists with q and category filters, sorts and pages', async () => {
    const t = await newTeam(env.app, 'Lists');
    const m = factories(env, t);
    const a = await m.competitor({ name: 'Acme 50% BI', category: 'BI suite' });
    const b = await m.competitor({ name: 'Beta', category: 'bi SUITE' });
    const c = await m.competitor({ name: 'Gamma', category: 'Spreadsheet' });
    await m.battlecard({ competitorId: b.id });
    await theirs.competitor({ name: 'Acme elsewhere' });
    const ids = async (query: string) =>
      (await t.viewer.get(`${t.ws}/competitors?${query}`)).data.items.map((x: { id: string }) => x.id);
    expect(await ids('')).toEqual([a.id, b.id, c.id]);
    expect(await ids('q=acme')).toEqual([a.id]);
    expect(await ids('q=50%25')).toEqual([a.id]);
    expect(await ids('q=_')).toEqual([]);
    expect(await ids('category=BI%20Suite')).toEqual([a.id, b.id]);
    expect(await ids('sort=-createdAt')).toEqual([c.id, b.id, a.id]);
    const first = await t.viewer.get(`${t.ws}/competitors?limit=2&sort=-name`);
    const rest = await t.viewer.get(`${t.ws}/competitors?limit=2&sort=-name&cursor=${first.data.nextCursor}`);
    expect([...first.data.items, ...rest.data.items].map((x: { id: string }) => x.id)).toEqual([
      c.id,
      b.id,
      a.id,
    ]);
    expect(rest.data.nextCursor).toBeNull();
    expect(first.data.items[1]).toMatchObject({ id: b.id, battlecardCount: 1 });
    expect((await t.viewer.get(`${t.ws}/competitors?sort=category`)).statusCode).toBe(422);
  });

  it('keeps other workspaces out: their competitors answer 404', async () => {
    const foreign = await theirs.competitor();
    const url = `${team.ws}/competitors/${foreign.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { category: 'x' })).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);
    expect((await other.admin.get(`${team.ws}/competitors/${foreign.id}`)).statusCode).toBe(404);
    expect((await theirs.stored.rows(competitors)).find((c) => c.id === foreign.id)).toMatchObject({
      version: 1,
    });
  });

  it('deleting a competitor removes its battlecards and their comments, and logs each deletion', async () => {
    const c = await make.competitor();
    const kept = await make.battlecard();
    const card1 = await make.battlecard({ competitorId: c.id });
    const card2 = await make.battlecard({ competitorId: c.id });
    const comment = await team.sales.post(`${team.ws}/comments`, {
      entityType: 'battlecard',
      entityId: card1.id,
      body: 'They dropped their prices last week',
    });
    expect(comment.statusCode).toBe(201);
    const del = await team.product_marketer.delete(`${team.ws}/competitors/${c.id}`);
    expect(del.statusCode).toBe(204);
    expect((await team.viewer.get(`${team.ws}/competitors/${c.id}`)).statusCode).toBe(404);
    expect((await team.viewer.get(`${team.ws}/battlecards/${card1.id}`)).statusCode).toBe(404);
    const cards = (await make.stored.rows(battlecards)).map((b) => b.id);
    expect(cards).toContain(kept.id);
    expect(cards).not.toContain(card1.id);
    expect(cards).not.toContain(card2.id);
    const left = await env.database.db
      .select()
      .from(comments)
      .where(and(eq(comments.workspaceId, team.workspaceId), eq(comments.entityId, card1.id)));
    expect(left).toEqual([]);
    expect((await make.stored.activityOf(c.id)).map((l) => l.action)).toEqual(['created', 'deleted']);
    for (const card of [card1, card2]) {
      const last = (await make.stored.activityOf(card.id)).at(-1)!;
      expect(last).toMatchObject({ action: 'deleted', actorId: team.product_marketer.user.id });
      expect(last.changes.competitorId).toEqual({ before: c.id, after: null });
    }
  });
});
