import { and, eq } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { afterCursor, orderFor, type Page, type Sort, toPage } from '../../core/pagination.ts';
import { type Feature, loadWithRank } from '../features/features.ts';
import { features } from '../features/schema.ts';
import { type Feedback, presentFeedback } from '../feedback/feedback.ts';
import { feedback } from '../feedback/schema.ts';
import { assertPersona } from './personas.ts';

/** Where a persona shows up: the feedback that speaks for it and the features written for it. */

export type MentionQuery = { limit: number; cursor?: string };

const NEWEST: Sort = { field: 'createdAt', dir: 'desc' };
const BEST: Sort = { field: 'score', dir: 'desc' };

/** Feedback naming the persona, newest first; 404 when the persona is not in the workspace. */
export async function listPersonaFeedback(
  ctx: WsCtx,
  personaId: string,
  query: MentionQuery,
): Promise<Page<Feedback>> {
  await assertPersona(ctx, personaId);
  const fetched = await ctx.db
    .select()
    .from(feedback)
    .where(
      and(
        eq(feedback.workspaceId, ctx.workspaceId),
        eq(feedback.personaId, personaId),
        query.cursor ? afterCursor(feedback.createdAt, feedback.id, NEWEST, query.cursor) : undefined,
      ),
    )
    .orderBy(...orderFor(feedback.createdAt, feedback.id, NEWEST))
    .limit(query.limit + 1);
  return toPage(fetched, query.limit, NEWEST, (f) => f.createdAt, presentFeedback);
}

/** Features written for the persona, best score first (unscored last), with their ranks. */
export async function listPersonaFeatures(
  ctx: WsCtx,
  personaId: string,
  query: MentionQuery,
): Promise<Page<Feature>> {
  await assertPersona(ctx, personaId);
  const fetched = await ctx.db
    .select({ id: features.id, score: features.score })
    .from(features)
    .where(
      and(
        eq(features.workspaceId, ctx.workspaceId),
        eq(features.personaId, personaId),
        query.cursor ? afterCursor(features.score, features.id, BEST, query.cursor) : undefined,
      ),
    )
    .orderBy(...orderFor(features.score, features.id, BEST))
    .limit(query.limit + 1);
  const byId = await loadWithRank(
    ctx,
    fetched.map((f) => f.id),
  );
  return toPage(
    fetched,
    query.limit,
    BEST,
    (f) => f.score,
    (f) => byId.get(f.id)!,
  );
}
