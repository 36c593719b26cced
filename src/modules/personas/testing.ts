import { and, asc, eq } from 'drizzle-orm';
import type { Team, TestEnv } from '../../../test/harness.ts';
import { activity } from '../activity/schema.ts';
import { campaigns } from '../campaigns/schema.ts';
import { messaging } from '../positioning/schema.ts';
import { programs, requirements } from '../requirements/schema.ts';
import { personaProducts, personas } from './schema.ts';

/**
 * Test factories for the personas tests. Personas go through HTTP (the code under test); messaging,
 * requirements and campaigns belong to other modules and are inserted straight into their tables.
 */
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
    /** Creates a persona through the API and returns the answer's body. */
    async persona(body: Record<string, unknown> = {}) {
      const res = await team.product_marketer.post(`${team.ws}/personas`, {
        name: `Persona ${++n}`,
        title: 'Head of Finance',
        ...body,
      });
      if (res.statusCode !== 201) throw new Error(`persona: ${res.body}`);
      return res.data;
    },
    async feature(productId: string, body: Record<string, unknown> = {}) {
      const res = await team.product_manager.post(`${team.ws}/features`, {
        productId,
        title: `Feature ${++n}`,
        ...body,
      });
      if (res.statusCode !== 201) throw new Error(`feature: ${res.body}`);
      return res.data;
    },
    async feedback(body: Record<string, unknown> = {}) {
      const res = await team.sales.post(`${team.ws}/feedback`, { text: `Feedback ${++n}`, ...body });
      if (res.statusCode !== 201) throw new Error(`feedback: ${res.body}`);
      return res.data;
    },
    async messaging(productId: string, personaId: string) {
      await db.insert(messaging).values({ workspaceId: ws, productId, personaId, revision: ++n });
    },
    async requirement(personaId: string) {
      await db
        .insert(requirements)
        .values({ workspaceId: ws, title: 'Reach CFOs', problem: 'They do not know us', personaId });
    },
    async campaign(personaId: string) {
      const [program] = await db
        .insert(programs)
        .values({ workspaceId: ws, name: `Program ${++n}` })
        .returning({ id: programs.id });
      await db.insert(campaigns).values({
        workspaceId: ws,
        programId: program!.id,
        name: 'CFO webinar',
        channel: 'webinar',
        personaId,
        utmSource: 'tandem',
        utmMedium: 'webinar',
        utmCampaign: `cfo-webinar-${n}`,
      });
    },
    stored: () => db.select().from(personas).where(eq(personas.workspaceId, ws)),
    links: (personaId: string) =>
      db
        .select()
        .from(personaProducts)
        .where(and(eq(personaProducts.workspaceId, ws), eq(personaProducts.personaId, personaId))),
    activityOf: (entityId: string) =>
      db
        .select()
        .from(activity)
        .where(and(eq(activity.workspaceId, ws), eq(activity.entityId, entityId)))
        .orderBy(asc(activity.id)),
  };
}
