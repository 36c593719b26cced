import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { features } from '../features/schema.ts';
import { scoringModels } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let theirs: ReturnType<typeof factories>;

beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  theirs = factories(env, other);
});
afterAll(() => env.close());

const models = () => `${team.ws}/scoring-models`;
const weightedCriteria = [
  { key: 'fit', label: 'Strategic fit', weight: 3, source: 'manual' },
  { key: 'risk', label: 'Delivery risk', weight: -1, source: 'manual' },
  { key: 'asks', label: 'Customers asking', weight: 1, source: 'customer_count', saturation: 10 },
];

/** A feature carrying inputs for every kind of model at once. */
const allInputs = (extra: Record<string, unknown> = {}) => ({
  effort: 2,
  scoreInputs: { reach: 100, impact: 2, confidence: 50, ...extra },
});

describe('scoring models', () => {
  it('sets, changes and removes a product’s model, rescoring its features in the same transaction', async () => {
    const p = (await make.product({ name: 'Scored' })).id;
    const f = await make.feature(make.story(p, allInputs()));
    const g = await make.feature(
      make.story(p, { effort: 1, scoreInputs: { reach: 10, impact: 1, confidence: 100 } }),
    );
    const elsewhere = await make.feature(make.story((await make.product()).id, allInputs()));
    expect([f.score, g.score]).toEqual([50, 10]); // 100 × 2 × 50% ÷ 2; 10 × 1 × 100% ÷ 1
    expect((await team.viewer.get(`${team.ws}/products/${p}/scoring-model`)).statusCode).toBe(404);

    const created = await team.product_manager.post(models(), { productId: p, kind: 'value_effort' });
    expect(created.statusCode).toBe(201);
    expect(created.data).toMatchObject({ productId: p, kind: 'value_effort', criteria: [], version: 1 });
    expect(created.data.rescored).toBe(2); // neither has a value yet: both go from a number to null
    expect((await make.stored.row(features, f.id))!.score).toBeNull();
    expect((await make.stored.row(features, elsewhere.id))!.score).toBe(50); // other products are untouched
    const viaProduct = await team.viewer.get(`${team.ws}/products/${p}/scoring-model`);
    expect(viaProduct.data).toMatchObject({ id: created.data.id, kind: 'value_effort' });
    expect(viaProduct.data.rescored).toBeUndefined();

    const valued = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      scoreInputs: { value: 9 },
    });
    expect(valued.data.score).toBe(4.5); // 9 ÷ 2

    const ice = await team.product_manager.patch(`${models()}/${created.data.id}`, {
      kind: 'ice',
      version: 1,
    });
    expect(ice.statusCode).toBe(200);
    expect(ice.data).toMatchObject({ kind: 'ice', version: 2, rescored: 1 }); // f: 4.5 → null; g stays null
    await team.product_manager.patch(`${team.ws}/features/${g.id}`, {
      scoreInputs: { impact: 8, confidence: 7, ease: 5 },
    });
    expect((await make.stored.row(features, g.id))!.score).toBe(280); // 8 × 7 × 5
    expect((await team.viewer.get(`${team.ws}/features/${g.id}`)).data.rank).toBe(1);

    const removed = await team.product_manager.delete(`${models()}/${created.data.id}`);
    expect(removed.statusCode).toBe(200);
    expect(removed.data.rescored).toBe(1); // g back to RICE, which its ICE inputs cannot feed
    expect((await make.stored.row(features, g.id))!.score).toBeNull();
    expect((await team.viewer.get(`${team.ws}/features/${g.id}`)).data.scoreExplanation).toMatchObject({
      model: 'rice',
      missing: ['reach'],
    });
    expect((await make.stored.activityOf(created.data.id)).map((a) => a.action)).toEqual([
      'created',
      'updated',
      'deleted',
    ]);
  });

  it('scores a weighted scorecard from manual ratings and demand', async () => {
    const p = (await make.product({ name: 'Card' })).id;
    const model = await team.product_manager.post(models(), {
      productId: p,
      kind: 'weighted',
      criteria: weightedCriteria,
    });
    expect(model.data.rescored).toBe(0);
    const f = await make.feature(make.story(p, { scoreInputs: { ratings: { fit: 8, risk: 4 } } }));
    // 3 × 8 − 1 × 4 + 1 × 0 = 20; Σ|w| = 5 → 4
    expect(f.score).toBe(4);
    const misfits: [Record<string, unknown>, string][] = [
      [{ ratings: { speed: 5 } }, 'scoreInputs.ratings.speed'],
      [{ ratings: { asks: 5 } }, 'scoreInputs.ratings.asks'], // demand-fed: not rated by hand
    ];
    for (const [scoreInputs, path] of misfits) {
      const res = await team.product_manager.patch(`${team.ws}/features/${f.id}`, { scoreInputs });
      expect(res.statusCode, path).toBe(422);
      expect(res.data.errors[0].path).toBe(path);
    }
    expect((await make.stored.row(features, f.id))!.version).toBe(1);
    // Reweighting rescores: fit 1, risk −1, asks 1 → 8 − 4 + 0 = 4 ÷ 3 = 1.333333
    const reweighted = await team.product_manager.patch(`${models()}/${model.data.id}`, {
      criteria: weightedCriteria.map((c) => ({ ...c, weight: Math.sign(c.weight) })),
    });
    expect(reweighted.data.rescored).toBe(1);
    expect((await make.stored.row(features, f.id))!.score).toBe(1.333333);
  });

  it('checks inputs against the product’s model on every write', async () => {
    const p = (await make.product({ name: 'Ice' })).id;
    await team.product_manager.post(models(), { productId: p, kind: 'ice' });
    const bad: [Record<string, number>, string][] = [
      [{ impact: 0.5, confidence: 5, ease: 5 }, 'scoreInputs.impact'],
      [{ impact: 5, confidence: 11, ease: 5 }, 'scoreInputs.confidence'],
      [{ impact: 5, confidence: 5, ease: 0 }, 'scoreInputs.ease'],
    ];
    const before = await make.stored.count(features);
    for (const [scoreInputs, path] of bad) {
      const res = await team.product_manager.post(`${team.ws}/features`, make.story(p, { scoreInputs }));
      expect(res.statusCode, path).toBe(path === 'scoreInputs.ease' ? 400 : 422); // ease < 1 is never valid
      if (res.statusCode === 422) expect(res.data.errors[0].path).toBe(path);
    }
    expect(await make.stored.count(features)).toBe(before);
    const ok = await make.feature(make.story(p, { scoreInputs: { impact: 10, confidence: 10, ease: 10 } }));
    expect(ok.score).toBe(1000);
  });

  it('refuses bad models, writing nothing', async () => {
    const p = (await make.product({ name: 'Strict' })).id;
    const f = await make.feature(make.story(p));
    const before = await make.stored.count(scoringModels);
    const http400: Record<string, unknown>[] = [
      { productId: p, kind: 'moscow' },
      { productId: p },
      { productId: p, kind: 'weighted', criteria: [{ ...weightedCriteria[0], weight: 0 }] },
      { productId: p, kind: 'weighted', criteria: [{ ...weightedCriteria[0], key: 'Not A Slug' }] },
      { productId: p, kind: 'weighted', criteria: [{ ...weightedCriteria[0], source: 'vibes' }] },
      { productId: p, kind: 'weighted', criteria: [{ ...weightedCriteria[2], saturation: 0 }] },
      { productId: p, kind: 'weighted', criteria: [{ ...weightedCriteria[0], extra: 1 }] },
      { productId: p, kind: 'rice', score: 1 },
    ];
    for (const body of http400) {
      expect((await team.product_manager.post(models(), body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    const http422: [Record<string, unknown>, string][] = [
      [{ productId: p, kind: 'weighted', criteria: [] }, 'criteria'],
      [{ productId: p, kind: 'rice', criteria: weightedCriteria }, 'criteria'],
      [
        { productId: p, kind: 'weighted', criteria: [weightedCriteria[0], weightedCriteria[0]] },
        'criteria.1.key',
      ],
      [
        { productId: p, kind: 'weighted', criteria: [{ ...weightedCriteria[2], saturation: undefined }] },
        'criteria.0.saturation',
      ],
      [{ productId: (await theirs.product()).id, kind: 'ice' }, 'productId'],
    ];
    for (const [body, path] of http422) {
      const res = await team.product_manager.post(models(), body);
      expect(res.statusCode, path).toBe(422);
      expect(res.data.errors[0].path).toBe(path);
    }
    expect(await make.stored.count(scoringModels)).toBe(before);
    expect((await make.stored.row(features, f.id))!.score).toBe(800);

    const model = await team.product_manager.post(models(), { productId: p, kind: 'ice' });
    const twice = await team.product_manager.post(models(), { productId: p, kind: 'rice' });
    expect(twice.statusCode).toBe(409);
    const badChange = await team.product_manager.patch(`${models()}/${model.data.id}`, { kind: 'weighted' });
    expect(badChange.statusCode).toBe(422); // a scorecard without criteria
    expect((await team.viewer.get(`${models()}/${model.data.id}`)).data).toMatchObject({
      kind: 'ice',
      version: 1,
    });
  });

  it('refuses stale versions on change and removal', async () => {
    const p = (await make.product({ name: 'Versioned' })).id;
    const model = (await team.product_manager.post(models(), { productId: p, kind: 'ice' })).data;
    await team.product_manager.patch(`${models()}/${model.id}`, { kind: 'value_effort', version: 1 });
    const stale = await team.product_manager.patch(`${models()}/${model.id}`, { kind: 'rice', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    const staleDelete = await team.product_manager.delete(`${models()}/${model.id}`, { 'if-match': '1' });
    expect(staleDelete.statusCode).toBe(409);
    const current = await team.viewer.get(`${models()}/${model.id}`);
    expect(current.data).toMatchObject({ kind: 'value_effort', version: 2 });
    expect(current.headers.etag).toBe('"2"');
  });

  it('lets only product managers and admins write models; everyone reads them', async () => {
    const owners = new Set(['admin', 'product_manager']);
    for (const role of ALL_ROLES) {
      const p = (await make.product()).id;
      const created = await team[role].post(models(), { productId: p, kind: 'ice' });
      expect(created.statusCode, role).toBe(owners.has(role) ? 201 : 403);
      if (!owners.has(role)) {
        expect(created.data.ownerRoles).toEqual(['admin', 'product_manager']);
        expect((await team.viewer.get(`${team.ws}/products/${p}/scoring-model`)).statusCode).toBe(404);
      }
      const id = owners.has(role)
        ? created.data.id
        : (await team.product_manager.post(models(), { productId: p, kind: 'ice' })).data.id;
      const changed = await team[role].patch(`${models()}/${id}`, { kind: 'rice' });
      expect(changed.statusCode, role).toBe(owners.has(role) ? 200 : 403);
      const removed = await team[role].delete(`${models()}/${id}`);
      expect(removed.statusCode, role).toBe(owners.has(role) ? 200 : 403);
      const left = await team.viewer.get(`${models()}/${id}`);
      expect(left.statusCode, role).toBe(owners.has(role) ? 404 : 200);
      if (!owners.has(role)) expect(left.data.kind).toBe('ice');
      expect((await team[role].get(models())).statusCode, role).toBe(200);
    }
  });

  it('lists models with a product filter and pages, hiding other workspaces', async () => {
    const mine = [];
    for (let i = 0; i < 3; i++) {
      const p = (await make.product()).id;
      mine.push((await team.product_manager.post(models(), { productId: p, kind: 'ice' })).data);
    }
    const foreignProduct = (await theirs.product()).id;
    const foreign = await other.product_manager.post(`${other.ws}/scoring-models`, {
      productId: foreignProduct,
      kind: 'ice',
    });
    expect(foreign.statusCode).toBe(201);
    const filtered = await team.viewer.get(`${models()}?productId=${mine[1].productId}`);
    expect(filtered.data.items.map((m: { id: string }) => m.id)).toEqual([mine[1].id]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { items: { id: string }[]; nextCursor: string | null } } = await team.viewer.get(
        `${models()}?limit=2&sort=-createdAt${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.data.items.map((m) => m.id));
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    for (const m of mine) expect(seen).toContain(m.id);
    expect(seen).not.toContain(foreign.data.id);
    for (const res of [
      await team.admin.get(`${models()}/${foreign.data.id}`),
      await team.admin.patch(`${models()}/${foreign.data.id}`, { kind: 'rice' }),
      await team.admin.delete(`${models()}/${foreign.data.id}`),
      await team.admin.get(`${team.ws}/products/${foreignProduct}/scoring-model`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await other.viewer.get(`${other.ws}/scoring-models/${foreign.data.id}`)).data.kind).toBe('ice');
  });
});
