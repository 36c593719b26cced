import { and, eq, ilike, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { WsCtx } from '../../core/context.ts';
import type { FeatureStatus } from '../../core/enums.ts';
import { afterCursor, type Page, parseSort, type Sort, toPage } from '../../core/pagination.ts';
import { escapeLike } from '../../core/text.ts';
import { type Feature, loadWithRank } from './features.ts';
import { features } from './schema.ts';

export const FEATURE_SORTS = [
  'score',
  'rank',
  'title',
  'createdAt',
  'updatedAt',
  'effort',
  'feedbackCount',
  'customerCount',
  'customerRevenue',
] as const;

const sortColumns: Record<Exclude<(typeof FEATURE_SORTS)[number], 'rank'>, PgColumn> = {
  score: features.score,
  title: features.title,
  createdAt: features.createdAt,
  updatedAt: features.updatedAt,
  effort: features.effort,
  feedbackCount: features.feedbackCount,
  customerCount: features.customerCount,
  customerRevenue: features.customerRevenue,
};

export type FeatureQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  productId?: string;
  status?: FeatureStatus[];
  /** A release id, or null for features without a release. */
  releaseId?: string | null;
  ownerId?: string;
  personaId?: string;
  q?: string;
  hasScore?: boolean;
};

/**
 * Lists features with filters and keyset pagination. Sorting by rank is sorting by score (best first).
 * With several statuses and a sort by score, each status is read from the rank index separately and
 * the branches merged, so a page costs a few short index scans instead of sorting every match.
 */
export async function listFeatures(ctx: WsCtx, query: FeatureQuery): Promise<Page<Feature>> {
  let sort: Sort = parseSort(query.sort, FEATURE_SORTS, '-score');
  if (sort.field === 'rank') sort = { field: 'score', dir: sort.dir === 'asc' ? 'desc' : 'asc' };
  const column = sortColumns[sort.field as keyof typeof sortColumns];
  const conds: (SQL | undefined)[] = [eq(features.workspaceId, ctx.workspaceId)];
  if (query.productId) conds.push(eq(features.productId, query.productId));
  if (query.releaseId === null) conds.push(isNull(features.releaseId));
  else if (query.releaseId) conds.push(eq(features.releaseId, query.releaseId));
  if (query.ownerId) conds.push(eq(features.ownerId, query.ownerId));
  if (query.personaId) conds.push(eq(features.personaId, query.personaId));
  if (query.q) conds.push(ilike(features.title, `%${escapeLike(query.q)}%`));
  if (query.hasScore !== undefined)
    conds.push(query.hasScore ? isNotNull(features.score) : isNull(features.score));
  if (query.cursor) conds.push(afterCursor(column, features.id, sort, query.cursor));
  const statuses = [...new Set(query.status ?? [])];
  const order = orderBy(column, sort);
  const fetchLimit = query.limit + 1;

  const branch = (status: FeatureStatus | undefined) =>
    ctx.db
      .select({ id: features.id, value: column })
      .from(features)
      .where(and(...conds, status ? eq(features.status, status) : undefined))
      .orderBy(...order)
      .limit(fetchLimit);

  let ordered: { id: string; value: unknown }[];
  if (statuses.length <= 1) {
    ordered = await branch(statuses[0]);
  } else if (!MERGEABLE.has(sort.field)) {
    // Text sorts follow the database's collation, which a merge in JS would not reproduce.
    ordered = await ctx.db
      .select({ id: features.id, value: column })
      .from(features)
      .where(and(...conds, inArray(features.status, statuses)))
      .orderBy(...order)
      .limit(fetchLimit);
  } else {
    const parts = await Promise.all(statuses.map((s) => branch(s)));
    ordered = mergeOrdered(parts.flat(), sort).slice(0, fetchLimit);
  }
  const byId = await loadWithRank(
    ctx,
    ordered.map((r) => r.id),
  );
  const rows = ordered.map((r) => ({ id: r.id, value: r.value, feature: byId.get(r.id)! }));
  return toPage(
    rows,
    query.limit,
    sort,
    (r) => r.value,
    (r) => r.feature,
  );
}

/** Sorts whose values compare the same in JS as in SQL, so per-status branches can be merged. */
const MERGEABLE = new Set([
  'score',
  'createdAt',
  'updatedAt',
  'effort',
  'feedbackCount',
  'customerCount',
  'customerRevenue',
]);

/**
 * `column dir nulls last, id dir`, spelled to match the indexes: they are declared `desc nulls last`
 * on every column (id included), so descending pages are plain index scans with no sort step. Ids are
 * never null, so their nulls clause changes nothing but the match.
 */
function orderBy(column: PgColumn, sort: Sort): SQL[] {
  return sort.dir === 'desc'
    ? [sql`${column} desc nulls last`, sql`${features.id} desc nulls last`]
    : [sql`${column} asc nulls last`, sql`${features.id} asc nulls first`];
}

/** Orders rows like `value dir nulls last, id dir`, matching the SQL order. */
function mergeOrdered<T extends { id: string; value: unknown }>(rows: T[], sort: Sort): T[] {
  const sign = sort.dir === 'desc' ? -1 : 1;
  return rows.sort((a, b) => {
    if (a.value === null && b.value !== null) return 1;
    if (b.value === null && a.value !== null) return -1;
    if (a.value !== null && b.value !== null) {
      const av = a.value instanceof Date ? a.value.getTime() : (a.value as number | string);
      const bv = b.value instanceof Date ? b.value.getTime() : (b.value as number | string);
      if (av < bv) return -sign;
      if (av > bv) return sign;
    }
    return a.id < b.id ? -sign : a.id > b.id ? sign : 0;
  });
}
