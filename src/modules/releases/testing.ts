import type { Team, TestEnv } from '../../../test/harness.ts';
import type { FeatureStatus } from '../../core/enums.ts';
import { features } from '../features/schema.ts';
import { feedback } from '../feedback/schema.ts';

/**
 * Test factories for the releases, roadmap and comments tests. Features and feedback belong to other
 * modules, so they are inserted straight into their tables instead of depending on those routes.
 */
export function factories(env: TestEnv, team: Team) {
  const db = env.database.db;
  let n = 0;
  return {
    async product(name = `Product ${++n}`): Promise<string> {
      const res = await team.product_manager.post(`${team.ws}/products`, { name });
      if (res.statusCode !== 201) throw new Error(`product: ${res.body}`);
      return res.data.id;
    },
    async release(body: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
      const res = await team.product_manager.post(`${team.ws}/releases`, { name: `Release ${++n}`, ...body });
      if (res.statusCode !== 201) throw new Error(`release: ${res.body}`);
      return res.data;
    },
    async feature(
      productId: string,
      f: {
        title?: string;
        status?: FeatureStatus;
        effort?: number | null;
        score?: number | null;
        releaseId?: string | null;
        ownerId?: string | null;
      } = {},
    ): Promise<string> {
      const [row] = await db
        .insert(features)
        .values({ workspaceId: team.workspaceId, productId, title: f.title ?? `Feature ${++n}`, ...f })
        .returning({ id: features.id });
      return row!.id;
    },
    async feedback(text = 'Exports are too slow'): Promise<string> {
      const [row] = await db
        .insert(feedback)
        .values({ workspaceId: team.workspaceId, text, source: 'support' })
        .returning({ id: feedback.id });
      return row!.id;
    },
  };
}
