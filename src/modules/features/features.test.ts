import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { FEATURE_STATUSES, LIMITS } from '../../core/enums.ts';
import { releases } from '../releases/schema.ts';
import { FEATURE_TRANSITIONS } from './features.ts';
import { features } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let other: Team;
let make: ReturnType<typeof factories>;
let theirs: ReturnType<typeof factories>;
let productId: string;
let otherProductId: string;

beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Acme'), await newTeam(env.app, 'Other')];
  make = factories(env, team);
  theirs = factories(env, other);
  productId = (await make.product({ name: 'Core' })).id;
  otherProductId = (await theirs.product({ name: 'Theirs' })).id;
});
afterAll(() => env.close());

describe('creating and reading features', () => {
  it('creates a user story whose score the server computes (RICE by default)', async () => {
    const before = await make.stored.count(features);
    const withScore = await team.product_manager.post(`${team.ws}/features`, {
      ...make.story(productId),
      score: 999,
    });
    expect(withScore.statusCode).toBe(400); // the score is never accepted from clients
    expect(await make.stored.count(features)).toBe(before);

    const created = await team.product_manager.post(`${team.ws}/features`, make.story(productId));
    expect(created.statusCode).toBe(201);
    // 2000 × 2 × 80% ÷ 4 = 800
    expect(created.data).toMatchObject({
      productId,
      score: 800,
      status: 'idea',
      allowedTransitions: ['discovery', 'planned', 'wont_do'],
      asA: 'finance lead',
      iWant: 'exports to arrive by email every Monday',
      soThat: 'I stop pulling numbers by hand',
      acceptanceCriteria: ['Choose weekday and time', 'CSV and XLSX'],
      effort: 4,
      releaseId: null,
      ownerId: null,
      demand: { feedbackCount: 0, customerCount: 0, customerRevenue: 0 },
      version: 1,
    });
    expect((await make.stored.row(features, created.data.id))!.score).toBe(800);

    const detail = await team.viewer.get(`${team.ws}/features/${created.data.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.headers.etag).toBe('"1"');
    expect(detail.data.scoreExplanation).toEqual({
      model: 'rice',
      formula: 'reach × impact × confidence% ÷ effort',
      terms: [
        { name: 'reach', value: 2000 },
        { name: 'impact', value: 2 },
        { name: 'confidence', value: 80, note: 'percent' },
        { name: 'effort', value: 4 },
      ],
      missing: [],
    });
    expect(detail.data.linkedFeedback).toEqual([]);
    const log = await make.stored.activityOf(created.data.id);
    expect(log.map((a) => a.action)).toEqual(['created']);
    expect(log[0]!.changes.title).toEqual({ before: null, after: created.data.title });
  });

  it('explains a missing score by naming the missing inputs', async () => {
    const f = await make.feature(make.story(productId, { effort: null, scoreInputs: { reach: 10 } }));
    expect(f.score).toBeNull();
    const detail = await team.viewer.get(`${team.ws}/features/${f.id}`);
    expect(detail.data.scoreExplanation.missing).toEqual(['impact', 'confidence', 'effort']);
  });

  it('refuses bad input, writing nothing', async () => {
    const before = await make.stored.count(features);
    const tooMany = Array.from({ length: LIMITS.listItems + 1 }, (_, i) => `Criterion ${i}`);
    const bad: Record<string, unknown>[] = [
      make.story(productId, { title: '' }),
      make.story(productId, { title: 'x'.repeat(LIMITS.name + 1) }),
      make.story(productId, { effort: 0 }),
      make.story(productId, { effort: -1 }),
      make.story(productId, { status: 'done' }),
      make.story(productId, { acceptanceCriteria: 'one' }),
      make.story(productId, { acceptanceCriteria: tooMany }),
      make.story(productId, { acceptanceCriteria: [''] }),
      make.story(productId, { scoreInputs: { reach: -5 } }),
      make.story(productId, { scoreInputs: { reach: 1, fudge: 2 } }),
      make.story(productId, { scoreInputs: { confidence: 101 } }),
      make.story(productId, { productId: 'not-a-uuid' }),
      make.story(productId, { extra: true }),
      { title: 'No product' },
    ];
    for (const body of bad) {
      const res = await team.product_manager.post(`${team.ws}/features`, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 120)).toBe(400);
    }
    // RICE impact must be on its scale: the product's model decides, so this is a 422 from the domain.
    const offScale = await team.product_manager.post(
      `${team.ws}/features`,
      make.story(productId, { scoreInputs: { reach: 1, impact: 4, confidence: 50 } }),
    );
    expect(offScale.statusCode).toBe(422);
    expect(offScale.data.errors).toEqual([
      { path: 'scoreInputs.impact', message: 'RICE impact must be one of 0.25, 0.5, 1, 2, 3' },
    ]);
    expect(await make.stored.count(features)).toBe(before);
  });

  it('refuses products, releases and owners of another workspace (422 naming the field)', async () => {
    const before = await make.stored.count(features);
    const foreignRelease = (await theirs.release()).id;
    const cases: [Record<string, unknown>, string][] = [
      [{ productId: otherProductId }, 'productId'],
      [{ releaseId: foreignRelease }, 'releaseId'],
      [{ ownerId: other.product_manager.user.id }, 'ownerId'],
    ];
    for (const [extra, path] of cases) {
      const res = await team.product_manager.post(`${team.ws}/features`, make.story(productId, extra));
      expect(res.statusCode, path).toBe(422);
      expect(res.data.errors[0].path).toBe(path);
    }
    const f = await make.feature(make.story(productId));
    for (const [extra, path] of cases) {
      const res = await team.product_manager.patch(`${team.ws}/features/${f.id}`, extra);
      expect(res.statusCode, path).toBe(422);
      expect(res.data.errors[0].path).toBe(path);
    }
    expect((await make.stored.row(features, f.id))!.version).toBe(1);
    expect(await make.stored.count(features)).toBe(before + 1);
  });

  it('takes any member of the workspace as owner, and clears the owner with null', async () => {
    const f = await make.feature(make.story(productId, { ownerId: team.sales.user.id }));
    expect(f.ownerId).toBe(team.sales.user.id);
    const cleared = await team.product_manager.patch(`${team.ws}/features/${f.id}`, { ownerId: null });
    expect(cleared.data.ownerId).toBeNull();
  });
});

describe('the status workflow', () => {
  it.each(FEATURE_STATUSES)('moves a %s feature only where the workflow allows', async (from) => {
    for (const to of FEATURE_STATUSES) {
      if (to === from) continue;
      const f = await make.feature(make.story(productId, { status: from, title: `From ${from}` }));
      const res = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
        status: to,
        title: 'Moved',
      });
      const allowed = FEATURE_TRANSITIONS[from];
      if (allowed.includes(to)) {
        expect(res.statusCode, `${from} → ${to}`).toBe(200);
        expect(res.data.status).toBe(to);
        const log = await make.stored.activityOf(f.id);
        expect(log.at(-1)).toMatchObject({
          action: 'status_changed',
          changes: { status: { before: from, after: to } },
        });
      } else {
        expect(res.statusCode, `${from} → ${to}`).toBe(422);
        expect(res.data.errors[0].path).toBe('status');
        for (const next of allowed) expect(res.data.detail).toContain(next);
        const row = await make.stored.row(features, f.id);
        expect(row).toMatchObject({ status: from, title: `From ${from}`, version: 1 });
      }
    }
  });

  it('states the workflow exactly as specified', () => {
    expect(FEATURE_TRANSITIONS).toEqual({
      idea: ['discovery', 'planned', 'wont_do'],
      discovery: ['planned', 'idea', 'wont_do'],
      planned: ['in_progress', 'discovery', 'wont_do'],
      in_progress: ['shipped', 'planned'],
      shipped: [],
      wont_do: ['idea'],
    });
  });
});

describe('releases of features', () => {
  it('schedules open features into open releases only; closed ones keep what they had', async () => {
    const open = (await make.releaseIn('in_progress')).id;
    const released = (await make.releaseIn('released')).id;
    const cancelled = (await make.releaseIn('cancelled')).id;
    const f = await make.feature(make.story(productId, { releaseId: open }));
    expect(f.releaseId).toBe(open);
    for (const closed of [released, cancelled]) {
      const res = await team.product_manager.patch(`${team.ws}/features/${f.id}`, { releaseId: closed });
      expect(res.statusCode).toBe(422);
      expect(res.data.errors[0].path).toBe('releaseId');
      const created = await team.product_manager.post(
        `${team.ws}/features`,
        make.story(productId, { releaseId: closed }),
      );
      expect(created.statusCode).toBe(422);
    }
    // Shipped and won't-do features may sit in a closed release.
    expect(
      (await make.feature(make.story(productId, { status: 'shipped', releaseId: released }))).releaseId,
    ).toBe(released);
    const dropped = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      status: 'wont_do',
      releaseId: cancelled,
    });
    expect(dropped.statusCode).toBe(200);
    // A release that closes under an open feature does not block edits of that feature.
    const g = await make.feature(make.story(productId, { releaseId: open }));
    await env.database.db.update(releases).set({ status: 'released' }).where(eq(releases.id, open));
    const edited = await team.product_manager.patch(`${team.ws}/features/${g.id}`, {
      title: 'Still here',
      releaseId: open,
    });
    expect(edited.statusCode).toBe(200);
    const unscheduled = await team.product_manager.patch(`${team.ws}/features/${g.id}`, { releaseId: null });
    expect(unscheduled.data.releaseId).toBeNull();
  });
});

describe('ownership', () => {
  it('lets only product managers and admins create, edit and delete features', async () => {
    const owners = new Set(['admin', 'product_manager']);
    for (const role of ALL_ROLES) {
      const created = await team[role].post(`${team.ws}/features`, make.story(productId));
      expect(created.statusCode, role).toBe(owners.has(role) ? 201 : 403);
      if (created.statusCode === 403) expect(created.data.ownerRoles).toEqual(['admin', 'product_manager']);

      const f = await make.feature(make.story(productId, { title: 'Owned' }));
      const edited = await team[role].patch(`${team.ws}/features/${f.id}`, { title: `By ${role}` });
      expect(edited.statusCode, role).toBe(owners.has(role) ? 200 : 403);
      const deleted = await team[role].delete(`${team.ws}/features/${f.id}`);
      expect(deleted.statusCode, role).toBe(owners.has(role) ? 204 : 403);
      const row = await make.stored.row(features, f.id);
      if (owners.has(role)) expect(row).toBeUndefined();
      else expect(row).toMatchObject({ title: 'Owned', version: 1 });
    }
  });

  it('lets every role read features', async () => {
    const f = await make.feature(make.story(productId));
    for (const role of ALL_ROLES) {
      expect((await team[role].get(`${team.ws}/features/${f.id}`)).statusCode, role).toBe(200);
      expect((await team[role].get(`${team.ws}/features?productId=${productId}`)).statusCode, role).toBe(200);
    }
  });
});

describe('versions and workspaces', () => {
  it('refuses stale versions on update and delete', async () => {
    const f = await make.feature(make.story(productId, { title: 'Versioned' }));
    const ok = await team.product_manager.patch(`${team.ws}/features/${f.id}`, { title: 'v2', version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"2"');
    const staleBody = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      title: 'lost',
      version: 1,
    });
    expect(staleBody.statusCode).toBe(409);
    expect(staleBody.data.currentVersion).toBe(2);
    const staleHeader = await team.product_manager.patch(
      `${team.ws}/features/${f.id}`,
      { title: 'lost' },
      { 'if-match': '"1"' },
    );
    expect(staleHeader.statusCode).toBe(409);
    const staleDelete = await team.product_manager.delete(`${team.ws}/features/${f.id}`, {
      'if-match': '"1"',
    });
    expect(staleDelete.statusCode).toBe(409);
    expect(await make.stored.row(features, f.id)).toMatchObject({ title: 'v2', version: 2 });
    const deleted = await team.product_manager.delete(`${team.ws}/features/${f.id}`, { 'if-match': '"2"' });
    expect(deleted.statusCode).toBe(204);
    expect((await make.stored.activityOf(f.id)).map((a) => a.action)).toEqual([
      'created',
      'updated',
      'deleted',
    ]);
  });

  it('never reads or changes another workspace’s features', async () => {
    const secret = await theirs.feature(theirs.story(otherProductId, { title: 'Secret' }));
    for (const res of [
      await team.admin.get(`${team.ws}/features/${secret.id}`),
      await team.admin.patch(`${team.ws}/features/${secret.id}`, { title: 'x' }),
      await team.admin.delete(`${team.ws}/features/${secret.id}`),
    ]) {
      expect(res.statusCode).toBe(404);
    }
    expect((await team.admin.get(`${team.ws}/features?q=Secret`)).data.items).toHaveLength(0);
    expect((await theirs.stored.row(features, secret.id))!.title).toBe('Secret');
    // Reaching into another workspace by its URL needs membership there.
    expect((await team.admin.get(`${other.ws}/features/${secret.id}`)).statusCode).toBe(404);
  });
});

describe('score follows every kind of change', () => {
  it('recomputes on input, effort and product changes', async () => {
    const f = await make.feature(
      make.story(productId, { scoreInputs: { reach: 100, impact: 1, confidence: 50 } }),
    );
    expect(f.score).toBe(12.5); // 100 × 1 × 50% ÷ 4
    const inputs = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      scoreInputs: { reach: 300, impact: 3, confidence: 100 },
    });
    expect(inputs.data.score).toBe(225); // 300 × 3 × 100% ÷ 4
    const effort = await team.product_manager.patch(`${team.ws}/features/${f.id}`, { effort: 0.5 });
    expect(effort.data.score).toBe(1800); // 300 × 3 × 100% ÷ 0.5
    const noEffort = await team.product_manager.patch(`${team.ws}/features/${f.id}`, { effort: null });
    expect(noEffort.data.score).toBeNull();
    expect(noEffort.data.rank).not.toBeNull(); // unscored open features still rank (last)

    // Moving to a product scored with ICE: the inputs must fit ICE's scales, and the score follows.
    const iceProduct = (await make.product({ name: 'Ice' })).id;
    const model = await team.product_manager.post(`${team.ws}/scoring-models`, {
      productId: iceProduct,
      kind: 'ice',
    });
    expect(model.statusCode).toBe(201);
    const misfit = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      productId: iceProduct,
    });
    expect(misfit.statusCode).toBe(422);
    expect(misfit.data.errors.map((e: { path: string }) => e.path)).toEqual(['scoreInputs.confidence']);
    const moved = await team.product_manager.patch(`${team.ws}/features/${f.id}`, {
      productId: iceProduct,
      scoreInputs: { impact: 3, confidence: 9, ease: 2 },
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.data.score).toBe(54); // 3 × 9 × 2
    expect((await make.stored.row(features, f.id))!.score).toBe(54);
  });
});
