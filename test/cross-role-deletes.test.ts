import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity } from '../src/modules/activity/schema.ts';
import { messaging, positionings } from '../src/modules/positioning/schema.ts';
import { products } from '../src/modules/products/schema.ts';
import { createTestEnv, newTeam, type Res, type Team, type TestEnv } from './harness.ts';

let env: TestEnv;
let team: Team;
beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
});
afterAll(() => env.close());

const ok = (res: Res, code = 201) => {
  if (res.statusCode !== code) throw new Error(`${res.statusCode} ${res.body}`);
  return res.data;
};
let n = 0;
const product = async () =>
  ok(await team.product_manager.post(`${team.ws}/products`, { name: `Product ${++n}` })).id as string;
const persona = async (productIds: string[] = []) =>
  ok(await team.product_marketer.post(`${team.ws}/personas`, { name: `Persona ${++n}`, productIds }))
    .id as string;
const positioningDraft = async (productId: string) =>
  ok(await team.product_marketer.post(`${team.ws}/positioning`, { productId, targetCustomer: 'CFOs' }))
    .id as string;
const messagingDraft = async (productId: string, personaId: string) =>
  ok(await team.product_marketer.post(`${team.ws}/messaging`, { productId, personaId, headline: 'Trust' }))
    .id as string;

const count = async (table: typeof positionings | typeof messaging | typeof products, productId: string) => {
  const column = table === products ? products.id : (table as typeof positionings).productId;
  const [r] = await env.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(and(eq(table.workspaceId, team.workspaceId), eq(column, productId)));
  return Number(r!.n);
};
const deletions = async (entityId: string) =>
  (
    await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, entityId)))
  ).filter((a) => a.action === 'deleted');

describe('a delete never removes another role’s work', () => {
  it('refuses to delete a product with product marketing’s positioning and messaging, naming them, for a PM and an admin', async () => {
    const p = await product();
    const who = await persona();
    const drafts = [await positioningDraft(p), await positioningDraft(p)];
    const copy = await messagingDraft(p, who);
    for (const role of ['product_manager', 'admin'] as const) {
      const res = await team[role].delete(`${team.ws}/products/${p}`);
      expect(res.statusCode, role).toBe(409);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.data.detail).toBe(
        'This product has 2 positioning versions and 1 messaging version owned by product marketing; delete or move those first',
      );
      expect(res.data.dependents).toEqual([
        { artefact: 'positioning', count: 2, ownerRoles: ['admin', 'product_marketer'] },
        { artefact: 'messaging', count: 1, ownerRoles: ['admin', 'product_marketer'] },
      ]);
    }
    expect(await count(products, p)).toBe(1);
    expect(await count(positionings, p)).toBe(2);
    expect(await count(messaging, p)).toBe(1);
    expect(await deletions(p)).toEqual([]);

    // Each goes through its own checked path (a PM may not take it; product marketing may), then the product.
    expect((await team.product_manager.delete(`${team.ws}/positioning/${drafts[0]}`)).statusCode).toBe(403);
    for (const id of drafts)
      expect((await team.product_marketer.delete(`${team.ws}/positioning/${id}`)).statusCode).toBe(204);
    expect((await team.product_marketer.delete(`${team.ws}/messaging/${copy}`)).statusCode).toBe(204);
    for (const id of [...drafts, copy]) expect(await deletions(id)).toHaveLength(1);
    expect((await team.product_manager.delete(`${team.ws}/products/${p}`)).statusCode).toBe(204);
    expect(await deletions(p)).toHaveLength(1);
  });

  it('keeps approved positioning (history no path deletes) and the product with it, whoever asks', async () => {
    const p = await product();
    const draft = await positioningDraft(p);
    await team.product_marketer.patch(`${team.ws}/positioning/${draft}`, {
      customerNeed: 'one set of numbers',
      marketCategory: 'analytics',
      valueThemes: [{ theme: 'Trust', proof: 'Audits' }],
      competitiveAlternatives: ['spreadsheets'],
      uniqueAttributes: ['governed'],
    });
    ok(await team.product_marketer.post(`${team.ws}/positioning/${draft}/submit`, {}), 200);
    ok(await team.product_marketer.post(`${team.ws}/positioning/${draft}/approve`, {}), 200);
    const res = await team.admin.delete(`${team.ws}/products/${p}`);
    expect(res.statusCode).toBe(409);
    expect(res.data.detail).toMatch(/^This product has 1 positioning version owned by product marketing/);
    expect(await count(positionings, p)).toBe(1);
  });

  it('names every function whose work keeps a product: linked personas, launches, releases', async () => {
    const p = await product();
    await persona([p]);
    ok(
      await team.product_marketer.post(`${team.ws}/launches`, {
        name: 'Launch',
        productId: p,
        tier: 3,
        launchDate: '2031-01-01',
      }),
    );
    ok(await team.product_manager.post(`${team.ws}/releases`, { name: 'R1', productId: p }));
    const res = await team.product_manager.delete(`${team.ws}/products/${p}`);
    expect(res.statusCode).toBe(409);
    expect(res.data.detail).toBe(
      'This product has 1 release owned by product management, and 1 linked persona and 1 launch owned by product marketing; delete or move those first',
    );
    expect(await count(products, p)).toBe(1);
  });

  it('refuses to delete a feature a release note lists, and a release a launch is planned for', async () => {
    const p = await product();
    const release = ok(await team.product_manager.post(`${team.ws}/releases`, { name: 'R2', productId: p }))
      .id as string;
    const feature = ok(
      await team.product_manager.post(`${team.ws}/features`, {
        productId: p,
        title: 'CSV export',
        status: 'shipped',
      }),
    ).id as string;
    ok(
      await team.product_marketer.post(`${team.ws}/release-notes`, {
        releaseId: release,
        title: 'Exports',
        featureIds: [feature],
      }),
    );
    const keptFeature = await team.product_manager.delete(`${team.ws}/features/${feature}`);
    expect(keptFeature.statusCode).toBe(409);
    expect(keptFeature.data.detail).toBe(
      'This feature has 1 release note listing it owned by product marketing; delete or move those first',
    );
    expect((await team.viewer.get(`${team.ws}/features/${feature}`)).statusCode).toBe(200);
    const note = await team.viewer.get(`${team.ws}/release-notes?releaseId=${release}`);
    expect(note.data.items[0].features.map((f: { id: string }) => f.id)).toEqual([feature]);

    ok(
      await team.product_marketer.post(`${team.ws}/launches`, {
        name: 'R2 launch',
        releaseId: release,
        tier: 3,
        launchDate: '2031-02-01',
      }),
    );
    const keptRelease = await team.product_manager.delete(`${team.ws}/releases/${release}`);
    expect(keptRelease.statusCode).toBe(409);
    expect(keptRelease.data.detail).toBe(
      'This release has 1 launch and 1 release note owned by product marketing; delete or move those first',
    );
  });

  it('still deletes a whole workspace with everything in it (admin)', async () => {
    const other = await newTeam(env.app, 'Doomed');
    const p = ok(await other.product_manager.post(`${other.ws}/products`, { name: 'P' })).id as string;
    const who = ok(
      await other.product_marketer.post(`${other.ws}/personas`, { name: 'CFO', productIds: [p] }),
    ).id as string;
    ok(await other.product_marketer.post(`${other.ws}/positioning`, { productId: p }));
    ok(await other.product_marketer.post(`${other.ws}/messaging`, { productId: p, personaId: who }));
    const release = ok(await other.product_manager.post(`${other.ws}/releases`, { name: 'R', productId: p }));
    const feature = ok(
      await other.product_manager.post(`${other.ws}/features`, {
        productId: p,
        title: 'F',
        status: 'shipped',
      }),
    );
    ok(
      await other.product_marketer.post(`${other.ws}/release-notes`, {
        releaseId: release.id,
        title: 'Notes',
        featureIds: [feature.id],
      }),
    );
    const requirement = ok(
      await other.product_marketer.post(`${other.ws}/requirements`, {
        title: 'Req',
        problem: 'Why',
        productId: p,
      }),
    );
    ok(await other.marketer.post(`${other.ws}/programs`, { name: 'Prog', requirementIds: [requirement.id] }));
    const gone = await other.admin.delete(other.ws);
    expect(gone.statusCode, gone.body).toBe(204);
    const left = await env.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(positionings)
      .where(eq(positionings.workspaceId, other.workspaceId));
    expect(Number(left[0]!.n)).toBe(0);
  });
});
