import { and, eq, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { LIMITS, SURVEY_SCALES, type SurveyKind, type SurveyStatus } from '../../core/enums.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { launches } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { summarize } from './scores.ts';
import { surveys } from './schema.ts';

export type SurveyRow = typeof surveys.$inferSelect;

/** The public address of a survey's hosted page; `origin` is the Tandem server's as the caller reached it. */
export const surveyUrl = (origin: string, id: string) => `${origin}/s/${id}`;

/** What a list or a page shows beside a survey: its answers so far and its headline score. */
export type SurveyStats = { answers: number; score: number | null };

export function presentSurvey(r: SurveyRow, origin: string, stats: SurveyStats) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    status: r.status,
    productId: r.productId,
    launchId: r.launchId,
    personaId: r.personaId,
    question: r.question,
    followUp: r.followUp,
    thankYou: r.thankYou,
    requireToken: r.requireToken,
    url: surveyUrl(origin, r.id),
    scale: SURVEY_SCALES[r.kind],
    answers: stats.answers,
    score: stats.score,
    closedAt: r.closedAt?.toISOString() ?? null,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Survey = ReturnType<typeof presentSurvey>;

const logged = (r: SurveyRow) => {
  const { id: _i, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

/** Answers and headline score of each survey named, from counts per score (scores.ts does the maths). */
export async function statsOf(
  db: Db,
  workspaceId: string,
  list: SurveyRow[],
): Promise<Map<string, SurveyStats>> {
  const out = new Map<string, SurveyStats>(list.map((s) => [s.id, { answers: 0, score: null }]));
  if (list.length === 0) return out;
  const ids = list.map((s) => s.id);
  const counted = await rows<{ survey_id: string; score: number | null; n: number }>(
    db,
    sql`select survey_id, score, count(*)::int as n from survey_answers
        where workspace_id = ${workspaceId}
          and survey_id in (${sql.join(
            ids.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
        group by survey_id, score`,
  );
  const bySurvey = new Map<string, Map<number, number>>();
  for (const r of counted) {
    const s = out.get(r.survey_id)!;
    s.answers += Number(r.n);
    if (r.score === null) continue;
    const m = bySurvey.get(r.survey_id) ?? new Map<number, number>();
    m.set(Number(r.score), Number(r.n));
    bySurvey.set(r.survey_id, m);
  }
  for (const s of list) {
    const counts = bySurvey.get(s.id);
    if (counts) out.get(s.id)!.score = summarize(s.kind, counts).score;
  }
  return out;
}

async function present(ctx: WsCtx, r: SurveyRow, origin: string): Promise<Survey> {
  const stats = await statsOf(ctx.db, ctx.workspaceId, [r]);
  return presentSurvey(r, origin, stats.get(r.id)!);
}

export type SurveyInput = {
  name?: string;
  kind: SurveyKind;
  productId: string;
  launchId?: string | null;
  personaId?: string | null;
  question: string;
  followUp?: string;
  thankYou?: string;
  requireToken?: boolean;
};
export type SurveyUpdate = Partial<SurveyInput> & { status?: SurveyStatus };

/** The survey's name when none is given: its question, cut to a name's length. */
const nameFrom = (question: string) =>
  question.length <= LIMITS.name ? question : `${question.slice(0, LIMITS.name - 1)}…`;

async function checkRefs(ctx: WsCtx, input: Partial<SurveyInput>): Promise<void> {
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  await assertRef(ctx, launches, input.launchId, 'launchId', 'launch');
  await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
}

/** Creates a survey (product marketing); it is open, and its page takes answers at once. */
export async function createSurvey(ctx: WsCtx, input: SurveyInput, origin: string): Promise<Survey> {
  assertCan(ctx.role, 'survey', 'create');
  await checkRefs(ctx, input);
  const [row] = await ctx.db
    .insert(surveys)
    .values({
      workspaceId: ctx.workspaceId,
      name: input.name?.trim() || nameFrom(input.question),
      kind: input.kind,
      productId: input.productId,
      launchId: input.launchId ?? null,
      personaId: input.personaId ?? null,
      question: input.question,
      followUp: input.followUp ?? '',
      thankYou: input.thankYou ?? '',
      requireToken: input.requireToken ?? false,
      createdBy: ctx.actor.userId,
    })
    .returning();
  await recordActivity(ctx, {
    entityType: 'survey',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentSurvey(row!, origin, { answers: 0, score: null });
}

export type SurveyQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  productId?: string;
  launchId?: string;
  status?: SurveyStatus;
  kind?: SurveyKind;
};
export const SURVEY_SORTS = ['createdAt', 'name'] as const;
const sortColumn = { createdAt: surveys.createdAt, name: surveys.name };

export async function listSurveys(ctx: WsCtx, q: SurveyQuery, origin: string): Promise<Page<Survey>> {
  const sort = parseSort(q.sort, SURVEY_SORTS, '-createdAt');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: (SQL | undefined)[] = [eq(surveys.workspaceId, ctx.workspaceId)];
  if (q.productId) conds.push(eq(surveys.productId, q.productId));
  if (q.launchId) conds.push(eq(surveys.launchId, q.launchId));
  if (q.status) conds.push(eq(surveys.status, q.status));
  if (q.kind) conds.push(eq(surveys.kind, q.kind));
  if (q.cursor) conds.push(afterCursor(column, surveys.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(surveys)
    .where(and(...conds))
    .orderBy(...orderFor(column, surveys.id, sort))
    .limit(q.limit + 1);
  const stats = await statsOf(ctx.db, ctx.workspaceId, fetched.slice(0, q.limit));
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => r[sort.field as keyof typeof sortColumn],
    (r) => presentSurvey(r, origin, stats.get(r.id)!),
  );
}

/** The survey row of the caller's workspace (404 otherwise). */
export async function surveyRow(ctx: WsCtx, id: string): Promise<SurveyRow> {
  const [r] = await ctx.db
    .select()
    .from(surveys)
    .where(and(eq(surveys.workspaceId, ctx.workspaceId), eq(surveys.id, id)));
  if (!r) throw notFound('Survey');
  return r;
}

export async function getSurvey(ctx: WsCtx, id: string, origin: string): Promise<Survey> {
  return present(ctx, await surveyRow(ctx, id), origin);
}

async function answerCount(ctx: WsCtx, id: string): Promise<number> {
  const [r] = await rows<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from survey_answers where workspace_id = ${ctx.workspaceId} and survey_id = ${id}`,
  );
  return Number(r?.n ?? 0);
}

/**
 * Edits a survey or opens / closes it. Its kind, product, launch and persona are fixed once it has an
 * answer: answers copy them, and a score read on another scale, or counted for another product, would lie.
 */
export async function updateSurvey(
  ctx: WsCtx,
  id: string,
  input: SurveyUpdate,
  expected: number | undefined,
  origin: string,
): Promise<Survey> {
  assertCan(ctx.role, 'survey', 'update');
  const before = await lockRow(ctx, surveys, id, 'Survey');
  await checkVersion(ctx, 'survey', before, expected);
  const fixed = (['kind', 'productId', 'launchId', 'personaId'] as const).filter(
    (f) => input[f] !== undefined && input[f] !== before[f],
  );
  if (fixed.length > 0 && (await answerCount(ctx, id)) > 0)
    throw conflict('This survey has answers: its kind, product, launch and persona can no longer change', {
      errors: fixed.map((f) => ({ path: f, message: 'Fixed once the survey has answers' })),
    });
  await checkRefs(ctx, { productId: input.productId, launchId: input.launchId, personaId: input.personaId });
  const { name, ...rest } = input;
  const closing = input.status && input.status !== before.status;
  const [after] = await ctx.db
    .update(surveys)
    .set({
      ...rest,
      ...(name !== undefined ? { name: name.trim() || nameFrom(input.question ?? before.question) } : {}),
      ...(closing ? { closedAt: input.status === 'closed' ? new Date() : null } : {}),
      ...bump(),
    })
    .where(and(eq(surveys.workspaceId, ctx.workspaceId), eq(surveys.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'survey',
    entityId: id,
    action: closing ? 'status_changed' : 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return present(ctx, after!, origin);
}

/**
 * Deletes a survey with its answers and recipients. The feedback items its comments became stay in the
 * inbox (product management's); the activity entry says how many answers went with it.
 */
export async function deleteSurvey(ctx: WsCtx, id: string, expected?: number): Promise<{ answers: number }> {
  assertCan(ctx.role, 'survey', 'delete');
  const before = await lockRow(ctx, surveys, id, 'Survey');
  await checkVersion(ctx, 'survey', before, expected);
  const answers = await answerCount(ctx, id);
  await ctx.db.delete(surveys).where(and(eq(surveys.workspaceId, ctx.workspaceId), eq(surveys.id, id)));
  await recordActivity(ctx, {
    entityType: 'survey',
    entityId: id,
    action: 'deleted',
    before: { ...logged(before), answers },
  });
  return { answers };
}
