import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { goals, signalSettings } from '../sources/schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

const stored = () => env.database.db.select().from(goals).where(eq(goals.workspaceId, team.workspaceId));
const add = (body: Record<string, unknown> = {}) =>
  team.marketer.post(`${team.ws}/goals`, { name: 'Purchase', event: 'purchase', ...body });

describe('goals', () => {
  it('creates, reads, changes and deletes a goal with a filter and a revenue property', async () => {
    const created = await add({
      name: 'Pro purchase',
      filter: { plan: 'pro', seats: 5, trial: false },
      revenueProperty: 'revenue',
      currency: 'EUR',
    });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({
      name: 'Pro purchase',
      event: 'purchase',
      filter: { plan: 'pro', seats: 5, trial: false },
      revenueProperty: 'revenue',
      currency: 'EUR',
      version: 1,
    });
    const plain = await add({ name: 'Signed up', event: 'signed_up' });
    expect(plain.data).toMatchObject({ filter: {}, revenueProperty: null, currency: 'USD' });
    const url = `${team.ws}/goals/${created.data.id}`;
    expect((await team.sales.get(url)).data.filter).toEqual({ plan: 'pro', seats: 5, trial: false });
    const changed = await team.product_marketer.patch(url, {
      filter: { plan: 'team' },
      revenueProperty: null,
    });
    expect(changed.data).toMatchObject({ filter: { plan: 'team' }, revenueProperty: null, version: 2 });
    expect((await team.marketer.patch(url, { name: 'Stale', version: 1 })).statusCode).toBe(409);
    const listed = await team.viewer.get(`${team.ws}/goals?event=signed_up`);
    expect(listed.data.items.map((g: { id: string }) => g.id)).toEqual([plain.data.id]);
    expect((await team.marketer.delete(url)).statusCode).toBe(204);
    expect((await team.viewer.get(url)).statusCode).toBe(404);
  });

  it('refuses bad goals with field paths and writes nothing', async () => {
    await add({ name: 'Taken' });
    const before = (await stored()).length;
    const tooMany = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`p${i}`, i]));
    const cases: [Record<string, unknown>, number, string][] = [
      [{ name: 'Taken' }, 409, 'name'],
      [{ event: '' }, 400, 'body.event'],
      [{ event: 'x'.repeat(201) }, 400, 'body.event'],
      [{ filter: { '': 'x' } }, 400, 'body.filter'],
      [{ filter: { ['k'.repeat(101)]: 'x' } }, 400, 'body.filter'],
      [{ filter: tooMany }, 400, 'body.filter'],
      [{ filter: { plan: ['pro'] } }, 400, 'body.filter.plan'],
      [{ filter: { plan: null } }, 400, 'body.filter.plan'],
      [{ filter: { plan: { nested: 1 } } }, 400, 'body.filter.plan'],
      [{ currency: 'euro' }, 400, 'body.currency'],
      [{ revenueProperty: '' }, 400, 'body.revenueProperty'],
      [{ unknown: 1 }, 400, ''],
    ];
    for (const [body, status, path] of cases) {
      const res = await add(body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      if (path) expect(res.data.errors[0].path, JSON.stringify(body)).toMatch(new RegExp(`^${path}`));
    }
    expect((await stored()).length).toBe(before);
  });

  it('lets marketers and product marketers own goals; everyone reads; other workspaces see nothing', async () => {
    const owners = ['admin', 'marketer', 'product_marketer'];
    for (const role of ALL_ROLES) {
      const owner = owners.includes(role);
      const created = await team[role].post(`${team.ws}/goals`, { name: `By ${role}`, event: 'e' });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      const g = await add({ name: `Target ${role}` });
      const url = `${team.ws}/goals/${g.data.id}`;
      expect((await team[role].get(url)).statusCode, role).toBe(200);
      expect((await team[role].patch(url, { event: 'other' })).statusCode, role).toBe(owner ? 200 : 403);
      expect((await team[role].delete(url)).statusCode, role).toBe(owner ? 204 : 403);
    }
    const mine = await add({ name: 'Private' });
    expect((await other.admin.get(`${other.ws}/goals/${mine.data.id}`)).statusCode).toBe(404);
    expect((await other.admin.delete(`${other.ws}/goals/${mine.data.id}`)).statusCode).toBe(404);
  });
});

describe('attribution settings', () => {
  const url = () => `${team.ws}/attribution-settings`;
  const saved = () =>
    env.database.db.select().from(signalSettings).where(eq(signalSettings.workspaceId, team.workspaceId));

  it('answers the defaults until saved, then the saved settings, checking the version', async () => {
    expect((await team.viewer.get(url())).data).toEqual({
      model: 'last_touch',
      lookbackDays: 30,
      leadEvents: [],
      version: 0,
      updatedAt: null,
    });
    const body = { model: 'linear', lookbackDays: 90, leadEvents: ['form_submit', 'form_submit', 'demo'] };
    const first = await team.marketer.put(url(), { ...body, version: 0 });
    expect(first.statusCode).toBe(200);
    expect(first.data).toMatchObject({
      model: 'linear',
      lookbackDays: 90,
      leadEvents: ['form_submit', 'demo'],
      version: 1,
    });
    expect((await team.sales.get(url())).data.model).toBe('linear');
    const stale = await team.marketer.put(url(), { ...body, model: 'first_touch', version: 0 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(1);
    const second = await team.admin.put(url(), { ...body, model: 'position_based', version: 1 });
    expect(second.data).toMatchObject({ model: 'position_based', version: 2 });
    expect((await other.viewer.get(`${other.ws}/attribution-settings`)).data.version).toBe(0);
  });

  it('refuses bad settings and other roles, writing nothing', async () => {
    const before = await saved();
    const good = { model: 'last_touch', lookbackDays: 30, leadEvents: [] };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...good, lookbackDays: 0 }, 'body.lookbackDays'],
      [{ ...good, lookbackDays: 366 }, 'body.lookbackDays'],
      [{ ...good, model: 'time_decay' }, 'body.model'],
      [{ ...good, leadEvents: Array.from({ length: 21 }, (_, i) => `e${i}`) }, 'body.leadEvents'],
      [{ ...good, leadEvents: [''] }, 'body.leadEvents.0'],
      [{ model: 'linear' }, 'body.lookbackDays'],
    ];
    for (const [body, path] of cases) {
      const res = await team.marketer.put(url(), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(
        res.data.errors.map((e: { path: string }) => e.path),
        JSON.stringify(body),
      ).toContain(path);
    }
    for (const role of ['product_manager', 'product_marketer', 'sales', 'viewer'] as const) {
      const res = await team[role].put(url(), good);
      expect(res.statusCode, role).toBe(403);
      expect(res.data.ownerRoles).toEqual(['admin', 'marketer']);
    }
    expect(await saved()).toEqual(before);
  });
});
