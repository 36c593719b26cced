import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { positionings } from './schema.ts';
import { completePositioning, factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
});
afterAll(() => env.close());

const stored = (productId: string) =>
  env.database.db
    .select()
    .from(positionings)
    .where(and(eq(positionings.workspaceId, team.workspaceId), eq(positionings.productId, productId)));

describe('positioning', () => {
  it('creates a draft with a derived statement, numbered per product', async () => {
    const productId = (await make.product()).id;
    const first = await team.product_marketer.post(`${team.ws}/positioning`, {
      productId,
      ...completePositioning,
    });
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.data).toMatchObject({
      productId,
      revision: 1,
      status: 'draft',
      isCurrent: false,
      statementMissing: [],
      allowedActions: ['update', 'submit', 'delete'],
    });
    expect(first.data.statement).toMatch(
      /^For mid-market finance teams who need numbers everyone trusts, Product \d+ is an analytics platform that delivers one trusted set of numbers\. Unlike spreadsheets, Product \d+ offers governed self-service\.$/,
    );
    const second = await team.product_marketer.post(`${team.ws}/positioning`, {
      productId,
      targetCustomer: 'x',
    });
    expect(second.data).toMatchObject({ revision: 2, statement: null });
    expect(second.data.statementMissing).toEqual([
      'customerNeed',
      'marketCategory',
      'valueThemes',
      'competitiveAlternatives',
      'uniqueAttributes',
    ]);
    const viewer = await team.viewer.get(`${team.ws}/positioning/${first.data.id}`);
    expect(viewer.data.allowedActions).toEqual([]);
  });

  it('approves through review, supersedes the previous approval, and never changes it from a draft', async () => {
    const productId = (await make.product()).id;
    const v1 = await make.approvedPositioning({ productId });
    expect(v1).toMatchObject({
      status: 'approved',
      isCurrent: true,
      approvedBy: team.product_marketer.user.id,
    });
    const current = await team.sales.get(`${team.ws}/products/${productId}/positioning`);
    expect(current.data.id).toBe(v1.id);

    // A new draft starts from the approved version; editing it leaves the approved one alone.
    const draft = await make.positioning({ productId }, {});
    expect(draft).toMatchObject({
      revision: 2,
      basedOnId: v1.id,
      targetCustomer: completePositioning.targetCustomer,
    });
    const edited = await team.product_marketer.patch(`${team.ws}/positioning/${draft.id}`, {
      targetCustomer: 'enterprise data teams',
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect((await team.sales.get(`${team.ws}/products/${productId}/positioning`)).data).toMatchObject({
      id: v1.id,
      targetCustomer: 'mid-market finance teams',
    });

    expect((await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/submit`)).statusCode).toBe(
      200,
    );
    const back = await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/send-back`, {
      comment: 'Name the category',
    });
    expect(back.data).toMatchObject({ status: 'draft', reviewComment: 'Name the category' });
    await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/submit`);
    const approved = await team.admin.post(`${team.ws}/positioning/${draft.id}/approve`);
    expect(approved.data).toMatchObject({ status: 'approved', revision: 2 });
    const old = await team.viewer.get(`${team.ws}/positioning/${v1.id}`);
    expect(old.data).toMatchObject({ status: 'superseded', isCurrent: false, allowedActions: [] });
    expect((await stored(productId)).filter((r) => r.status === 'approved').map((r) => r.id)).toEqual([
      draft.id,
    ]);

    const history = await team.viewer.get(`${team.ws}/positioning?productId=${productId}`);
    expect(history.data.items.map((p: { revision: number }) => p.revision)).toEqual([2, 1]);
    const log = await env.database.db
      .select()
      .from(activity)
      .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, v1.id)))
      .orderBy(activity.id);
    expect(log.map((a) => a.action)).toEqual(['created', 'submitted', 'approved', 'superseded']);
  });

  it('refuses workflow steps out of order, edits of history and incomplete approvals', async () => {
    const productId = (await make.product()).id;
    const draft = await make.positioning({ productId }, { targetCustomer: 'teams' });
    const approveDraft = await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/approve`);
    expect(approveDraft.statusCode).toBe(422);
    expect(approveDraft.data.detail).toContain('a draft can only be submitted for review');
    await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/submit`);
    const incomplete = await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/approve`);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.data.detail).toContain('missing: customerNeed');
    const editInReview = await team.product_marketer.patch(`${team.ws}/positioning/${draft.id}`, {
      customerNeed: 'x',
    });
    expect(editInReview.statusCode).toBe(422);
    expect(editInReview.data.detail).toContain('Only drafts are edited');
    const noComment = await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/send-back`, {});
    expect(noComment.statusCode).toBe(400);
    const approved = await make.approvedPositioning({ productId });
    const del = await team.product_marketer.delete(`${team.ws}/positioning/${approved.id}`);
    expect(del.statusCode).toBe(422);
    expect((await stored(productId)).find((r) => r.id === approved.id)?.status).toBe('approved');
  });

  it('lets only product marketers and admins write; everyone reads', async () => {
    const productId = (await make.product()).id;
    for (const role of ALL_ROLES) {
      const owner = role === 'admin' || role === 'product_marketer';
      const created = await team[role].post(`${team.ws}/positioning`, { productId, marketCategory: role });
      expect(created.statusCode, role).toBe(owner ? 201 : 403);
      if (!owner) expect(created.data.ownerRoles).toEqual(['admin', 'product_marketer']);
      const draft = await make.positioning({ productId }, {});
      const patched = await team[role].patch(`${team.ws}/positioning/${draft.id}`, {
        marketCategory: `by ${role}`,
      });
      expect(patched.statusCode, role).toBe(owner ? 200 : 403);
      const submitted = await team[role].post(`${team.ws}/positioning/${draft.id}/submit`);
      expect(submitted.statusCode, role).toBe(owner ? 200 : 403);
      if (!owner) {
        await team.product_marketer.post(`${team.ws}/positioning/${draft.id}/submit`);
        expect((await team[role].post(`${team.ws}/positioning/${draft.id}/approve`)).statusCode, role).toBe(
          403,
        );
        expect(
          (await team[role].post(`${team.ws}/positioning/${draft.id}/send-back`, { comment: 'no' }))
            .statusCode,
          role,
        ).toBe(403);
        const another = await make.positioning({ productId }, {});
        expect((await team[role].delete(`${team.ws}/positioning/${another.id}`)).statusCode, role).toBe(403);
      }
      expect((await team[role].get(`${team.ws}/positioning?productId=${productId}`)).statusCode, role).toBe(
        200,
      );
    }
    const categories = (await stored(productId)).map((r) => r.marketCategory);
    expect(categories).toContain('by product_marketer');
    expect(categories).not.toContain('by marketer');
    expect(categories).not.toContain('sales');
  });

  it('answers 409 on a stale version and changes nothing', async () => {
    const draft = await make.positioning({ productId: (await make.product()).id }, {});
    await team.product_marketer.patch(`${team.ws}/positioning/${draft.id}`, { marketCategory: 'first' });
    const stale = await team.product_marketer.patch(
      `${team.ws}/positioning/${draft.id}`,
      { marketCategory: 'second' },
      { 'if-match': '"1"' },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.data.currentVersion).toBe(2);
    expect((await team.viewer.get(`${team.ws}/positioning/${draft.id}`)).data.marketCategory).toBe('first');
  });

  it('refuses bad input and other workspaces, writing nothing', async () => {
    const productId = (await make.product()).id;
    const before = (await stored(productId)).length;
    const tooLong = await team.product_marketer.post(`${team.ws}/positioning`, {
      productId,
      targetCustomer: 'x'.repeat(501),
    });
    expect(tooLong.statusCode).toBe(400);
    const unknown = await team.product_marketer.post(`${team.ws}/positioning`, { productId, colour: 'red' });
    expect(unknown.statusCode).toBe(400);
    const theirProduct = (await other.product_manager.post(`${other.ws}/products`, { name: 'Theirs' })).data
      .id;
    const crossProduct = await team.product_marketer.post(`${team.ws}/positioning`, {
      productId: theirProduct,
    });
    expect(crossProduct.statusCode).toBe(422);
    expect(crossProduct.data.errors[0].path).toBe('productId');
    const theirs = await other.product_marketer.post(`${other.ws}/positioning`, { productId: theirProduct });
    const badBase = await team.product_marketer.post(`${team.ws}/positioning`, {
      productId,
      basedOnId: theirs.data.id,
    });
    expect(badBase.statusCode).toBe(422);
    expect(badBase.data.errors[0].path).toBe('basedOnId');
    expect((await team.product_marketer.get(`${team.ws}/positioning/${theirs.data.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await team.product_marketer.patch(`${team.ws}/positioning/${theirs.data.id}`, { marketCategory: 'x' }))
        .statusCode,
    ).toBe(404);
    expect((await team.viewer.get(`${team.ws}/products/${productId}/positioning`)).statusCode).toBe(404);
    expect((await stored(productId)).length).toBe(before);
  });
});
