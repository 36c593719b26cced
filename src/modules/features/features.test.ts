import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { customers } from '../customers/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { features } from './schema.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let productId: string;
let otherProductId: string;

beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  productId = (await team.product_manager.post(`${team.ws}/products`, { name: 'Core' })).data.id;
  otherProductId = (await other.product_manager.post(`${other.ws}/products`, { name: 'Theirs' })).data.id;
});
afterAll(() => env.close());

const story = (extra: Record<string, unknown> = {}) => ({
  productId,
  title: 'Scheduled exports',
  asA: 'finance lead',
  iWant: 'exports to arrive by email every Monday',
  soThat: 'I stop pulling numbers by hand',
  acceptanceCriteria: ['Choose weekday and time', 'CSV and XLSX'],
  effort: 4,
  scoreInputs: { reach: 2000, impact: 2, confidence: 80 },
  ...extra,
});

async function insertFeedback(t: Team, customerId: string | null, text = 'We need scheduled exports') {
  const [row] = await env.database.db
    .insert(feedback)
    .values({ workspaceId: t.workspaceId, text, source: 'sales_call', customerId })
    .returning({ id: feedback.id });
  return row!.id;
}

async function insertCustomer(t: Team, name: string, annualRevenue: number) {
  const [row] = await env.database.db
    .insert(customers)
    .values({ workspaceId: t.workspaceId, name, annualRevenue })
    .returning({ id: customers.id });
  return row!.id;
}

describe('features', () => {
  it('creates a user story whose score the server computes (RICE by default)', async () => {
    const res = await team.product_manager.post(`${team.ws}/features`, { ...story(), score: 999 });
    expect(res.statusCode).toBe(400); // score is never accepted from clients
    const created = await team.product_manager.post(`${team.ws}/features`, story());
    expect(created.statusCode).toBe(201);
    // 2000 × 2 × 0.8 ÷ 4 = 800
    expect(created.data).toMatchObject({
      score: 800,
      status: 'idea',
      rank: 1,
      version: 1,
      asA: 'finance lead',
    });
    expect(created.data.allowedTransitions).toEqual(['discovery', 'planned', 'wont_do']);
    const detail = await team.viewer.get(`${team.ws}/features/${created.data.id}`);
    expect(detail.data.scoreExplanation).toMatchObject({ model: 'rice', missing: [] });
    expect(detail.headers.etag).toBe('"1"');
  });

  it('keeps score and rank consistent with inputs after edits', async () => {
    const a = (
      await team.product_manager.post(
        `${team.ws}/features`,
        story({ title: 'A', scoreInputs: { reach: 100, impact: 1, confidence: 100 }, effort: 1 }),
      )
    ).data;
    const b = (
      await team.product_manager.post(
        `${team.ws}/features`,
        story({ title: 'B', scoreInputs: { reach: 100, impact: 1, confidence: 100 }, effort: 1 }),
      )
    ).data;
    // Ties share a rank.
    const [ra, rb] = [
      await team.viewer.get(`${team.ws}/features/${a.id}`),
      await team.viewer.get(`${team.ws}/features/${b.id}`),
    ];
    expect(ra.data.score).toBe(100);
    expect(ra.data.rank).toBe(rb.data.rank);
    const edited = await team.product_manager.patch(`${team.ws}/features/${a.id}`, {
      effort: 0.1,
      version: a.version,
    });
    expect(edited.data.score).toBe(1000); // 100 × 1 × 1 ÷ 0.1
    expect(edited.data.rank).toBe(1);
    const bAfter = await team.viewer.get(`${team.ws}/features/${b.id}`);
    expect(bAfter.data.rank).toBeGreaterThan(1);
    const unscored = await team.product_manager.patch(`${team.ws}/features/${b.id}`, { effort: null });
    expect(unscored.data.score).toBeNull();
    expect(unscored.data.rank).toBeGreaterThan(edited.data.rank);
  });

  it('enforces the status workflow and writes nothing on a refused move', async () => {
    const f = (await team.product_manager.post(`${team.ws}/features`, story({ title: 'Workflow' }))).data;
    const jump = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      status: 'shipped',
      title: 'Changed',
    });
    expect(jump.statusCode).toBe(422);
    expect(jump.data.errors[0].path).toBe('status');
    expect(jump.data.detail).toContain('discovery, planned, wont_do');
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data.title).toBe('Workflow');
    for (const status of ['planned', 'in_progress', 'shipped']) {
      const res = await team.product_manager.patch(`${team.ws}/features/${f.id}`, { status });
      expect(res.statusCode, status).toBe(200);
    }
    const shipped = await team.viewer.get(`${team.ws}/features/${f.id}`);
    expect(shipped.data.rank).toBeNull();
    expect(
      (await team.product_manager.patch(`${team.ws}/features/${f.id}`, { status: 'idea' })).statusCode,
    ).toBe(422);
    const log = await env.database.db
      .select()
      .from(activity)
      .where(
        and(
          eq(activity.workspaceId, team.workspaceId),
          eq(activity.entityId, f.id),
          eq(activity.action, 'status_changed'),
        ),
      );
    expect(log).toHaveLength(3);
    expect(log[0]!.changes.status).toEqual({ before: 'idea', after: 'planned' });
  });

  it('lets only product managers and admins write features', async () => {
    for (const role of ALL_ROLES) {
      const res = await team[role].post(`${team.ws}/features`, story({ title: `By ${role}` }));
      expect(res.statusCode, role).toBe(role === 'admin' || role === 'product_manager' ? 201 : 403);
      if (res.statusCode === 403) expect(res.data.ownerRoles).toEqual(['admin', 'product_manager']);
    }
  });

  it('refuses bad input and references from another workspace, writing nothing', async () => {
    const [{ n: before }] = (await env.database.db
      .$count(features, eq(features.workspaceId, team.workspaceId))
      .then((n) => [{ n }])) as [{ n: number }];
    const bad: Record<string, unknown>[] = [
      story({ title: '' }),
      story({ effort: -1 }),
      story({ status: 'done' }),
      story({ acceptanceCriteria: 'one' }),
      story({ scoreInputs: { reach: -5 } }),
      story({ extra: true }),
    ];
    for (const body of bad)
      expect((await team.product_manager.post(`${team.ws}/features`, body)).statusCode).toBe(400);
    const notOnScale = await team.product_manager.post(
      `${team.ws}/features`,
      story({ scoreInputs: { reach: 1, impact: 4, confidence: 50 } }),
    );
    expect(notOnScale.statusCode).toBe(422);
    expect(notOnScale.data.errors[0].path).toBe('scoreInputs.impact');
    const foreignProduct = await team.product_manager.post(
      `${team.ws}/features`,
      story({ productId: otherProductId }),
    );
    expect(foreignProduct.statusCode).toBe(422);
    expect(foreignProduct.data.errors[0].path).toBe('productId');
    const foreignRelease = (await other.product_manager.post(`${other.ws}/releases`, { name: 'R' })).data.id;
    expect(
      (await team.product_manager.post(`${team.ws}/features`, story({ releaseId: foreignRelease })))
        .statusCode,
    ).toBe(422);
    const outsiderOwner = await team.product_manager.post(
      `${team.ws}/features`,
      story({ ownerId: other.product_manager.user.id }),
    );
    expect(outsiderOwner.statusCode).toBe(422);
    expect(outsiderOwner.data.errors[0].path).toBe('ownerId');
    const after = await env.database.db.$count(features, eq(features.workspaceId, team.workspaceId));
    expect(after).toBe(before);
  });

  it('refuses stale versions', async () => {
    const f = (await team.product_manager.post(`${team.ws}/features`, story({ title: 'Versioned' }))).data;
    expect(
      (await team.product_manager.patch(`${team.ws}/features/${f.id}`, { title: 'v2', version: 1 }))
        .statusCode,
    ).toBe(200);
    const stale = await team.product_manager.patch(
      `${team.ws}/features/${f.id}`,
      { title: 'lost' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data.title).toBe('v2');
  });

  it('never reads or changes another workspace’s features', async () => {
    const theirs = (
      await other.product_manager.post(
        `${other.ws}/features`,
        story({ productId: otherProductId, title: 'Secret' }),
      )
    ).data;
    for (const res of [
      await team.admin.get(`${team.ws}/features/${theirs.id}`),
      await team.admin.patch(`${team.ws}/features/${theirs.id}`, { title: 'x' }),
      await team.admin.delete(`${team.ws}/features/${theirs.id}`),
      await team.admin.get(`${team.ws}/features/${theirs.id}/feedback`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await team.admin.get(`${team.ws}/features?q=Secret`)).data.items).toHaveLength(0);
  });

  it('filters, sorts and paginates; several statuses merge in score order', async () => {
    const p = (await team.product_manager.post(`${team.ws}/products`, { name: 'Paging' })).data.id;
    const statuses = ['idea', 'discovery', 'planned'];
    for (let i = 1; i <= 9; i++) {
      const f = (
        await team.product_manager.post(
          `${team.ws}/features`,
          story({
            productId: p,
            title: `P${i}`,
            effort: 1,
            scoreInputs: { reach: i * 10, impact: 1, confidence: 100 },
          }),
        )
      ).data;
      const status = statuses[i % 3]!;
      if (status !== 'idea') await team.product_manager.patch(`${team.ws}/features/${f.id}`, { status });
    }
    const seen: { title: string; score: number }[] = [];
    let cursor: string | null = null;
    do {
      const res: { data: { items: { title: string; score: number }[]; nextCursor: string | null } } =
        await team.viewer.get(
          `${team.ws}/features?productId=${p}&status=idea,discovery,planned&sort=-score&limit=4${cursor ? `&cursor=${cursor}` : ''}`,
        );
      seen.push(...res.data.items);
      cursor = res.data.nextCursor;
    } while (cursor);
    expect(seen.map((f) => f.title)).toEqual(['P9', 'P8', 'P7', 'P6', 'P5', 'P4', 'P3', 'P2', 'P1']);
    const planned = await team.viewer.get(`${team.ws}/features?productId=${p}&status=planned`);
    expect(planned.data.items.map((f: { title: string }) => f.title)).toEqual(['P8', 'P5', 'P2']);
    const byTitle = await team.viewer.get(`${team.ws}/features?productId=${p}&sort=title&limit=2`);
    expect(byTitle.data.items.map((f: { title: string }) => f.title)).toEqual(['P1', 'P2']);
    expect((await team.viewer.get(`${team.ws}/features?sort=secret`)).statusCode).toBe(422);
    expect((await team.viewer.get(`${team.ws}/features?status=done`)).statusCode).toBe(400);
  });
});

describe('feedback links and demand', () => {
  it('links feedback, counts distinct customers and their revenue, and refuses duplicates', async () => {
    const f = (await team.product_manager.post(`${team.ws}/features`, story({ title: 'Demand' }))).data;
    const big = await insertCustomer(team, 'Big Co', 900_000);
    const small = await insertCustomer(team, 'Small Co', 100_000);
    const fb1 = await insertFeedback(team, big);
    const fb2 = await insertFeedback(team, big, 'Again: exports');
    const fb3 = await insertFeedback(team, small);
    const one = await team.sales.post(`${team.ws}/features/${f.id}/feedback`, {
      feedbackId: fb1,
      importance: 'critical',
    });
    expect(one.statusCode).toBe(201);
    const many = await team.product_marketer.post(`${team.ws}/features/${f.id}/feedback`, {
      feedbackIds: [fb2, fb3],
    });
    expect(many.data.feature.demand).toEqual({
      feedbackCount: 3,
      customerCount: 2,
      customerRevenue: 1_000_000,
    });
    expect(
      (await team.sales.post(`${team.ws}/features/${f.id}/feedback`, { feedbackId: fb1 })).statusCode,
    ).toBe(409);
    expect(
      (await team.marketer.post(`${team.ws}/features/${f.id}/feedback`, { feedbackId: fb1 })).statusCode,
    ).toBe(403);
    expect(
      (await team.viewer.post(`${team.ws}/features/${f.id}/feedback`, { feedbackId: fb1 })).statusCode,
    ).toBe(403);

    const list = await team.viewer.get(`${team.ws}/features/${f.id}/feedback?limit=2`);
    expect(list.data.items).toHaveLength(2);
    const rest = await team.viewer.get(
      `${team.ws}/features/${f.id}/feedback?limit=2&cursor=${list.data.nextCursor}`,
    );
    expect(
      new Set([...list.data.items, ...rest.data.items].map((l: { feedbackId: string }) => l.feedbackId)),
    ).toEqual(new Set([fb1, fb2, fb3]));

    const imp = await team.product_manager.patch(`${team.ws}/features/${f.id}/feedback/${fb3}`, {
      importance: 'nice_to_have',
    });
    expect(imp.data.importance).toBe('nice_to_have');
    expect(
      (await team.product_manager.delete(`${team.ws}/features/${f.id}/feedback/${fb3}`)).statusCode,
    ).toBe(204);
    const after = await team.viewer.get(`${team.ws}/features/${f.id}`);
    expect(after.data.demand).toEqual({ feedbackCount: 2, customerCount: 1, customerRevenue: 900_000 });
    expect(after.data.linkedFeedback.map((l: { customer: { name: string } }) => l.customer.name)).toEqual([
      'Big Co',
      'Big Co',
    ]);
  });

  it('refuses links to another workspace’s feedback, all or nothing', async () => {
    const f = (await team.product_manager.post(`${team.ws}/features`, story({ title: 'Cross' }))).data;
    const mine = await insertFeedback(team, null);
    const theirs = await insertFeedback(other, null);
    const res = await team.product_manager.post(`${team.ws}/features/${f.id}/feedback`, {
      feedbackIds: [mine, theirs],
    });
    expect(res.statusCode).toBe(422);
    expect(res.data.errors[0].path).toBe('feedbackIds.1');
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data.demand.feedbackCount).toBe(0);
  });
});

describe('scoring models', () => {
  it('rescores a product’s features when its model changes, including demand-fed criteria', async () => {
    const p = (await team.product_manager.post(`${team.ws}/products`, { name: 'Scored' })).data.id;
    const f = (
      await team.product_manager.post(
        `${team.ws}/features`,
        story({ productId: p, title: 'S', scoreInputs: { reach: 100, impact: 1, confidence: 50 } }),
      )
    ).data;
    expect(f.score).toBe(12.5); // 100 × 1 × 0.5 ÷ 4
    const denied = await team.product_marketer.post(`${team.ws}/scoring-models`, {
      productId: p,
      kind: 'ice',
    });
    expect(denied.statusCode).toBe(403);
    const model = await team.product_manager.post(`${team.ws}/scoring-models`, {
      productId: p,
      kind: 'value_effort',
    });
    expect(model.statusCode).toBe(201);
    expect(model.data.rescored).toBe(1);
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data.score).toBeNull(); // no value yet
    expect(
      (await team.product_manager.post(`${team.ws}/scoring-models`, { productId: p, kind: 'ice' }))
        .statusCode,
    ).toBe(409);

    const weighted = await team.product_manager.patch(`${team.ws}/scoring-models/${model.data.id}`, {
      kind: 'weighted',
      criteria: [
        { key: 'fit', label: 'Strategic fit', weight: 1, source: 'manual' },
        { key: 'asks', label: 'Customers asking', weight: 1, source: 'customer_count', saturation: 2 },
      ],
      version: model.data.version,
    });
    expect(weighted.statusCode).toBe(200);
    const rated = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      scoreInputs: { ratings: { fit: 6 } },
    });
    expect(rated.data.score).toBe(3); // (6 + 0) ÷ 2
    const wrongKey = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      scoreInputs: { ratings: { nope: 6 } },
    });
    expect(wrongKey.statusCode).toBe(422);
    const c = await insertCustomer(team, 'Asker', 10);
    await team.product_manager.post(`${team.ws}/features/${f.id}/feedback`, {
      feedbackId: await insertFeedback(team, c),
    });
    expect((await team.viewer.get(`${team.ws}/features/${f.id}`)).data.score).toBe(5.5); // (6 + 5) ÷ 2: 1 of 2 customers
    const noSaturation = await team.product_manager.patch(`${team.ws}/scoring-models/${model.data.id}`, {
      criteria: [{ key: 'asks', label: 'Asks', weight: 1, source: 'customer_count' }],
    });
    expect(noSaturation.statusCode).toBe(422);
    expect(noSaturation.data.errors[0].path).toBe('criteria.0.saturation');
    const removed = await team.product_manager.delete(`${team.ws}/scoring-models/${model.data.id}`);
    expect(removed.data.rescored).toBe(1);
    // Back to RICE: the inputs now hold only ratings, so RICE has nothing to work with until they are given.
    const back = await team.viewer.get(`${team.ws}/features/${f.id}`);
    expect(back.data.score).toBeNull();
    expect(back.data.scoreExplanation.missing).toEqual(['reach', 'impact', 'confidence']);
  });

  it('lists models and hides other workspaces’ models', async () => {
    const list = await team.viewer.get(`${team.ws}/scoring-models`);
    expect(list.statusCode).toBe(200);
    const theirs = await other.product_manager.post(`${other.ws}/scoring-models`, {
      productId: otherProductId,
      kind: 'ice',
    });
    expect((await team.admin.get(`${team.ws}/scoring-models/${theirs.data.id}`)).statusCode).toBe(404);
    expect(
      (await team.admin.patch(`${team.ws}/scoring-models/${theirs.data.id}`, { kind: 'rice' })).statusCode,
    ).toBe(404);
    expect(
      (
        await team.product_manager.post(`${team.ws}/scoring-models`, {
          productId: otherProductId,
          kind: 'ice',
        })
      ).statusCode,
    ).toBe(422);
  });
});
