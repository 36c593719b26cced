import { and, count, eq, ilike, inArray, type SQL, sql } from 'drizzle-orm';
import { recordActivities, recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { escapeLike } from '../../core/text.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { loggedCard } from './battlecards.ts';
import { battlecards, competitors } from './schema.ts';

export type CompetitorRow = typeof competitors.$inferSelect;

export function presentCompetitor(c: CompetitorRow, battlecardCount: number) {
  return {
    id: c.id,
    name: c.name,
    website: c.website,
    category: c.category,
    description: c.description,
    strengths: c.strengths,
    weaknesses: c.weaknesses,
    pricingNotes: c.pricingNotes,
    battlecardCount,
    version: c.version,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
export type Competitor = ReturnType<typeof presentCompetitor>;

/** The competitor's own fields as the activity log records them (the card count is derived). */
const logged = (c: CompetitorRow) => ({
  name: c.name,
  website: c.website,
  category: c.category,
  description: c.description,
  strengths: c.strengths,
  weaknesses: c.weaknesses,
  pricingNotes: c.pricingNotes,
});

export type CompetitorInput = {
  name: string;
  /** An http(s) URL, or empty. */
  website?: string;
  category?: string;
  description?: string;
  strengths?: string[];
  weaknesses?: string[];
  pricingNotes?: string;
};
export type CompetitorUpdate = Partial<CompetitorInput>;

export const COMPETITOR_SORTS = ['name', 'createdAt'] as const;
const sortColumn = { name: competitors.name, createdAt: competitors.createdAt };

export type CompetitorQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  /** Name contains (case-insensitive). */
  q?: string;
  /** Category, ignoring case. */
  category?: string;
};

/** Battlecard counts of the given competitors, in one query. */
async function cardCounts(ctx: WsCtx, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const found = await ctx.db
    .select({ competitorId: battlecards.competitorId, n: count() })
    .from(battlecards)
    .where(and(eq(battlecards.workspaceId, ctx.workspaceId), inArray(battlecards.competitorId, [...ids])))
    .groupBy(battlecards.competitorId);
  return new Map(found.map((r) => [r.competitorId, Number(r.n)]));
}

/** A page of competitors with their battlecard counts, by name unless asked otherwise. */
export async function listCompetitors(ctx: WsCtx, query: CompetitorQuery): Promise<Page<Competitor>> {
  const sort = parseSort(query.sort, COMPETITOR_SORTS, 'name');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: SQL[] = [eq(competitors.workspaceId, ctx.workspaceId)];
  if (query.q) conds.push(ilike(competitors.name, `%${escapeLike(query.q)}%`));
  if (query.category) conds.push(sql`lower(${competitors.category}) = ${query.category.toLowerCase()}`);
  if (query.cursor) conds.push(afterCursor(column, competitors.id, sort, query.cursor));
  const fetched = await ctx.db
    .select()
    .from(competitors)
    .where(and(...conds))
    .orderBy(...orderFor(column, competitors.id, sort))
    .limit(query.limit + 1);
  const counts = await cardCounts(
    ctx,
    fetched.map((c) => c.id),
  );
  return toPage(
    fetched,
    query.limit,
    sort,
    (c) => c[sort.field as keyof typeof sortColumn],
    (c) => presentCompetitor(c, counts.get(c.id) ?? 0),
  );
}

async function present(ctx: WsCtx, row: CompetitorRow): Promise<Competitor> {
  return presentCompetitor(row, (await cardCounts(ctx, [row.id])).get(row.id) ?? 0);
}

/** One competitor with its battlecard count; 404 outside the caller's workspace. */
export async function getCompetitor(ctx: WsCtx, id: string): Promise<Competitor> {
  const [row] = await ctx.db
    .select()
    .from(competitors)
    .where(and(eq(competitors.workspaceId, ctx.workspaceId), eq(competitors.id, id)));
  if (!row) throw notFound('Competitor');
  return present(ctx, row);
}

/** Runs a write, turning the case-insensitive name clash into 409 on the field `name`. */
async function uniqueName<T>(name: string | undefined, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(`Another competitor is already called "${name}"`, {
        errors: [{ path: 'name', message: 'Already used by another competitor (names ignore case)' }],
      });
    throw err;
  }
}

/** Records a competitor. */
export async function createCompetitor(ctx: WsCtx, input: CompetitorInput): Promise<Competitor> {
  assertCan(ctx.role, 'competitor', 'create');
  const [row] = await uniqueName(input.name, () =>
    ctx.db
      .insert(competitors)
      .values({ ...input, workspaceId: ctx.workspaceId })
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'competitor',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentCompetitor(row!, 0);
}

/** Edits a competitor. */
export async function updateCompetitor(
  ctx: WsCtx,
  id: string,
  input: CompetitorUpdate,
  expected?: number,
): Promise<Competitor> {
  assertCan(ctx.role, 'competitor', 'update');
  const before = await lockRow(ctx, competitors, id, 'Competitor');
  await checkVersion(ctx, 'competitor', before, expected);
  const [after] = await uniqueName(input.name, () =>
    ctx.db
      .update(competitors)
      .set({ ...input, ...bump() })
      .where(and(eq(competitors.workspaceId, ctx.workspaceId), eq(competitors.id, id)))
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'competitor',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return present(ctx, after!);
}

/**
 * Deletes a competitor and, through the foreign key's cascade, its battlecards; each card's deletion
 * is logged and its comments go with it, as if it had been deleted on its own.
 */
export async function deleteCompetitor(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'competitor', 'delete');
  const before = await lockRow(ctx, competitors, id, 'Competitor');
  await checkVersion(ctx, 'competitor', before, expected);
  const cards = await ctx.db
    .select()
    .from(battlecards)
    .where(and(eq(battlecards.workspaceId, ctx.workspaceId), eq(battlecards.competitorId, id)))
    .for('update');
  for (const card of cards) await deleteCommentsOn(ctx, 'battlecard', card.id);
  await deleteCommentsOn(ctx, 'competitor', id);
  await ctx.db
    .delete(competitors)
    .where(and(eq(competitors.workspaceId, ctx.workspaceId), eq(competitors.id, id)));
  await recordActivities(
    ctx,
    cards.map((card) => ({
      entityType: 'battlecard',
      entityId: card.id,
      action: 'deleted',
      before: loggedCard(card),
    })),
  );
  await recordActivity(ctx, {
    entityType: 'competitor',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
