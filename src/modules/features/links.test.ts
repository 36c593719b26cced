import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { features, featureFeedback } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let theirs: ReturnType<typeof factories>;
let productId: string;

beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  theirs = factories(env, other);
  productId = (await make.product({ name: 'Core' })).id;
});
afterAll(() => env.close());

const links = (featureId: string) => `${team.ws}/features/${featureId}/feedback`;

describe('linking feedback to features', () => {
  it('links one or many, counts distinct customers and their revenue, and logs each change', async () => {
    const f = await make.feature(make.story(productId, { title: 'Demand' }));
    const big = (await make.customer({ name: 'Big Co', annualRevenue: 900_000 })).id;
    const small = (await make.customer({ name: 'Small Co', annualRevenue: 100_000 })).id;
    const fb1 = (
      await make.feedback({
        customerId: big,
        title: 'Scheduled exports, please',
        text: 'Scheduled exports, please',
      })
    ).id;
    const fb2 = (await make.feedback({ customerId: big, text: 'Again: exports' })).id;
    const fb3 = (await make.feedback({ customerId: small, text: 'x'.repeat(300) })).id;
    const fb4 = (await make.feedback({ customerId: null, text: 'Anonymous ask' })).id;

    const one = await team.product_manager.post(links(f.id), { feedbackId: fb1, importance: 'critical' });
    expect(one.statusCode).toBe(201);
    expect(one.data.linked).toBe(1);
    expect(one.data.feature.demand).toEqual({ feedbackCount: 1, customerCount: 1, customerRevenue: 900_000 });
    const many = await team.product_manager.post(links(f.id), { feedbackIds: [fb2, fb3, fb4] });
    expect(many.data.linked).toBe(3);
    // 4 items; customers Big Co and Small Co (the anonymous item has none); 900k + 100k
    expect(many.data.feature.demand).toEqual({
      feedbackCount: 4,
      customerCount: 2,
      customerRevenue: 1_000_000,
    });
    expect(await make.stored.row(features, f.id)).toMatchObject({ feedbackCount: 4, customerCount: 2 });

    const page1 = await team.viewer.get(`${links(f.id)}?limit=3`);
    expect(page1.statusCode).toBe(200);
    expect(page1.data.items).toHaveLength(3);
    const page2 = await team.viewer.get(`${links(f.id)}?limit=3&cursor=${page1.data.nextCursor}`);
    expect(page2.data.nextCursor).toBeNull();
    const all = [...page1.data.items, ...page2.data.items];
    expect(all.map((l: { feedbackId: string }) => l.feedbackId).sort()).toEqual([fb1, fb2, fb3, fb4].sort());
    const long = all.find((l: { feedbackId: string }) => l.feedbackId === fb3);
    expect(long).toMatchObject({ importance: 'important', customer: { id: small, name: 'Small Co' } });
    expect(long.excerpt.length).toBeLessThanOrEqual(200);
    expect(all.find((l: { feedbackId: string }) => l.feedbackId === fb1)).toMatchObject({
      importance: 'critical',
      title: 'Scheduled exports, please',
      excerpt: 'Scheduled exports, please',
    });
    expect(all.find((l: { feedbackId: string }) => l.feedbackId === fb4).customer).toBeNull();

    const changed = await team.product_manager.patch(`${links(f.id)}/${fb3}`, { importance: 'nice_to_have' });
    expect(changed.statusCode).toBe(200);
    expect(changed.data).toEqual({ feedbackId: fb3, importance: 'nice_to_have' });
    expect((await team.product_manager.delete(`${links(f.id)}/${fb3}`)).statusCode).toBe(204);
    const after = await team.viewer.get(`${team.ws}/features/${f.id}`);
    expect(after.data.demand).toEqual({ feedbackCount: 3, customerCount: 1, customerRevenue: 900_000 });
    expect(after.data.linkedFeedback).toHaveLength(3);

    const log = await make.stored.activityOf(f.id);
    expect(log.map((a) => a.action)).toEqual([
      'created',
      'linked',
      'linked',
      'linked',
      'linked',
      'link_updated',
      'unlinked',
    ]);
    expect(log[1]!.changes.feedback).toEqual({ before: null, after: { id: fb1, importance: 'critical' } });
    expect(log.at(-1)!.changes.feedback).toEqual({
      before: { id: fb3, importance: 'nice_to_have' },
      after: null,
    });
  });

  it('refuses to link the same pair twice (409) and repeats in one request (422), writing nothing', async () => {
    const f = await make.feature(make.story(productId));
    const [a, b] = [(await make.feedback()).id, (await make.feedback()).id];
    expect((await team.product_manager.post(links(f.id), { feedbackId: a })).statusCode).toBe(201);
    const again = await team.product_manager.post(links(f.id), { feedbackId: a });
    expect(again.statusCode).toBe(409);
    const mixed = await team.product_manager.post(links(f.id), { feedbackIds: [b, a] });
    expect(mixed.statusCode).toBe(409);
    const repeated = await team.product_manager.post(links(f.id), { feedbackIds: [b, b] });
    expect(repeated.statusCode).toBe(422);
    expect(repeated.data.errors[0].path).toBe('feedbackIds.1');
    expect(await make.stored.count(featureFeedback, eq(featureFeedback.featureId, f.id))).toBe(1);
    expect((await make.stored.row(features, f.id))!.feedbackCount).toBe(1);
  });

  it('validates link bodies', async () => {
    const f = await make.feature(make.story(productId));
    const fb = (await make.feedback()).id;
    for (const body of [
      {},
      { feedbackId: 'nope' },
      { feedbackId: fb, importance: 'urgent' },
      { feedbackIds: [] },
      { feedbackId: fb, feedbackIds: [fb] },
      { feedbackId: fb, extra: 1 },
    ]) {
      expect((await team.product_manager.post(links(f.id), body)).statusCode, JSON.stringify(body)).toBe(400);
    }
    await team.product_manager.post(links(f.id), { feedbackId: fb });
    expect(
      (await team.product_manager.patch(`${links(f.id)}/${fb}`, { importance: 'huge' })).statusCode,
    ).toBe(400);
    expect((await team.product_manager.patch(`${links(f.id)}/${fb}`, {})).statusCode).toBe(400);
    const unlinked = (await make.feedback()).id;
    expect(
      (await team.product_manager.patch(`${links(f.id)}/${unlinked}`, { importance: 'critical' })).statusCode,
    ).toBe(404);
    expect((await team.product_manager.delete(`${links(f.id)}/${unlinked}`)).statusCode).toBe(404);
    expect(await make.stored.count(featureFeedback, eq(featureFeedback.featureId, f.id))).toBe(1);
  });

  it('lets product managers, product marketers and sales link; marketers and viewers may not', async () => {
    const allowed = new Set(['admin', 'product_manager', 'product_marketer', 'sales']);
    for (const role of ALL_ROLES) {
      const f = await make.feature(make.story(productId));
      const fb = (await make.feedback()).id;
      const linked = await team[role].post(links(f.id), { feedbackId: fb, importance: 'critical' });
      expect(linked.statusCode, role).toBe(allowed.has(role) ? 201 : 403);
      if (!allowed.has(role)) {
        expect(linked.data.ownerRoles).toEqual(['admin', 'product_manager']);
        expect(await make.stored.count(featureFeedback, eq(featureFeedback.featureId, f.id))).toBe(0);
        // Set up a link as the product manager, to try changing and removing it.
        await team.product_manager.post(links(f.id), { feedbackId: fb, importance: 'critical' });
      }
      const changed = await team[role].patch(`${links(f.id)}/${fb}`, { importance: 'nice_to_have' });
      expect(changed.statusCode, role).toBe(allowed.has(role) ? 200 : 403);
      const removed = await team[role].delete(`${links(f.id)}/${fb}`);
      expect(removed.statusCode, role).toBe(allowed.has(role) ? 204 : 403);
      expect(await make.stored.count(featureFeedback, eq(featureFeedback.featureId, f.id)), role).toBe(
        allowed.has(role) ? 0 : 1,
      );
      expect((await team[role].get(links(f.id))).statusCode, role).toBe(200);
    }
  });
});

describe('links across workspaces', () => {
  it('refuses another workspace’s feedback (422 naming the index), all or nothing', async () => {
    const f = await make.feature(make.story(productId));
    const mine = (await make.feedback()).id;
    const foreign = (await theirs.feedback()).id;
    const res = await team.product_manager.post(links(f.id), { feedbackIds: [mine, foreign] });
    expect(res.statusCode).toBe(422);
    expect(res.data.errors).toHaveLength(1);
    expect(res.data.errors[0].path).toBe('feedbackIds.1');
    const single = await team.product_manager.post(links(f.id), { feedbackId: foreign });
    expect(single.statusCode).toBe(422);
    expect(await make.stored.count(featureFeedback, eq(featureFeedback.featureId, f.id))).toBe(0);
    expect((await make.stored.row(features, f.id))!.feedbackCount).toBe(0);
  });

  it('answers 404 for another workspace’s feature on every link route', async () => {
    const secret = await theirs.feature(theirs.story((await theirs.product()).id));
    const fb = (await theirs.feedback()).id;
    await other.product_manager.post(`${other.ws}/features/${secret.id}/feedback`, { feedbackId: fb });
    const mine = (await make.feedback()).id;
    for (const res of [
      await team.admin.get(links(secret.id)),
      await team.admin.post(links(secret.id), { feedbackId: mine }),
      await team.admin.patch(`${links(secret.id)}/${fb}`, { importance: 'critical' }),
      await team.admin.delete(`${links(secret.id)}/${fb}`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect(await theirs.stored.count(featureFeedback, eq(featureFeedback.featureId, secret.id))).toBe(1);
  });
});

describe('demand moves the score', () => {
  it('a demand-fed weighted criterion rises with links and falls with unlinks', async () => {
    const p = (await make.product({ name: 'Weighted' })).id;
    const model = await team.product_manager.post(`${team.ws}/scoring-models`, {
      productId: p,
      kind: 'weighted',
      criteria: [
        { key: 'fit', label: 'Strategic fit', weight: 2, source: 'manual' },
        { key: 'asks', label: 'Feedback items', weight: 1, source: 'feedback_count', saturation: 4 },
        { key: 'money', label: 'Revenue', weight: 1, source: 'customer_revenue', saturation: 1_000_000 },
      ],
    });
    expect(model.statusCode).toBe(201);
    const f = await make.feature(make.story(p, { scoreInputs: { ratings: { fit: 5 } } }));
    // fit 5 × 2 = 10; asks 0; money 0 → 10 ÷ (2 + 1 + 1) = 2.5
    expect(f.score).toBe(2.5);
    const rival = await make.feature(make.story(p, { scoreInputs: { ratings: { fit: 6 } } }));
    expect(rival.score).toBe(3); // 12 ÷ 4
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data.rank).toBe(2);

    const rich = (await make.customer({ name: 'Rich', annualRevenue: 500_000 })).id;
    const fbs = [
      (await make.feedback({ customerId: rich })).id,
      (await make.feedback({ customerId: rich })).id,
    ];
    const linked = await team.sales.post(links(f.id), { feedbackIds: fbs });
    // fit 10; asks 2 of 4 → rating 5 → 5; money 500k of 1M → rating 5 → 5 → 20 ÷ 4 = 5
    expect(linked.data.feature).toMatchObject({ score: 5, rank: 1 });
    expect((await make.stored.row(features, f.id))!.score).toBe(5);
    expect((await team.viewer.get(`${team.ws}/features/${rival.id}`)).data.rank).toBe(2);
    const detail = await team.viewer.get(`${team.ws}/features/${f.id}`);
    expect(detail.data.scoreExplanation.terms).toEqual([
      { name: 'fit', value: 5, note: 'weight 2, manual' },
      { name: 'asks', value: 5, note: 'weight 1, feedback_count' },
      { name: 'money', value: 5, note: 'weight 1, customer_revenue' },
    ]);

    await team.sales.delete(`${links(f.id)}/${fbs[0]}`);
    // asks 1 of 4 → 2.5; money still 500k (the other item) → 10 + 2.5 + 5 = 17.5 ÷ 4 = 4.375
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data.score).toBe(4.375);
    await team.sales.delete(`${links(f.id)}/${fbs[1]}`);
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data).toMatchObject({
      score: 2.5,
      rank: 2,
    });
  });
});
