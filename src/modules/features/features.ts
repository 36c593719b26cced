import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { FeatureStatus } from '../../core/enums.ts';
import { invalidField, notFound } from '../../core/errors.ts';
import { assertNoDependents } from '../../core/dependents.ts';
import { assertRef } from '../../core/refs.ts';
import { defineWorkflow } from '../../core/workflow.ts';
import { rows } from '../../db/sql.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { notifyAssignee } from '../comments/notifications.ts';
import { products } from '../products/schema.ts';
import { signalOf } from '../analytics/signal.ts';
import { releases } from '../releases/schema.ts';
import { computeScore, DEFAULT_MODEL, type ScoreInputs, type ScoringModel } from '../scoring/model.ts';
import { modelsByProduct } from '../scoring/rescore.ts';
import { assertInputsFit } from '../scoring/validate.ts';
import { personas } from '../personas/schema.ts';
import { members } from '../workspaces/schema.ts';
import { listLinkedFeedback } from './links.ts';
import { releaseTakes } from './planning.ts';
import { features } from './schema.ts';

export type FeatureRow = typeof features.$inferSelect;

/** The status workflow: where each status may go next. */
export const FEATURE_WORKFLOW = defineWorkflow<FeatureStatus>({
  artefact: 'feature',
  noun: 'feature',
  transitions: {
    idea: ['discovery', 'planned', 'wont_do'],
    discovery: ['planned', 'idea', 'wont_do'],
    planned: ['in_progress', 'discovery', 'wont_do'],
    in_progress: ['shipped', 'planned'],
    shipped: [],
    wont_do: ['idea'],
  },
});
export const FEATURE_TRANSITIONS = FEATURE_WORKFLOW.transitions;

/** Statuses that compete for a rank; shipped and won't-do features are out of the race. */
export const OPEN_STATUSES: readonly FeatureStatus[] = ['idea', 'discovery', 'planned', 'in_progress'];

export function presentFeature(f: FeatureRow, rank: number | null) {
  return {
    id: f.id,
    productId: f.productId,
    title: f.title,
    asA: f.asA,
    iWant: f.iWant,
    soThat: f.soThat,
    description: f.description,
    acceptanceCriteria: f.acceptanceCriteria,
    status: f.status,
    allowedTransitions: [...FEATURE_WORKFLOW.next(f.status)],
    effort: f.effort,
    releaseId: f.releaseId,
    personaId: f.personaId,
    ownerId: f.ownerId,
    scoreInputs: f.scoreInputs,
    score: f.score,
    rank,
    demand: {
      feedbackCount: f.feedbackCount,
      customerCount: f.customerCount,
      customerRevenue: f.customerRevenue,
    },
    adoptionSignal: signalOf(f),
    version: f.version,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
  };
}
export type Feature = ReturnType<typeof presentFeature>;

/**
 * Ranks of a page of features within their products: 1 + the product's open features with a strictly
 * higher score (standard competition ranking, "1224": ties share a rank); unscored open features share
 * the rank after the last scored one; closed features have none. Per product on the page, ONE range
 * scan of features_rank_idx (scores above the page's lowest) yields every row's rank, instead of one
 * probe per row: a page of 50 deep in a 100,000-feature product costs one scan as long as the deepest
 * rank, not fifty.
 *
 * The scan puts each open feature in a bucket, `width_bucket` over the page's distinct scores (best
 * first, negated so the thresholds ascend): bucket k holds the features below the k best page scores
 * and above the rest. PostgreSQL returns one count per bucket, so a page score's rank is one plus the
 * counts of the buckets before its own, with no sort and no window over the scanned rows.
 */
async function ranksFor(ctx: WsCtx, found: FeatureRow[]): Promise<Map<string, number | null>> {
  const ranks = new Map<string, number | null>(found.map((r) => [r.id, null]));
  const open = found.filter((r) => OPEN_STATUSES.includes(r.status));
  for (const productId of new Set(open.map((r) => r.productId))) {
    const mine = open.filter((r) => r.productId === productId);
    const best = [...new Set(mine.map((r) => r.score).filter((s): s is number => s !== null))].sort(
      (a, b) => b - a,
    );
    const unscored = mine.some((r) => r.score === null);
    // Unscored rows need every scored feature counted; otherwise only those above the lowest score.
    const floor = unscored || best.length === 0 ? '-Infinity' : String(best[best.length - 1]);
    // One text whatever the page (the thresholds travel as one array), so the statement stays prepared.
    const buckets = await rows<{ bucket: number; n: string | number }>(
      ctx.db,
      sql`
      select width_bucket(-${features.score}, ${`{${best.map((s) => -s).join(',')}}`}::float8[]) as bucket,
        count(*) as n
      from ${features}
      where ${features.workspaceId} = ${ctx.workspaceId} and ${features.productId} = ${productId}
        and ${inArray(features.status, [...OPEN_STATUSES])} and ${features.score} > ${floor}::float8
      group by 1`,
    );
    const inBucket = new Array<number>(best.length + 1).fill(0);
    for (const b of buckets) inBucket[Number(b.bucket)] = Number(b.n);
    // above[i]: open features scoring strictly more than best[i] = the buckets before bucket i + 1.
    const above = new Map<number, number>();
    let sum = 0;
    best.forEach((score, i) => {
      sum += inBucket[i]!;
      above.set(score, sum);
    });
    const scored = unscored ? inBucket.reduce((a, b) => a + b, 0) : 0;
    for (const r of mine) ranks.set(r.id, 1 + (r.score === null ? scored : above.get(r.score)!));
  }
  return ranks;
}

/** Presents rows already read with their read-time ranks (one range scan per product). */
export async function presentWithRank(ctx: WsCtx, rows: FeatureRow[]): Promise<Feature[]> {
  const ranks = await ranksFor(ctx, rows);
  return rows.map((row) => presentFeature(row, ranks.get(row.id) ?? null));
}

/** Loads features by id with their read-time rank. */
export async function loadWithRank(ctx: WsCtx, ids: readonly string[]): Promise<Map<string, Feature>> {
  if (ids.length === 0) return new Map();
  const found = await ctx.db
    .select()
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), inArray(features.id, [...ids])));
  const ranks = await ranksFor(ctx, found);
  return new Map(found.map((row) => [row.id, presentFeature(row, ranks.get(row.id) ?? null)]));
}

/** One feature with its rank; 404 when it is not in the caller's workspace. */
export async function getFeatureRow(ctx: WsCtx, id: string): Promise<Feature> {
  const feature = (await loadWithRank(ctx, [id])).get(id);
  if (!feature) throw notFound('Feature');
  return feature;
}

/**
 * One feature as its page shows it: the feature, why it scores what it scores (computeScore's formula,
 * terms and missing inputs under the product's current model) and its 20 most recent feedback links.
 */
export async function getFeatureDetail(ctx: WsCtx, id: string) {
  const feature = await getFeatureRow(ctx, id);
  const model = await modelFor(ctx, feature.productId);
  const { formula, terms, missing } = computeScore(model, {
    inputs: feature.scoreInputs,
    effort: feature.effort,
    demand: feature.demand,
  });
  const linked = await listLinkedFeedback(ctx, id, { limit: DETAIL_LINKS });
  return {
    ...feature,
    scoreExplanation: { model: model.kind, formula, terms, missing },
    linkedFeedback: linked.items,
  };
}
const DETAIL_LINKS = 20;

export type FeatureInput = {
  productId: string;
  title: string;
  asA?: string;
  iWant?: string;
  soThat?: string;
  description?: string;
  acceptanceCriteria?: string[];
  status?: FeatureStatus;
  effort?: number | null;
  releaseId?: string | null;
  /** The buyer persona the story is about. */
  personaId?: string | null;
  ownerId?: string | null;
  scoreInputs?: ScoreInputs;
};
export type FeatureUpdate = Partial<FeatureInput>;

async function modelFor(ctx: WsCtx, productId: string): Promise<ScoringModel> {
  return (await modelsByProduct(ctx, [productId])).get(productId) ?? DEFAULT_MODEL;
}

/** A feature may be scheduled into a release only as planning.ts says (the release picker asks the same). */
async function assertRelease(ctx: WsCtx, releaseId: string | null | undefined, status: FeatureStatus) {
  if (!releaseId) return;
  const [found] = await ctx.db
    .select({ name: releases.name, status: releases.status })
    .from(releases)
    .where(and(eq(releases.workspaceId, ctx.workspaceId), eq(releases.id, releaseId)));
  if (!found) throw invalidField('releaseId', `No release ${releaseId} in this workspace`);
  if (!releaseTakes(found.status, status)) {
    throw invalidField(
      'releaseId',
      `Release "${found.name}" is ${found.status}; only shipped or won't-do features can be put in it`,
    );
  }
}

async function assertMember(ctx: WsCtx, userId: string | null | undefined) {
  if (!userId) return;
  const found = await ctx.db
    .select({ userId: members.userId })
    .from(members)
    .where(and(eq(members.workspaceId, ctx.workspaceId), eq(members.userId, userId)));
  if (found.length === 0) throw invalidField('ownerId', `No member ${userId} in this workspace`);
}

/** Creates a feature; its score is computed here from the inputs and the product's model. */
export async function createFeature(ctx: WsCtx, input: FeatureInput): Promise<Feature> {
  assertCan(ctx.role, 'feature', 'create');
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  const status = input.status ?? 'idea';
  await assertRelease(ctx, input.releaseId, status);
  await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
  await assertMember(ctx, input.ownerId);
  const inputs = input.scoreInputs ?? {};
  const model = await modelFor(ctx, input.productId);
  assertInputsFit(model, inputs);
  const { score } = computeScore(model, {
    inputs,
    effort: input.effort ?? null,
    demand: { feedbackCount: 0, customerCount: 0, customerRevenue: 0 },
  });
  const [row] = await ctx.db
    .insert(features)
    .values({
      ...input,
      status,
      scoreInputs: inputs,
      score,
      workspaceId: ctx.workspaceId,
      createdBy: ctx.actor.userId,
    })
    .returning();
  const created = await getFeatureRow(ctx, row!.id);
  await notifyAssignee(ctx, null, row!.ownerId, { entityType: 'feature', entityId: row!.id });
  await recordActivity(ctx, {
    entityType: 'feature',
    entityId: row!.id,
    action: 'created',
    after: withoutDerived(created),
  });
  return created;
}

/** Updates a feature: checks the workflow, references and inputs, and recomputes its score. */
export async function updateFeature(
  ctx: WsCtx,
  id: string,
  input: FeatureUpdate,
  expected?: number,
): Promise<Feature> {
  assertCan(ctx.role, 'feature', 'update');
  const before = await lockRow(ctx, features, id, 'Feature');
  await checkVersion(ctx, 'feature', before, expected);
  if (input.status) FEATURE_WORKFLOW.assertMove({ from: before.status, to: input.status });
  if (input.productId && input.productId !== before.productId) {
    await assertRef(ctx, products, input.productId, 'productId', 'product');
  }
  // Keeping the current release is always allowed, whatever became of the release since.
  if (input.releaseId && input.releaseId !== before.releaseId) {
    await assertRelease(ctx, input.releaseId, input.status ?? before.status);
  }
  if (input.personaId && input.personaId !== before.personaId) {
    await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
  }
  if (input.ownerId) await assertMember(ctx, input.ownerId);
  const productId = input.productId ?? before.productId;
  const inputs = input.scoreInputs ?? before.scoreInputs;
  const model = await modelFor(ctx, productId);
  if (input.scoreInputs || input.productId) assertInputsFit(model, inputs);
  const effort = input.effort === undefined ? before.effort : input.effort;
  const { score } = computeScore(model, {
    inputs,
    effort,
    demand: {
      feedbackCount: before.feedbackCount,
      customerCount: before.customerCount,
      customerRevenue: before.customerRevenue,
    },
  });
  await ctx.db
    .update(features)
    .set({ ...input, score, ...bump() })
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, id)));
  const after = await getFeatureRow(ctx, id);
  await notifyAssignee(ctx, before.ownerId, after.ownerId, { entityType: 'feature', entityId: id });
  await recordActivity(ctx, {
    entityType: 'feature',
    entityId: id,
    action: FEATURE_WORKFLOW.action(before.status, input.status),
    before: withoutDerived(presentFeature(before, null)),
    after: withoutDerived(after),
  });
  return after;
}

/** Deletes a feature with its links and comments; the demand it carried goes with it. */
export async function deleteFeature(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'feature', 'delete');
  const before = await lockRow(ctx, features, id, 'Feature');
  await checkVersion(ctx, 'feature', before, expected);
  // A release note listing the feature is product marketing's: it keeps the feature.
  await assertNoDependents(ctx, features, id, 'feature');
  await deleteCommentsOn(ctx, 'feature', id);
  await ctx.db.delete(features).where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.id, id)));
  await recordActivity(ctx, {
    entityType: 'feature',
    entityId: id,
    action: 'deleted',
    before: withoutDerived(presentFeature(before, null)),
  });
}

/** The parts of a feature people edit: derived values (rank, allowed moves) stay out of the log. */
function withoutDerived(f: Feature) {
  const { rank: _rank, allowedTransitions: _allowed, demand: _demand, ...rest } = f;
  return rest;
}
