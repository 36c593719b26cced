import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROLES, createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { factories } from '../../../test/factories.ts';

/**
 * One hand-built roadmap, checked by hand:
 *
 * release  product  target      status       capacity  features (effort, score, status)
 * Spring   P        2027-01-20  in_progress  10        f1 5/90 in_progress, f3 –/70 planned, f2 3/40 planned, f4 100/– wont_do
 * Soon     P        2027-02-10  planned      6         f16 1/60 idea
 * Summer   –        2027-04-01  planned      4         f5 (P) 3/10 planned, f6 (Q) 2/– planned
 * Autumn   Q        2027-10-01  planned      –         f7 (Q) 1/50 idea, f15 (Q) 2/20 in_progress, f17 (Q) –/30 planned
 * Undated  P        –           planned      0         f8 2/5 planned
 * Dropped  P        2027-02-01  cancelled    5         –
 * no release: f10 (Q) discovery 95, f9 (P) idea 80, f11 (P) planned –, f12 (P) shipped, f13 (P) wont_do
 */

let env: TestEnv;
let team: Team;
let other: Team;
const id: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Roadmap'), await newTeam(env.app, 'Elsewhere')];
  const make = factories(env, team);
  const P = (await make.product({ name: 'P' })).id;
  const Q = (await make.product({ name: 'Q' })).id;
  id.P = P;
  id.Q = Q;
  const release = async (name: string, body: Record<string, unknown>, steps: string[] = []) => {
    const r = await make.release({ name, ...body });
    for (const status of steps) {
      const res = await team.product_manager.patch(`${team.ws}/releases/${r.id}`, { status });
      if (res.statusCode !== 200) throw new Error(res.body);
    }
    id[name] = r.id;
    return r.id;
  };
  const spring = await release('Spring', { productId: P, targetDate: '2027-01-20', capacity: 10 }, [
    'in_progress',
  ]);
  const soon = await release('Soon', { productId: P, targetDate: '2027-02-10', capacity: 6 });
  const summer = await release('Summer', { targetDate: '2027-04-01', capacity: 4 });
  const autumn = await release('Autumn', { productId: Q, targetDate: '2027-10-01' });
  const undated = await release('Undated', { productId: P, capacity: 0 });
  await release('Dropped', { productId: P, targetDate: '2027-02-01', capacity: 5 }, ['cancelled']);
  const f = async (
    key: string,
    productId: string,
    releaseId: string | null,
    effort: number | null,
    score: number | null,
    status: string,
  ) => {
    id[key] = await make.stored.insertFeature({
      productId: productId,
      title: key,
      releaseId,
      effort,
      score,
      status: status as never,
    });
  };
  await f('f1', P, spring, 5, 90, 'in_progress');
  await f('f2', P, spring, 3, 40, 'planned');
  await f('f3', P, spring, null, 70, 'planned');
  await f('f4', P, spring, 100, null, 'wont_do');
  await f('f16', P, soon, 1, 60, 'idea');
  await f('f5', P, summer, 3, 10, 'planned');
  await f('f6', Q, summer, 2, null, 'planned');
  await f('f7', Q, autumn, 1, 50, 'idea');
  await f('f15', Q, autumn, 2, 20, 'in_progress');
  await f('f17', Q, autumn, null, 30, 'planned');
  await f('f8', P, undated, 2, 5, 'planned');
  await f('f10', Q, null, 3, 95, 'discovery');
  await f('f9', P, null, 1, 80, 'idea');
  await f('f11', P, null, null, null, 'planned');
  await f('f12', P, null, 1, 99, 'shipped');
  await f('f13', P, null, 1, 98, 'wont_do');
});
afterAll(() => env.close());

type Titled = { title: string };
type RoadmapRelease = { name: string; features: Titled[] } & Record<string, unknown>;
const titles = (fs: Titled[]) => fs.map((x) => x.title);

describe('roadmap of releases', () => {
  it('lists releases by date with their features and effort against capacity', async () => {
    const res = await team.viewer.get(`${team.ws}/roadmap/releases`);
    expect(res.statusCode).toBe(200);
    const items = res.data.items as RoadmapRelease[];
    // Cancelled releases are left out by default; undated last.
    expect(items.map((r) => r.name)).toEqual(['Spring', 'Soon', 'Summer', 'Autumn', 'Undated']);
    const [spring, soon, summer, autumn, undated] = items;
    // 5 + 3 (f3 unestimated, f4 won't do) = 8 of 10.
    expect(spring).toMatchObject({
      plannedEffort: 8,
      capacity: 10,
      remaining: 2,
      utilisation: 80,
      overCapacity: false,
      featureCount: 4,
      unestimatedCount: 1,
    });
    expect(titles(spring!.features)).toEqual(['f1', 'f3', 'f2', 'f4']);
    expect(spring!.features[0]).toEqual({
      id: id.f1,
      productId: id.P,
      title: 'f1',
      status: 'in_progress',
      effort: 5,
      score: 90,
      ownerId: null,
    });
    expect(soon).toMatchObject({ plannedEffort: 1, capacity: 6, remaining: 5, utilisation: 16.7 });
    // 3 + 2 = 5 of 4: 125 %, one over.
    expect(summer).toMatchObject({ plannedEffort: 5, remaining: -1, utilisation: 125, overCapacity: true });
    expect(autumn).toMatchObject({
      plannedEffort: 3,
      capacity: null,
      remaining: null,
      utilisation: null,
      overCapacity: false,
      unestimatedCount: 1,
    });
    // Zero capacity: no percentage, but any effort is over.
    expect(undated).toMatchObject({
      plannedEffort: 2,
      capacity: 0,
      remaining: -2,
      utilisation: null,
      overCapacity: true,
    });
    // Open features without a release; shipped and won't do are not open.
    expect(res.data.unscheduled.count).toBe(3);
    expect(titles(res.data.unscheduled.features)).toEqual(['f10', 'f9', 'f11']);
  });

  it('filters by product, dates and status, and limits features', async () => {
    const names = async (q: string) =>
      ((await team.viewer.get(`${team.ws}/roadmap/releases?${q}`)).data.items as RoadmapRelease[]).map(
        (r) => r.name,
      );
    // Q's own release plus the cross-product release holding one of Q's features.
    expect(await names(`productId=${id.Q}`)).toEqual(['Summer', 'Autumn']);
    expect(await names(`productId=${id.P}`)).toEqual(['Spring', 'Soon', 'Summer', 'Undated']);
    expect(await names(`productId=${id.P}&status=cancelled`)).toEqual(['Dropped']);
    expect(await names('from=2027-02-01&to=2027-06-30')).toEqual(['Soon', 'Summer']);
    expect(await names('status=in_progress,planned&to=2027-01-31')).toEqual(['Spring']);
    const q = await team.viewer.get(`${team.ws}/roadmap/releases?productId=${id.Q}&unscheduledLimit=5`);
    expect(q.data.unscheduled).toMatchObject({ count: 1 });
    expect(titles(q.data.unscheduled.features)).toEqual(['f10']);
    const limited = await team.viewer.get(`${team.ws}/roadmap/releases?featureLimit=1&unscheduledLimit=2`);
    expect(titles(limited.data.items[0].features)).toEqual(['f1']);
    expect(limited.data.items[0].featureCount).toBe(4);
    expect(limited.data.unscheduled.count).toBe(3);
    expect(titles(limited.data.unscheduled.features)).toEqual(['f10', 'f9']);
  });

  it('paginates releases with a cursor', async () => {
    const first = await team.viewer.get(`${team.ws}/roadmap/releases?limit=3`);
    expect(first.data.items.map((r: RoadmapRelease) => r.name)).toEqual(['Spring', 'Soon', 'Summer']);
    const second = await team.viewer.get(
      `${team.ws}/roadmap/releases?limit=3&cursor=${first.data.nextCursor}`,
    );
    expect(second.data.items.map((r: RoadmapRelease) => r.name)).toEqual(['Autumn', 'Undated']);
    expect(second.data.nextCursor).toBeNull();
  });
});

describe('now / next / later', () => {
  const horizons = (q = '') => team.viewer.get(`${team.ws}/roadmap/horizons?asOf=2027-01-01${q}`);

  it('places features and releases by status and dates, best score first', async () => {
    const res = await horizons();
    expect(res.statusCode).toBe(200);
    expect(res.data).toMatchObject({ asOf: '2027-01-01', nowUntil: '2027-02-12', nextUntil: '2027-07-02' });
    const { now, next, later } = res.data;
    // In progress (f1, f15), in the release in progress (f2, f3), in a release due within 6 weeks (f16).
    expect(titles(now.features)).toEqual(['f1', 'f3', 'f16', 'f2', 'f15']);
    expect(now.count).toBe(5);
    // Planned release within 6 months (f5, f6), planned without a dated release (f8 undated, f11 none).
    expect(titles(next.features).slice(0, 2)).toEqual(['f5', 'f8']);
    expect(titles(next.features).sort()).toEqual(['f11', 'f5', 'f6', 'f8']);
    // Ideas and discovery not in a near release (f10, f9, f7), planned but in a far release (f17).
    expect(titles(later.features)).toEqual(['f10', 'f9', 'f7', 'f17']);
    const everywhere = [...now.features, ...next.features, ...later.features].map((x: Titled) => x.title);
    for (const closed of ['f4', 'f12', 'f13']) expect(everywhere).not.toContain(closed);
    const rel = (col: { releases: { name: string }[] }) => col.releases.map((r) => r.name);
    expect(rel(now)).toEqual(['Spring', 'Soon']);
    expect(rel(next)).toEqual(['Summer']);
    expect(rel(later)).toEqual(['Autumn', 'Undated']);
    expect(now.features[0]).toMatchObject({ id: id.f1, releaseId: id.Spring, effort: 5, score: 90 });
  });

  it('moves things as time passes', async () => {
    // From 2027-04-05, Summer (due 2027-04-01) is overdue, so now, and Autumn is within 6 months.
    const { now, next, later } = (await team.viewer.get(`${team.ws}/roadmap/horizons?asOf=2027-04-05`)).data;
    expect(now.releases.map((r: { name: string }) => r.name)).toEqual(['Spring', 'Soon', 'Summer']);
    expect(titles(now.features)).toEqual(['f1', 'f3', 'f16', 'f2', 'f15', 'f5', 'f6']);
    expect(titles(next.features)).toEqual(['f7', 'f17', 'f8', 'f11']);
    expect(titles(later.features)).toEqual(['f10', 'f9']);
    expect(next.releases.map((r: { name: string }) => r.name)).toEqual(['Autumn']);
    expect(later.releases.map((r: { name: string }) => r.name)).toEqual(['Undated']);
  });

  it('filters by product and limits each column with its count', async () => {
    const q = (await horizons(`&productId=${id.Q}`)).data;
    expect(titles(q.now.features)).toEqual(['f15']);
    expect(titles(q.next.features)).toEqual(['f6']);
    expect(titles(q.later.features)).toEqual(['f10', 'f7', 'f17']);
    expect(q.now.releases).toEqual([]);
    expect(q.next.releases.map((r: { name: string }) => r.name)).toEqual(['Summer']);
    expect(q.later.releases.map((r: { name: string }) => r.name)).toEqual(['Autumn']);
    const limited = (await horizons('&limit=2')).data;
    expect(titles(limited.now.features)).toEqual(['f1', 'f3']);
    expect(limited.now.count).toBe(5);
    expect(limited.later.count).toBe(4);
  });

  it('writes its definition down in the API document', async () => {
    const doc = (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const op = doc.paths['/api/v1/workspaces/{workspaceId}/roadmap/horizons'].get;
    expect(op.summary).toContain('6 weeks');
    for (const words of ['**now**', '**next**', '**later**', 'within 6 months', "won't-do", 'by score'])
      expect(op.description).toContain(words);
  });

  it('defaults to today and validates its query', async () => {
    const res = await team.viewer.get(`${team.ws}/roadmap/horizons`);
    expect(res.data.asOf).toBe(new Date().toISOString().slice(0, 10));
    expect((await team.viewer.get(`${team.ws}/roadmap/horizons?asOf=soon`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/roadmap/horizons?limit=0`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/roadmap/releases?status=done`)).statusCode).toBe(400);
  });
});

describe('roadmap access', () => {
  it('is readable by every member and by no one else', async () => {
    for (const role of ALL_ROLES) {
      expect((await team[role].get(`${team.ws}/roadmap/releases`)).statusCode, role).toBe(200);
      expect((await team[role].get(`${team.ws}/roadmap/horizons`)).statusCode, role).toBe(200);
    }
    expect((await other.admin.get(`${team.ws}/roadmap/releases`)).statusCode).toBe(404);
    expect((await other.admin.get(`${team.ws}/roadmap/horizons`)).statusCode).toBe(404);
    const theirs = await other.admin.get(`${other.ws}/roadmap/releases`);
    expect(theirs.data.items).toEqual([]);
    expect(theirs.data.unscheduled.count).toBe(0);
  });
});
