import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { comments, notifications } from '../comments/schema.ts';
import { releases } from './schema.ts';
import { factories } from '../../../test/factories.ts';

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

const storedReleases = async (workspaceId: string) =>
  env.database.db.select().from(releases).where(eq(releases.workspaceId, workspaceId));

describe('releases', () => {
  it('creates a planned release and reads it back with an empty load', async () => {
    const productId = (await make.product()).id;
    const res = await team.product_manager.post(`${team.ws}/releases`, {
      name: '2027.1',
      productId,
      description: 'Spring release',
      targetDate: '2027-03-31',
      capacity: 20,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      name: '2027.1',
      productId,
      targetDate: '2027-03-31',
      status: 'planned',
      capacity: 20,
      plannedEffort: 0,
      featureCount: 0,
      unestimatedCount: 0,
      overCapacity: false,
      allowedTransitions: ['in_progress', 'cancelled'],
      version: 1,
    });
    const got = await team.viewer.get(`${team.ws}/releases/${res.data.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.data).toEqual(res.data);
    const [row] = await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, res.data.id)));
    expect(row).toMatchObject({ action: 'created', actorId: team.product_manager.user.id });
    expect(row!.changes.name).toEqual({ before: null, after: '2027.1' });
  });

  it('lets only product managers and admins write releases; others get 403 naming the owner', async () => {
    const mine = await make.release();
    for (const role of ALL_ROLES) {
      const created = await team[role].post(`${team.ws}/releases`, { name: `By ${role}` });
      const patched = await team[role].patch(`${team.ws}/releases/${mine.id}`, { description: `By ${role}` });
      const owner = role === 'admin' || role === 'product_manager';
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      expect(patched.statusCode, role).toBe(owner ? 200 : 403);
      if (!owner) {
        expect(created.data.ownerRoles).toEqual(['admin', 'product_manager']);
        expect(patched.data.detail).toContain('product_manager');
        const throwaway = await make.release();
        const del = await team[role].delete(`${team.ws}/releases/${throwaway.id}`);
        expect(del.statusCode, role).toBe(403);
      }
    }
    const names = (await storedReleases(team.workspaceId)).map((r) => r.name);
    expect(names).toContain('By admin');
    expect(names).toContain('By product_manager');
    expect(names).not.toContain('By sales');
    expect(names).not.toContain('By viewer');
    const del = await team.admin.delete(`${team.ws}/releases/${mine.id}`);
    expect(del.statusCode).toBe(204);
  });

  it('validates input and writes nothing on failure', async () => {
    const before = await storedReleases(team.workspaceId);
    const bad = [
      {},
      { name: '' },
      { name: 'x'.repeat(201) },
      { name: 'ok', extra: true },
      { name: 'ok', targetDate: '2027-13-01' },
      { name: 'ok', targetDate: '31/03/2027' },
      { name: 'ok', capacity: -1 },
      { name: 'ok', capacity: 'ten' },
      { name: 'ok', status: 'released' },
      { name: 'ok', productId: 'nope' },
    ];
    for (const body of bad) {
      const res = await team.product_manager.post(`${team.ws}/releases`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const foreignProduct = await other.product_manager.post(`${other.ws}/products`, { name: 'Theirs' });
    const cross = await team.product_manager.post(`${team.ws}/releases`, {
      name: 'ok',
      productId: foreignProduct.data.id,
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('productId');
    const r = await make.release({ capacity: 5 });
    const badPatch = await team.product_manager.patch(`${team.ws}/releases/${r.id}`, {
      capacity: -3,
      name: 'changed',
    });
    expect(badPatch.statusCode).toBe(400);
    const crossPatch = await team.product_manager.patch(`${team.ws}/releases/${r.id}`, {
      productId: foreignProduct.data.id,
      name: 'changed',
    });
    expect(crossPatch.statusCode).toBe(422);
    const after = await storedReleases(team.workspaceId);
    expect(after).toHaveLength(before.length + 1);
    const stored = after.find((x) => x.id === r.id)!;
    expect(stored).toMatchObject({ capacity: 5, version: 1, productId: null });
    expect(stored.name).not.toBe('changed');
  });

  it('enforces the workflow and names the allowed statuses', async () => {
    const r = await make.release();
    const url = `${team.ws}/releases/${r.id}`;
    const skip = await team.product_manager.patch(url, { status: 'released' });
    expect(skip.statusCode).toBe(422);
    expect(skip.data.errors[0].path).toBe('status');
    expect(skip.data.detail).toContain('allowed: in_progress, cancelled');
    const started = await team.product_manager.patch(url, { status: 'in_progress' });
    expect(started.statusCode).toBe(200);
    expect(started.data.allowedTransitions).toEqual(['released', 'planned', 'cancelled']);
    const back = await team.product_manager.patch(url, { status: 'planned' });
    expect(back.data.status).toBe('planned');
    await team.product_manager.patch(url, { status: 'in_progress' });
    const shipped = await team.product_manager.patch(url, { status: 'released' });
    expect(shipped.data).toMatchObject({ status: 'released', allowedTransitions: [], version: 5 });
    for (const status of ['planned', 'in_progress', 'cancelled']) {
      const res = await team.product_manager.patch(url, { status });
      expect(res.statusCode, status).toBe(422);
      expect(res.data.detail).toContain('released is final');
    }
    // Saying the current status again is not a transition, just a no-op edit.
    expect((await team.product_manager.patch(url, { status: 'released' })).statusCode).toBe(200);

    const c = await make.release();
    const curl = `${team.ws}/releases/${c.id}`;
    expect((await team.product_manager.patch(curl, { status: 'cancelled' })).data.status).toBe('cancelled');
    const revive = await team.product_manager.patch(curl, { status: 'in_progress' });
    expect(revive.statusCode).toBe(422);
    expect(revive.data.detail).toContain('allowed: planned');
    expect((await team.product_manager.patch(curl, { status: 'planned' })).data.status).toBe('planned');

    const log = await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, r.id)))
      .orderBy(activity.id);
    const steps = log.filter((l) => l.action === 'status_changed').map((l) => l.changes.status);
    expect(steps).toEqual([
      { before: 'planned', after: 'in_progress' },
      { before: 'in_progress', after: 'planned' },
      { before: 'planned', after: 'in_progress' },
      { before: 'in_progress', after: 'released' },
    ]);
    expect((await storedReleases(team.workspaceId)).find((x) => x.id === r.id)!.status).toBe('released');
  });

  it('carries its load: effort of features not won’t do against capacity', async () => {
    const productId = (await make.product()).id;
    const r = await make.release({ capacity: 7, name: 'Loaded', targetDate: '2030-01-01' });
    await make.feature({ productId, releaseId: r.id, effort: 3, status: 'planned' });
    await make.feature({ productId, releaseId: r.id, effort: 5, status: 'in_progress' });
    await make.feature({ productId, releaseId: r.id, effort: null });
    await make.feature({ productId, releaseId: r.id, effort: 8, status: 'wont_do' });
    await make.feature({ productId, releaseId: null, effort: 13 });
    const got = await team.viewer.get(`${team.ws}/releases/${r.id}`);
    // 3 + 5 = 8 (the won't-do 8 and the unscheduled 13 do not count) > capacity 7.
    expect(got.data).toMatchObject({
      plannedEffort: 8,
      featureCount: 4,
      unestimatedCount: 1,
      capacity: 7,
      overCapacity: true,
    });
    const listed = await team.viewer.get(`${team.ws}/releases?from=2030-01-01&to=2030-01-01`);
    expect(listed.data.items).toHaveLength(1);
    expect(listed.data.items[0]).toEqual(got.data);
    const roomier = await team.product_manager.patch(`${team.ws}/releases/${r.id}`, { capacity: 8 });
    expect(roomier.data).toMatchObject({ plannedEffort: 8, overCapacity: false });
    const none = await team.product_manager.patch(`${team.ws}/releases/${r.id}`, { capacity: null });
    expect(none.data).toMatchObject({ capacity: null, overCapacity: false });
  });

  it('refuses to delete a release with features, naming the count; deletes an empty one', async () => {
    const productId = (await make.product()).id;
    const r = await make.release();
    await make.feature({ productId, releaseId: r.id });
    await make.feature({ productId, releaseId: r.id, status: 'wont_do' });
    const refused = await team.product_manager.delete(`${team.ws}/releases/${r.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.data.detail).toContain('2 features assigned');
    expect(refused.data.featureCount).toBe(2);
    expect((await team.viewer.get(`${team.ws}/releases/${r.id}`)).statusCode).toBe(200);
    const empty = await make.release();
    // Its discussion goes with it: comments and the notifications they raised.
    const said = await team.sales.post(`${team.ws}/comments`, {
      entityType: 'release',
      entityId: empty.id,
      body: `Is this still on, @[Pat](${team.product_manager.user.id})?`,
    });
    expect(said.statusCode).toBe(201);
    const aboutIt = async () => ({
      comments: await env.database.db.select().from(comments).where(eq(comments.entityId, empty.id)),
      notifications: await env.database.db
        .select()
        .from(notifications)
        // The mentions; the hand-off to product marketing stays and lists the release as deleted.
        .where(and(eq(notifications.entityId, empty.id), isNotNull(notifications.commentId))),
    });
    expect((await aboutIt()).notifications).toHaveLength(1);
    expect((await team.product_manager.delete(`${team.ws}/releases/${empty.id}`)).statusCode).toBe(204);
    expect(await aboutIt()).toEqual({ comments: [], notifications: [] });
    expect((await team.viewer.get(`${team.ws}/releases/${empty.id}`)).statusCode).toBe(404);
    const [log] = await env.database.db
      .select()
      .from(activity)
      .where(
        and(
          eq(activity.workspaceId, team.workspaceId),
          eq(activity.entityId, empty.id),
          eq(activity.action, 'deleted'),
        ),
      );
    expect(log!.changes.status).toEqual({ before: 'planned', after: null });
  });

  it('refuses stale updates and deletes', async () => {
    const r = await make.release({ capacity: 1 });
    const url = `${team.ws}/releases/${r.id}`;
    const first = await team.product_manager.patch(url, { capacity: 2, version: 1 });
    expect(first.data.version).toBe(2);
    const stale = await team.product_manager.patch(url, { capacity: 99, version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    expect(stale.data.lastChange.changes.capacity).toEqual({ before: 1, after: 2 });
    const staleStatus = await team.product_manager.patch(url, { status: 'cancelled' }, { 'if-match': '"1"' });
    expect(staleStatus.statusCode).toBe(409);
    expect((await team.product_manager.delete(url, { 'if-match': '"1"' })).statusCode).toBe(409);
    const stored = (await storedReleases(team.workspaceId)).find((x) => x.id === r.id)!;
    expect(stored).toMatchObject({ capacity: 2, status: 'planned', version: 2 });
    expect((await team.product_manager.delete(url, { 'if-match': '"2"' })).statusCode).toBe(204);
  });

  it('filters, sorts (undated last) and paginates', async () => {
    const productId = (await make.product()).id;
    const mk = (name: string, targetDate: string | null) =>
      make.release({ name: `Sorted ${name}`, productId, targetDate });
    const c = await mk('C', '2028-03-01');
    await mk('A', null);
    await mk('B', '2028-01-15');
    await team.product_manager.patch(`${team.ws}/releases/${c.id}`, { status: 'in_progress' });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { items: { name: string }[]; nextCursor: string | null } } = await team.viewer.get(
        `${team.ws}/releases?productId=${productId}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.data.items.map((r) => r.name));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Sorted B', 'Sorted C', 'Sorted A']);
    const names = async (q: string) =>
      (await team.viewer.get(`${team.ws}/releases?productId=${productId}&${q}`)).data.items.map(
        (r: { name: string }) => r.name,
      );
    expect(await names('sort=-targetDate')).toEqual(['Sorted C', 'Sorted B', 'Sorted A']);
    expect(await names('sort=name')).toEqual(['Sorted A', 'Sorted B', 'Sorted C']);
    expect(await names('sort=-createdAt')).toEqual(['Sorted B', 'Sorted A', 'Sorted C']);
    expect(await names('status=in_progress')).toEqual(['Sorted C']);
    expect(await names('status=planned,cancelled')).toEqual(['Sorted B', 'Sorted A']);
    expect(await names('from=2028-02-01')).toEqual(['Sorted C']);
    expect(await names('to=2028-02-01')).toEqual(['Sorted B']);
    expect((await team.viewer.get(`${team.ws}/releases?sort=capacity`)).statusCode).toBe(422);
    expect((await team.viewer.get(`${team.ws}/releases?status=shipped`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/releases?from=tomorrow`)).statusCode).toBe(400);
  });

  it('never reads or changes another workspace’s releases', async () => {
    const theirs = await other.product_manager.post(`${other.ws}/releases`, { name: 'Secret release' });
    const url = `${team.ws}/releases/${theirs.data.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { name: 'Hacked' })).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);
    const list = await team.admin.get(`${team.ws}/releases?limit=200`);
    expect(list.data.items.map((r: { id: string }) => r.id)).not.toContain(theirs.data.id);
    expect((await team.admin.get(`${other.ws}/releases`)).statusCode).toBe(404);
    expect((await other.viewer.get(`${other.ws}/releases/${theirs.data.id}`)).data.name).toBe(
      'Secret release',
    );
  });
});

describe('the releases a feature may be planned in (release picker)', () => {
  it('lists exactly the releases the feature save accepts, whatever product or line they belong to', async () => {
    const line = await make.productLine();
    const dash = await make.product({ parentId: line.id });
    const elsewhere = await make.product();
    const ofLine = await make.release({ productId: line.id });
    const ofOther = await make.release({ productId: elsewhere.id });
    const across = await make.release();
    const going = await make.releaseIn('in_progress', { productId: line.id });
    const shipped = await make.releaseIn('released', { productId: dash.id });
    const dropped = await make.releaseIn('cancelled', { productId: dash.id });
    const mine = [ofLine, ofOther, across, going, shipped, dropped].map((r) => r.id);
    const feature = await make.feature({ productId: dash.id, status: 'planned' });

    const listed = async (query: string) => {
      const res = await team.sales.get(`${team.ws}/releases?limit=200&forFeature=${feature.id}${query}`);
      expect(res.statusCode).toBe(200);
      return (res.data.items as { id: string }[]).map((r) => r.id).filter((id) => mine.includes(id));
    };
    const offered = await listed('');
    expect(offered.sort()).toEqual([ofLine.id, ofOther.id, across.id, going.id].sort());
    // The save agrees release by release: every offered one is accepted, every other one refused.
    let version = feature.version;
    for (const id of mine) {
      const res = await team.product_manager.patch(`${team.ws}/features/${feature.id}`, {
        releaseId: id,
        version,
      });
      expect([id, res.statusCode]).toEqual([id, offered.includes(id) ? 200 : 422]);
      if (res.statusCode === 200) version = res.data.version;
    }
    // A feature being marked won't do (the status the form is about to save) may go into closed releases too.
    expect((await listed('&featureStatus=wont_do')).sort()).toEqual([...mine].sort());
  });

  it('always offers the release a feature already has, even once it closed', async () => {
    const r = await make.release();
    const feature = await make.feature({ status: 'planned', releaseId: r.id });
    const cancel = await team.product_manager.patch(`${team.ws}/releases/${r.id}`, {
      status: 'cancelled',
      version: r.version,
    });
    expect(cancel.statusCode).toBe(200);
    const res = await team.viewer.get(`${team.ws}/releases?limit=200&forFeature=${feature.id}`);
    expect((res.data.items as { id: string }[]).some((x) => x.id === r.id)).toBe(true);
  });

  it("refuses another workspace's feature and a status without a feature, naming the field", async () => {
    const theirs = await factories(env, other).feature();
    const res = await team.product_manager.get(`${team.ws}/releases?forFeature=${theirs.id}`);
    expect(res.statusCode).toBe(422);
    expect(res.data.errors[0].path).toBe('forFeature');
    const bad = await team.product_manager.get(`${team.ws}/releases?featureStatus=shipped`);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.data.errors)).toContain('featureStatus');
  });
});
