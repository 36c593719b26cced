import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { insertFixtures, type Fixture } from './testing.ts';

/**
 * Funnels on hand-made sequences. Steps: a page view of /pricing → signup_started → signed_up; March 2026,
 * window 7 days. Who reaches which step is worked out by hand beside each person.
 */

let env: TestEnv;
let team: Team;
let other: Team;
let springId: string;

const pv = (person: string, at: string, extra: Partial<Fixture> = {}): Fixture => ({
  person,
  name: '$pageview',
  at,
  path: '/pricing',
  ...extra,
});
const ev = (person: string, name: string, at: string, extra: Partial<Fixture> = {}): Fixture => ({
  person,
  name,
  at,
  ...extra,
});

const SEQUENCES: Fixture[] = [
  // p1: all three in order → 3.
  pv('p1', '2026-03-02T10:00:00Z', { session: 'a', campaign: 'spring-sale', channel: 'email' }),
  ev('p1', 'signup_started', '2026-03-02T10:05:00Z', { session: 'a' }),
  ev('p1', 'signed_up', '2026-03-03T10:05:00Z'),
  // p2: signed up before starting the sign-up → 2 (order matters).
  pv('p2', '2026-03-04T09:00:00Z', { session: 'a', campaign: 'spring-sale', channel: 'email' }),
  ev('p2', 'signed_up', '2026-03-05T09:00:00Z'),
  ev('p2', 'signup_started', '2026-03-06T09:00:00Z'),
  // p3: started before seeing pricing → 1.
  ev('p3', 'signup_started', '2026-03-01T09:00:00Z'),
  pv('p3', '2026-03-10T09:00:00Z'),
  ev('p3', 'signed_up', '2026-03-11T09:00:00Z'),
  // p4: first try lapses (15 days > 7); the second try, from another campaign, converts → 3, by "newsletter".
  pv('p4', '2026-03-05T09:00:00Z', { session: 'a', campaign: 'spring-sale', channel: 'email' }),
  pv('p4', '2026-03-18T09:00:00Z', { session: 'b', campaign: 'newsletter', channel: 'paid_social' }),
  ev('p4', 'signup_started', '2026-03-20T09:00:00Z'),
  ev('p4', 'signed_up', '2026-03-21T09:00:00Z'),
  // p5: repeats everything; counted once; the quickest attempt (09:20 → 09:30 → 10:00) gives the times.
  pv('p5', '2026-03-07T09:00:00Z', { session: 'a', campaign: 'newsletter', channel: 'paid_social' }),
  pv('p5', '2026-03-07T09:10:00Z', { session: 'a' }),
  pv('p5', '2026-03-07T09:20:00Z', { session: 'a' }),
  ev('p5', 'signup_started', '2026-03-07T09:30:00Z', { session: 'a' }),
  ev('p5', 'signup_started', '2026-03-07T09:40:00Z', { session: 'a' }),
  ev('p5', 'signed_up', '2026-03-07T10:00:00Z', { session: 'a' }),
  // p6: a bot doing everything → left out.
  pv('p6', '2026-03-02T10:00:00Z', { bot: true }),
  ev('p6', 'signup_started', '2026-03-02T10:01:00Z', { bot: true }),
  ev('p6', 'signed_up', '2026-03-02T10:02:00Z', { bot: true }),
  // p7: saw pricing before the period and after it → never enters.
  pv('p7', '2026-02-27T09:00:00Z'),
  ev('p7', 'signup_started', '2026-03-01T09:00:00Z'),
  ev('p7', 'signed_up', '2026-03-01T10:00:00Z'),
  pv('p7', '2026-04-01T09:00:00Z'),
  // p8: enters on the last day; the next step comes after `to`, inside the window → 2.
  pv('p8', '2026-03-30T12:00:00Z'),
  ev('p8', 'signup_started', '2026-04-02T12:00:00Z'),
  // p9: a human's event named like a step but with another page → not step 1.
  pv('p9', '2026-03-03T09:00:00Z', { path: '/pricing/enterprise' }),
  ev('p9', 'signup_started', '2026-03-03T09:01:00Z'),
];

const STEPS = [{ urlPattern: '/pricing' }, { event: 'signup_started' }, { event: 'signed_up' }];
const query = (body: Record<string, unknown>, as = team.viewer, t = team) =>
  as.post(`${t.ws}/funnels/query`, {
    steps: STEPS,
    from: '2026-03-01',
    to: '2026-03-31',
    windowDays: 7,
    ...body,
  });

beforeAll(async () => {
  env = await createTestEnv();
  [team, other] = [await newTeam(env.app, 'Funnels'), await newTeam(env.app, 'Elsewhere')];
  springId = (
    await factories(env, team).campaign({ name: 'Spring sale', channel: 'email', utmCampaign: 'spring-sale' })
  ).id;
  await insertFixtures(env.database.db, team.workspaceId, SEQUENCES);
  // The same people in another workspace do not count here.
  await insertFixtures(env.database.db, other.workspaceId, SEQUENCES);
});
afterAll(() => env.close());

describe('funnels', () => {
  it('counts persons per ordered step within the window, once each, without bots', async () => {
    const res = await query({});
    expect(res.statusCode).toBe(200);
    expect(res.data.steps.map((s: { persons: number }) => s.persons)).toEqual([6, 5, 3]);
    expect(res.data.steps[0]).toMatchObject({
      label: '/pricing',
      conversionFromPrevious: 1,
      conversionFromFirst: 1,
      medianSecondsFromPrevious: null,
    });
    expect(res.data.steps[1]).toMatchObject({
      label: 'signup_started',
      conversionFromPrevious: 5 / 6,
      conversionFromFirst: 5 / 6,
      // 300 (p1), 600 (p5), 172800 (p2, p4), 259200 (p8)
      medianSecondsFromPrevious: 172_800,
    });
    expect(res.data.steps[2]).toMatchObject({
      conversionFromPrevious: 3 / 5,
      conversionFromFirst: 3 / 6,
      // from previous: 86400 (p1, p4), 1800 (p5); from first: 86700 (p1), 259200 (p4), 2400 (p5)
      medianSecondsFromPrevious: 86_400,
      medianSecondsFromFirst: 86_700,
    });
  });

  it('narrows with a shorter window and widens with a longer one', async () => {
    // 1 day: p2 (2 days), p4 (2 days), p8 (3 days) no longer reach step 2; p1 signs up a day and 5 minutes on.
    const short = await query({ windowDays: 1 });
    expect(short.data.steps.map((s: { persons: number }) => s.persons)).toEqual([6, 2, 1]);
    // 20 days: p4's first try now reaches step 2 as well (still one person).
    const long = await query({ windowDays: 20 });
    expect(long.data.steps.map((s: { persons: number }) => s.persons)).toEqual([6, 5, 3]);
  });

  it('filters a step on properties', async () => {
    await insertFixtures(env.database.db, other.workspaceId, [
      ev('q1', 'clicked', '2026-03-02T09:00:00Z', { properties: { button: 'buy', plan: 'pro' } }),
      ev('q1', 'paid', '2026-03-02T09:01:00Z'),
      ev('q2', 'clicked', '2026-03-02T09:00:00Z', { properties: { button: 'buy', plan: 'free' } }),
      ev('q2', 'paid', '2026-03-02T09:01:00Z'),
      ev('q3', 'clicked', '2026-03-02T09:00:00Z', { properties: { button: 'buy', plan: 'pro' } }),
    ]);
    const res = await query(
      { steps: [{ event: 'clicked', filter: { plan: 'pro' } }, { event: 'paid' }] },
      other.viewer,
      other,
    );
    expect(res.data.steps.map((s: { persons: number; label: string }) => [s.label, s.persons])).toEqual([
      ['clicked (plan = pro)', 2],
      ['paid', 1],
    ]);
  });

  it('matches URL patterns with * and takes % and _ literally, on the path or the URL without query', async () => {
    const [a, b, c, d] = ['u1', 'u2', 'u3', 'u4'];
    await insertFixtures(env.database.db, other.workspaceId, [
      pv(a, '2026-03-02T09:00:00Z', { path: '/promo/50%_off' }),
      pv(b, '2026-03-02T09:00:00Z', { path: '/promo/50xyoff' }),
      pv(c, '2026-03-02T09:00:00Z', { path: '/promo/50%_off/terms' }),
      pv(d, '2026-03-02T09:00:00Z', {
        url: 'https://shop.example/docs/start?utm_campaign=x',
        path: '/docs/start',
      }),
      ...[a, b, c, d].map((p) => ev(p, 'bought', '2026-03-02T10:00:00Z')),
    ]);
    const first = async (urlPattern: string) =>
      (await query({ steps: [{ urlPattern }, { event: 'bought' }] }, other.viewer, other)).data.steps[0]
        .persons;
    expect(await first('/promo/50%_off')).toBe(1);
    expect(await first('/promo/50%_off*')).toBe(2);
    expect(await first('/promo/*off')).toBe(2);
    expect(await first('/promo/50__off')).toBe(0);
    expect(await first('https://shop.example/docs/start')).toBe(1);
    expect(await first('https://shop.example/docs/*')).toBe(1);
    expect(await first('/docs/start')).toBe(1);
  });

  it('breaks down by the campaign and channel of the visit the counted attempt began in', async () => {
    const res = await query({ breakdown: 'campaign' });
    expect(res.statusCode).toBe(200);
    const groups = Object.fromEntries(
      res.data.breakdown.groups.map(
        (g: { key: string | null; campaign: unknown; steps: { persons: number }[] }) => [
          String(g.key),
          { campaign: g.campaign, persons: g.steps.map((s) => s.persons) },
        ],
      ),
    );
    expect(groups).toEqual({
      'spring-sale': { campaign: { id: springId, name: 'Spring sale' }, persons: [2, 2, 1] },
      newsletter: { campaign: null, persons: [2, 2, 2] },
      null: { campaign: null, persons: [2, 1, 0] },
    });
    expect(res.data.steps.map((s: { persons: number }) => s.persons)).toEqual([6, 5, 3]);
    const byChannel = await query({ breakdown: 'channel' });
    expect(
      byChannel.data.breakdown.groups.map((g: { key: string; steps: { persons: number }[] }) => [
        g.key,
        g.steps[0]!.persons,
      ]),
    ).toEqual([
      ['direct', 2],
      ['email', 2],
      ['paid_social', 2],
    ]);
  });

  it('refuses bad funnels with a problem naming the field, for anyone who may read', async () => {
    const one = await query({ steps: [{ event: 'a' }] });
    expect(one.statusCode).toBe(400);
    const eleven = await query({ steps: Array.from({ length: 11 }, () => ({ event: 'a' })) });
    expect(eleven.statusCode).toBe(400);
    const wide = await query({ windowDays: 91 });
    expect(wide.statusCode).toBe(400);
    const backwards = await query({ from: '2026-03-31', to: '2026-03-01' });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.data.errors).toEqual([
      { path: 'to', message: expect.stringContaining('before it starts') },
    ]);
    const long = await query({ from: '2024-01-01', to: '2026-03-01' });
    expect(long.statusCode).toBe(422);
    const both = await query({ steps: [{ event: 'a', urlPattern: '/x' }, { event: 'b' }] });
    expect(both.statusCode).toBe(400);
    for (const role of ['sales', 'marketer', 'product_manager'] as const) {
      expect((await query({}, team[role])).statusCode).toBe(200);
    }
  });
});
