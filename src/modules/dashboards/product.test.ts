import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { ensureMonths, insertFixtures } from '../analytics/testing.ts';
import { signals } from '../attribution/test-fixtures.ts';
import { deals } from '../deals/schema.ts';
import { surveyAnswers, surveys } from '../surveys/schema.ts';

/**
 * October 2026 (the range), September (the previous period). NPS: the hand-counted table of scores.test.ts
 * (10 answers → 0, ±55.4) in October, two 10s in September (100). Persona P's answers are the four promoters,
 * customer Ent (enterprise) gave the 0 and the 3. CSAT {5,5,5,4,4,4,3,3,1,1} → 60. Deals in October: against
 * Rival 2 won 1 lost, against Other 2 lost 1 no decision, none named 1 won; one won in September.
 * Traffic: 6 visitors in October of whom 1 converted (a sign-up; a bot's left out), 2 in September who both did.
 * Launch L (15 October; its release's feature F with adoption signal `report_exported`): campaign spring-a
 * (2 of October's visitors, one converting). Before the launch 1 of 6 active persons used F, after it 2 of 2.
 */

let env: TestEnv;
let team: Team;
const ids = {} as Record<'product' | 'persona' | 'ent' | 'launch' | 'rival' | 'other' | 'feature', string>;

const range = 'from=2026-10-01&to=2026-10-31';
const get = (query = '', as = team.product_marketer) =>
  as.get(
    `${team.ws}/dashboards/product-marketing?${range}${query.includes('compare=') ? '' : '&compare=1'}${query}`,
  );

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'PMM dashboard');
  const make = factories(env, team);
  const db = env.database.db;
  const ws = team.workspaceId;
  ids.product = (await make.product()).id;
  ids.persona = (await make.persona()).id;
  ids.ent = (await make.customer({ name: 'Ent', segment: 'enterprise' })).id;
  ids.rival = (await make.competitor({ name: 'Rival' })).id;
  ids.other = (await make.competitor({ name: 'Other' })).id;

  const release = await make.releaseIn('released');
  const feature = await make.feature({ status: 'shipped', releaseId: release.id });
  ids.feature = feature.id;
  await team.product_manager.request('PUT', `${team.ws}/features/${feature.id}/adoption-signal`, {
    event: 'report_exported',
  });
  const launch = await make.launch({ releaseId: release.id, launchDate: '2026-10-15', name: 'Reports' });
  ids.launch = launch.id;
  await db
    .update(activity)
    .set({ at: new Date('2026-09-01T10:00:00Z') })
    .where(and(eq(activity.workspaceId, ws), eq(activity.entityId, feature.id)));
  const requirement = await make.requirement({ launchId: launch.id });
  const program = await make.acceptedProgram({ requirementIds: [requirement.id] });
  await make.campaign({ programId: program.id, utmCampaign: 'spring-a' });

  // NPS and CSAT answers.
  const [nps] = await db
    .insert(surveys)
    .values({ workspaceId: ws, name: 'NPS', kind: 'nps', productId: ids.product, question: 'Recommend?' })
    .returning();
  const [csat] = await db
    .insert(surveys)
    .values({ workspaceId: ws, name: 'CSAT', kind: 'csat', productId: ids.product, question: 'Happy?' })
    .returning();
  const answer = (
    survey: typeof nps,
    score: number,
    day: string,
    o: { personaId?: string; customerId?: string; launchId?: string } = {},
  ) => ({
    workspaceId: ws,
    surveyId: survey!.id,
    kind: survey!.kind,
    productId: ids.product,
    score,
    channel: 'api' as const,
    answeredAt: new Date(`${day}T12:00:00Z`),
    ...o,
  });
  await db.insert(surveyAnswers).values([
    ...[10, 10, 9, 9].map((s) =>
      answer(nps, s, '2026-10-06', { personaId: ids.persona, launchId: ids.launch }),
    ),
    answer(nps, 8, '2026-10-13'),
    answer(nps, 7, '2026-10-13'),
    answer(nps, 6, '2026-10-20'),
    answer(nps, 6, '2026-10-20'),
    answer(nps, 3, '2026-10-27', { customerId: ids.ent }),
    answer(nps, 0, '2026-10-31', { customerId: ids.ent }),
    answer(nps, 10, '2026-09-10'),
    answer(nps, 10, '2026-09-30'),
    answer(nps, 2, '2026-11-01'), // after the range
    ...[5, 5, 5, 4, 4, 4, 3, 3, 1, 1].map((s) => answer(csat!, s, '2026-10-08')),
  ]);

  const deal = (
    outcome: 'won' | 'lost' | 'no_decision',
    closedOn: string,
    o: { competitorId?: string; customerId?: string; segment?: 'smb' } = {},
  ) => ({ workspaceId: ws, name: `Deal ${closedOn}`, outcome, closedOn, productId: ids.product, ...o });
  await db
    .insert(deals)
    .values([
      deal('won', '2026-10-02', { competitorId: ids.rival, customerId: ids.ent }),
      deal('won', '2026-10-09', { competitorId: ids.rival, segment: 'smb' }),
      deal('lost', '2026-10-16', { competitorId: ids.rival }),
      deal('lost', '2026-10-16', { competitorId: ids.other }),
      deal('lost', '2026-10-23', { competitorId: ids.other }),
      deal('no_decision', '2026-10-30', { competitorId: ids.other }),
      deal('won', '2026-10-31'),
      deal('won', '2026-09-15'),
    ]);

  // Other test files make the same monthly partitions at the same moment: ensureMonths tolerates the race.
  await ensureMonths(db, ['2026-09-01T00:00:00Z', '2026-10-01T00:00:00Z']);
  const s = signals(db, ws);
  await s.goal({ name: 'Sign-up', event: 'signed_up' });
  for (const [at, converts, campaign] of [
    ['2026-10-03T10:00:00Z', true, 'spring-a'],
    ['2026-10-04T10:00:00Z', false, 'spring-a'],
    ['2026-10-05T10:00:00Z', false, undefined],
    ['2026-10-06T10:00:00Z', false, undefined],
    ['2026-09-03T10:00:00Z', true, undefined],
    ['2026-09-04T10:00:00Z', true, undefined],
  ] as const) {
    const p = await s.person({ firstSeenAt: at });
    await s.visit(p, at, { campaign });
    if (converts) await s.event(p, 'signed_up', at.replace('10:00', '10:05'));
  }
  const bot = await s.person({ isBot: true });
  await s.visit(bot, '2026-10-07T10:00:00Z', { isBot: true });
  await s.event(bot, 'signed_up', '2026-10-07T10:01:00Z', {}, { isBot: true });

  // u1 and u2 are active in October too: before the launch u1 used F, after it both did.
  await insertFixtures(db, ws, [
    { person: 'u1', name: 'report_exported', at: '2026-10-01T09:00:00Z' },
    { person: 'u2', name: '$pageview', at: '2026-10-01T09:00:00Z' },
    { person: 'u1', name: 'report_exported', at: '2026-10-20T09:00:00Z' },
    { person: 'u2', name: 'report_exported', at: '2026-10-21T09:00:00Z' },
  ]);
});
afterAll(() => env.close());

describe('product marketing dashboard', () => {
  it('computes NPS and CSAT with the shared maths, against the previous period', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    const { nps, csat } = res.data.surveys;
    expect(nps.current).toEqual({
      answers: 10,
      score: 0,
      promoters: 4,
      passives: 2,
      detractors: 4,
      confidence: { low: -55.4, high: 55.4 },
    });
    expect(nps.previous).toMatchObject({ answers: 2, score: 100 });
    expect(csat.current).toMatchObject({ answers: 10, score: 60 });
    expect(res.data.previous).toEqual({ from: '2026-08-31', to: '2026-09-30' });
  });

  it('answers NPS by week, persona, segment and launch', async () => {
    const { surveys: s } = (await get()).data;
    expect(s.series.map((w: { week: string }) => w.week)).toEqual([
      '2026-09-28',
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
    ]);
    expect(s.series.map((w: { nps: { score: number | null } }) => w.nps.score)).toEqual([
      null,
      100,
      0,
      -100,
      -100,
    ]);
    expect(s.byPersona).toEqual([expect.objectContaining({ key: ids.persona, answers: 4, score: 100 })]);
    expect(s.byLaunch).toEqual([
      expect.objectContaining({ key: ids.launch, label: 'Reports', answers: 4, score: 100 }),
    ]);
    expect(s.bySegment).toEqual([
      expect.objectContaining({ key: null, answers: 8, score: 25 }),
      expect.objectContaining({ key: 'enterprise', answers: 2, score: -100 }),
    ]);
  });

  it('filters surveys by persona and segment', async () => {
    expect((await get(`&personaId=${ids.persona}`)).data.surveys.nps.current.score).toBe(100);
    expect((await get('&segment=enterprise')).data.surveys.nps.current).toMatchObject({
      answers: 2,
      score: -100,
    });
  });

  it('computes win rate overall, by competitor and by segment; no decision is not a loss', async () => {
    const w = (await get()).data.winRate;
    expect(w.current).toEqual({ won: 3, lost: 3, noDecision: 1, rate: 50 });
    expect(w.previous).toEqual({ won: 1, lost: 0, noDecision: 0, rate: 100 });
    expect(w.byCompetitor).toEqual([
      { key: ids.rival, label: 'Rival', won: 2, lost: 1, noDecision: 0, rate: 66.7 },
      { key: ids.other, label: 'Other', won: 0, lost: 2, noDecision: 1, rate: 0 },
    ]);
    expect(w.bySegment).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'enterprise', won: 1, lost: 0, rate: 100 }),
        expect.objectContaining({ key: 'smb', won: 1, lost: 0, rate: 100 }),
        expect.objectContaining({ key: null, won: 1, lost: 3, rate: 25 }),
      ]),
    );
  });

  it('computes the conversion rate from visitors and goal events, bots left out', async () => {
    const c = (await get()).data.conversion;
    expect(c).toEqual({
      scope: 'workspace',
      current: { visitors: 6, conversions: 1, rate: 1 / 6 },
      previous: { visitors: 2, conversions: 2, rate: 1 },
    });
    expect((await get('&compare=0')).data.conversion.previous).toBeNull();
  });

  it("lists launches with reach, conversions and adoption before and after the launch's date", async () => {
    const [l] = (await get()).data.launches;
    expect(l).toMatchObject({ id: ids.launch, name: 'Reports', date: '2026-10-15', visits: 2, visitors: 2 });
    expect(l.conversions).toBe(1);
    expect(l.adoption).toEqual({
      before: 1 / 6,
      after: 1,
      features: [expect.objectContaining({ id: ids.feature, before: 1 / 6, after: 1 })],
    });
  });

  it('leaves survey figures out for roles that may not read surveys, and says why', async () => {
    for (const as of [team.sales, team.viewer]) {
      const res = await get('', as);
      expect(res.statusCode).toBe(200);
      expect(res.data.surveys).toBeNull();
      expect(res.data.surveysHidden).toMatch(/Survey results/);
      expect(res.data.winRate.current.rate).toBe(50);
    }
    expect((await get('', team.marketer)).data.surveys).not.toBeNull();
  });

  it("keeps the previous period's conversion (a memo) while its days are unmarked; a marked day counts again", async () => {
    const s = signals(env.database.db, team.workspaceId);
    const settled = new Date(Date.now() - 3_600_000).toISOString();
    for (const day of ['2026-09-03', '2026-09-04']) await s.mark(day, settled);
    const first = (await get()).data.conversion;
    expect(first.previous).toEqual({ visitors: 2, conversions: 2, rate: 1 });
    // A visitor written without its day's mark: the memo is what is read.
    await s.visit(await s.person({ firstSeenAt: '2026-09-10T10:00:00Z' }), '2026-09-10T10:00:00Z', {
      unmarked: true,
    });
    expect((await get()).data.conversion).toEqual(first);
    // Written later than the other marks (as the writer marks it), and settled by now.
    await s.mark('2026-09-10', new Date(Date.now() - 1_800_000).toISOString());
    const again = (await get()).data.conversion;
    expect(again.previous).toEqual({ visitors: 3, conversions: 2, rate: 2 / 3 });
    expect(again.current).toEqual(first.current);
  });

  it('counts a range still open as its days that are over (a memo) and what today adds, as the raw count does', async () => {
    const own = await newTeam(env.app, 'PMM open range');
    const s = signals(env.database.db, own.workspaceId);
    await s.goal({ name: 'Sign-up', event: 'signed_up' });
    const now = Date.now();
    const at = (daysAgo: number, hour = 0) =>
      new Date(
        Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate()) -
          daysAgo * 86_400_000 +
          hour * 3_600_000 +
          60_000,
      ).toISOString();
    const [early, both, today] = [await s.person(), await s.person(), await s.person()];
    await s.visit(early, at(5));
    await s.visit(both, at(3));
    await s.event(both, 'signed_up', at(3));
    await s.visit(both, at(0)); // seen earlier in the range: not a new visitor today
    await s.visit(today, at(0));
    await s.event(today, 'signed_up', at(0));
    const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    const url = `${own.ws}/dashboards/product-marketing?from=${day(now - 9 * 86_400_000)}&to=${day(now)}&compare=0`;
    const first = await own.product_marketer.get(url);
    expect(first.statusCode).toBe(200);
    expect(first.data.conversion.current).toEqual({ visitors: 3, conversions: 2, rate: 2 / 3 });
    // Read again: the part that is over comes from its memo, today is counted again.
    const third = await s.person();
    await s.visit(third, at(0, 0));
    expect((await own.product_marketer.get(url)).data.conversion.current).toEqual({
      visitors: 4,
      conversions: 2,
      rate: 2 / 4,
    });
  });

  it('refuses bad parameters with the field named, never a 500', async () => {
    const bad: [string, number, string][] = [
      ['from=2026-11-02&to=2026-11-01', 422, 'from'],
      [`from=2026-10-01&to=2026-10-31&launchId=${crypto.randomUUID()}`, 422, 'launchId'],
      ['segment=galactic', 400, 'segment'],
      ['compare=maybe', 400, 'compare'],
      ['productId=nope', 400, 'productId'],
    ];
    for (const [query, status, field] of bad) {
      const res = await team.viewer.get(`${team.ws}/dashboards/product-marketing?${query}`);
      expect(res.statusCode, query).toBe(status);
      expect(JSON.stringify(res.data.errors), query).toContain(field);
    }
  });
});
