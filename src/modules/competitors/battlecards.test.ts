import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { getBattlecard } from './battlecards.ts';
import { battlecards } from './schema.ts';
import { daysAgo, factories } from '../../../test/factories.ts';

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

const OWNERS = ['admin', 'product_marketer'];
const FULL = {
  whenYouMeetThem: 'Mid-market deals where IT already runs Google Cloud',
  quickComparison: [
    { dimension: 'Time to first dashboard', us: 'Minutes', them: 'Weeks (LookML first)' },
    { dimension: 'Pricing', us: 'Per workspace', them: 'Per seat' },
  ],
  ourStrengths: [{ point: 'Self-serve exploration', proof: 'Contoso: 40 analysts onboarded in a day' }],
  theirStrengths: ['Mature semantic layer'],
  objections: [{ objection: 'You are smaller', response: '99.95% uptime over two years, SOC 2 Type II' }],
  landmines: ['Ask how long their last LookML change took to ship'],
  winThemes: ['Speed', 'Cost'],
};

describe('battlecards', () => {
  it('creates a card for a competitor and product, with names, and never-reviewed means stale', async () => {
    const competitor = await make.competitor({ name: 'Looker' });
    const productId = (await make.product({ name: 'Northwind BI' })).id;
    const res = await team.product_marketer.post(`${team.ws}/battlecards`, {
      competitorId: competitor.id,
      productId,
      ...FULL,
    });
    expect(res.statusCode).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.data).toMatchObject({
      competitorId: competitor.id,
      competitorName: 'Looker',
      productId,
      productName: 'Northwind BI',
      ...FULL,
      lastReviewedOn: null,
      lastReviewedBy: null,
      reviewDueOn: null,
      stale: true,
      version: 1,
    });
    const got = await team.sales.get(`${team.ws}/battlecards/${res.data.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers.etag).toBe('"1"');
    // The GET adds the win / loss against the competitor (none met yet).
    expect(got.data).toEqual({
      ...res.data,
      winLoss: expect.objectContaining({ won: 0, lost: 0, noDecision: 0, winRate: null, recentLosses: [] }),
    });
    const log = await make.stored.activityOf(res.data.id);
    expect(log.map((l) => l.action)).toEqual(['created']);
    expect(log[0]!.changes.quickComparison).toEqual({ before: null, after: FULL.quickComparison });
  });

  it('exports getBattlecard: the presented card with names, as the API answers it', async () => {
    const card = await make.battlecard(FULL);
    const ctx = {
      db: env.database.db,
      actor: { userId: team.viewer.user.id, name: 'Viewer', email: team.viewer.user.email },
      workspaceId: team.workspaceId,
      role: 'viewer' as const,
    };
    expect(await getBattlecard(ctx, card.id)).toEqual(card);
    await expect(getBattlecard({ ...ctx, workspaceId: other.workspaceId }, card.id)).rejects.toThrow(
      'Battlecard not found',
    );
  });

  it('lets only product marketers and admins write and review cards; others get 403', async () => {
    const mine = await make.battlecard();
    for (const role of ALL_ROLES) {
      const created = await team[role].post(`${team.ws}/battlecards`, {
        competitorId: (await make.competitor()).id,
        productId: (await make.product()).id,
        winThemes: [`By ${role}`],
      });
      const patched = await team[role].patch(`${team.ws}/battlecards/${mine.id}`, { landmines: [role] });
      const target = await make.battlecard();
      const reviewed = await team[role].post(`${team.ws}/battlecards/${target.id}/review`);
      const deleted = await team[role].delete(`${team.ws}/battlecards/${target.id}`);
      const owner = OWNERS.includes(role);
      expect([created.statusCode, patched.statusCode, reviewed.statusCode, deleted.statusCode], role).toEqual(
        owner ? [201, 200, 200, 204] : [403, 403, 403, 403],
      );
      if (!owner)
        for (const r of [created, patched, reviewed, deleted]) expect(r.data.ownerRoles).toEqual(OWNERS);
    }
    const themes = (await make.stored.rows(battlecards)).flatMap((c) => c.winThemes);
    expect(themes).toEqual(expect.arrayContaining(['By admin', 'By product_marketer']));
    for (const role of ['product_manager', 'marketer', 'sales', 'viewer'])
      expect(themes).not.toContain(`By ${role}`);
    const stored = (await make.stored.rows(battlecards)).find((c) => c.id === mine.id)!;
    expect(stored.landmines).toEqual(['product_marketer']);
  });

  it('validates every list and string, and writes nothing on failure', async () => {
    const competitorId = (await make.competitor()).id;
    const productId = (await make.product()).id;
    const before = await make.stored.rows(battlecards);
    const row = { dimension: 'Price', us: 'a', them: 'b' };
    const bad: Record<string, unknown>[] = [
      {},
      { productId },
      { competitorId, productId: 'nope' },
      { competitorId, productId, extra: 1 },
      { competitorId, productId, quickComparison: [{ dimension: 'Price', us: 'a' }] },
      { competitorId, productId, quickComparison: [{ ...row, extra: 'x' }] },
      { competitorId, productId, quickComparison: [{ ...row, dimension: '' }] },
      { competitorId, productId, quickComparison: Array.from({ length: 51 }, () => row) },
      { competitorId, productId, quickComparison: [{ ...row, us: 'x'.repeat(501) }] },
      { competitorId, productId, ourStrengths: [{ point: 'Fast' }] },
      { competitorId, productId, ourStrengths: [{ point: 'Fast', proof: 'x'.repeat(20_001) }] },
      { competitorId, productId, objections: [{ objection: '', response: 'r' }] },
      { competitorId, productId, theirStrengths: ['x'.repeat(501)] },
      { competitorId, productId, landmines: Array.from({ length: 51 }, (_, i) => `l${i}`) },
      { competitorId, productId, winThemes: [''] },
      { competitorId, productId, whenYouMeetThem: 'x'.repeat(20_001) },
      { competitorId, productId, lastReviewedOn: '2026-02-30' },
      { competitorId, productId, lastReviewedOn: 'yesterday' },
    ];
    for (const body of bad) {
      const res = await team.product_marketer.post(`${team.ws}/battlecards`, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 100)).toBe(400);
    }
    const nested = await team.product_marketer.post(`${team.ws}/battlecards`, {
      competitorId,
      productId,
      objections: [
        { objection: 'ok', response: 'ok' },
        { objection: '', response: 'r' },
      ],
    });
    expect(nested.data.errors[0].path).toBe('body.objections.1.objection');
    const future = await team.product_marketer.post(`${team.ws}/battlecards`, {
      competitorId,
      productId,
      lastReviewedOn: daysAgo(-2),
    });
    expect(future.statusCode).toBe(422);
    expect(future.data.errors[0].path).toBe('lastReviewedOn');
    expect(await make.stored.rows(battlecards)).toHaveLength(before.length);

    const card = await make.battlecard({ competitorId, productId, winThemes: ['Speed'] });
    const badPatch = await team.product_marketer.patch(`${team.ws}/battlecards/${card.id}`, {
      winThemes: ['Cost'],
      quickComparison: [{ dimension: 'x' }],
    });
    expect(badPatch.statusCode).toBe(400);
    const futurePatch = await team.product_marketer.patch(`${team.ws}/battlecards/${card.id}`, {
      winThemes: ['Cost'],
      lastReviewedOn: daysAgo(-1),
    });
    expect(futurePatch.statusCode).toBe(422);
    expect((await make.stored.rows(battlecards)).find((c) => c.id === card.id)).toMatchObject({
      winThemes: ['Speed'],
      lastReviewedOn: null,
      version: 1,
    });
  });

  it('allows one card per competitor and product: 409 on a second, on create and on a move', async () => {
    const competitorId = (await make.competitor()).id;
    const [p1, p2] = [(await make.product()).id, (await make.product()).id];
    const first = await make.battlecard({ competitorId, productId: p1 });
    const dup = await team.product_marketer.post(`${team.ws}/battlecards`, { competitorId, productId: p1 });
    expect(dup.statusCode).toBe(409);
    expect(dup.data.existingId).toBe(first.id);
    const second = await make.battlecard({ competitorId, productId: p2 });
    const move = await team.product_marketer.patch(`${team.ws}/battlecards/${second.id}`, {
      productId: p1,
      winThemes: ['moved'],
    });
    expect(move.statusCode).toBe(409);
    expect(move.data.existingId).toBe(first.id);
    const cards = (await make.stored.rows(battlecards)).filter((c) => c.competitorId === competitorId);
    expect(cards.map((c) => [c.id, c.productId]).sort()).toEqual(
      [
        [first.id, p1],
        [second.id, p2],
      ].sort(),
    );
    // Moving to a free pair works; naming its own pair again is no clash.
    const p3 = (await make.product({ name: 'Third' })).id;
    const moved = await team.product_marketer.patch(`${team.ws}/battlecards/${second.id}`, { productId: p3 });
    expect(moved.data).toMatchObject({ productId: p3, productName: 'Third', version: 2 });
    const same = await team.product_marketer.patch(`${team.ws}/battlecards/${second.id}`, {
      productId: p3,
      competitorId,
    });
    expect(same.statusCode).toBe(200);
  });

  it('is stale 91 days after its review, fresh at 89 and 90; review marks it reviewed today', async () => {
    const old = await make.battlecard({ lastReviewedOn: daysAgo(91) });
    const recent = await make.battlecard({ lastReviewedOn: daysAgo(89) });
    const edge = await make.battlecard({ lastReviewedOn: daysAgo(90) });
    expect(old).toMatchObject({
      stale: true,
      reviewDueOn: daysAgo(1),
      lastReviewedBy: team.product_marketer.user.id,
    });
    expect(recent).toMatchObject({ stale: false, reviewDueOn: daysAgo(-1) });
    expect(edge).toMatchObject({ stale: false, reviewDueOn: daysAgo(0) });

    const url = `${team.ws}/battlecards/${old.id}`;
    const stale = await team.admin.post(`${url}/review`, { version: 6 });
    expect(stale.statusCode).toBe(409);
    const reviewed = await team.admin.post(`${url}/review`, { version: old.version });
    expect(reviewed.statusCode).toBe(200);
    expect(reviewed.headers.etag).toBe('"2"');
    expect(reviewed.data).toMatchObject({
      lastReviewedOn: daysAgo(0),
      lastReviewedBy: team.admin.user.id,
      reviewDueOn: daysAgo(-90),
      stale: false,
      version: 2,
    });
    const log = await make.stored.activityOf(old.id);
    expect(log.map((l) => [l.action, l.actorId])).toEqual([
      ['created', team.product_marketer.user.id],
      ['reviewed', team.admin.user.id],
    ]);
    expect(log[1]!.changes.lastReviewedOn).toEqual({ before: daysAgo(91), after: daysAgo(0) });
    const again = await team.product_marketer.post(`${url}/review`, {}, { 'if-match': '"2"' });
    expect(again.data).toMatchObject({ version: 3, lastReviewedBy: team.product_marketer.user.id });

    // Clearing the review date makes the card never-reviewed again.
    const cleared = await team.product_marketer.patch(`${team.ws}/battlecards/${recent.id}`, {
      lastReviewedOn: null,
    });
    expect(cleared.data).toMatchObject({ lastReviewedOn: null, lastReviewedBy: null, stale: true });
  });

  it('lists by oldest review first (never reviewed first), filters by competitor, product and staleness', async () => {
    const t = await newTeam(env.app, 'Lists');
    const m = factories(env, t);
    const competitor = await m.competitor();
    const productId = (await m.product()).id;
    const never = await m.battlecard({ competitorId: competitor.id });
    const d100 = await m.battlecard({ competitorId: competitor.id, lastReviewedOn: daysAgo(100) });
    const d91 = await m.battlecard({ lastReviewedOn: daysAgo(91), productId });
    const d89 = await m.battlecard({ lastReviewedOn: daysAgo(89), productId });
    const d10 = await m.battlecard({ lastReviewedOn: daysAgo(10) });
    const ids = async (query: string) =>
      (await t.viewer.get(`${t.ws}/battlecards?${query}`)).data.items.map((x: { id: string }) => x.id);
    const oldestFirst = [never.id, d100.id, d91.id, d89.id, d10.id];
    expect(await ids('')).toEqual(oldestFirst);
    expect(await ids('sort=-lastReviewedOn')).toEqual([d10.id, d89.id, d91.id, d100.id, never.id]);
    expect(await ids('stale=true')).toEqual([never.id, d100.id, d91.id]);
    expect(await ids('stale=false')).toEqual([d89.id, d10.id]);
    expect(await ids(`competitorId=${competitor.id}`)).toEqual([never.id, d100.id]);
    expect(await ids(`productId=${productId}&stale=false`)).toEqual([d89.id]);
    expect(await ids('sort=createdAt')).toEqual([never.id, d100.id, d91.id, d89.id, d10.id]);
    await t.product_marketer.patch(`${t.ws}/battlecards/${d91.id}`, { winThemes: ['touched'] });
    expect((await ids('sort=-updatedAt'))[0]).toBe(d91.id);
    for (const sort of ['lastReviewedOn', '-lastReviewedOn']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await t.viewer.get(
          `${t.ws}/battlecards?limit=2&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...res.data.items.map((x: { id: string }) => x.id));
        cursor = res.data.nextCursor;
      } while (cursor);
      expect(seen, sort).toEqual(sort.startsWith('-') ? [...oldestFirst].reverse() : oldestFirst);
    }
    const listed = (await t.viewer.get(`${t.ws}/battlecards?competitorId=${competitor.id}`)).data.items[0];
    expect(listed).toMatchObject({ competitorName: competitor.name, productName: expect.any(String) });
    expect((await t.viewer.get(`${t.ws}/battlecards?stale=maybe`)).statusCode).toBe(400);
    expect((await t.viewer.get(`${t.ws}/battlecards?sort=winThemes`)).statusCode).toBe(422);
  });

  it('keeps other workspaces out: 404 for their cards, 422 for their ids in bodies', async () => {
    const foreign = await theirs.battlecard();
    const url = `${team.ws}/battlecards/${foreign.id}`;
    expect((await team.admin.get(url)).statusCode).toBe(404);
    expect((await team.admin.patch(url, { winThemes: ['x'] })).statusCode).toBe(404);
    expect((await team.admin.post(`${url}/review`)).statusCode).toBe(404);
    expect((await team.admin.delete(url)).statusCode).toBe(404);

    const before = await make.stored.rows(battlecards);
    const theirCompetitor = await theirs.competitor();
    const theirProduct = (await theirs.product()).id;
    const crossCompetitor = await team.product_marketer.post(`${team.ws}/battlecards`, {
      competitorId: theirCompetitor.id,
      productId: (await make.product()).id,
    });
    expect(crossCompetitor.statusCode).toBe(422);
    expect(crossCompetitor.data.errors[0].path).toBe('competitorId');
    const crossProduct = await team.product_marketer.post(`${team.ws}/battlecards`, {
      competitorId: (await make.competitor()).id,
      productId: theirProduct,
    });
    expect(crossProduct.statusCode).toBe(422);
    expect(crossProduct.data.errors[0].path).toBe('productId');
    expect(await make.stored.rows(battlecards)).toHaveLength(before.length);
    const mine = await make.battlecard();
    const crossPatch = await team.product_marketer.patch(`${team.ws}/battlecards/${mine.id}`, {
      productId: theirProduct,
    });
    expect(crossPatch.statusCode).toBe(422);
    expect((await make.stored.rows(battlecards)).find((c) => c.id === mine.id)).toMatchObject({
      productId: mine.productId,
      version: 1,
    });
    expect((await theirs.stored.rows(battlecards)).find((c) => c.id === foreign.id)).toMatchObject({
      version: 1,
    });
  });

  it('deletes a card with its version checked and logs it', async () => {
    const card = await make.battlecard();
    const url = `${team.ws}/battlecards/${card.id}`;
    expect((await team.product_marketer.patch(url, { winThemes: ['x'], version: 9 })).statusCode).toBe(409);
    expect((await team.product_marketer.delete(url, { 'if-match': '"9"' })).statusCode).toBe(409);
    expect((await make.stored.rows(battlecards)).find((c) => c.id === card.id)).toMatchObject({
      winThemes: [],
      version: 1,
    });
    expect((await team.product_marketer.delete(url, { 'if-match': '"1"' })).statusCode).toBe(204);
    expect((await team.viewer.get(url)).statusCode).toBe(404);
    expect((await make.stored.activityOf(card.id)).map((l) => l.action)).toEqual(['created', 'deleted']);
    const competitor = await team.viewer.get(`${team.ws}/competitors/${card.competitorId}`);
    expect(competitor.data.battlecardCount).toBe(0);
  });
});
