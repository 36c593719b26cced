import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_ROLES,
  anonymous,
  type Client,
  createTestEnv,
  newTeam,
  type Team,
  type TestEnv,
} from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';
import { slugPrefix } from './changelog.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let stranger: Client;
let releaseId: string;
let upcomingId: string;
const HOSTILE_TITLE = '<script>alert("title")</script> & more';
const HOSTILE_BODY = [
  '## What changed',
  '**Bold** <img src=x onerror=alert(1)> <script>alert(2)</script>',
  '[click](javascript:alert(3)) [docs](https://example.com/docs) ![pixel](https://tracker.example/p.png)',
  '<a href="javascript:alert(4)">raw link</a> ]]> </content>',
].join('\n\n');

beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme Secret Workspace'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  stranger = anonymous(env.app);
  const productId = (await make.product({ name: 'Internal Codename Falcon' })).id;
  releaseId = (await make.releaseIn('released', { productId, name: 'Release 7.2' })).id;
  upcomingId = (await make.release({ productId, name: 'Release 8.0' })).id;
});
afterAll(() => env.close());

const write = async (body: Record<string, unknown>) => {
  const res = await team.product_marketer.post(`${team.ws}/release-notes`, {
    releaseId,
    visibility: 'public',
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.data as { id: string };
};
const publish = (id: string, publishAt?: string) =>
  team.product_marketer.post(`${team.ws}/release-notes/${id}/publish`, publishAt ? { publishAt } : {});
const turn = (who: Client, body: Record<string, unknown>, t: Team = team) =>
  who.put(`${t.ws}/public-changelog`, body);

describe('public changelog', () => {
  it('is off until release notes owners turn it on; only they may', async () => {
    const off = await team.viewer.get(`${team.ws}/public-changelog`);
    expect(off.data).toEqual({ enabled: false, slug: null, path: null });
    expect((await stranger.get(`${team.ws}/public-changelog`)).statusCode).toBe(401);
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'product_marketer';
      const res = await turn(team[role], { enabled: false });
      expect(res.statusCode, role).toBe(owner ? 200 : 403);
    }
    expect((await turn(team.product_marketer, { enabled: 'yes' })).statusCode).toBe(400);
  });

  it('serves live public notes to anyone without an account, and nothing else of the workspace', async () => {
    const live = await write({ title: 'Faster exports', body: 'Exports are **twice** as fast.' });
    await publish(live.id);
    await write({ title: 'Draft only' });
    const internal = await write({ title: 'Internal only', visibility: 'internal' });
    await publish(internal.id);
    const later = await write({ title: 'Scheduled later' });
    await publish(later.id, new Date(Date.now() + 86_400_000).toISOString());
    const feature = await make.feature({ title: 'Codename Hawk', status: 'planned', releaseId: upcomingId });
    const waiting = await write({
      title: 'Waiting for 8.0',
      releaseId: upcomingId,
      featureIds: [feature.id],
    });
    expect((await publish(waiting.id)).statusCode).toBe(422);
    await publish(waiting.id, new Date(Date.now() + 500).toISOString());
    await new Promise((r) => setTimeout(r, 600));

    const on = await turn(team.product_marketer, { enabled: true, name: 'Acme Größe!' });
    expect(on.statusCode).toBe(200);
    expect(on.data.slug).toMatch(/^acme-grosse-[a-z2-7]{10}$/);
    expect(on.data.path).toBe(`/changelog/${on.data.slug}`);
    expect((await team.viewer.get(`${team.ws}/public-changelog`)).data).toEqual(on.data);

    const page = await stranger.get(on.data.path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(page.headers['content-security-policy']).not.toMatch(/script-src/);
    expect(page.headers['cache-control']).toBe('public, no-cache');
    expect(page.body).toContain('Faster exports');
    expect(page.body).toContain('<strong>twice</strong>');
    expect(page.body).toContain('Release 7.2');
    for (const hidden of [
      'Draft only',
      'Internal only',
      'Scheduled later',
      'Waiting for 8.0',
      'Codename Hawk',
      'Internal Codename Falcon',
      'Acme Secret Workspace',
      team.workspaceId,
      live.id,
      releaseId,
      '/w/',
    ])
      expect(page.body, hidden).not.toContain(hidden);

    const again = await stranger.get(on.data.path, { 'if-none-match': String(page.headers.etag) });
    expect(again.statusCode).toBe(304);

    const feed = await stranger.get(`${on.data.path}/feed.atom`);
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(feed.body).toContain('<title>Faster exports</title>');
    expect(feed.body).not.toContain('Draft only');
    expect(feed.body).not.toContain(live.id);
  });

  it('escapes hostile note text: no script, no image, no javascript: link, on the page and in the feed', async () => {
    const note = await write({ title: HOSTILE_TITLE, body: HOSTILE_BODY });
    expect((await publish(note.id)).statusCode).toBe(200);
    const { slug } = (await turn(team.product_marketer, { enabled: true })).data;
    const page = (await stranger.get(`/changelog/${slug}`)).body;
    expect(page).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; more');
    expect(page).toContain('<h4>What changed</h4>');
    expect(page).toContain('<a href="https://example.com/docs">docs</a>');
    expect(page).not.toMatch(/<script|<img|href="javascript|tracker\.example/i);
    expect(page).toContain('&lt;a href=&quot;javascript:alert(4)&quot;&gt;raw link&lt;/a&gt;');
    const feed = (await stranger.get(`/changelog/${slug}/feed.atom`)).body;
    expect(feed).not.toMatch(/<script|<img|\]\]>|<a href|tracker\.example/i);
    expect(feed.match(/<\/content>/g)!.length).toBe(feed.match(/<content /g)!.length);
  });

  it("cannot be guessed into another workspace's, and off or renewed answers 404 at once", async () => {
    const ours = (await turn(team.admin, { enabled: true })).data.slug as string;
    const theirs = (await turn(other.admin, { enabled: true, name: slugPrefix(ours.slice(0, -11)) }, other))
      .data.slug as string;
    expect(theirs).not.toBe(ours);
    const theirPage = await stranger.get(`/changelog/${theirs}`);
    expect(theirPage.statusCode).toBe(200);
    expect(theirPage.body).not.toContain('Faster exports');
    for (const probe of [ours.toUpperCase(), `${ours}x`, ours.slice(0, -1), 'changelog', team.workspaceId])
      expect((await stranger.get(`/changelog/${probe}`)).statusCode, probe).toBeGreaterThanOrEqual(400);

    const renewed = (await turn(team.admin, { enabled: true, renew: true })).data.slug as string;
    expect(renewed).not.toBe(ours);
    expect((await stranger.get(`/changelog/${ours}`)).statusCode).toBe(404);
    expect((await stranger.get(`/changelog/${renewed}`)).statusCode).toBe(200);

    const off = await turn(team.product_marketer, { enabled: false });
    expect(off.data).toEqual({ enabled: false, slug: null, path: null });
    const gone = await stranger.get(`/changelog/${renewed}`);
    const never = await stranger.get(`/changelog/nothing-${'a'.repeat(10)}`);
    expect(gone.statusCode).toBe(404);
    expect(never.statusCode).toBe(404);
    expect(gone.body).toBe(never.body.replace(`nothing-${'a'.repeat(10)}`, renewed));
    expect((await stranger.get(`/changelog/${renewed}/feed.atom`)).statusCode).toBe(404);
  });
});
