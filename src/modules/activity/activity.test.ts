import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

type Entry = {
  id: number;
  at: string;
  actor: { id: string; name: string } | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, { before: unknown; after: unknown }>;
};
const log = async (q: string, t: Team = team) => {
  const res = await t.viewer.get(`${t.ws}/activity?${q}`);
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.data as { items: Entry[]; nextCursor: string | null };
};

describe('activity log', () => {
  it('records creating and updating a product with a before/after diff, newest first', async () => {
    const p = await team.product_manager.post(`${team.ws}/products`, { name: 'Insights', vision: 'v1' });
    await team.admin.patch(`${team.ws}/products/${p.data.id}`, { name: 'Insights Pro', vision: 'v2' });
    // An update that changes nothing writes no line.
    await team.admin.patch(`${team.ws}/products/${p.data.id}`, { vision: 'v2' });
    const { items } = await log(`entityType=product&entityId=${p.data.id}`);
    expect(items.map((e) => e.action)).toEqual(['updated', 'created']);
    const [updated, created] = items;
    expect(updated).toMatchObject({
      entityType: 'product',
      entityId: p.data.id,
      actor: { id: team.admin.user.id, name: team.admin.user.name },
      changes: {
        name: { before: 'Insights', after: 'Insights Pro' },
        vision: { before: 'v1', after: 'v2' },
      },
    });
    expect(Object.keys(updated!.changes).sort()).toEqual(['name', 'vision']);
    expect(created!.actor!.id).toBe(team.product_manager.user.id);
    expect(created!.changes.name).toEqual({ before: null, after: 'Insights' });
    expect(created!.changes.version).toBeUndefined();
    expect(updated!.id).toBeGreaterThan(created!.id);
    expect(Date.parse(updated!.at)).toBeGreaterThanOrEqual(Date.parse(created!.at));
  });

  it('filters by actor, action, entity type and time', async () => {
    const a = await team.product_manager.post(`${team.ws}/products`, { name: 'Filter A' });
    const r = await team.admin.post(`${team.ws}/releases`, { name: 'Filter R' });
    await team.admin.patch(`${team.ws}/releases/${r.data.id}`, { status: 'in_progress' });
    await team.admin.delete(`${team.ws}/products/${a.data.id}`);
    const byAdmin = await log(`actorId=${team.admin.user.id}&limit=200`);
    expect(byAdmin.items.length).toBeGreaterThan(0);
    expect(byAdmin.items.every((e) => e.actor?.id === team.admin.user.id)).toBe(true);
    const deletions = await log(`action=deleted,status_changed&limit=200`);
    expect(deletions.items.map((e) => [e.entityId, e.action])).toEqual([
      [a.data.id, 'deleted'],
      [r.data.id, 'status_changed'],
    ]);
    const releases = await log('entityType=release');
    expect(releases.items.every((e) => e.entityType === 'release')).toBe(true);
    expect(releases.items.map((e) => e.action)).toEqual(['status_changed', 'created']);
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await log(`since=${encodeURIComponent(future)}`)).items).toEqual([]);
    const past = new Date(Date.now() - 60 * 60_000).toISOString();
    expect((await log(`since=${encodeURIComponent(past)}&entityId=${a.data.id}`)).items).toHaveLength(2);
  });

  it('paginates by id with a cursor, newest first (or oldest first)', async () => {
    for (const n of [1, 2, 3]) await team.product_manager.post(`${team.ws}/products`, { name: `Paged ${n}` });
    const all = await log('limit=200');
    const ids: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await log(`limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      ids.push(...page.items.map((e) => e.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(ids).toEqual(all.items.map((e) => e.id));
    expect(ids).toEqual([...ids].sort((x, y) => y - x));
    expect(ids.length).toBeGreaterThan(5);
    const oldest = await log('sort=id&limit=200');
    expect(oldest.items.map((e) => e.id)).toEqual([...ids].reverse());
  });

  it('is readable by every member, validates its query, and never shows another workspace', async () => {
    for (const role of ALL_ROLES)
      expect((await team[role].get(`${team.ws}/activity`)).statusCode, role).toBe(200);
    const theirs = await other.product_manager.post(`${other.ws}/products`, { name: 'Their secret' });
    expect((await other.admin.get(`${team.ws}/activity`)).statusCode).toBe(404);
    expect((await log(`entityId=${theirs.data.id}`)).items).toEqual([]);
    const ours = await log('limit=200');
    expect(ours.items.some((e) => e.entityId === theirs.data.id)).toBe(false);
    expect((await log(`entityId=${theirs.data.id}`, other)).items).toHaveLength(1);
    for (const q of ['since=yesterday', 'actorId=nobody', 'limit=0', 'limit=201', 'action='.padEnd(80, 'x')])
      expect((await team.viewer.get(`${team.ws}/activity?${q}`)).statusCode, q).toBe(400);
    expect((await team.viewer.get(`${team.ws}/activity?cursor=garbage`)).statusCode).toBe(422);
    expect((await team.viewer.get(`${team.ws}/activity?sort=at`)).statusCode).toBe(422);
  });
});
