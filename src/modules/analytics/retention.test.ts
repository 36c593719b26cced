import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { retention } from './retention.ts';
import { insertFixtures, type Fixture } from './testing.ts';

/**
 * Retention on fixtures. Weeks from Monday 2026-03-02: week 0 = 03-02…03-08, week 1 = 03-09…, week 2 = 03-16…,
 * week 3 = 03-23….
 */

let env: TestEnv;
let team: Team;
let featureId: string;

const at = (person: string, when: string, name = '$pageview', extra: Partial<Fixture> = {}): Fixture => ({
  person,
  name,
  at: when,
  ...extra,
});

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Retention');
  await insertFixtures(env.database.db, team.workspaceId, [
    // r1: first seen week 0; back in weeks 1 and 3 (a purchase); uses the feature first in week 1.
    at('r1', '2026-03-02T09:00:00Z'),
    at('r1', '2026-03-10T09:00:00Z', 'report_exported'),
    at('r1', '2026-03-24T09:00:00Z', 'purchase'),
    // r2: first seen week 0; back in week 2 and in April; uses the feature in weeks 0 and 2.
    at('r2', '2026-03-04T09:00:00Z', 'report_exported'),
    at('r2', '2026-03-17T09:00:00Z', 'report_exported'),
    at('r2', '2026-04-02T09:00:00Z'),
    // r3: first seen week 1; a purchase in week 2.
    at('r3', '2026-03-10T09:00:00Z'),
    at('r3', '2026-03-18T09:00:00Z', 'purchase'),
    // r4: a bot, first seen week 0 and back every week: in no figure.
    ...['2026-03-03', '2026-03-10', '2026-03-17'].map((d) =>
      at('r4', `${d}T09:00:00Z`, '$pageview', { bot: true }),
    ),
    // r6: first seen week 1; one visit from Sunday night into Monday (weeks 1 and 2), back in week 4.
    at('r6', '2026-03-15T23:50:00Z', '$pageview', { session: 'night' }),
    at('r6', '2026-03-16T00:10:00Z', '$pageview', { session: 'night' }),
    at('r6', '2026-03-31T09:00:00Z'),
    // r5: first seen (and first used the feature) before the first cohort; active in week 1.
    at('r5', '2026-02-20T09:00:00Z', 'report_exported'),
    at('r5', '2026-03-11T09:00:00Z', 'report_exported'),
  ]);
  const make = factories(env, team);
  featureId = (await make.feature()).id;
  const set = await team.product_manager.put(`${team.ws}/features/${featureId}/adoption-signal`, {
    event: 'report_exported',
  });
  expect(set.statusCode).toBe(200);
});
afterAll(() => env.close());

const grid = async (query: string) => {
  const res = await team.viewer.get(`${team.ws}/retention?${query}`);
  expect(res.statusCode).toBe(200);
  return res.data as { cohorts: { start: string; size: number; returning: (number | null)[] }[] };
};
const zeros = (n: number) => Array.from({ length: n }, () => 0);

describe('retention', () => {
  it('groups persons by the week first seen and counts who came back each week, bots left out', async () => {
    const { cohorts } = await grid('interval=week&from=2026-03-04');
    expect(cohorts).toHaveLength(12);
    expect(cohorts[0]).toEqual({ start: '2026-03-02', size: 2, returning: [2, 1, 1, 1, 1, ...zeros(7)] });
    expect(cohorts[1]).toEqual({ start: '2026-03-09', size: 2, returning: [2, 2, 0, 1, ...zeros(7)] });
    expect(cohorts[2]).toEqual({ start: '2026-03-16', size: 0, returning: zeros(10) });
    expect(cohorts[11]!.returning).toHaveLength(1);
  });

  it('counts only the chosen return event', async () => {
    const { cohorts } = await grid('interval=week&from=2026-03-02&returnEvent=purchase');
    expect(cohorts[0]!.returning.slice(0, 4)).toEqual([0, 0, 0, 1]);
    expect(cohorts[1]!.returning.slice(0, 2)).toEqual([0, 1]);
  });

  it('makes monthly cohorts', async () => {
    const { cohorts } = await grid('interval=month&from=2026-03-15');
    expect(cohorts[0]).toMatchObject({ start: '2026-03-01', size: 4 });
    expect(cohorts[0]!.returning.slice(0, 2)).toEqual([4, 1]);
    expect(cohorts[1]).toMatchObject({ start: '2026-04-01', size: 0 });
  });

  it("makes cohorts by first use of a feature's adoption signal (first use ever)", async () => {
    const { cohorts } = await grid(`interval=week&from=2026-03-02&cohort=feature&featureId=${featureId}`);
    // r2 first used it in week 0 (back in weeks 2 and 4); r1 in week 1 (back in week 3); r5 before week 0.
    expect(cohorts[0]).toMatchObject({ size: 1, returning: [1, 0, 1, 0, 1, ...zeros(7)] });
    expect(cohorts[1]).toMatchObject({ size: 1, returning: [1, 0, 1, ...zeros(8)] });
  });

  it('reads activity from the visits rollup exactly as from the raw events', async () => {
    const ctx = {
      db: env.database.db,
      workspaceId: team.workspaceId,
      role: 'viewer' as const,
      actor: { userId: team.viewer.user.id, name: '', email: '' },
    };
    for (const q of [
      { interval: 'week' as const, from: '2026-03-02', cohort: 'first_seen' as const },
      { interval: 'week' as const, from: '2026-02-16', cohort: 'first_seen' as const },
      { interval: 'month' as const, from: '2026-01-01', cohort: 'first_seen' as const },
      { interval: 'week' as const, from: '2026-03-02', cohort: 'feature' as const, featureId },
    ]) {
      const [rolled, raw] = [await retention(ctx, q), await retention(ctx, q, new Date(), 'events')];
      expect(rolled).toEqual(raw);
    }
  });

  it('answers null for periods that have not begun', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const { cohorts } = await grid(`interval=week&from=${today}`);
    expect(cohorts[0]!.returning.slice(0, 2)).toEqual([0, null]);
  });

  it('refuses what it cannot compute, naming the field', async () => {
    const get = (q: string) => team.viewer.get(`${team.ws}/retention?${q}`);
    const missing = await get('cohort=feature');
    expect(missing.statusCode).toBe(422);
    expect(missing.data.errors[0].path).toBe('featureId');
    const bare = (await factories(env, team).feature()).id;
    const unsignalled = await get(`cohort=feature&featureId=${bare}`);
    expect(unsignalled.statusCode).toBe(422);
    expect(unsignalled.data.detail).toMatch(/no adoption signal/);
    expect((await get(`cohort=feature&featureId=${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await get('interval=day')).statusCode).toBe(400);
    expect((await get('from=2026-02-30')).statusCode).toBe(400);
  });
});
