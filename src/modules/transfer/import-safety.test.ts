import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonymous,
  Client,
  createTestEnv,
  newTeam,
  newUser,
  type Team,
  type TestEnv,
  uniqueEmail,
} from '../../../test/harness.ts';
import { rows } from '../../db/sql.ts';
import { buildApp } from '../../http/app.ts';
import { activity } from '../activity/schema.ts';
import { users } from '../auth/schema.ts';
import { notifications } from '../comments/schema.ts';
import { members } from '../workspaces/schema.ts';

/**
 * A workspace import is an untrusted file from anyone signed in: it must not reach people, accounts or
 * numbering outside the new workspace.
 */
let env: TestEnv;
let attacker: Team;
let victim: Client;
let doc: Record<string, any>;
const BIG_ID = 9_007_199_254_740_990;

beforeAll(async () => {
  env = await createTestEnv();
  attacker = await newTeam(env.app, 'Attacker Co');
  victim = await newUser(env.app, 'Vera Victim');
  const product = await attacker.product_manager.post(`${attacker.ws}/products`, { name: 'Bait' });
  const feature = await attacker.product_manager.post(`${attacker.ws}/features`, {
    productId: product.data.id,
    title: 'Look here',
  });
  await attacker.sales.post(`${attacker.ws}/comments`, {
    entityType: 'feature',
    entityId: feature.data.id,
    body: 'A real comment',
  });
  doc = (await attacker.admin.get(`${attacker.ws}/export`)).data;
  // The forged part: a registered stranger as admin, an unregistered address, rows in their names.
  const victimFileId = randomUUID();
  const ghostFileId = randomUUID();
  doc.users.push(
    { id: victimFileId, email: victim.user.email, name: 'Vera Victim' },
    { id: ghostFileId, email: ghostEmail, name: 'Gus Ghost' },
  );
  doc.tables.members.push(
    { userId: victimFileId, role: 'admin', version: 1, createdAt: new Date().toISOString() },
    { userId: ghostFileId, role: 'viewer', version: 1, createdAt: new Date().toISOString() },
  );
  const comment = doc.tables.comments[0];
  doc.tables.comments.push({
    ...comment,
    id: randomUUID(),
    authorId: victimFileId,
    body: `I approve @[Vera Victim](${victimFileId})`,
    mentions: [victimFileId],
  });
  doc.tables.notifications = [
    {
      id: randomUUID(),
      userId: victimFileId,
      kind: 'mention',
      entityType: 'feature',
      entityId: feature.data.id,
      commentId: comment.id,
      actorId: victimFileId,
      read: false,
      createdAt: new Date().toISOString(),
    },
  ];
  doc.tables.activity.push({
    ...doc.tables.activity.at(-1),
    id: BIG_ID,
    actorId: victimFileId,
    action: 'updated',
  });
});
afterAll(() => env.close());

const ghostEmail = uniqueEmail('ghost');

describe('an import reaches no one outside the new workspace', () => {
  let imported: { workspaceId: string };
  let importer: Client;

  beforeAll(async () => {
    importer = await newUser(env.app, 'Ivan Importer');
    const res = await importer.post('/api/v1/workspaces/import', doc);
    expect(res.statusCode, res.body).toBe(201);
    imported = res.data;
  });

  it('makes the importer its only member; a registered person named as admin is only invited', async () => {
    const rows = await env.database.db
      .select()
      .from(members)
      .where(eq(members.workspaceId, imported.workspaceId));
    expect(rows.map((m) => [m.userId, m.role])).toEqual([[importer.user.id, 'admin']]);
    expect((await victim.get(`/api/v1/workspaces/${imported.workspaceId}`)).statusCode).toBe(404);
    const me = (await victim.get('/api/v1/me')).data;
    expect(me.workspaces.map((w: { id: string }) => w.id)).not.toContain(imported.workspaceId);
    expect(me.invitations).toContainEqual(
      expect.objectContaining({
        workspaceId: imported.workspaceId,
        role: 'admin',
        invitedByName: 'Ivan Importer',
      }),
    );
  });

  it('plants no notification', async () => {
    const planted = await env.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.workspaceId, imported.workspaceId));
    expect(planted).toEqual([]);
    expect((await victim.get('/api/v1/me/notifications')).data.items).toEqual([]);
  });

  it('creates no account: the real owner of an address signs up later', async () => {
    expect(await env.database.db.select().from(users).where(eq(users.email, ghostEmail))).toEqual([]);
    const signup = await anonymous(env.app).post('/api/v1/auth/signup', {
      email: ghostEmail,
      password: 'my own password ok',
      name: 'Gus',
    });
    expect(signup.statusCode).toBe(201);
  });

  it("keeps a non-member's authorship as a name, never as a reference to their account", async () => {
    const ws = `/api/v1/workspaces/${imported.workspaceId}`;
    const feature = (await importer.get(`${ws}/features`)).data.items[0];
    const list = await importer.get(`${ws}/comments?entityType=feature&entityId=${feature.id}`);
    const forged = list.data.items.find((c: { body: string }) => c.body.startsWith('I approve'));
    expect(forged.author).toEqual({ id: null, name: 'Vera Victim' });
    expect(forged.mentions).toEqual([]);
    expect(JSON.stringify(list.data)).not.toContain(victim.user.id);
    const real = list.data.items.find((c: { body: string }) => c.body === 'A real comment');
    expect(real.author).toEqual({ id: null, name: attacker.sales.user.name });
    const log = await importer.get(`${ws}/activity?limit=100`);
    expect(log.data.items.map((a: { actor: unknown }) => a.actor)).toContainEqual({
      id: null,
      name: 'Vera Victim',
    });
  });

  it("numbers imported rows itself: a file's activity id never moves the shared sequence", async () => {
    const ids = await env.database.db
      .select({ id: activity.id })
      .from(activity)
      .where(eq(activity.workspaceId, imported.workspaceId));
    expect(Math.max(...ids.map((r) => r.id))).toBeLessThan(2 ** 40);
    // Another tenant's next entry stays small too.
    const other = await newTeam(env.app, 'Bystander');
    await other.product_manager.post(`${other.ws}/products`, { name: 'After the import' });
    const [next] = await rows<{ id: string }>(
      env.database.db,
      sql`select max(id)::text as id from activity where workspace_id = ${other.workspaceId}`,
    );
    expect(Number(next!.id)).toBeLessThan(2 ** 40);
  });

  it('gives every row this database’s id', async () => {
    const again = await importer.post('/api/v1/workspaces/import', doc);
    expect(again.statusCode).toBe(201);
    const ws = `/api/v1/workspaces/${again.data.workspaceId}`;
    const fileProduct = doc.tables.products[0].id as string;
    const products = (await importer.get(`${ws}/products`)).data.items;
    expect(products).toHaveLength(1);
    expect(products[0].id).not.toBe(fileProduct);
  });
});

describe('the import body limit', () => {
  let small: FastifyInstance;
  beforeAll(async () => {
    small = await buildApp({
      database: env.database,
      config: { logLevel: 'silent', sessionDays: 30, secureCookies: false, importMaxBytes: 4096 },
    });
    await small.ready();
  });
  afterAll(() => small.close());

  const post = (payload: string | Readable, headers: Record<string, string> = {}) =>
    small.inject({
      method: 'POST',
      url: '/api/v1/workspaces/import',
      headers: { authorization: `Bearer ${victim.token}`, 'content-type': 'application/json', ...headers },
      payload,
    });

  it('refuses a declared length over the setting with 413 problem+json, before reading it', async () => {
    // Not even JSON: a 400 would mean it had been parsed.
    const res = await post(`{${'x'.repeat(5000)}`);
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 413 });
  });

  it('cuts a body without a declared length at the setting', async () => {
    const chunks = Array.from({ length: 10 }, () => Buffer.from(' '.repeat(1000)));
    const res = await post(Readable.from(chunks), { 'transfer-encoding': 'chunked' });
    expect(res.statusCode).toBe(413);
  });

  it('is not capped by the ordinary body limit below it', async () => {
    const padded = JSON.stringify(doc).replace('{', `{${' '.repeat(1_200_000)}`);
    const res = await victim.post('/api/v1/workspaces/import', padded, {
      'content-type': 'application/json',
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});
