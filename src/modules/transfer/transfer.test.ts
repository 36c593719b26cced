import { count, eq, getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, newUser, type TestEnv } from '../../../test/harness.ts';
import { hashPassword } from '../../core/secrets.ts';
import type { Db } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { buildDemo } from '../../demo/build.ts';
import { resolveSourceKey } from '../sources/keys.ts';
import { sources } from '../sources/schema.ts';
import { users } from '../auth/schema.ts';
import { members } from '../workspaces/schema.ts';
import { exportWorkspace, type WorkspaceDocument } from './export.ts';
import { importWorkspace } from './import.ts';
import { NOT_TRANSFERRED, TABLE_NAMES, TABLES, type TableName } from './tables.ts';

let env: TestEnv;
let db: Db;
let demoId: string;
let domain: string;

beforeAll(async () => {
  env = await createTestEnv();
  db = env.database.db;
  // A copy of the demo under its own email domain: rich data in every table, and no clash with other tests.
  domain = `demo-${Date.now().toString(36)}-${process.pid}.test`;
  const hash = await hashPassword('not used in these tests');
  demoId = (await db.transaction((tx) => buildDemo(tx as unknown as Db, hash, { emailDomain: domain })))
    .workspaceId;
});
afterAll(() => env.close());

/**
 * How many workspaces a person belongs to: an import that wrote nothing leaves it unchanged. (Counting every
 * workspace is not a check: other test files create workspaces in the same database at the same time.)
 */
async function workspacesOf(email: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(users.email, email));
  return row!.n;
}

/**
 * The content of a document, free of what an import legitimately changes: every uuid (ids are this
 * database's), activity numbers, members (the importer alone), mentions (only members are mentioned), and
 * who did what as a user id or as a kept name (a name either way). Rows are compared as sorted multisets.
 */
function content(doc: WorkspaceDocument) {
  const names = new Map(doc.users.map((u) => [u.id, u.name]));
  const out = {} as Record<TableName, string[]>;
  for (const info of TABLES) {
    if (info.name === 'members') continue;
    out[info.name] = doc.tables[info.name]
      .map((row) => {
        const r: Record<string, unknown> = { ...row };
        for (const key of info.userColumns) {
          const nameKey = info.nameColumns[key]!;
          r[key] = typeof r[key] === 'string' ? names.get(r[key] as string) : (r[nameKey] ?? null);
          delete r[nameKey];
        }
        for (const key of info.userArrays) delete r[key];
        if (info.serial) delete r[info.serial];
        return JSON.stringify(r).replace(UUID, 'ID');
      })
      .sort();
  }
  return out;
}
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** Which feedback each feature links to, by title and text: the links survive new ids. */
function links(doc: WorkspaceDocument) {
  const title = new Map(doc.tables.features.map((f) => [f.id, f.title]));
  const text = new Map(doc.tables.feedback.map((f) => [f.id, f.text]));
  return doc.tables.featureFeedback
    .map((l) => `${title.get(l.featureId)} <- ${text.get(l.feedbackId)}`)
    .sort();
}

describe('workspace export and import', () => {
  it('round-trips the content: export A, import as B, export B holds what A held', async () => {
    const a = await exportWorkspace(db, demoId);
    for (const name of TABLE_NAMES) expect(a.tables[name].length, name).toBeGreaterThan(0);
    expect(a.users).toHaveLength(6);
    expect(JSON.stringify(a)).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash|\$argon2/);
    expect(a.tables.feedback[0]).not.toHaveProperty('search');
    expect(a.tables.feedback[0]).not.toHaveProperty('workspaceId');
    expect(a).not.toHaveProperty('tables.notifications');

    // Through JSON text, as a file would carry it.
    const imported = await importWorkspace(db, JSON.parse(JSON.stringify(a)), {
      ownerEmail: `admin@${domain}`,
    });
    expect(imported.workspaceId).not.toBe(demoId);
    expect(imported.counts.features).toBe(40);
    expect(imported.invited).toBe(5);
    const keyOf = async (ws: string) =>
      (await db.select().from(sources).where(eq(sources.workspaceId, ws))).map((s) => s.key);
    // Sources travel without keys; the copy gets new ones, and the website's host stays with the original.
    const text = JSON.stringify(a);
    for (const key of await keyOf(demoId)) expect(text.includes(key)).toBe(false);
    for (const source of a.tables.sources) expect(Object.keys(source)).not.toContain('key');
    expect(imported.notes).toEqual([
      `Source “Marketing website”: northwind.${domain} left out (already held by another source, or not a host name a website may have).`,
    ]);
    const newKeys = await keyOf(imported.workspaceId);
    expect(newKeys).toHaveLength(3);
    for (const key of newKeys) {
      expect((await resolveSourceKey(db, key))?.workspaceId).toBe(imported.workspaceId);
      expect(await keyOf(demoId)).not.toContain(key);
    }
    const b = await exportWorkspace(db, imported.workspaceId);
    expect(b.workspace.name).toBe(a.workspace.name);
    const withoutDomains = structuredClone(a);
    for (const source of withoutDomains.tables.sources) source.domains = [];
    const [ca, cb] = [content(withoutDomains), content(b)];
    // B's log adds the five invitations and the import itself.
    expect(cb.activity).toHaveLength(ca.activity.length + 6);
    expect(cb.activity.filter((r) => r.includes('"action":"imported"'))).toHaveLength(1);
    cb.activity = cb.activity.filter(
      (r) => !/"entityType":"invitation","entityId":"ID","action":"created"|"action":"imported"/.test(r),
    );
    expect(cb).toEqual(ca);
    expect(links(b)).toEqual(links(a));
    // No id of A is reused, and B's members are the importer alone.
    const aIds = new Set(JSON.stringify(a.tables).match(UUID));
    const bIds = new Set(JSON.stringify(b.tables).match(UUID));
    const admin = a.users.find((u) => u.email === `admin@${domain}`)!.id;
    expect([...bIds].filter((id) => aIds.has(id) && id !== admin)).toEqual([]);
    expect(b.tables.members.map((m) => m.role)).toEqual(['admin']);
  });

  it('carries every workspace table or says why not', () => {
    const withWorkspace = (Object.values(schema) as unknown[])
      .filter((t): t is PgTable => is(t, PgTable))
      .filter((t) => 'workspaceId' in getTableColumns(t))
      .map((t) => getTableConfig(t).name);
    expect(withWorkspace).toContain('invitations');
    expect(withWorkspace.length).toBeGreaterThanOrEqual(TABLES.length);
    const carried = TABLES.map((t) => getTableConfig(t.table).name);
    const missing = withWorkspace.filter((n) => !carried.includes(n) && !(n in NOT_TRANSFERRED));
    expect(missing).toEqual([]);
  });

  it('refuses a bad document with a clear error and writes nothing', async () => {
    const before = await workspacesOf(`admin@${domain}`);
    const a = await exportWorkspace(db, demoId);
    const cases: [unknown, RegExp][] = [
      [{ hello: 'world' }, /format/],
      [{ ...a, formatVersion: 2 }, /formatVersion/],
      [
        { ...a, tables: { ...a.tables, features: [{ ...a.tables.features[0], status: 'dreaming' }] } },
        /tables\.features\.0\.status/,
      ],
      [{ ...a, tables: { ...a.tables, gadgets: [] } }, /gadgets/],
      [{ ...a, tables: { ...a.tables, features: [{ ...a.tables.features[0], extra: 1 }] } }, /extra/],
      [{ ...a, users: [] }, /not in the file's users/],
      // Links to feedback the file does not contain: caught by the database, rolled back.
      [{ ...a, tables: { ...a.tables, feedback: [] } }, /inconsistent/],
    ];
    for (const [doc, message] of cases) {
      await expect(importWorkspace(db, doc, { ownerEmail: `admin@${domain}` })).rejects.toThrow(message);
    }
    expect(await workspacesOf(`admin@${domain}`)).toBe(before);
  });

  it('needs an existing importer', async () => {
    const a = await exportWorkspace(db, demoId);
    await expect(importWorkspace(db, a, { ownerEmail: 'nobody@nowhere.test' })).rejects.toThrow(/No user/);
  });
});

describe('export and import over HTTP', () => {
  it('exports for admins only; anyone logged in imports and becomes admin', async () => {
    const team = await newTeam(env.app, 'Transfer Co');
    await team.product_manager.post(`${team.ws}/products`, { name: 'Widget', vision: 'Widgets for all' });
    for (const role of ALL_ROLES.filter((r) => r !== 'admin')) {
      const res = await team[role as Exclude<typeof role, 'admin'>].get(`${team.ws}/export`);
      expect(res.statusCode, role).toBe(403);
      expect(res.data.ownerRoles).toEqual(['admin']);
    }
    const exported = await team.admin.get(`${team.ws}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toMatch(/attachment/);
    expect(exported.data.tables.products).toHaveLength(1);

    const stranger = await newUser(env.app, 'Stranger Person');
    expect((await stranger.get(`${team.ws}/export`)).statusCode).toBe(404);
    const res = await stranger.post('/api/v1/workspaces/import?name=My%20copy', exported.data);
    expect(res.statusCode).toBe(201);
    expect(res.data).toMatchObject({
      name: 'My copy',
      counts: { products: 1, members: 1 },
      invited: 6,
      notes: [],
    });
    const ws = `/api/v1/workspaces/${res.data.workspaceId}`;
    const me = await stranger.get(`${ws}/members/${stranger.user.id}`);
    expect(me.data.role).toBe('admin');
    const products = await stranger.get(`${ws}/products`);
    expect(products.data.items.map((p: { name: string }) => p.name)).toEqual(['Widget']);
    // The original team is invited to the copy, not put in it.
    expect((await team.admin.get(`${ws}/products`)).statusCode).toBe(404);
    const invitations = (await team.admin.get('/api/v1/me')).data.invitations;
    expect(invitations).toContainEqual(
      expect.objectContaining({
        workspaceId: res.data.workspaceId,
        role: 'admin',
        invitedByName: 'Stranger Person',
      }),
    );
  });

  it('carries sources without keys, goals and settings; a domain free again is kept', async () => {
    const team = await newTeam(env.app, 'Signals Co');
    const host = `www.signals-${Date.now().toString(36)}-${process.pid}.example`;
    const site = await team.marketer.post(`${team.ws}/sources`, {
      name: 'Site',
      kind: 'website',
      domains: [host],
    });
    await team.marketer.post(`${team.ws}/goals`, {
      name: 'Purchase',
      event: 'purchase',
      revenueProperty: 'revenue',
    });
    await team.marketer.put(`${team.ws}/attribution-settings`, {
      model: 'linear',
      lookbackDays: 14,
      leadEvents: ['form'],
    });
    const exported = (await team.admin.get(`${team.ws}/export`)).data;
    expect(exported.tables.sources[0]).not.toHaveProperty('key');
    // A file that brings a key of its own is refused: keys are made here.
    const withKey = structuredClone(exported);
    withKey.tables.sources[0].key = 'tdm_chosen-by-the-file';
    const refused = await team.admin.post('/api/v1/workspaces/import', withKey);
    expect(refused.statusCode).toBe(422);
    expect(refused.data.errors[0].path).toBe('tables.sources.0');
    expect((await team.marketer.delete(`${team.ws}/sources/${site.data.id}`)).statusCode).toBe(204);
    const res = await team.admin.post('/api/v1/workspaces/import', exported);
    expect(res.data).toMatchObject({ counts: { sources: 1, goals: 1, signalSettings: 1 }, notes: [] });
    const ws = `/api/v1/workspaces/${res.data.workspaceId}`;
    const [copy] = (await team.admin.get(`${ws}/sources`)).data.items;
    expect(copy).toMatchObject({ name: 'Site', domains: [host], status: 'active' });
    expect(copy.key).not.toBe(site.data.key);
    expect((await resolveSourceKey(db, copy.key))?.workspaceId).toBe(res.data.workspaceId);
    expect((await team.admin.get(`${ws}/goals`)).data.items[0]).toMatchObject({ revenueProperty: 'revenue' });
    expect((await team.admin.get(`${ws}/attribution-settings`)).data).toMatchObject({
      model: 'linear',
      lookbackDays: 14,
      leadEvents: ['form'],
    });
  });

  it('answers 422 with field paths for a bad document, 401 without login', async () => {
    const user = await newUser(env.app, 'Bad File');
    const before = await workspacesOf(user.user.email);
    const res = await user.post('/api/v1/workspaces/import', {
      format: 'tandem-workspace',
      formatVersion: 1,
      exportedAt: 'now',
      workspace: { id: '00000000-0000-4000-8000-000000000000', name: 'X' },
      users: [],
      tables: { products: [{ id: 'not-a-uuid', name: 'P' }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.data.errors[0].path).toBe('tables.products.0.id');
    expect(await workspacesOf(user.user.email)).toBe(before);
    const anon = await env.app.inject({ method: 'POST', url: '/api/v1/workspaces/import', payload: {} });
    expect(anon.statusCode).toBe(401);
  });
});
