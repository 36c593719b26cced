import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { featureAdoption } from './adoption.ts';
import { insertFixtures, type Fixture } from './testing.ts';

/**
 * Feature adoption on fixtures. The feature shipped on Monday 2026-09-07 (its activity entry moved there);
 * its release launched on 2026-09-21. Weeks: w0 = 09-07…, w1 = 09-14…, w2 = 09-21…, w3 = 09-28….
 * a1 and a2 are customer A's people, b1 customer B's.
 */

let env: TestEnv;
let team: Team;
let featureId: string;
let launchId: string;
const [A, B] = [randomUUID(), randomUUID()];

const e = (
  person: string,
  at: string,
  name = '$pageview',
  properties: Record<string, unknown> = {},
): Fixture => ({
  person,
  name,
  at,
  properties,
});
const used = (person: string, at: string, format = 'pdf') => e(person, at, 'report_exported', { format });
const flag = (person: string, at: string, response: unknown, key = 'new-reports') =>
  e(person, at, '$feature_flag_called', { $feature_flag: key, $feature_flag_response: response });

const url = () => `${team.ws}/features/${featureId}`;
// null clears it (DELETE).
const setSignal = (body: unknown, as = team.product_manager, headers: Record<string, string> = {}) =>
  body === null
    ? as.request('DELETE', `${url()}/adoption-signal`, undefined, headers)
    : as.request('PUT', `${url()}/adoption-signal`, body, headers);
const adoption = async (weeks = 4) => {
  const res = await team.viewer.get(`${url()}/adoption?weeks=${weeks}`);
  expect(res.statusCode).toBe(200);
  return res.data;
};
const week = (w: { persons: number; activePersons: number; customers: number; activeCustomers: number }) => [
  w.persons,
  w.activePersons,
  w.customers,
  w.activeCustomers,
];

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'Adoption');
  const make = factories(env, team);
  const release = await make.releaseIn('released');
  const feature = await make.feature({ status: 'shipped', releaseId: release.id });
  featureId = feature.id;
  launchId = (await make.launch({ releaseId: release.id, launchDate: '2026-09-21' })).id;
  // Shipped on 2026-09-07: move its activity entry there, behind the API's back.
  await env.database.db
    .update(activity)
    .set({ at: new Date('2026-09-07T10:00:00Z') })
    .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, featureId)));
  await insertFixtures(
    env.database.db,
    team.workspaceId,
    [
      // w0: a1 uses it, a2 and b1 are only active; a bot uses it.
      used('a1', '2026-09-08T09:00:00Z'),
      e('a2', '2026-09-08T09:00:00Z'),
      e('b1', '2026-09-09T09:00:00Z'),
      { ...used('bot', '2026-09-09T09:00:00Z'), bot: true },
      // w1: a1 uses it; b1 exports csv (not the signal's filter).
      used('a1', '2026-09-15T09:00:00Z'),
      used('b1', '2026-09-15T09:00:00Z', 'csv'),
      // w2: nobody. w3: b1 uses it.
      used('b1', '2026-09-29T09:00:00Z'),
      // Before the period: not in any week, but in the four weeks before the launch.
      used('a2', '2026-09-01T09:00:00Z'),
      // Flags: a2 on in w0, a1 off in w0, b1 on a variant in w1, b1 another flag in w0.
      flag('a2', '2026-09-08T10:00:00Z', true),
      flag('a1', '2026-09-08T10:00:00Z', false),
      flag('b1', '2026-09-16T10:00:00Z', 'variant-b'),
      flag('b1', '2026-09-09T10:00:00Z', true, 'other-flag'),
    ],
    { customers: { a1: A, a2: A, b1: B } },
  );
});
afterAll(() => env.close());

describe('feature adoption', () => {
  it('sets the signal as product management, shows it on the feature, and logs it', async () => {
    const set = await setSignal({ event: 'report_exported', filter: { format: 'pdf' } });
    expect(set.statusCode).toBe(200);
    expect(set.data.signal).toEqual({ event: 'report_exported', filter: { format: 'pdf' } });
    const feature = await team.viewer.get(url());
    expect(feature.data.adoptionSignal).toEqual({ event: 'report_exported', filter: { format: 'pdf' } });
    const log = await factories(env, team).stored.activityOf(featureId);
    expect(log.at(-1)!.changes).toEqual({
      adoptionSignal: { before: null, after: { event: 'report_exported', filter: { format: 'pdf' } } },
    });
  });

  it('answers per week since shipping: users over active persons and customers, bots left out', async () => {
    await setSignal({ event: 'report_exported', filter: { format: 'pdf' } });
    const a = await adoption();
    expect(a.shippedAt).toBe('2026-09-07T10:00:00.000Z');
    expect(a.weeks.map((w: { start: string }) => w.start)).toEqual([
      '2026-09-07',
      '2026-09-14',
      '2026-09-21',
      '2026-09-28',
    ]);
    expect(a.weeks.map(week)).toEqual([
      [1, 3, 1, 2],
      [1, 2, 1, 2],
      [0, 0, 0, 0],
      [1, 1, 1, 1],
    ]);
    expect(a.weeks[0]).toMatchObject({ rate: 1 / 3, customerRate: 1 / 2 });
    expect(a.weeks[2]).toMatchObject({ rate: null, customerRate: null });
  });

  it('compares the four weeks before the launch with the four after', async () => {
    await setSignal({ event: 'report_exported', filter: { format: 'pdf' } });
    const a = await adoption();
    expect(a.launch).toEqual({ id: launchId, name: expect.any(String), date: '2026-09-21' });
    expect(a.beforeLaunch).toMatchObject({ from: '2026-08-24', to: '2026-09-20' });
    // Before: a1 and a2 used it (a2 on 09-01), of a1, a2, b1 active; customers A of A, B.
    expect(week(a.beforeLaunch)).toEqual([2, 3, 1, 2]);
    expect(a.afterLaunch).toMatchObject({ from: '2026-09-21', to: '2026-10-18' });
    expect(week(a.afterLaunch)).toEqual([1, 1, 1, 1]);
  });

  it('counts a feature flag key through $feature_flag_called with a truthy response', async () => {
    expect((await setSignal({ flag: 'new-reports' })).data.signal).toEqual({ flag: 'new-reports' });
    const a = await adoption(2);
    expect(a.weeks.map(week)).toEqual([
      [1, 3, 1, 2],
      [1, 2, 1, 2],
    ]);
    // a2 in week 0 (true) and b1 in week 1 (a variant) count; a1's false and b1's other flag do not.
  });

  it('counts active persons from the visits rollup exactly as from the raw events', async () => {
    const ctx = {
      db: env.database.db,
      workspaceId: team.workspaceId,
      role: 'viewer' as const,
      actor: { userId: team.viewer.user.id, name: '', email: '' },
    };
    for (const signal of [{ flag: 'new-reports' }, { event: 'report_exported', filter: { format: 'pdf' } }]) {
      await setSignal(signal);
      const now = new Date('2026-10-30T00:00:00Z');
      const rolled = await featureAdoption(ctx, featureId, 8, now);
      expect(rolled.weeks).toHaveLength(8);
      expect(rolled).toEqual(await featureAdoption(ctx, featureId, 8, now, 'events'));
    }
  });

  it('clears the signal (DELETE); then there is nothing to count', async () => {
    const cleared = await setSignal(null);
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.data.signal).toBeNull();
    const a = await adoption();
    expect(a).toMatchObject({ signal: null, weeks: [], beforeLaunch: null, afterLaunch: null });
    expect((await team.viewer.get(url())).data.adoptionSignal).toBeNull();
  });

  it('refuses other roles, bad signals and stale versions, writing nothing', async () => {
    await setSignal({ flag: 'new-reports' });
    const before = (await team.viewer.get(url())).data.version;
    expect((await setSignal({ flag: 'x' }, team.marketer)).statusCode).toBe(403);
    expect((await setSignal({ flag: 'x' }, team.viewer)).statusCode).toBe(403);
    expect((await setSignal({ event: 'a', flag: 'b' })).statusCode).toBe(400);
    expect((await setSignal({ filter: { a: 1 } })).statusCode).toBe(400);
    expect((await setSignal({ event: '' })).statusCode).toBe(400);
    expect((await setSignal({ event: 'a', filter: { nested: { no: 1 } } })).statusCode).toBe(400);
    expect((await setSignal(null, team.marketer)).statusCode).toBe(403);
    expect(
      (
        await team.product_manager.request('PUT', `${url()}/adoption-signal`, 'null', {
          'content-type': 'application/json',
        })
      ).statusCode,
    ).toBe(400);
    const stale = await setSignal({ flag: 'y' }, team.product_manager, { 'if-match': `"${before - 1}"` });
    expect(stale.statusCode).toBe(409);
    const after = (await team.viewer.get(url())).data;
    expect(after).toMatchObject({ version: before, adoptionSignal: { flag: 'new-reports' } });
    expect((await team.viewer.get(`${url()}/adoption?weeks=53`)).statusCode).toBe(400);
    expect((await team.viewer.get(`${team.ws}/features/${randomUUID()}/adoption`)).statusCode).toBe(404);
    expect((await setSignal({ flag: 'x' }, team.product_manager)).statusCode).toBe(200);
  });

  it('has no weeks while the feature is not shipped', async () => {
    const open = await factories(env, team).feature();
    await team.product_manager.put(`${team.ws}/features/${open.id}/adoption-signal`, { event: 'x' });
    const res = await team.viewer.get(`${team.ws}/features/${open.id}/adoption`);
    expect(res.data).toMatchObject({ shippedAt: null, weeks: [], launch: null });
  });
});
