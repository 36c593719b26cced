import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { resolveSourceDomain, resolveSourceKey } from './keys.ts';
import { sourceDomains, sources } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

// Domains are unique across the database (and test files share it): each test run uses its own.
const run = `${Date.now().toString(36)}${process.pid}`;
const host = (name: string) => `${name}.${run}.example`;
const stored = () => env.database.db.select().from(sources).where(eq(sources.workspaceId, team.workspaceId));
const add = (body: Record<string, unknown> = {}, t = team) =>
  t.marketer.post(`${t.ws}/sources`, { name: 'Website', kind: 'website', ...body });

describe('sources', () => {
  it('creates a source with a prefixed random key, lists it and reads it to every role', async () => {
    const res = await add({ name: 'Marketing site', domains: [` WWW.${host('acme').toUpperCase()} `] });
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      name: 'Marketing site',
      kind: 'website',
      domains: [`www.${host('acme')}`],
      status: 'active',
      previousKeyExpiresAt: null,
      revokedAt: null,
      version: 1,
    });
    expect(res.data.key).toMatch(/^tdm_[A-Za-z0-9_-]{32}$/);
    const second = await add({ name: 'App', kind: 'app' });
    expect(second.data.key).not.toBe(res.data.key);
    for (const role of ALL_ROLES) {
      const one = await team[role].get(`${team.ws}/sources/${res.data.id}`);
      expect(one.statusCode, role).toBe(200);
      expect(one.data.key, role).toBe(res.data.key);
    }
    const list = await team.viewer.get(`${team.ws}/sources?kind=app`);
    expect(list.data.items.map((s: { id: string }) => s.id)).toEqual([second.data.id]);
    expect(await resolveSourceKey(env.database.db, res.data.key)).toEqual({
      workspaceId: team.workspaceId,
      sourceId: res.data.id,
      kind: 'website',
      domains: [`www.${host('acme')}`],
    });
    expect(await resolveSourceDomain(env.database.db, `www.${host('acme')}`)).toMatchObject({
      sourceId: res.data.id,
    });
    expect(await resolveSourceDomain(env.database.db, host('acme'))).toBeNull();
  });

  it('refuses bad input with field paths and writes nothing', async () => {
    const before = (await stored()).length;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ name: '' }, 400, 'body.name'],
      [{ kind: 'mobile' }, 400, 'body.kind'],
      [{ domains: ['https://example.com/'] }, 422, 'domains.0'],
      [{ domains: ['ok.example', 'exa mple.com'] }, 422, 'domains.1'],
      [{ domains: ['example.com:8080'] }, 422, 'domains.0'],
      [{ domains: ['-bad-.example'] }, 422, 'domains.0'],
      [{ domains: Array.from({ length: 21 }, (_, i) => `d${i}.${host('many')}`) }, 422, 'domains'],
      [{ kind: 'server', domains: [host('server')] }, 422, 'domains'],
      [{ key: 'tdm_mine' }, 400, ''],
    ];
    for (const [body, status, path] of cases) {
      const res = await add(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      if (path) expect(res.data.errors[0].path, JSON.stringify(body)).toBe(path);
    }
    expect((await stored()).length).toBe(before);
    const rows = await env.database.db
      .select()
      .from(sourceDomains)
      .where(eq(sourceDomains.domain, host('server')));
    expect(rows).toEqual([]);
  });

  it('gives a domain to one website source across the whole server (409 naming the field)', async () => {
    const mine = await add({ name: 'Main', domains: [host('shop'), `www.${host('shop')}`] });
    expect(mine.statusCode).toBe(201);
    const same = await add({ name: 'Again', domains: [`blog.${host('shop')}`, host('shop')] });
    expect(same.statusCode).toBe(409);
    expect(same.data.errors).toEqual([
      { path: 'domains.1', message: `${host('shop')} already belongs to the source “Main”.` },
    ]);
    const theirs = await add({ name: 'Theirs', domains: [`www.${host('shop')}`] }, other);
    expect(theirs.statusCode).toBe(409);
    expect(theirs.data.errors[0]).toEqual({
      path: 'domains.0',
      message: `www.${host('shop')} already belongs to a source in another workspace.`,
    });
    expect((await other.admin.get(`${other.ws}/sources`)).data.items).toEqual([]);
    // Freed by an edit, the domain can be taken elsewhere; keeping one's own domains is no clash.
    const url = `${team.ws}/sources/${mine.data.id}`;
    const kept = await team.product_manager.patch(url, { domains: [host('shop')], name: 'Main site' });
    expect(kept.data).toMatchObject({ name: 'Main site', domains: [host('shop')], version: 2 });
    expect((await add({ name: 'Theirs', domains: [`www.${host('shop')}`] }, other)).statusCode).toBe(201);
    // Deleted, all its domains are free again.
    expect((await team.marketer.delete(url)).statusCode).toBe(204);
    expect((await add({ name: 'Later', domains: [host('shop')] }, other)).statusCode).toBe(201);
    expect((await team.viewer.get(url)).statusCode).toBe(404);
  });

  it('rotates a key: the old one works until its grace ends, never logged', async () => {
    const s = await add({ name: 'Rotating', kind: 'server' });
    const url = `${team.ws}/sources/${s.data.id}`;
    const db = env.database.db;
    const rotated = await team.marketer.post(`${url}/rotate-key`, { graceHours: 48 });
    expect(rotated.statusCode).toBe(200);
    expect(rotated.data.key).toMatch(/^tdm_/);
    expect(rotated.data.key).not.toBe(s.data.key);
    const hours = (Date.parse(rotated.data.previousKeyExpiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    expect((await resolveSourceKey(db, s.data.key))?.sourceId).toBe(s.data.id);
    expect((await resolveSourceKey(db, rotated.data.key))?.sourceId).toBe(s.data.id);
    // The grace ends: the old key is refused, the new one works.
    await db
      .update(sources)
      .set({ previousKeyExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(sources.id, s.data.id));
    expect(await resolveSourceKey(db, s.data.key)).toBeNull();
    expect((await resolveSourceKey(db, rotated.data.key))?.sourceId).toBe(s.data.id);
    expect((await team.viewer.get(url)).data.previousKeyExpiresAt).toBeNull();
    // Without a body: 24 hours; 0 stops the old key at once.
    const again = await team.marketer.post(`${url}/rotate-key`);
    expect((Date.parse(again.data.previousKeyExpiresAt) - Date.now()) / 3_600_000).toBeGreaterThan(23.9);
    const now = await team.marketer.post(`${url}/rotate-key`, { graceHours: 0 });
    expect(now.data.previousKeyExpiresAt).toBeNull();
    expect(await resolveSourceKey(db, again.data.key)).toBeNull();
    expect((await team.marketer.post(`${url}/rotate-key`, { graceHours: 169 })).statusCode).toBe(400);
    expect((await team.marketer.post(`${url}/rotate-key`, { graceHours: 1, version: 1 })).statusCode).toBe(
      409,
    );
    const log = await db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, s.data.id)))
      .orderBy(activity.id);
    expect(log.map((a) => a.action)).toEqual(['created', 'key_rotated', 'key_rotated', 'key_rotated']);
    const text = JSON.stringify(log);
    for (const key of [s.data.key, rotated.data.key, again.data.key, now.data.key])
      expect(text).not.toContain(key);
  });

  it('revokes a source for good: no key of it resolves, its domains stay until edited', async () => {
    const s = await add({ name: 'Old site', domains: [host('old')] });
    const url = `${team.ws}/sources/${s.data.id}`;
    const db = env.database.db;
    const rotated = await team.marketer.post(`${url}/rotate-key`, { graceHours: 24 });
    const revoked = await team.product_manager.post(`${url}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.data).toMatchObject({ status: 'revoked', previousKeyExpiresAt: null });
    expect(await resolveSourceKey(db, s.data.key)).toBeNull();
    expect(await resolveSourceKey(db, rotated.data.key)).toBeNull();
    expect(await resolveSourceDomain(db, host('old'))).toBeNull();
    // Irreversible: rotating brings nothing back; revoking again changes nothing.
    expect((await team.marketer.post(`${url}/rotate-key`)).statusCode).toBe(422);
    expect((await team.marketer.post(`${url}/revoke`)).data.version).toBe(revoked.data.version);
    expect(await resolveSourceKey(db, (await team.viewer.get(url)).data.key)).toBeNull();
    const clash = await add({ name: 'New site', domains: [host('old')] });
    expect(clash.data.errors[0].message).toContain('“Old site”');
    expect((await team.marketer.patch(url, { domains: [] })).statusCode).toBe(200);
    expect((await add({ name: 'New site', domains: [host('old')] })).statusCode).toBe(201);
  });

  it('lets marketers and product managers own sources; everyone reads; other workspaces see nothing', async () => {
    const owners = ['admin', 'marketer', 'product_manager'];
    for (const role of ALL_ROLES) {
      const owner = owners.includes(role);
      const created = await team[role].post(`${team.ws}/sources`, { name: `By ${role}`, kind: 'app' });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      if (!owner) expect(created.data.ownerRoles).toEqual(['admin', 'marketer', 'product_manager']);
      const s = await add({ name: `Target ${role}`, kind: 'app' });
      const url = `${team.ws}/sources/${s.data.id}`;
      expect((await team[role].patch(url, { name: `Renamed ${role}` })).statusCode, role).toBe(
        owner ? 200 : 403,
      );
      expect((await team[role].post(`${url}/rotate-key`)).statusCode, role).toBe(owner ? 200 : 403);
      expect((await team[role].post(`${url}/revoke`)).statusCode, role).toBe(owner ? 200 : 403);
      expect((await team[role].delete(url)).statusCode, role).toBe(owner ? 204 : 403);
    }
    const mine = await add({ name: 'Private', kind: 'app' });
    for (const call of [
      other.admin.get(`${other.ws}/sources/${mine.data.id}`),
      other.admin.post(`${other.ws}/sources/${mine.data.id}/rotate-key`),
      other.admin.post(`${other.ws}/sources/${mine.data.id}/revoke`),
      other.admin.delete(`${other.ws}/sources/${mine.data.id}`),
    ])
      expect((await call).statusCode).toBe(404);
    expect((await team.admin.get(`${team.ws}/sources/${mine.data.id}`)).data.status).toBe('active');
  });
});
