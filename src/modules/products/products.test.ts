import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_ROLES,
  createTestEnv,
  expectStatus,
  newTeam,
  type Team,
  type TestEnv,
} from '../../../test/harness.ts';

let env: TestEnv;
let team: Team;
let other: Team;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
});
afterAll(() => env.close());

describe('products', () => {
  // Typed from the OpenAPI paths: a misspelt field or a wrong parameter fails to compile.
  it('creates a product line and a product inside it', async () => {
    const path = { workspaceId: team.workspaceId };
    const line = await team.product_manager.api.post('/api/v1/workspaces/{workspaceId}/products', {
      path,
      body: { name: 'Analytics', vision: 'Answers, not dashboards' },
    });
    expectStatus(line, 201);
    const child = await team.product_manager.api.post('/api/v1/workspaces/{workspaceId}/products', {
      path,
      body: {
        name: 'Dashboards',
        parentId: line.data.id,
        function: 'Shared dashboards',
        targetDemographic: 'Ops leads at mid-market SaaS',
        value: 'One view of the business',
      },
    });
    expectStatus(child, 201);
    expect(child.data).toMatchObject({ parentId: line.data.id, version: 1 });
    const products = '/api/v1/workspaces/{workspaceId}/products';
    const kids = await team.viewer.api.get(products, { path, query: { parentId: line.data.id } });
    expectStatus(kids, 200);
    expect(kids.data.items.map((p) => p.name)).toEqual(['Dashboards']);
    const top = await team.viewer.api.get(products, { path, query: { parentId: 'none' } });
    expectStatus(top, 200);
    expect(top.data.items.map((p) => p.name)).toContain('Analytics');
    expect(top.data.items.map((p) => p.name)).not.toContain('Dashboards');
  });

  it('lets only product managers and admins write; others get 403 naming the owner', async () => {
    for (const role of ALL_ROLES) {
      const res = await team[role].post(`${team.ws}/products`, { name: `By ${role}` });
      if (role === 'admin' || role === 'product_manager') expect(res.statusCode, role).toBe(201);
      else {
        expect(res.statusCode, role).toBe(403);
        expect(res.data.ownerRoles).toEqual(['admin', 'product_manager']);
        expect(res.data.detail).toContain('product_manager');
      }
    }
  });

  it('validates input and writes nothing on failure', async () => {
    const before = await team.viewer.get(`${team.ws}/products?limit=200`);
    const bad = [
      { name: '' },
      { name: 'x'.repeat(201) },
      { name: 'ok', unknown: 1 },
      { name: 42 },
      { name: 'ok', parentId: 'not-a-uuid' },
    ];
    for (const body of bad)
      expect((await team.product_manager.post(`${team.ws}/products`, body)).statusCode).toBe(400);
    const foreign = await other.product_manager.post(`${other.ws}/products`, { name: 'Theirs' });
    const cross = await team.product_manager.post(`${team.ws}/products`, {
      name: 'ok',
      parentId: foreign.data.id,
    });
    expect(cross.statusCode).toBe(422);
    expect(cross.data.errors[0].path).toBe('parentId');
    const after = await team.viewer.get(`${team.ws}/products?limit=200`);
    expect(after.data.items).toHaveLength(before.data.items.length);
  });

  it('refuses a stale update and keeps the stored value', async () => {
    const p = await team.product_manager.post(`${team.ws}/products`, { name: 'Versioned' });
    const first = await team.product_manager.patch(`${team.ws}/products/${p.data.id}`, {
      vision: 'v2',
      version: 1,
    });
    expect(first.statusCode).toBe(200);
    expect(first.data.version).toBe(2);
    const stale = await team.product_manager.patch(`${team.ws}/products/${p.data.id}`, {
      vision: 'lost',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    expect(stale.data.lastChange.changes.vision).toEqual({ before: '', after: 'v2' });
    expect((await team.viewer.get(`${team.ws}/products/${p.data.id}`)).data.vision).toBe('v2');
  });

  it('refuses cycles in product lines', async () => {
    const a = await team.product_manager.post(`${team.ws}/products`, { name: 'A' });
    const b = await team.product_manager.post(`${team.ws}/products`, { name: 'B', parentId: a.data.id });
    const cyc = await team.product_manager.patch(`${team.ws}/products/${a.data.id}`, { parentId: b.data.id });
    expect(cyc.statusCode).toBe(422);
    const held = await team.product_manager.delete(`${team.ws}/products/${a.data.id}`);
    expect(held.statusCode).toBe(409);
    expect(held.data.detail).toMatch(/1 child products/);
    expect((await team.product_manager.delete(`${team.ws}/products/${b.data.id}`)).statusCode).toBe(204);
    expect((await team.product_manager.delete(`${team.ws}/products/${a.data.id}`)).statusCode).toBe(204);
  });

  it('never reads or changes another workspace’s products', async () => {
    const theirs = await other.product_manager.post(`${other.ws}/products`, { name: 'Secret' });
    const url = `${team.ws}/products/${theirs.data.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { name: 'Hacked' })).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);
    const list = await team.admin.get(`${team.ws}/products?q=Secret`);
    expect(list.data.items).toHaveLength(0);
    expect((await other.viewer.get(`${other.ws}/products/${theirs.data.id}`)).data.name).toBe('Secret');
  });

  it('sorts and paginates with a cursor', async () => {
    const names = ['Zeta', 'Alpha', 'Mu'];
    for (const n of names) await team.product_manager.post(`${team.ws}/products`, { name: `Sort ${n}` });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { items: { name: string }[]; nextCursor: string | null } } = await team.viewer.get(
        `${team.ws}/products?q=Sort&sort=-name&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.data.items.map((p) => p.name));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Sort Zeta', 'Sort Mu', 'Sort Alpha']);
    expect((await team.viewer.get(`${team.ws}/products?sort=name&cursor=garbage`)).statusCode).toBe(422);
  });
});
