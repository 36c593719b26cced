import { and, count, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, createTestEnv, type TestEnv } from '../../test/harness.ts';
import { rows } from '../db/sql.ts';
import { users } from '../modules/auth/schema.ts';
import { parseMentions } from '../modules/comments/mentions.ts';
import { comments, notifications } from '../modules/comments/schema.ts';
import { customers } from '../modules/customers/schema.ts';
import { featureFeedback, features } from '../modules/features/schema.ts';
import { feedback } from '../modules/feedback/schema.ts';
import { products } from '../modules/products/schema.ts';
import { surveyResults } from '../modules/surveys/results.ts';
import { members, workspaces } from '../modules/workspaces/schema.ts';
import { DEMO_PASSWORD, PEOPLE } from './data/people.ts';
import { type DemoResult, seedDemo, seedDemoIfEmpty } from './seed.ts';

let env: TestEnv;
let demo: DemoResult;

beforeAll(async () => {
  env = await createTestEnv();
  demo = await seedDemo(env.database.db);
});
afterAll(() => env.close());

const inDemo = <T extends { workspaceId: Parameters<typeof eq>[0] }>(t: T) =>
  eq(t.workspaceId, demo.workspaceId);

type Counted =
  | typeof products
  | typeof customers
  | typeof features
  | typeof feedback
  | typeof featureFeedback
  | typeof members;
async function countOf(table: Counted) {
  const [r] = await env.database.db.select({ n: count() }).from(table).where(inDemo(table));
  return r!.n;
}

describe('demo workspace', () => {
  it('has the promised counts', async () => {
    expect(demo.counts).toMatchObject({ users: 6, products: 4, customers: 25, releases: 4, features: 40 });
    expect(demo.counts.feedback).toBeGreaterThanOrEqual(140);
    expect(await countOf(products)).toBe(4);
    expect(await countOf(customers)).toBe(25);
    expect(await countOf(features)).toBe(40);
    expect(await countOf(feedback)).toBe(demo.counts.feedback);
    expect(await countOf(featureFeedback)).toBe(demo.counts.links);
    expect(await countOf(members)).toBe(6);
    const roles = await env.database.db.select({ role: members.role }).from(members).where(inDemo(members));
    expect(new Set(roles.map((r) => r.role)).size).toBe(6);
  });

  it('varies statuses, sources and sentiments', async () => {
    const by = async (column: string) =>
      rows<{ v: string }>(
        env.database.db,
        sql`select distinct ${sql.identifier(column)}::text as v from feedback where workspace_id = ${demo.workspaceId}`,
      );
    expect((await by('status')).length).toBe(3);
    expect((await by('sentiment')).length).toBe(3);
    expect((await by('source')).length).toBeGreaterThanOrEqual(5);
    const statuses = await rows<{ v: string }>(
      env.database.db,
      sql`select distinct status as v from features where workspace_id = ${demo.workspaceId}`,
    );
    expect(statuses.map((s) => s.v).sort()).toEqual(
      ['discovery', 'idea', 'in_progress', 'planned', 'shipped', 'wont_do'].sort(),
    );
  });

  it('derives demand and scores where inputs exist', async () => {
    const all = await env.database.db.select().from(features).where(inDemo(features));
    const withDemand = all.filter((f) => f.feedbackCount > 0);
    expect(withDemand.length).toBeGreaterThanOrEqual(35);
    for (const f of withDemand) {
      expect(f.customerCount).toBeGreaterThan(0);
      expect(f.customerRevenue).toBeGreaterThan(0);
    }
    // Features with inputs have a score; the ones left without inputs do not.
    const scored = all.filter((f) => f.score !== null);
    expect(scored.length).toBeGreaterThanOrEqual(35);
    const unscored = all.filter((f) => f.score === null);
    for (const f of unscored) expect(f.scoreInputs).toEqual({});
    // The weighted scorecard really reads demand: two pipeline features with equal manual ratings differ.
    const hubspot = all.find((f) => f.title === 'HubSpot connector')!;
    const cost = all.find((f) => f.title === 'Warehouse cost per pipeline')!;
    expect(hubspot.customerRevenue).toBeGreaterThan(cost.customerRevenue);
    expect(hubspot.score!).toBeGreaterThan(cost.score!);
  });

  it('has one release over capacity', async () => {
    const load = await rows<{ name: string; capacity: number; effort: number }>(
      env.database.db,
      sql`select r.name, r.capacity, coalesce(sum(f.effort) filter (where f.status <> 'wont_do'), 0)::float8 as effort
          from releases r left join features f on f.workspace_id = r.workspace_id and f.release_id = r.id
          where r.workspace_id = ${demo.workspaceId} group by r.name, r.capacity order by r.name`,
    );
    expect(load).toHaveLength(4);
    expect(load.filter((r) => r.effort > r.capacity).map((r) => r.name)).toEqual(['Release 7.3']);
  });

  it('has comments whose @mentions resolve and notify', async () => {
    const found = await env.database.db.select().from(comments).where(inDemo(comments));
    expect(found.length).toBeGreaterThanOrEqual(5);
    for (const c of found) expect(c.mentions.length).toBe(parseMentions(c.body).length);
    const [n] = await env.database.db
      .select({ n: count() })
      .from(notifications)
      .where(and(inDemo(notifications), isNotNull(notifications.commentId)));
    expect(n!.n).toBeGreaterThan(0);
    const orphan = await env.database.db
      .select({ id: feedback.id })
      .from(feedback)
      .where(and(inDemo(feedback), isNull(feedback.customerId)));
    expect(orphan).toHaveLength(0);
  });

  it('has survey answers through the real path: NPS about +30, comments in the inbox, paying detractors flagged', async () => {
    expect(demo.counts).toMatchObject({ surveys: 3 });
    expect(demo.counts.surveyAnswers).toBeGreaterThanOrEqual(140);
    const results = await surveyResults(env.database.db, demo.workspaceId, { kind: 'nps' });
    expect(results.answers).toBe(115);
    expect(results.score).toBeGreaterThanOrEqual(20);
    expect(results.score).toBeLessThanOrEqual(40);
    const answered = await rows<{ n: number; commented: number; dates: number }>(
      env.database.db,
      sql`select count(*)::int as n, count(*) filter (where comment <> '')::int as commented,
                 count(distinct answered_at::date)::int as dates
          from survey_answers where workspace_id = ${demo.workspaceId}`,
    );
    expect(answered[0]!.commented / answered[0]!.n).toBeGreaterThan(0.2);
    expect(answered[0]!.dates).toBeGreaterThan(40);
    const fromSurveys = await env.database.db
      .select()
      .from(feedback)
      .where(and(inDemo(feedback), eq(feedback.source, 'survey'), isNotNull(feedback.tags)));
    const filed = fromSurveys.filter((f) => f.tags.includes('nps') || f.tags.includes('csat'));
    expect(filed.length).toBe(answered[0]!.commented);
    expect(filed.every((f) => f.customerId && f.contactId)).toBe(true);
    expect(filed.filter((f) => f.flag === 'revenue_detractor').length).toBeGreaterThan(3);
  });

  it('lets every demo user log in with the demo password', async () => {
    for (const p of PEOPLE) {
      const res = await anonymous(env.app).post('/api/v1/auth/login', {
        email: p.email,
        password: DEMO_PASSWORD,
      });
      expect(res.statusCode, p.email).toBe(200);
    }
    const pm = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'pm@demo.tandem', password: DEMO_PASSWORD },
    });
    const cookie = pm.cookies.find((c) => c.name === 'tandem_session')!.value;
    const list = await env.app.inject({
      method: 'GET',
      url: `/api/v1/workspaces/${demo.workspaceId}/features?limit=5&sort=-score`,
      cookies: { tandem_session: cookie },
    });
    expect(list.statusCode).toBe(200);
    expect(JSON.parse(list.body).items).toHaveLength(5);
  });

  it('refuses to seed twice and duplicates nothing', async () => {
    await expect(seedDemo(env.database.db)).rejects.toThrow(/already exists/);
    expect(await seedDemoIfEmpty(env.database)).toBeUndefined();
    const [ws] = await env.database.db
      .select({ n: count() })
      .from(workspaces)
      .innerJoin(members, eq(members.workspaceId, workspaces.id))
      .innerJoin(users, eq(users.id, members.userId))
      .where(eq(users.email, 'admin@demo.tandem'));
    expect(ws!.n).toBe(1);
    const [u] = await env.database.db
      .select({ n: count() })
      .from(users)
      .where(sql`${users.email} like '%@demo.tandem'`);
    expect(u!.n).toBe(6);
  });
});
