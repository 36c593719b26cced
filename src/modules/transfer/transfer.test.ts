import { count, eq, getTableColumns, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, newUser, type TestEnv } from '../../../test/harness.ts';
import { hashPassword } from '../../core/secrets.ts';
import type { Db } from '../../db/client.ts';
import * as schema from '../../db/schema.ts';
import { buildDemo } from '../../demo/build.ts';
import { users } from '../auth/schema.ts';
import { members, workspaces } from '../workspaces/schema.ts';
import { exportWorkspace, type WorkspaceDocument } from './export.ts';
import { importWorkspace } from './import.ts';
import { NOT_TRANSFERRED, TABLE_NAMES, TABLES } from './tables.ts';

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

/** The document with what an import legitimately changes taken out (see importWorkspace's doc comment). */
function comparable(doc: WorkspaceDocument, dropImportRow: boolean) {
  const text = JSON.stringify({ users: doc.users, tables: doc.tables }).replaceAll(doc.workspace.id, 'WS');
  const parsed = JSON.parse(text) as Pick<WorkspaceDocument, 'users' | 'tables'>;
  if (dropImportRow) {
    const last = parsed.tables.activity.at(-1)!;
    expect(last).toMatchObject({ entityType: 'workspace', entityId: 'WS', action: 'imported' });
    parsed.tables.activity.pop();
  }
  return parsed;
}

describe('workspace export and import', () => {
  it('round-trips exactly: export A, import as B, export B equals A but for ids of the workspace', async () => {
    const a = await exportWorkspace(db, demoId);
    for (const name of TABLE_NAMES) expect(a.tables[name].length, name).toBeGreaterThan(0);
    expect(a.users).toHaveLength(6);
    expect(JSON.stringify(a)).not.toMatch(/passwordHash|password_hash|tokenHash|token_hash|\$argon2/);
    expect(a.tables.feedback[0]).not.toHaveProperty('search');
    expect(a.tables.feedback[0]).not.toHaveProperty('workspaceId');

    // Through JSON text, as a file would carry it.
    const imported = await importWorkspace(db, JSON.parse(JSON.stringify(a)), {
      ownerEmail: `admin@${domain}`,
    });
    expect(imported.workspaceId).not.toBe(demoId);
    expect(imported.counts.features).toBe(40);
    const b = await exportWorkspace(db, imported.workspaceId);
    expect(b.workspace.name).toBe(a.workspace.name);
    expect(comparable(b, true)).toEqual(comparable(a, false));
    // Activity ids are kept as they were, and new activity continues after them.
    expect(b.tables.activity.slice(0, -1).map((r) => r.id)).toEqual(a.tables.activity.map((r) => r.id));
    const lastKept = a.tables.activity.at(-1)!.id as number;
    expect(b.tables.activity.at(-1)!.id as number).toBeGreaterThan(lastKept);
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

  it('creates missing users by email without a usable password, and maps rows to them', async () => {
    const a = await exportWorkspace(db, demoId);
    const moved = structuredClone(a);
    // As if exported from another server: same people, other ids, one of them unknown here.
    const newcomer = `newcomer-${Date.now()}@${domain}`;
    const sales = moved.users.find((u) => u.email === `sales@${domain}`)!;
    const oldId = sales.id;
    sales.email = newcomer;
    const owner = await newUser(env.app, 'Importing Owner');
    const result = await importWorkspace(db, moved, { ownerEmail: owner.user.email, name: 'Restored copy' });
    expect(result.name).toBe('Restored copy');
    const [created] = await db.select().from(users).where(eq(users.email, newcomer));
    expect(created).toBeDefined();
    expect(created!.passwordHash).toMatch(/^\$argon2/);
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: newcomer, password: 'tandem-demo' },
    });
    expect(login.statusCode).toBe(401);
    const roles = await db.select().from(members).where(eq(members.workspaceId, result.workspaceId));
    expect(roles.find((m) => m.userId === owner.user.id)?.role).toBe('admin');
    expect(roles.find((m) => m.userId === created!.id)?.role).toBe('sales');
    // Feedback the old sales user recorded now points at the newcomer's account.
    const b = await exportWorkspace(db, result.workspaceId);
    const mine = (doc: WorkspaceDocument, id: string) =>
      doc.tables.feedback.filter((f) => f.createdBy === id).length;
    expect(mine(b, created!.id)).toBe(mine(a, oldId));
    expect(mine(b, created!.id)).toBeGreaterThan(0);
  });

  it('refuses a bad document with a clear error and writes nothing', async () => {
    const before = await db.select({ n: count() }).from(workspaces);
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
    const after = await db.select({ n: count() }).from(workspaces);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('needs an admin: from the file or the owner option', async () => {
    const a = await exportWorkspace(db, demoId);
    const noAdmin = {
      ...a,
      tables: { ...a.tables, members: a.tables.members.filter((m) => m.role !== 'admin') },
    };
    await expect(importWorkspace(db, noAdmin)).rejects.toThrow(/no admin/);
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
    expect(res.data).toMatchObject({ name: 'My copy', counts: { products: 1, members: 6 } });
    const ws = `/api/v1/workspaces/${res.data.workspaceId}`;
    const me = await stranger.get(`${ws}/members/${stranger.user.id}`);
    expect(me.data.role).toBe('admin');
    const products = await stranger.get(`${ws}/products`);
    expect(products.data.items.map((p: { name: string }) => p.name)).toEqual(['Widget']);
    // The original team's admin is in the copy too (matched by email) and keeps their role.
    expect((await team.admin.get(`${ws}/products`)).statusCode).toBe(200);
  });

  it('answers 422 with field paths for a bad document, 401 without login', async () => {
    const user = await newUser(env.app, 'Bad File');
    const before = await db.select({ n: count() }).from(workspaces);
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
    const after = await db.select({ n: count() }).from(workspaces);
    expect(after[0]!.n).toBe(before[0]!.n);
    const anon = await env.app.inject({ method: 'POST', url: '/api/v1/workspaces/import', payload: {} });
    expect(anon.statusCode).toBe(401);
  });
});
