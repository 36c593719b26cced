import { and, asc, eq, gt, inArray, type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { features } from '../features/schema.ts';
import { computeScore, DEFAULT_MODEL, type ScoreInputs, type ScoringModel } from './model.ts';
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

/** Features read and scored per round: bounds the memory of the rows read, whatever the product's size. */
const CHUNK = 2_000;
/**
 * Changed scores written per statement. Each UPDATE joins its array against the table, which the
 * planner does with one pass over the product's rows: few large writes beat one write per read chunk.
 * The pending (id, score) pairs are short strings, so 50,000 of them cost a few megabytes.
 */
const WRITE_BATCH = 50_000;

type Pending = { ids: string[]; scores: string[] };

type Scorable = {
  id: string;
  productId: string;
  inputs: ScoreInputs;
  effort: number | null;
  feedbackCount: number;
  customerCount: number;
  customerRevenue: number;
  score: number | null;
};

const scorableColumns = {
  id: features.id,
  productId: features.productId,
  inputs: features.scoreInputs,
  effort: features.effort,
  feedbackCount: features.feedbackCount,
  customerCount: features.customerCount,
  customerRevenue: features.customerRevenue,
  score: features.score,
};

/**
 * Recomputes the stored score of features (all of a product's, or the listed ones) from their inputs,
 * demand and their product's model. The arithmetic lives in model.ts only; SQL just stores results.
 * A whole product is walked in id order, a chunk at a time. Returns how many scores changed.
 */
export async function rescoreFeatures(
  ctx: WsCtx,
  scope: { productId: string } | { featureIds: readonly string[] },
  /** Round sizes; only tests change them, to cross chunk boundaries with a few rows. */
  sizes: { chunk: number; writeBatch: number } = { chunk: CHUNK, writeBatch: WRITE_BATCH },
): Promise<number> {
  if ('featureIds' in scope) {
    if (scope.featureIds.length === 0) return 0;
    const found = await ctx.db
      .select(scorableColumns)
      .from(features)
      .where(and(eq(features.workspaceId, ctx.workspaceId), inArray(features.id, [...scope.featureIds])));
    const models = await modelsByProduct(ctx, [...new Set(found.map((f) => f.productId))]);
    const pending: Pending = { ids: [], scores: [] };
    scoreRows(found, models, pending);
    await writeScores(ctx, pending);
    return pending.ids.length;
  }
  const models = await modelsByProduct(ctx, [scope.productId]);
  let changed = 0;
  let pending: Pending = { ids: [], scores: [] };
  let after: string | undefined;
  for (;;) {
    const chunk = await ctx.db
      .select(scorableColumns)
      .from(features)
      .where(
        and(
          eq(features.workspaceId, ctx.workspaceId),
          eq(features.productId, scope.productId),
          after ? gt(features.id, after) : undefined,
        ),
      )
      .orderBy(asc(features.id))
      .limit(sizes.chunk);
    scoreRows(chunk, models, pending);
    const last = chunk.length < sizes.chunk;
    if (last || pending.ids.length >= sizes.writeBatch) {
      await writeScores(ctx, pending);
      changed += pending.ids.length;
      pending = { ids: [], scores: [] };
    }
    if (last) return changed;
    after = chunk[chunk.length - 1]!.id;
  }
}

/** Scores rows with their product's model and queues those whose stored score is out of date. */
function scoreRows(rows: Scorable[], models: Map<string, ScoringModel>, pending: Pending): void {
  const { ids, scores } = pending;
  for (const f of rows) {
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
      scores.push(score === null ? 'NULL' : String(score));
    }
  }
}

async function writeScores(ctx: WsCtx, { ids, scores }: Pending): Promise<void> {
  if (ids.length === 0) return;
  // Two array parameters, however many rows: one statement per chunk.
  await ctx.db.execute(sql`
    update features f set score = v.score
    from unnest(${`{${ids.join(',')}}`}::uuid[], ${`{${scores.join(',')}}`}::float8[]) as v(id, score)
    where f.workspace_id = ${ctx.workspaceId} and f.id = v.id`);
}
