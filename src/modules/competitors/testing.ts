import { and, asc, eq } from 'drizzle-orm';
import type { Team, TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { battlecards, competitors } from './schema.ts';

/** A date `days` before today (UTC), as YYYY-MM-DD, computed independently of the code under test. */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** Test factories for the competitors and battlecards tests; everything goes through HTTP. */
export function factories(env: TestEnv, team: Team) {
  const db = env.database.db;
  const ws = team.workspaceId;
  let n = 0;
  return {
    async product(name = `Product ${++n}`): Promise<string> {
      const res = await team.product_manager.post(`${team.ws}/products`, { name });
      if (res.statusCode !== 201) throw new Error(`product: ${res.body}`);
      return res.data.id;
    },
    /** Creates a competitor through the API and returns the answer's body. */
    async competitor(body: Record<string, unknown> = {}) {
      const res = await team.product_marketer.post(`${team.ws}/competitors`, {
        name: `Rival ${++n}`,
        ...body,
      });
      if (res.statusCode !== 201) throw new Error(`competitor: ${res.body}`);
      return res.data;
    },
    /** Creates a battlecard through the API (a new competitor and product unless given). */
    async battlecard(body: Record<string, unknown> = {}) {
      const competitorId = (body.competitorId as string) ?? (await this.competitor()).id;
      const productId = (body.productId as string) ?? (await this.product());
      const res = await team.product_marketer.post(`${team.ws}/battlecards`, {
        ...body,
        competitorId,
        productId,
      });
      if (res.statusCode !== 201) throw new Error(`battlecard: ${res.body}`);
      return res.data;
    },
    storedCompetitors: () => db.select().from(competitors).where(eq(competitors.workspaceId, ws)),
    storedCards: () => db.select().from(battlecards).where(eq(battlecards.workspaceId, ws)),
    activityOf: (entityId: string) =>
      db
        .select()
        .from(activity)
        .where(and(eq(activity.workspaceId, ws), eq(activity.entityId, entityId)))
        .orderBy(asc(activity.id)),
  };
}
