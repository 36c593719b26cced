import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { features } from './schema.ts';
import { factories } from '../../../test/factories.ts';

let env: TestEnv;
let team: Team;
let make: ReturnType<typeof factories>;

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Acme');
  make = factories(env, team);
});
afterAll(() => env.close());

type Item = { id: string; title: string; score: number | null; rank: number | null; status: string };

async function list(query: string): Promise<Item[]> {
  const res = await team.viewer.get(`${team.ws}/features?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.data.items;
}

/** Every page of a list, following nextCursor. */
async function allPages(query: string, limit: number): Promise<Item[]> {
  const seen: Item[] = [];
  let cursor: string | null = null;
  do {
    const res: { statusCode: number; data: { items: Item[]; nextCursor: string | null } } =
      await team.viewer.get(
        `${team.ws}/features?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
    expect(res.statusCode).toBe(200);
    seen.push(...res.data.items);
    cursor = res.data.nextCursor;
  } while (cursor);
  return seen;
}

const rankOf = async (id: string) => (await team.viewer.get(`${team.ws}/features/${id}`)).data.rank;

describe('rank', () => {
  it('ranks open features of a product by score: ties share a rank (1224), unscored last, closed none', async () => {
    const p = (await make.product()).id;
    const a = await make.scoredFeature(50, { productId: p, title: 'A' });
    const b = await make.scoredFeature(40, { productId: p, title: 'B' });
    const c = await make.scoredFeature(40, { productId: p, title: 'C' });
    const d = await make.scoredFeature(10, { productId: p, title: 'D' });
    const e = await make.feature(make.story(p, { title: 'E', effort: null }));
    const f = await make.feature(make.story(p, { title: 'F', effort: null }));
    const shipped = await make.scoredFeature(100, { productId: p, title: 'Shipped', status: 'shipped' });
    const dropped = await make.scoredFeature(60, { productId: p, title: 'Dropped', status: 'wont_do' });
    // Another product's features do not count.
    await make.scoredFeature(1000, { productId: (await make.product()).id });

    const expected: [string, number | null][] = [
      [a.id, 1],
      [b.id, 2],
      [c.id, 2],
      [d.id, 4],
      [e.id, 5],
      [f.id, 5],
      [shipped.id, null],
      [dropped.id, null],
    ];
    for (const [id, rank] of expected) expect(await rankOf(id)).toBe(rank);
    // The list gives the same ranks as single reads.
    const items = await list(`productId=${p}&limit=50`);
    expect(items.map((i) => [i.id, i.rank])).toEqual([
      [shipped.id, null],
      [dropped.id, null],
      [a.id, 1],
      ...[b.id, c.id]
        .sort()
        .reverse()
        .map((id) => [id, 2]),
      [d.id, 4],
      ...[e.id, f.id]
        .sort()
        .reverse()
        .map((id) => [id, 5]),
    ]);
  });

  it('ranks each product on its own when one page mixes products, with fractional and tied scores', async () => {
    const [x, y] = [(await make.product()).id, (await make.product()).id];
    const x1 = await make.scoredFeature(0.5, { productId: x, title: 'Mixed x1' });
    const x2 = await make.scoredFeature(0.5, { productId: x, title: 'Mixed x2' });
    const x3 = await make.scoredFeature(0.25, { productId: x, title: 'Mixed x3' });
    const y1 = await make.scoredFeature(3, { productId: y, title: 'Mixed y1' });
    const y2 = await make.scoredFeature(0.5, { productId: y, title: 'Mixed y2' });
    const page = await list('q=Mixed&limit=50');
    const rankById = new Map(page.map((f) => [f.id, f.rank]));
    expect([x1, x2, x3, y1, y2].map((f) => rankById.get(f.id))).toEqual([1, 1, 3, 1, 2]);
    // A later page of the same list ranks the same way.
    const paged = await allPages('q=Mixed', 2);
    expect(paged.map((f) => [f.id, f.rank])).toEqual(page.map((f) => [f.id, f.rank]));
  });

  it('moves with every change: a better score, a closed feature, an unscored one', async () => {
    const p = (await make.product()).id;
    const a = await make.scoredFeature(30, { productId: p });
    const b = await make.scoredFeature(20, { productId: p });
    const c = await make.scoredFeature(10, { productId: p });
    expect([await rankOf(a.id), await rankOf(b.id), await rankOf(c.id)]).toEqual([1, 2, 3]);

    const raised = await team.product_manager.patch(`${team.ws}/features/${c.id}`, {
      scoreInputs: { reach: 30, impact: 1, confidence: 100 },
    });
    expect(raised.data).toMatchObject({ score: 30, rank: 1 }); // ties with a
    expect([await rankOf(a.id), await rankOf(b.id)]).toEqual([1, 3]);

    await team.product_manager.patch(`${team.ws}/features/${a.id}`, { status: 'wont_do' });
    expect([await rankOf(a.id), await rankOf(b.id), await rankOf(c.id)]).toEqual([null, 2, 1]);

    const unscored = await team.product_manager.patch(`${team.ws}/features/${c.id}`, { effort: null });
    expect(unscored.data.rank).toBe(2); // after the one scored open feature
    expect(await rankOf(b.id)).toBe(1);

    await team.product_manager.delete(`${team.ws}/features/${b.id}`);
    expect(await rankOf(c.id)).toBe(1);
  });
});

describe('listing', () => {
  it('sorts by score (default) or rank, pages with cursors, and merges several statuses', async () => {
    const p = (await make.product()).id;
    const statuses = ['idea', 'discovery', 'planned'];
    for (let i = 1; i <= 9; i++)
      await make.scoredFeature(i * 10, { productId: p, title: `P${i}`, status: statuses[i % 3] });
    await make.scoredFeature(5, { productId: p, title: 'P0', status: 'in_progress' });
    await make.feature(make.story(p, { title: 'Unscored', effort: null, status: 'planned' }));

    const best = ['P9', 'P8', 'P7', 'P6', 'P5', 'P4', 'P3', 'P2', 'P1'];
    const merged = await allPages(`productId=${p}&status=idea,discovery,planned`, 4);
    expect(merged.map((f) => f.title)).toEqual([...best, 'Unscored']);
    const byRank = await allPages(`productId=${p}&status=idea,discovery,planned&sort=rank`, 3);
    expect(byRank.map((f) => f.title)).toEqual([...best, 'Unscored']);
    expect(byRank.map((f) => f.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
    const worstFirst = await list(`productId=${p}&sort=score&limit=3`);
    expect(worstFirst.map((f) => f.title)).toEqual(['P0', 'P1', 'P2']); // nulls stay last
    const planned = await list(`productId=${p}&status=planned`);
    expect(planned.map((f) => f.title)).toEqual(['P8', 'P5', 'P2', 'Unscored']);
    const twoByTitle = await allPages(`productId=${p}&status=idea,planned&sort=title`, 2);
    expect(twoByTitle.map((f) => f.title)).toEqual(['P2', 'P3', 'P5', 'P6', 'P8', 'P9', 'Unscored']);
  });

  it('pages through ties without losing or repeating a feature', async () => {
    const p = (await make.product()).id;
    const ids = [];
    for (let i = 0; i < 7; i++) ids.push((await make.scoredFeature(i < 5 ? 42 : 7, { productId: p })).id);
    for (const status of ['', '&status=idea,discovery']) {
      const seen = await allPages(`productId=${p}${status}`, 2);
      expect(seen.map((f) => f.id).sort()).toEqual([...ids].sort());
      expect(seen.map((f) => f.rank)).toEqual([1, 1, 1, 1, 1, 6, 6]);
    }
  });

  it('filters by product, status, release, owner, title and having a score', async () => {
    const p = (await make.product()).id;
    const release = (await make.release()).id;
    const a = await make.scoredFeature(10, { productId: p, title: 'Exports 100%_done', releaseId: release });
    const b = await make.scoredFeature(20, {
      productId: p,
      title: 'Alerts',
      ownerId: team.sales.user.id,
      status: 'planned',
    });
    const c = await make.feature(make.story(p, { title: 'Exports again', effort: null }));
    const ids = (items: Item[]) => items.map((i) => i.id);
    expect(ids(await list(`productId=${p}&releaseId=${release}`))).toEqual([a.id]);
    expect(ids(await list(`productId=${p}&releaseId=none`))).toEqual([b.id, c.id]);
    expect(ids(await list(`productId=${p}&ownerId=${team.sales.user.id}`))).toEqual([b.id]);
    expect(ids(await list(`productId=${p}&q=exports`))).toEqual([a.id, c.id]);
    expect(ids(await list(`productId=${p}&q=${encodeURIComponent('100%_')}`))).toEqual([a.id]);
    expect(ids(await list(`productId=${p}&q=${encodeURIComponent('%')}`))).toEqual([a.id]); // no wildcard
    expect(ids(await list(`productId=${p}&hasScore=true`))).toEqual([b.id, a.id]);
    expect(ids(await list(`productId=${p}&hasScore=false`))).toEqual([c.id]);
    expect(ids(await list(`productId=${p}&status=planned`))).toEqual([b.id]);
    expect(ids(await list(`productId=${p}&status=planned,idea&hasScore=true`))).toEqual([b.id, a.id]);
  });

  it('sorts by every documented field', async () => {
    const p = (await make.product()).id;
    const small = await make.scoredFeature(10, { productId: p, title: 'b small', effort: 1 });
    const big = await make.feature(make.story(p, { title: 'a big', effort: 8 }));
    const none = await make.feature(make.story(p, { title: 'c none', effort: null }));
    // Creation times a millisecond apart could tie; set them far apart.
    for (const [i, id] of [small.id, big.id, none.id].entries()) {
      await env.database.db
        .update(features)
        .set({ createdAt: new Date(Date.UTC(2026, 0, 1 + i)) })
        .where(eq(features.id, id));
    }
    const customer = (await make.customer({ name: 'Rich', annualRevenue: 500_000 })).id;
    await team.product_manager.post(`${team.ws}/features/${big.id}/feedback`, {
      feedbackIds: [
        (await make.feedback({ customerId: customer })).id,
        (await make.feedback({ customerId: null })).id,
      ],
    });
    await team.product_manager.post(`${team.ws}/features/${small.id}/feedback`, {
      feedbackId: (await make.feedback({ customerId: null })).id,
    });
    const titles = async (sort: string) => (await list(`productId=${p}&sort=${sort}`)).map((i) => i.title);
    expect(await titles('title')).toEqual(['a big', 'b small', 'c none']);
    expect(await titles('-title')).toEqual(['c none', 'b small', 'a big']);
    expect(await titles('effort')).toEqual(['b small', 'a big', 'c none']);
    expect(await titles('-effort')).toEqual(['a big', 'b small', 'c none']);
    expect(await titles('createdAt')).toEqual(['b small', 'a big', 'c none']);
    expect(await titles('-createdAt')).toEqual(['c none', 'a big', 'b small']);
    expect((await titles('-feedbackCount')).slice(0, 2)).toEqual(['a big', 'b small']);
    expect((await titles('-customerCount'))[0]).toBe('a big');
    expect((await titles('-customerRevenue'))[0]).toBe('a big');
    await team.product_manager.patch(`${team.ws}/features/${small.id}`, { title: 'b small!' });
    expect((await titles('-updatedAt'))[0]).toBe('b small!');
  });

  it('refuses unknown sorts, statuses and cursors', async () => {
    expect((await team.viewer.get(`${team.ws}/features?sort=secret`)).statusCode).toBe(422);
    expect((await team.viewer.get(`${team.ws}/features?status=done`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/features?hasScore=maybe`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/features?releaseId=later`)).statusCode).toBe(400);
    const bad = await team.viewer.get(`${team.ws}/features?cursor=garbage`);
    expect(bad.statusCode).toBe(422);
    expect(bad.data.errors[0].path).toBe('cursor');
    // A cursor of one sort is refused by another.
    const first = await team.viewer.get(`${team.ws}/features?limit=1&sort=title`);
    const mixed = await team.viewer.get(
      `${team.ws}/features?limit=1&sort=effort&cursor=${first.data.nextCursor}`,
    );
    expect(mixed.statusCode).toBe(422);
  });
});
