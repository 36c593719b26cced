import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, createTestEnv, join, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';
import { notifications } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let feature: string;
let theirFeature: string;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  const make = factories(env, team);
  feature = (await make.feature({ productId: (await make.product()).id, title: 'Mentioned here' })).id;
  const theirs = factories(env, other);
  theirFeature = (await theirs.feature({ productId: (await theirs.product()).id })).id;
  // Our product manager is also a viewer in the other workspace.
  await join(other.admin, team.product_manager, other.ws, 'viewer');
});
afterAll(() => env.close());

type N = { id: string; workspaceId: string; excerpt: string; read: boolean; actor: { id: string } };
const pm = () => team.product_manager;
const mention = async (t: Team, entityId: string, text: string, who = pm().user) => {
  const res = await t.sales.post(`${t.ws}/comments`, {
    entityType: 'feature',
    entityId,
    body: `${text} @[${who.name}](${who.id})`,
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  return res.data.id as string;
};
const list = async (q = '') =>
  (await pm().get(`/api/v1/me/notifications?${q}`)).data as { items: N[]; nextCursor: string | null };

describe('notifications', () => {
  it('lists my notifications newest first across my workspaces, paginated and filtered', async () => {
    await mention(team, feature, 'One');
    await mention(team, feature, 'Two');
    await mention(other, theirFeature, 'Elsewhere');
    await mention(team, feature, 'Three', team.marketer.user);
    const all = await list();
    expect(all.items.map((n) => n.excerpt.split(' ')[0])).toEqual(['Elsewhere', 'Two', 'One']);
    expect(all.items[1]).toMatchObject({
      workspaceId: team.workspaceId,
      kind: 'mention',
      entityType: 'feature',
      entityId: feature,
      actor: { id: team.sales.user.id, name: team.sales.user.name },
      read: false,
      title: 'Mentioned here',
      deleted: false,
      parentId: null,
      summary: `${team.sales.user.name} mentioned you on the feature “Mentioned here”`,
      excerpt: `Two @${pm().user.name}`,
    });
    const firstPage = await list('limit=2');
    expect(firstPage.items.map((n) => n.excerpt.split(' ')[0])).toEqual(['Elsewhere', 'Two']);
    const second = await list(`limit=2&cursor=${firstPage.nextCursor}`);
    expect(second.items.map((n) => n.excerpt.split(' ')[0])).toEqual(['One']);
    expect(second.nextCursor).toBeNull();
    const here = await list(`workspaceId=${team.workspaceId}`);
    expect(here.items.map((n) => n.excerpt.split(' ')[0])).toEqual(['Two', 'One']);
    // The marketer sees only their own.
    const theirs = (await team.marketer.get('/api/v1/me/notifications')).data.items as N[];
    expect(theirs.map((n) => n.excerpt.split(' ')[0])).toEqual(['Three']);
    expect((await anonymous(env.app).get('/api/v1/me/notifications')).statusCode).toBe(401);
  });

  it('marks read only my own, by ids or all (of one workspace or everywhere)', async () => {
    const [elsewhere, two, one] = (await list()).items;
    const marketers = (await team.marketer.get('/api/v1/me/notifications')).data.items as N[];
    const foreign = await pm().post('/api/v1/me/notifications/read', { ids: [marketers[0]!.id] });
    expect(foreign.statusCode).toBe(404);
    const [theirRow] = await env.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.id, marketers[0]!.id));
    expect(theirRow!.read).toBe(false);

    const byId = await pm().post('/api/v1/me/notifications/read', { ids: [two!.id] });
    expect(byId.data.updated).toBe(1);
    expect((await list('unread=true')).items.map((n) => n.id)).toEqual([elsewhere!.id, one!.id]);
    expect((await list('unread=false')).items).toHaveLength(3);
    const inTeam = await pm().post('/api/v1/me/notifications/read', {
      all: true,
      workspaceId: team.workspaceId,
    });
    expect(inTeam.data.updated).toBe(1);
    expect((await list('unread=true')).items.map((n) => n.id)).toEqual([elsewhere!.id]);
    const rest = await pm().post('/api/v1/me/notifications/read', { all: true });
    expect(rest.data.updated).toBe(1);
    expect((await list('unread=true')).items).toEqual([]);
    expect((await list()).items.every((n) => n.read)).toBe(true);
    expect(
      ((await team.marketer.get('/api/v1/me/notifications?unread=true')).data.items as N[]).map((n) => n.id),
    ).toEqual([marketers[0]!.id]);
  });

  it('validates the read request and changes nothing on failure', async () => {
    await mention(team, feature, 'Unread');
    const unreadBefore = (await list('unread=true')).items.length;
    expect(unreadBefore).toBe(1);
    const bad = [
      {},
      { ids: [] },
      { all: false },
      { ids: ['not-a-uuid'] },
      { ids: [(await list()).items[0]!.id], all: true },
      { all: true, everything: true },
    ];
    for (const body of bad)
      expect((await pm().post('/api/v1/me/notifications/read', body)).statusCode, JSON.stringify(body)).toBe(
        400,
      );
    expect((await list('unread=true')).items).toHaveLength(unreadBefore);
    expect((await pm().get('/api/v1/me/notifications?unread=maybe')).statusCode).toBe(400);
  });

  it('stops showing a workspace’s notifications once I leave it', async () => {
    expect((await list()).items.some((n) => n.workspaceId === other.workspaceId)).toBe(true);
    const removed = await other.admin.delete(`${other.ws}/members/${pm().user.id}`);
    expect(removed.statusCode).toBe(204);
    const after = await list();
    expect(after.items.length).toBeGreaterThan(0);
    expect(after.items.some((n) => n.workspaceId === other.workspaceId)).toBe(false);
    expect((await list(`workspaceId=${other.workspaceId}`)).items).toEqual([]);
  });
});
