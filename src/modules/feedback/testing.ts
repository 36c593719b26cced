import { and, eq } from 'drizzle-orm';
import type { Team, TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { featureFeedback, features } from '../features/schema.ts';
import { feedback } from './schema.ts';

/**
 * Test factories for the feedback tests: customers, contacts and products through their routes;
 * features and links (another module's) straight into their tables.
 */
export function factories(env: TestEnv, team: Team) {
  const db = env.database.db;
  let n = 0;
  const created = async (res: { statusCode: number; body: string; data: any }, what: string) => {
    if (res.statusCode !== 201) throw new Error(`${what}: ${res.body}`);
    return res.data;
  };
  return {
    product: async (name = `Product ${++n}`): Promise<string> =>
      (await created(await team.product_manager.post(`${team.ws}/products`, { name }), 'product')).id,
    customer: async (body: Record<string, unknown> = {}): Promise<{ id: string; version: number }> =>
      created(
        await team.product_manager.post(`${team.ws}/customers`, { name: `Customer ${++n}`, ...body }),
        'customer',
      ),
    contact: async (customerId: string, body: Record<string, unknown> = {}): Promise<string> =>
      (
        await created(
          await team.product_manager.post(`${team.ws}/contacts`, {
            customerId,
            name: `Contact ${++n}`,
            ...body,
          }),
          'contact',
        )
      ).id,
    feedback: async (body: Record<string, unknown> = {}): Promise<any> =>
      created(
        await team.sales.post(`${team.ws}/feedback`, { text: `Feedback ${++n}`, source: 'email', ...body }),
        'feedback',
      ),
    async feature(productId: string, title = `Feature ${++n}`): Promise<string> {
      const [row] = await db
        .insert(features)
        .values({ workspaceId: team.workspaceId, productId, title })
        .returning({ id: features.id });
      return row!.id;
    },
    async link(featureId: string, feedbackId: string, importance: 'important' | 'critical' = 'important') {
      await db
        .insert(featureFeedback)
        .values({ workspaceId: team.workspaceId, featureId, feedbackId, importance });
    },
    async featureRow(id: string) {
      const [row] = await db.select().from(features).where(eq(features.id, id));
      return row!;
    },
    async storedCount(workspaceId = team.workspaceId) {
      return (
        await db.select({ id: feedback.id }).from(feedback).where(eq(feedback.workspaceId, workspaceId))
      ).length;
    },
    async log(entityId: string) {
      return db
        .select()
        .from(activity)
        .where(and(eq(activity.workspaceId, team.workspaceId), eq(activity.entityId, entityId)))
        .orderBy(activity.id);
    },
  };
}
