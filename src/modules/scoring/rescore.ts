import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { features } from '../features/schema.ts';
import { computeScore, DEFAULT_MODEL, type ScoringModel } from './model.ts';
import { scoringModels } from './schema.ts';

/** The scoring model of each product (RICE for products without one). */
export async function modelsByProduct(
  ctx: WsCtx,
  productIds?: readonly string[],
): Promise<Map<string, ScoringModel>> {
  const conds: SQL[] = [eq(scoringModels.workspaceId, ctx.workspaceId)];
  if (productIds) conds.push(inArray(scoringModels.productId, [...productIds]));
  const found = await ctx.db
    .select({
      productId: scoringModels.productId,
      kind: scoringModels.kind,
      criteria: scoringModels.criteria,
    })
    .from(scoringModels)
    .where(and(...conds));
  return new Map(found.map((m) => [m.productId, { kind: m.kind, criteria: m.criteria }]));
}

const BATCH = 5_000;

/**
 * Recomputes the stored score of features (all of a product's, or the listed ones) from their inputs,
 * demand and their product's model. The arithmetic lives in model.ts only; SQL just stores results.
 * Returns how many features were rescored.
 */
export async function rescoreFeatures(
  ctx: WsCtx,
  scope: { productId: string } | { featureIds: readonly string[] },
): Promise<number> {
  const where =
    'productId' in scope
      ? and(eq(features.workspaceId, ctx.workspaceId), eq(features.productId, scope.productId))
      : and(eq(features.workspaceId, ctx.workspaceId), inArray(features.id, [...scope.featureIds]));
  if ('featureIds' in scope && scope.featureIds.length === 0) return 0;
  const found = await ctx.db
    .select({
      id: features.id,
      productId: features.productId,
      inputs: features.scoreInputs,
      effort: features.effort,
      feedbackCount: features.feedbackCount,
      customerCount: features.customerCount,
      customerRevenue: features.customerRevenue,
      score: features.score,
    })
    .from(features)
    .where(where);
  const models = await modelsByProduct(ctx, [...new Set(found.map((f) => f.productId))]);
  const ids: string[] = [];
  const scores: (number | null)[] = [];
  for (const f of found) {
    const model = models.get(f.productId) ?? DEFAULT_MODEL;
    const { score } = computeScore(model, {
      inputs: f.inputs,
      effort: f.effort,
      demand: {
        feedbackCount: f.feedbackCount,
        customerCount: f.customerCount,
        customerRevenue: f.customerRevenue,
      },
    });
    if (score !== f.score) {
      ids.push(f.id);
      scores.push(score);
    }
  }
  for (let i = 0; i < ids.length; i += BATCH) {
    const idChunk = ids.slice(i, i + BATCH);
    const scoreChunk = scores.slice(i, i + BATCH);
    await ctx.db.execute(sql`
      update features f set score = v.score
      from unnest(${`{${idChunk.join(',')}}`}::uuid[], ${`{${scoreChunk.map((s) => (s === null ? 'NULL' : String(s))).join(',')}}`}::float8[]) as v(id, score)
      where f.workspace_id = ${ctx.workspaceId} and f.id = v.id`);
  }
  return ids.length;
}
