import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories } from '../../../test/factories.ts';
import { createTestEnv, newTeam, type Team, type TestEnv } from '../../../test/harness.ts';
import { insertFixtures } from '../analytics/testing.ts';
import { featureFeedback } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { surveyAnswers, surveys } from '../surveys/schema.ts';

/**
 * October 2026 (the range; September the previous period). Active in October: p1, p2 (1 Oct), p3 (2 Oct),
 * p4 (9 Oct); p5 only in September. Shipped feature A (signal a_used) used by p1–p3, B (b_used) by p1 and a
 * bot; C shipped without a signal, D in progress. Feedback in October for product P: 2 positive (week of 28
 * Sep), 3 negative from surveys (week of 12 Oct: "export" in all three, two tagged pricing, two linked to A),
 * 1 without sentiment; 1 for another product; 1 in September. Survey answers behind the negative items: a
 * detractor of Big (revenue) → flagged; a detractor of Free (no revenue) and a passive of Big → not.
 */

let env: TestEnv;
let team: Team;
const ids = {} as Record<'product' | 'a' | 'b' | 'big' | 'flagged', string>;

const range = 'from=2026-10-01&to=2026-10-31&compare=1';
const get = (query = '', as = team.product_manager) =>
  as.get(`${team.ws}/dashboards/product-management?${range}${query}`);

beforeAll(async () => {
  env = await createTestEnv();
  team = await newTeam(env.app, 'PM dashboard');
  const make = factories(env, team);
  const db = env.database.db;
  const ws = team.workspaceId;
  ids.product = (await make.product()).id;
  const otherProduct = (await make.product()).id;
  const signal = (id: string, event: string) =>
    team.product_manager.request('PUT', `${team.ws}/features/${id}/adoption-signal`, { event });
  const feature = (title: string, status: 'shipped' | 'in_progress') =>
    make.feature({ title, status, productId: ids.product });
  ids.a = (await feature('Alpha exports', 'shipped')).id;
  ids.b = (await feature('Beta sharing', 'shipped')).id;
  const c = await feature('Gamma', 'shipped');
  const d = await feature('Delta', 'in_progress');
  await signal(ids.a, 'a_used');
  await signal(ids.b, 'b_used');
  await signal(d.id, 'a_used');
  expect(c.id).toBeTruthy();

  await insertFixtures(db, ws, [
    { person: 'p1', name: 'a_used', at: '2026-10-01T09:00:00Z' },
    { person: 'p1', name: 'b_used', at: '2026-10-01T09:05:00Z' },
    { person: 'p2', name: 'a_used', at: '2026-10-01T10:00:00Z' },
    { person: 'p3', name: 'a_used', at: '2026-10-02T10:00:00Z' },
    { person: 'p4', name: '$pageview', at: '2026-10-09T10:00:00Z' },
    { person: 'p5', name: '$pageview', at: '2026-09-15T10:00:00Z' },
    { person: 'bot', name: 'b_used', at: '2026-10-03T10:00:00Z', bot: true },
  ]);

  const item = (
    day: string,
    o: Partial<typeof feedback.$inferInsert> & { text: string },
  ): typeof feedback.$inferInsert => ({
    workspaceId: ws,
    id: randomUUID(),
    source: 'support',
    productId: ids.product,
    createdAt: new Date(`${day}T12:00:00Z`),
    ...o,
  });
  const negative = [
    item('2026-10-13', {
      text: 'Export is slow',
      source: 'survey',
      sentiment: 'negative',
      tags: ['survey', 'nps', 'detractor', 'pricing'],
    }),
    item('2026-10-14', {
      text: 'The export fails',
      source: 'survey',
      sentiment: 'negative',
      tags: ['pricing'],
    }),
    item('2026-10-15', { text: 'Too dear for an export', source: 'survey', sentiment: 'negative' }),
  ];
  await db
    .insert(feedback)
    .values([
      item('2026-10-01', { text: 'Love it', sentiment: 'positive' }),
      item('2026-10-02', { text: 'Great', sentiment: 'positive' }),
      ...negative,
      item('2026-10-20', { text: 'A question' }),
      item('2026-10-21', { text: 'Other product', sentiment: 'negative', productId: otherProduct }),
      item('2026-09-10', { text: 'Last month', sentiment: 'neutral' }),
    ]);
  await db
    .insert(featureFeedback)
    .values(negative.slice(0, 2).map((n) => ({ workspaceId: ws, featureId: ids.a, feedbackId: n.id! })));

  ids.big = (await make.customer({ name: 'Big', annualRevenue: 50_000 })).id;
  const free = (await make.customer({ name: 'Free', annualRevenue: 0 })).id;
  const [nps] = await db
    .insert(surveys)
    .values({ workspaceId: ws, name: 'NPS', kind: 'nps', productId: ids.product, question: 'Recommend?' })
    .returning();
  const answer = (score: number, customerId: string, feedbackId: string) => ({
    workspaceId: ws,
    surveyId: nps!.id,
    kind: 'nps' as const,
    productId: ids.product,
    score,
    channel: 'page' as const,
    customerId,
    feedbackId,
  });
  ids.flagged = negative[0]!.id!;
  await db
    .insert(surveyAnswers)
    .values([
      answer(3, ids.big, negative[0]!.id!),
      answer(2, free, negative[1]!.id!),
      answer(8, ids.big, negative[2]!.id!),
    ]);
});
afterAll(() => env.close());

describe('product management dashboard', () => {
  it('ranks shipped features with a signal by adoption in the range, bots left out', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    const { adoption } = res.data;
    expect(adoption.activePersons).toBe(4);
    expect(adoption.shipped).toBe(2);
    expect(
      adoption.top.map((f: { title: string; persons: number; rate: number }) => [f.title, f.persons, f.rate]),
    ).toEqual([
      ['Alpha exports', 3, 0.75],
      ['Beta sharing', 1, 0.25],
    ]);
    expect(adoption.bottom).toEqual([]);
  });

  it('counts active persons per day and per week, and in each period', async () => {
    const { usage } = (await get()).data;
    expect(usage.daily).toHaveLength(31);
    expect(usage.daily.slice(0, 2)).toEqual([
      { day: '2026-10-01', persons: 2 },
      { day: '2026-10-02', persons: 1 },
    ]);
    expect(usage.daily.find((d: { day: string }) => d.day === '2026-10-09').persons).toBe(1);
    expect(usage.weekly.slice(0, 2)).toEqual([
      { week: '2026-09-28', persons: 3 },
      { week: '2026-10-05', persons: 1 },
    ]);
    expect([usage.current, usage.previous]).toEqual([4, 1]);
  });

  it('answers weekly retention cohorts ending with the range', async () => {
    const { retention } = (await get()).data;
    expect(retention.cohorts).toHaveLength(12);
    expect(retention.cohorts.at(-1).start).toBe('2026-10-26');
    const first = retention.cohorts.find((c: { start: string }) => c.start === '2026-09-28');
    expect(first.size).toBe(3);
  });

  it('counts feedback per week by sentiment, and in the previous period', async () => {
    const { feedback: f } = (await get()).data;
    expect([f.current, f.previous]).toEqual([7, 1]);
    expect(f.sentiment).toEqual({ positive: 2, neutral: 0, negative: 4, unknown: 1 });
    expect(f.weeks[0]).toEqual({
      week: '2026-09-28',
      total: 2,
      positive: 2,
      neutral: 0,
      negative: 0,
      unknown: 0,
    });
    expect(f.weeks[2]).toMatchObject({ week: '2026-10-12', total: 3, negative: 3 });
    const mine = (await get(`&productId=${ids.product}`)).data.feedback;
    expect(mine.current).toBe(6);
  });

  it("finds detractor themes: people's tags, shared words and linked features", async () => {
    const { detractorThemes: t } = (await get()).data;
    expect(t.feedback).toBe(3);
    expect(t.tags).toEqual([{ tag: 'pricing', count: 2 }]);
    expect(t.words).toEqual([{ word: 'export', count: 3 }]);
    expect(t.features).toEqual([{ id: ids.a, title: 'Alpha exports', count: 2 }]);
  });

  it('lists the newest flagged feedback: detractors of customers with revenue', async () => {
    const { flagged } = (await get()).data;
    expect(flagged).toEqual([
      expect.objectContaining({
        id: ids.flagged,
        score: 3,
        kind: 'nps',
        customer: { id: ids.big, name: 'Big', annualRevenue: 50_000 },
      }),
    ]);
  });

  it('is read by every role, and refuses bad parameters naming the field', async () => {
    expect((await get('', team.viewer)).statusCode).toBe(200);
    expect((await get('', team.sales)).statusCode).toBe(200);
    const bad: [string, number, string][] = [
      ['from=2026-11-02&to=2026-11-01', 422, 'from'],
      [`productId=${randomUUID()}`, 422, 'productId'],
      ['from=yesterday', 400, 'from'],
      ['interval=day', 400, 'interval'],
    ];
    for (const [query, status, field] of bad) {
      const res = await team.viewer.get(`${team.ws}/dashboards/product-management?${query}`);
      expect(res.statusCode, query).toBe(status);
      expect(JSON.stringify(res.data.errors ?? res.data), query).toContain(field);
    }
  });
});
