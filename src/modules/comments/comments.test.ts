import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { factories } from '../../../test/factories.ts';
import { comments, notifications } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
const on: Record<'feature' | 'feedback' | 'release', string> = { feature: '', feedback: '', release: '' };
let theirFeature: string;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  const make = factories(env, team);
  const productId = (await make.product()).id;
  on.feature = (await make.feature({ productId, title: 'CSV export' })).id;
  on.feedback = (await make.feedback()).id;
  on.release = (await make.release()).id;
  const theirs = factories(env, other);
  // Inserted, not created through the API: the test below checks that nothing writes to its activity.
  theirFeature = await theirs.stored.insertFeature({
    productId: (await theirs.product()).id,
    title: 'Their feature',
  });
});
afterAll(() => env.close());

const db = () => env.database.db;
const stored = async () => ({
  comments: await db().select().from(comments).where(eq(comments.workspaceId, team.workspaceId)),
  notifications: await db()
    .select()
    .from(notifications)
    .where(eq(notifications.workspaceId, team.workspaceId)),
  activity: await db().select().from(activity).where(eq(activity.workspaceId, team.workspaceId)),
});
const notificationsOf = async (userId: string) =>
  db().select().from(notifications).where(eq(notifications.userId, userId));

describe('comments', () => {
  it('comments with mentions: members by id or email are notified, others are left as text', async () => {
    const pm = team.product_manager.user;
    const mkt = team.marketer.user;
    const body =
      `@[Pat](${pm.id}) can we ship this? cc @${mkt.email.toUpperCase()}, ` +
      `@[Stranger](${other.admin.user.id}) @${other.viewer.user.email} @nobody@example.test ` +
      `and me @[Me](${team.sales.user.id}); mail ${team.viewer.user.email} is not a mention`;
    const res = await team.sales.post(`${team.ws}/comments`, {
      entityType: 'feature',
      entityId: on.feature,
      body,
    });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      entityType: 'feature',
      entityId: on.feature,
      author: { id: team.sales.user.id, name: team.sales.user.name },
      body,
      version: 1,
    });
    expect(res.data.mentions).toEqual([
      { id: pm.id, name: pm.name },
      { id: mkt.id, name: mkt.name },
      { id: team.sales.user.id, name: team.sales.user.name },
    ]);
    const [row] = await db().select().from(comments).where(eq(comments.id, res.data.id));
    expect(row!.mentions).toEqual([pm.id, mkt.id, team.sales.user.id]);
    // One notification each for the two members mentioned; none for the author, strangers or the viewer.
    for (const u of [pm, mkt]) {
      const mine = (await notificationsOf(u.id)).filter((n) => n.commentId === res.data.id);
      expect(mine, u.email).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        kind: 'mention',
        entityType: 'feature',
        entityId: on.feature,
        actorId: team.sales.user.id,
        read: false,
      });
    }
    for (const u of [team.sales.user, team.viewer.user, other.admin.user, other.viewer.user])
      expect(
        (await notificationsOf(u.id)).filter((n) => n.commentId === res.data.id),
        u.email,
      ).toEqual([]);
    const [log] = await db()
      .select()
      .from(activity)
      .where(and(eq(activity.entityId, on.feature), eq(activity.action, 'commented')));
    expect(log).toMatchObject({ entityType: 'feature', actorId: team.sales.user.id });
    expect(log!.changes.comment!.after).toEqual({ id: res.data.id, body });
    expect((await team.viewer.get(`${team.ws}/comments/${res.data.id}`)).data).toEqual(res.data);
  });

  it('follows the ownership matrix: every role but viewer may comment on features, feedback and releases', async () => {
    for (const entityType of ['feature', 'feedback', 'release'] as const) {
      for (const role of ALL_ROLES) {
        const res = await team[role].post(`${team.ws}/comments`, {
          entityType,
          entityId: on[entityType],
          body: `${role} on ${entityType}`,
        });
        if (role === 'viewer') {
          expect(res.statusCode, `${role} ${entityType}`).toBe(403);
          expect(res.data.ownerRoles).toEqual(['admin', 'product_manager']);
        } else expect(res.statusCode, `${role} ${entityType}`).toBe(201);
      }
    }
    const bodies = (await stored()).comments.map((c) => c.body);
    expect(bodies).toContain('marketer on feature');
    expect(bodies).toContain('sales on release');
    expect(bodies.filter((b) => b.startsWith('viewer'))).toEqual([]);
  });

  it('lets product marketers comment on products, as the matrix says; the comments go with the product', async () => {
    const make = factories(env, team);
    const product = (await make.product()).id;
    for (const role of ALL_ROLES) {
      const res = await team[role].post(`${team.ws}/comments`, {
        entityType: 'product',
        entityId: product,
        body: `${role} on product @[Pat](${team.product_manager.user.id})`,
      });
      const may = ['admin', 'product_manager', 'product_marketer'].includes(role);
      expect(res.statusCode, role).toBe(may ? 201 : 403);
    }
    const list = await team.sales.get(`${team.ws}/comments?entityType=product&entityId=${product}`);
    expect(list.data.items.map((c: { body: string }) => c.body.split(' ')[0])).toEqual([
      'admin',
      'product_manager',
      'product_marketer',
    ]);
    expect(
      (
        await team.admin.post(`${team.ws}/comments`, {
          entityType: 'product',
          entityId: on.feature,
          body: 'x',
        })
      ).statusCode,
    ).toBe(422);
    expect((await team.product_manager.delete(`${team.ws}/products/${product}`)).statusCode).toBe(204);
    const left = await db().select().from(comments).where(eq(comments.entityId, product));
    expect(left).toEqual([]);
    const told = await db().select().from(notifications).where(eq(notifications.entityId, product));
    expect(told).toEqual([]);
  });

  it('validates input, refuses entities outside the workspace, and writes nothing on failure', async () => {
    const before = await stored();
    const bad = [
      {},
      { entityType: 'feature', entityId: on.feature },
      { entityType: 'feature', entityId: on.feature, body: '   ' },
      { entityType: 'feature', entityId: on.feature, body: 'x'.repeat(20_001) },
      { entityType: 'touchpoint', entityId: on.feature, body: 'hi' },
      { entityType: 'feature', entityId: 'nope', body: 'hi' },
      { entityType: 'feature', entityId: on.feature, body: 'hi', mentions: [] },
    ];
    for (const body of bad)
      expect((await team.admin.post(`${team.ws}/comments`, body)).statusCode, JSON.stringify(body)).toBe(400);
    const mention = `@[Pat](${team.product_manager.user.id})`;
    for (const [entityType, entityId] of [
      ['feature', theirFeature],
      ['feature', on.feedback],
      ['release', on.feature],
      ['feedback', '00000000-0000-4000-8000-000000000000'],
    ]) {
      const res = await team.admin.post(`${team.ws}/comments`, {
        entityType,
        entityId,
        body: `Hi ${mention}`,
      });
      expect(res.statusCode, `${entityType} ${entityId}`).toBe(422);
      expect(res.data.errors[0].path).toBe('entityId');
    }
    const after = await stored();
    expect(after.comments).toHaveLength(before.comments.length);
    expect(after.notifications).toHaveLength(before.notifications.length);
    expect(after.activity).toHaveLength(before.activity.length);
    const theirLog = await db().select().from(activity).where(eq(activity.entityId, theirFeature));
    expect(theirLog).toEqual([]);
  });

  it('lists an entity’s comments oldest first, paginated, or an author’s', async () => {
    const make = factories(env, team);
    const release = (await make.release()).id;
    for (const body of ['first', 'second', 'third'])
      await team.marketer.post(`${team.ws}/comments`, { entityType: 'release', entityId: release, body });
    await team.sales.post(`${team.ws}/comments`, {
      entityType: 'release',
      entityId: release,
      body: 'fourth',
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { items: { body: string }[]; nextCursor: string | null } } = await team.viewer.get(
        `${team.ws}/comments?entityType=release&entityId=${release}&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.data.items.map((c) => c.body));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['first', 'second', 'third', 'fourth']);
    const newest = await team.viewer.get(
      `${team.ws}/comments?entityType=release&entityId=${release}&sort=-createdAt`,
    );
    expect(newest.data.items.map((c: { body: string }) => c.body)).toEqual([
      'fourth',
      'third',
      'second',
      'first',
    ]);
    const byAuthor = await team.viewer.get(
      `${team.ws}/comments?authorId=${team.sales.user.id}&entityType=release&entityId=${release}`,
    );
    expect(byAuthor.data.items.map((c: { body: string }) => c.body)).toEqual(['fourth']);
    const allBySales = await team.viewer.get(`${team.ws}/comments?authorId=${team.sales.user.id}&limit=200`);
    expect(allBySales.data.items.length).toBeGreaterThan(1);
    expect(
      allBySales.data.items.every((c: { author: { id: string } }) => c.author.id === team.sales.user.id),
    ).toBe(true);
    expect((await team.viewer.get(`${team.ws}/comments`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/comments?entityType=release`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/comments?entityId=${release}`)).statusCode).toBe(400);
    expect(
      (await team.viewer.get(`${team.ws}/comments?authorId=${team.sales.user.id}&sort=body`)).statusCode,
    ).toBe(422);
  });

  it('lets only the author or an admin edit and delete, with versions', async () => {
    const created = await team.product_marketer.post(`${team.ws}/comments`, {
      entityType: 'feature',
      entityId: on.feature,
      body: `Draft for @[Pat](${team.product_manager.user.id})`,
    });
    const url = `${team.ws}/comments/${created.data.id}`;
    for (const role of ['product_manager', 'marketer', 'sales', 'viewer'] as const) {
      const edit = await team[role].patch(url, { body: `${role} was here` });
      expect(edit.statusCode, role).toBe(403);
      expect((await team[role].delete(url)).statusCode, role).toBe(403);
    }
    const edited = await team.product_marketer.patch(url, {
      body: `Final for @[Pat](${team.product_manager.user.id}) and @${team.sales.user.email}`,
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.data.version).toBe(2);
    expect(edited.data.mentions.map((m: { id: string }) => m.id)).toEqual([
      team.product_manager.user.id,
      team.sales.user.id,
    ]);
    // The newly mentioned member is told; the one mentioned before is not told twice.
    const forComment = async (userId: string) =>
      (await notificationsOf(userId)).filter((n) => n.commentId === created.data.id);
    expect(await forComment(team.product_manager.user.id)).toHaveLength(1);
    expect(await forComment(team.sales.user.id)).toHaveLength(1);
    const stale = await team.product_marketer.patch(url, { body: 'lost', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    expect(stale.data.lastChange.changes.body.after).toContain('Final for');
    expect((await team.product_marketer.delete(url, { 'if-match': '1' })).statusCode).toBe(409);
    const moderated = await team.admin.patch(url, { body: 'Moderated' }, { 'if-match': '"2"' });
    expect(moderated.statusCode).toBe(200);
    expect(moderated.data).toMatchObject({ body: 'Moderated', mentions: [], version: 3 });
    expect((await team.viewer.get(url)).data.body).toBe('Moderated');
    expect((await team.product_marketer.delete(url)).statusCode).toBe(204);
    expect((await team.viewer.get(url)).statusCode).toBe(404);
    expect(await forComment(team.product_manager.user.id)).toEqual([]);
    const log = await db().select().from(activity).where(eq(activity.entityId, created.data.id));
    expect(log.map((l) => l.action).sort()).toEqual(['deleted', 'updated', 'updated']);
    const adminOwn = await team.sales.post(`${team.ws}/comments`, {
      entityType: 'feedback',
      entityId: on.feedback,
      body: 'Admin may delete this',
    });
    expect((await team.admin.delete(`${team.ws}/comments/${adminOwn.data.id}`)).statusCode).toBe(204);
  });

  it('keeps a demoted author from editing, while an admin still may', async () => {
    const c = await team.marketer.post(`${team.ws}/comments`, {
      entityType: 'release',
      entityId: on.release,
      body: 'Before my demotion',
    });
    const member = `${team.ws}/members/${team.marketer.user.id}`;
    expect((await team.admin.patch(member, { role: 'viewer' })).statusCode).toBe(200);
    try {
      const url = `${team.ws}/comments/${c.data.id}`;
      const edit = await team.marketer.patch(url, { body: 'Rewritten as a viewer' });
      expect(edit.statusCode).toBe(403);
      expect((await team.marketer.delete(url)).statusCode).toBe(403);
      expect((await team.viewer.get(url)).data.body).toBe('Before my demotion');
      expect((await team.admin.delete(url)).statusCode).toBe(204);
    } finally {
      await team.admin.patch(member, { role: 'marketer' });
    }
  });

  it('never reads or changes another workspace’s comments', async () => {
    const theirs = await other.sales.post(`${other.ws}/comments`, {
      entityType: 'feature',
      entityId: theirFeature,
      body: 'Secret',
    });
    expect(theirs.statusCode).toBe(201);
    const url = `${team.ws}/comments/${theirs.data.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { body: 'Hacked' })).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);
    const list = await team.admin.get(`${team.ws}/comments?entityType=feature&entityId=${theirFeature}`);
    expect(list.data.items).toEqual([]);
    expect((await other.viewer.get(`${other.ws}/comments/${theirs.data.id}`)).data.body).toBe('Secret');
  });
});
