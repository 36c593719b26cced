import { and, eq, gte, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, sortExpr, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { products } from '../products/schema.ts';
import {
  battlecards,
  type ComparisonRow,
  competitors,
  type ObjectionHandling,
  type ProvenPoint,
} from './schema.ts';

export type BattlecardRow = typeof battlecards.$inferSelect;

/** A card is stale when it has not been checked against reality for longer than this. */
export const REVIEW_EVERY_DAYS = 90;

/** Today's date (UTC), as ISO YYYY-MM-DD: the day reviews are recorded on and staleness is judged by. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** An ISO date moved by a number of days. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function presentBattlecard(
  b: BattlecardRow,
  names: { competitorName: string; productName: string },
  on = today(),
) {
  const reviewDueOn = b.lastReviewedOn ? addDays(b.lastReviewedOn, REVIEW_EVERY_DAYS) : null;
  return {
    id: b.id,
    competitorId: b.competitorId,
    competitorName: names.competitorName,
    productId: b.productId,
    productName: names.productName,
    whenYouMeetThem: b.whenYouMeetThem,
    quickComparison: b.quickComparison,
    ourStrengths: b.ourStrengths,
    theirStrengths: b.theirStrengths,
    objections: b.objections,
    landmines: b.landmines,
    winThemes: b.winThemes,
    lastReviewedOn: b.lastReviewedOn,
    lastReviewedBy: b.lastReviewedBy,
    reviewDueOn,
    stale: reviewDueOn === null || reviewDueOn < on,
    version: b.version,
    createdAt: b.createdAt.toISOString(),
    updatedAt: b.updatedAt.toISOString(),
  };
}
export type Battlecard = ReturnType<typeof presentBattlecard>;

/** A card's own fields as the activity log records them (names and staleness are derived). */
export const loggedCard = (b: BattlecardRow) => ({
  competitorId: b.competitorId,
  productId: b.productId,
  whenYouMeetThem: b.whenYouMeetThem,
  quickComparison: b.quickComparison,
  ourStrengths: b.ourStrengths,
  theirStrengths: b.theirStrengths,
  objections: b.objections,
  landmines: b.landmines,
  winThemes: b.winThemes,
  lastReviewedOn: b.lastReviewedOn,
  lastReviewedBy: b.lastReviewedBy,
});

export type BattlecardInput = {
  competitorId: string;
  productId: string;
  whenYouMeetThem?: string;
  quickComparison?: ComparisonRow[];
  ourStrengths?: ProvenPoint[];
  theirStrengths?: string[];
  objections?: ObjectionHandling[];
  landmines?: string[];
  winThemes?: string[];
  /** When the card was last checked (not in the future); the caller becomes its reviewer. */
  lastReviewedOn?: string | null;
};
export type BattlecardUpdate = Partial<BattlecardInput>;

export const BATTLECARD_SORTS = ['lastReviewedOn', 'updatedAt', 'createdAt'] as const;
/**
 * Never-reviewed cards sort as the oldest review of all: first when oldest comes first (they need a
 * review most), last when the freshest comes first.
 */
const reviewedKey = sortExpr('date', sql`coalesce(${battlecards.lastReviewedOn}, date '0001-01-01')`);
const NEVER = '0001-01-01';
const sortColumn = {
  lastReviewedOn: reviewedKey,
  updatedAt: battlecards.updatedAt,
  createdAt: battlecards.createdAt,
};

export type BattlecardQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  competitorId?: string;
  productId?: string;
  stale?: boolean;
};

const withNames = (ctx: WsCtx) =>
  ctx.db
    .select({ card: battlecards, competitorName: competitors.name, productName: products.name })
    .from(battlecards)
    .innerJoin(
      competitors,
      and(eq(competitors.workspaceId, battlecards.workspaceId), eq(competitors.id, battlecards.competitorId)),
    )
    .innerJoin(
      products,
      and(eq(products.workspaceId, battlecards.workspaceId), eq(products.id, battlecards.productId)),
    );

/** A page of battlecards, oldest review first (never reviewed before all) unless asked otherwise. */
export async function listBattlecards(ctx: WsCtx, query: BattlecardQuery): Promise<Page<Battlecard>> {
  const sort = parseSort(query.sort, BATTLECARD_SORTS, 'lastReviewedOn');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const on = today();
  // Fresh means reviewed on or after this day; the presenter's reviewDueOn >= today says the same.
  const freshFrom = addDays(on, -REVIEW_EVERY_DAYS);
  const conds: (SQL | undefined)[] = [eq(battlecards.workspaceId, ctx.workspaceId)];
  if (query.competitorId) conds.push(eq(battlecards.competitorId, query.competitorId));
  if (query.productId) conds.push(eq(battlecards.productId, query.productId));
  if (query.stale === true)
    conds.push(or(isNull(battlecards.lastReviewedOn), lt(battlecards.lastReviewedOn, freshFrom)));
  if (query.stale === false) conds.push(gte(battlecards.lastReviewedOn, freshFrom));
  if (query.cursor) conds.push(afterCursor(column, battlecards.id, sort, query.cursor));
  const fetched = await withNames(ctx)
    .where(and(...conds))
    .orderBy(...orderFor(column, battlecards.id, sort))
    .limit(query.limit + 1);
  return toPage(
    fetched.map((r) => ({ ...r, id: r.card.id })),
    query.limit,
    sort,
    (r) =>
      sort.field === 'lastReviewedOn' ? (r.card.lastReviewedOn ?? NEVER) : r.card[sort.field as 'createdAt'],
    (r) => presentBattlecard(r.card, r, on),
  );
}

/** One battlecard with its competitor's and product's names (what the enablement renderer prints). */
export async function getBattlecard(ctx: WsCtx, id: string): Promise<Battlecard> {
  const [found] = await withNames(ctx).where(
    and(eq(battlecards.workspaceId, ctx.workspaceId), eq(battlecards.id, id)),
  );
  if (!found) throw notFound('Battlecard');
  return presentBattlecard(found.card, found);
}

/** One card per competitor and product: 409 naming the card that already holds the pair. */
async function assertPairFree(ctx: WsCtx, competitorId: string, productId: string, self?: string) {
  const [taken] = await ctx.db
    .select({ id: battlecards.id })
    .from(battlecards)
    .where(
      and(
        eq(battlecards.workspaceId, ctx.workspaceId),
        eq(battlecards.competitorId, competitorId),
        eq(battlecards.productId, productId),
      ),
    );
  if (taken && taken.id !== self) throw pairTaken(taken.id);
}

const pairTaken = (existingId?: string) =>
  conflict('This competitor already has a battlecard for this product; edit that one', {
    ...(existingId ? { existingId } : {}),
  });

/** Runs a write, turning a pair clash that slipped past the check (a concurrent create) into 409. */
async function uniquePair<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation) throw pairTaken();
    throw err;
  }
}

/** The review columns a given lastReviewedOn sets: the caller becomes the reviewer. */
function reviewFields(ctx: WsCtx, lastReviewedOn: string | null | undefined) {
  if (lastReviewedOn === undefined) return {};
  if (lastReviewedOn !== null && lastReviewedOn > today())
    throw invalidField('lastReviewedOn', 'A review cannot be dated in the future');
  return { lastReviewedOn, lastReviewedBy: lastReviewedOn === null ? null : ctx.actor.userId };
}

/** Creates the battlecard of a competitor and one of our products. */
export async function createBattlecard(ctx: WsCtx, input: BattlecardInput): Promise<Battlecard> {
  assertCan(ctx.role, 'battlecard', 'create');
  await assertRef(ctx, competitors, input.competitorId, 'competitorId', 'competitor');
  await assertRef(ctx, products, input.productId, 'productId', 'product');
  const review = reviewFields(ctx, input.lastReviewedOn);
  await assertPairFree(ctx, input.competitorId, input.productId);
  const [row] = await uniquePair(() =>
    ctx.db
      .insert(battlecards)
      .values({ ...input, ...review, workspaceId: ctx.workspaceId })
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'battlecard',
    entityId: row!.id,
    action: 'created',
    after: loggedCard(row!),
  });
  return getBattlecard(ctx, row!.id);
}

/** Edits a battlecard; moving it to another competitor or product keeps one card per pair. */
export async function updateBattlecard(
  ctx: WsCtx,
  id: string,
  input: BattlecardUpdate,
  expected?: number,
): Promise<Battlecard> {
  assertCan(ctx.role, 'battlecard', 'update');
  const before = await lockRow(ctx, battlecards, id, 'Battlecard');
  await checkVersion(ctx, 'battlecard', before, expected);
  if (input.competitorId && input.competitorId !== before.competitorId)
    await assertRef(ctx, competitors, input.competitorId, 'competitorId', 'competitor');
  if (input.productId && input.productId !== before.productId)
    await assertRef(ctx, products, input.productId, 'productId', 'product');
  const review =
    input.lastReviewedOn !== undefined && input.lastReviewedOn !== before.lastReviewedOn
      ? reviewFields(ctx, input.lastReviewedOn)
      : {};
  const competitorId = input.competitorId ?? before.competitorId;
  const productId = input.productId ?? before.productId;
  if (competitorId !== before.competitorId || productId !== before.productId)
    await assertPairFree(ctx, competitorId, productId, id);
  const [after] = await uniquePair(() =>
    ctx.db
      .update(battlecards)
      .set({ ...input, ...review, ...bump() })
      .where(and(eq(battlecards.workspaceId, ctx.workspaceId), eq(battlecards.id, id)))
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'battlecard',
    entityId: id,
    action: 'updated',
    before: loggedCard(before),
    after: loggedCard(after!),
  });
  return getBattlecard(ctx, id);
}

/** Marks a battlecard reviewed today by the caller: it is fresh for another 90 days. */
export async function reviewBattlecard(ctx: WsCtx, id: string, expected?: number): Promise<Battlecard> {
  assertCan(ctx.role, 'battlecard', 'review');
  const before = await lockRow(ctx, battlecards, id, 'Battlecard');
  await checkVersion(ctx, 'battlecard', before, expected);
  const [after] = await ctx.db
    .update(battlecards)
    .set({ lastReviewedOn: today(), lastReviewedBy: ctx.actor.userId, ...bump() })
    .where(and(eq(battlecards.workspaceId, ctx.workspaceId), eq(battlecards.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'battlecard',
    entityId: id,
    action: 'reviewed',
    before: loggedCard(before),
    after: loggedCard(after!),
  });
  return getBattlecard(ctx, id);
}

/** Deletes a battlecard and its comments. */
export async function deleteBattlecard(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'battlecard', 'delete');
  const before = await lockRow(ctx, battlecards, id, 'Battlecard');
  await checkVersion(ctx, 'battlecard', before, expected);
  await deleteCommentsOn(ctx, 'battlecard', id);
  await ctx.db
    .delete(battlecards)
    .where(and(eq(battlecards.workspaceId, ctx.workspaceId), eq(battlecards.id, id)));
  await recordActivity(ctx, {
    entityType: 'battlecard',
    entityId: id,
    action: 'deleted',
    before: loggedCard(before),
  });
}
