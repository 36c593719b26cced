import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';
import { releaseNotes } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let releaseId: string;
let upcomingId: string;
let shipped: string;
let planned: string;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  const productId = (await make.product()).id;
  releaseId = (await make.releaseIn('released', { productId })).id;
  upcomingId = (await make.release({ productId, name: 'Release 8.0', targetDate: '2099-01-15' })).id;
  shipped = (await make.feature({ productId, title: 'CSV export', status: 'shipped', releaseId })).id;
  planned = (await make.feature({ productId, title: 'SSO', status: 'planned', releaseId: upcomingId })).id;
});
afterAll(() => env.close());

const stored = () =>
  env.database.db.select().from(releaseNotes).where(eq(releaseNotes.workspaceId, team.workspaceId));
const write = (body: Record<string, unknown> = {}) =>
  team.product_marketer.post(`${team.ws}/release-notes`, { releaseId, title: 'Exports, faster', ...body });

describe('release notes', () => {
  it('writes a draft linked to shipped features, publishes it, and shows it in the changelog when public', async () => {
    const created = await write({
      body: '**Faster** CSV exports',
      featureIds: [shipped],
      visibility: 'public',
    });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({
      releaseId,
      visibility: 'public',
      publishAt: null,
      published: false,
      features: [{ id: shipped, title: 'CSV export' }],
    });
    expect(created.data.releaseName).toMatch(/^Release/);
    const before = await team.sales.get(`${team.ws}/changelog`);
    expect(before.data.items.some((n: { id: string }) => n.id === created.data.id)).toBe(false);
    const published = await team.product_marketer.post(
      `${team.ws}/release-notes/${created.data.id}/publish`,
      {},
    );
    expect(published.data.published).toBe(true);
    const after = await team.sales.get(`${team.ws}/changelog`);
    expect(after.data.items[0].id).toBe(created.data.id);

    const internal = await write({ title: 'Internal only' });
    await team.product_marketer.post(`${team.ws}/release-notes/${internal.data.id}/publish`, {});
    const log = await team.viewer.get(`${team.ws}/changelog`);
    expect(log.data.items.map((n: { id: string }) => n.id)).not.toContain(internal.data.id);
    const drafts = await team.viewer.get(`${team.ws}/release-notes?published=false`);
    expect(drafts.data.items.every((n: { published: boolean }) => !n.published)).toBe(true);

    const back = await team.product_marketer.post(
      `${team.ws}/release-notes/${created.data.id}/unpublish`,
      {},
    );
    expect(back.data).toMatchObject({ publishAt: null, published: false });
  });

  it('schedules a future publication without publishing it yet', async () => {
    const note = await write({ title: 'Scheduled' });
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await team.product_marketer.post(`${team.ws}/release-notes/${note.data.id}/publish`, {
      publishAt: future,
    });
    expect(scheduled.data).toMatchObject({ publishAt: future, published: false });
  });

  it("drafts with planned features, refuses won't-do and unknown ones, and writes nothing", async () => {
    const count = (await stored()).length;
    const theirs = await other.product_manager.post(`${other.ws}/products`, { name: 'Theirs' });
    const dropped = (await make.feature({ title: 'Fax export', status: 'wont_do' })).id;
    const bad = await write({ featureIds: [shipped, dropped, theirs.data.id] });
    expect(bad.statusCode).toBe(422);
    expect(bad.data.errors).toEqual([
      { path: 'featureIds.1', message: `"Fax export" is marked won't do` },
      { path: 'featureIds.2', message: `No feature ${theirs.data.id} in this workspace` },
    ]);
    expect((await write({ visibility: 'secret' })).statusCode).toBe(400);
    expect((await write({ publishAt: 'tomorrow' })).statusCode).toBe(400);
    expect((await write({ body: 'x'.repeat(20_001) })).statusCode).toBe(400);
    const otherRelease = await other.product_manager.post(`${other.ws}/releases`, { name: 'Theirs' });
    const cross = await write({ releaseId: otherRelease.data.id });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('releaseId');
    expect((await stored()).length).toBe(count);
    const note = await write();
    expect((await other.admin.get(`${other.ws}/release-notes/${note.data.id}`)).statusCode).toBe(404);
    const replaced = await team.product_marketer.patch(`${team.ws}/release-notes/${note.data.id}`, {
      featureIds: [dropped],
    });
    expect(replaced.statusCode).toBe(422);
    expect((await team.viewer.get(`${team.ws}/release-notes/${note.data.id}`)).data.features).toEqual([]);
  });

  it('drafts ahead of a release, refuses to publish it before it ships (422 naming what has not), and lets it wait on a schedule', async () => {
    const draft = await write({ releaseId: upcomingId, title: 'SSO is here', featureIds: [planned] });
    expect(draft.statusCode).toBe(201);
    expect(draft.data).toMatchObject({
      releaseStatus: 'planned',
      features: [{ id: planned, title: 'SSO', status: 'planned' }],
    });
    const now = await team.product_marketer.post(`${team.ws}/release-notes/${draft.data.id}/publish`, {});
    expect(now.statusCode).toBe(422);
    expect(now.headers['content-type']).toMatch(/problem\+json/);
    expect(now.data.errors).toEqual([
      {
        path: 'releaseId',
        message:
          'Release "Release 8.0" is planned, not released yet: schedule the note for its release date instead',
      },
      { path: 'featureIds.0', message: '"SSO" is planned, not shipped' },
    ]);
    const [row] = (await stored()).filter((n) => n.id === draft.data.id);
    expect(row!.publishAt).toBeNull();
    // Written as published from the start, or moved onto an unshipped release once live: refused the same way.
    expect((await write({ releaseId: upcomingId, publishAt: new Date().toISOString() })).statusCode).toBe(
      422,
    );
    const live = await write({ publishAt: new Date(Date.now() - 1000).toISOString() });
    expect(live.statusCode).toBe(201);
    const moved = await team.product_marketer.patch(`${team.ws}/release-notes/${live.data.id}`, {
      releaseId: upcomingId,
    });
    expect(moved.statusCode).toBe(422);

    // Scheduling stays possible; a time that has passed before the release ships still shows nothing.
    const past = new Date(Date.now() - 60_000).toISOString();
    const waiting = await write({ releaseId: upcomingId, visibility: 'public', title: 'Waiting' });
    await env.database.db
      .update(releaseNotes)
      .set({ publishAt: new Date(past) })
      .where(eq(releaseNotes.id, waiting.data.id));
    const seen = await team.viewer.get(`${team.ws}/release-notes/${waiting.data.id}`);
    expect(seen.data).toMatchObject({ publishAt: past, published: false });
    const log = await team.viewer.get(`${team.ws}/changelog`);
    expect(log.data.items.map((n: { id: string }) => n.id)).not.toContain(waiting.data.id);
    const drafts = await team.viewer.get(`${team.ws}/release-notes?published=false`);
    expect(drafts.data.items.map((n: { id: string }) => n.id)).toContain(waiting.data.id);
    const scheduled = await team.product_marketer.post(`${team.ws}/release-notes/${draft.data.id}/publish`, {
      publishAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(scheduled.statusCode).toBe(200);
    expect(scheduled.data.published).toBe(false);
  });

  it('lets product marketers and admins write; others read; stale versions are refused', async () => {
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'product_marketer';
      const created = await team[role].post(`${team.ws}/release-notes`, { releaseId, title: `By ${role}` });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      const note = await write();
      expect(
        (await team[role].patch(`${team.ws}/release-notes/${note.data.id}`, { title: `Edit ${role}` }))
          .statusCode,
        role,
      ).toBe(owner ? 200 : 403);
      expect(
        (await team[role].post(`${team.ws}/release-notes/${note.data.id}/publish`, {})).statusCode,
        role,
      ).toBe(owner ? 200 : 403);
      expect((await team[role].delete(`${team.ws}/release-notes/${note.data.id}`)).statusCode, role).toBe(
        owner ? 204 : 403,
      );
      expect((await team[role].get(`${team.ws}/release-notes`)).statusCode, role).toBe(200);
    }
    const titles = (await stored()).map((n) => n.title);
    expect(titles).toContain('By product_marketer');
    expect(titles).not.toContain('By product_manager');
    const note = await write();
    await team.product_marketer.patch(`${team.ws}/release-notes/${note.data.id}`, { title: 'v2' });
    const stale = await team.product_marketer.patch(`${team.ws}/release-notes/${note.data.id}`, {
      title: 'v3',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect((await team.viewer.get(`${team.ws}/release-notes/${note.data.id}`)).data.title).toBe('v2');
  });
});
