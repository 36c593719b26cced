import { and, asc, eq } from 'drizzle-orm';
import type { Team, TestEnv } from '../../../test/harness.ts';
import type { ReleaseStatus } from '../../core/enums.ts';
import { activity } from '../activity/schema.ts';
import { customers } from '../customers/schema.ts';
import { feedback } from '../feedback/schema.ts';
import { releases } from '../releases/schema.ts';
import { scoringModels } from '../scoring/schema.ts';
import { featureFeedback, features } from './schema.ts';

/**
 * Test factories for the features and scoring tests. Features and models go through HTTP (the code
 * under test); feedback, customers and releases belong to other modules and are inserted directly.
 */
export function factories(env: TestEnv, team: Team) {
  const db = env.database.db;
  const ws = team.workspaceId;
  let n = 0;
  const pm = team.product_manager;

  /** A story body; RICE inputs scoring 2000 × 2 × 80% ÷ 4 = 800 unless overridden. */
  const story = (productId: string, extra: Record<string, unknown> = {}) => ({
    productId,
    title: `Story ${++n}`,
    asA: 'finance lead',
    iWant: 'exports to arrive by email every Monday',
    soThat: 'I stop pulling numbers by hand',
    acceptanceCriteria: ['Choose weekday and time', 'CSV and XLSX'],
    effort: 4,
    scoreInputs: { reach: 2000, impact: 2, confidence: 80 },
    ...extra,
  });

  return {
    story,
    async product(name = `Product ${++n}`): Promise<string> {
      const res = await pm.post(`${team.ws}/products`, { name });
      if (res.statusCode !== 201) throw new Error(`product: ${res.body}`);
      return res.data.id;
    },
    /** Creates a feature through the API and returns the answer's body. */
    async feature(productId: string, extra: Record<string, unknown> = {}) {
      const res = await pm.post(`${team.ws}/features`, story(productId, extra));
      if (res.statusCode !== 201) throw new Error(`feature: ${res.body}`);
      return res.data;
    },
    /** A RICE feature scoring exactly `score` (reach = score, impact 1, confidence 100%, effort 1). */
    async scored(productId: string, score: number, extra: Record<string, unknown> = {}) {
      const res = await pm.post(
        `${team.ws}/features`,
        story(productId, { effort: 1, scoreInputs: { reach: score, impact: 1, confidence: 100 }, ...extra }),
      );
      if (res.statusCode !== 201) throw new Error(`feature: ${res.body}`);
      return res.data;
    },
    async customer(name: string, annualRevenue: number): Promise<string> {
      const [row] = await db
        .insert(customers)
        .values({ workspaceId: ws, name, annualRevenue })
        .returning({ id: customers.id });
      return row!.id;
    },
    async feedback(customerId: string | null = null, text = 'We need scheduled exports'): Promise<string> {
      const [row] = await db
        .insert(feedback)
        .values({ workspaceId: ws, text, title: text.slice(0, 40), source: 'sales_call', customerId })
        .returning({ id: feedback.id });
      return row!.id;
    },
    async release(status: ReleaseStatus = 'planned', name = `Release ${++n}`): Promise<string> {
      const [row] = await db
        .insert(releases)
        .values({ workspaceId: ws, name, status })
        .returning({ id: releases.id });
      return row!.id;
    },
    /** The stored feature row, read behind the API's back. */
    async row(id: string) {
      const [row] = await db
        .select()
        .from(features)
        .where(and(eq(features.workspaceId, ws), eq(features.id, id)));
      return row;
    },
    countFeatures: () => db.$count(features, eq(features.workspaceId, ws)),
    countLinks: (featureId: string) =>
      db.$count(
        featureFeedback,
        and(eq(featureFeedback.workspaceId, ws), eq(featureFeedback.featureId, featureId)),
      ),
    countModels: () => db.$count(scoringModels, eq(scoringModels.workspaceId, ws)),
    /** Activity rows of one entity, oldest first. */
    activityOf: (entityId: string) =>
      db
        .select()
        .from(activity)
        .where(and(eq(activity.workspaceId, ws), eq(activity.entityId, entityId)))
        .orderBy(asc(activity.id)),
  };
}
