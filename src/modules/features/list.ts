import { and, eq, ilike, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { type PgColumn, unionAll } from 'drizzle-orm/pg-core';
import type { WsCtx } from '../../core/context.ts';
import type { FeatureStatus } from '../../core/enums.ts';
import { afterCursor, type Page, parseSort, type Sort, toPage } from '../../core/pagination.ts';
import { escapeLike } from '../../core/text.ts';
import { type Feature, type FeatureRow, presentWithRank } from './features.ts';
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
 * With several statuses, each status is read from its index separately and PostgreSQL merges the branches
 * (UNION ALL under one ORDER BY and LIMIT), so a page costs a few short index scans instead of sorting
 * every match; the rows come back whole, and ranks take one more query.
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
  const fetchLimit = query.limit + 1;
  const branch = (status: FeatureStatus | undefined) =>
    ctx.db
      .select()
      .from(features)
      .where(and(...conds, status ? eq(features.status, status) : undefined))
      .orderBy(...orderBy(column, sort))
      .limit(fetchLimit);

  let rows: FeatureRow[];
  if (statuses.length <= 1) {
    rows = await branch(statuses[0]);
  } else {
    // One statement: each status read from the rank index on its own, PostgreSQL merging the branches.
    const [first, second, ...rest] = statuses.map((s) => branch(s));
    rows = (await unionAll(first!, second!, ...rest)
      .orderBy(...orderBy(column, sort, true))
      .limit(fetchLimit)) as FeatureRow[];
  }
  const presented = await presentWithRank(ctx, rows);
  return toPage(
    presented.map((feature, i) => ({
      id: feature.id,
      value: rows[i]![sort.field as keyof FeatureRow],
      feature,
    })),
    query.limit,
    sort,
    (r) => r.value,
    (r) => r.feature,
  );
}

/**
 * `column dir nulls last, id dir`, spelled to match the indexes: they are declared `desc nulls last`
 * on every column (id included), so descending pages are plain index scans with no sort step. Ids are
 * never null, so their nulls clause changes nothing but the match.
 */
function orderBy(column: PgColumn, sort: Sort, bare = false): SQL[] {
  // Over a UNION the columns are the result's, named without their table.
  const c = bare ? sql.identifier(column.name) : column;
  const id = bare ? sql.identifier(features.id.name) : features.id;
  return sort.dir === 'desc'
    ? [sql`${c} desc nulls last`, sql`${id} desc nulls last`]
    : [sql`${c} asc nulls last`, sql`${id} asc nulls first`];
}
