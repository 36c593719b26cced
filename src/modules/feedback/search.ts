import { type AnyColumn, and, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { FeedbackFlag, FeedbackStatus } from '../../core/enums.ts';
import { invalidField } from '../../core/errors.ts';
import { decodeCursor, encodeCursor, type Page, parseSort, type Sort } from '../../core/pagination.ts';
import { type Feedback, type FeedbackSource, presentFeedback, type Sentiment } from './feedback.ts';
import { customers } from '../customers/schema.ts';
import { feedback } from './schema.ts';

export const FEEDBACK_SORTS = ['createdAt', 'updatedAt', 'relevance'] as const;

export type FeedbackQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  status?: FeedbackStatus[];
  source?: FeedbackSource[];
  sentiment?: Sentiment;
  customerId?: string;
  productId?: string;
  personaId?: string;
  /** Only items carrying this flag (a revenue detractor from a survey). */
  flag?: FeedbackFlag;
  tag?: string;
  createdAfter?: Date;
  createdBefore?: Date;
  /** Only items linked to at least one feature (true) or to none (false). */
  linked?: boolean;
  /** Full-text search (web search syntax: words, "phrases", -exclusions, or). */
  q?: string;
};

export type FeedbackListItem = Feedback & { rank: number | null; customerName: string | null };

/** The customer's name beside each item, so a list never needs every customer to show a page of feedback. */
const customerOf = and(
  eq(customers.workspaceId, feedback.workspaceId),
  eq(customers.id, feedback.customerId),
);

/**
 * Feedback of the workspace, newest first or by relevance to `q`. Written for the 1M-row hot path:
 * the time sorts walk feedback_created_idx / feedback_list_idx in index order (the ORDER BY spells the
 * indexes' `desc nulls last`, and the cursor is one row-value comparison, an index range), and search
 * uses the GIN index on the generated `search` column; ranking is plain ts_rank on the stored vector
 * (no re-parsing of the text), which has to be computed for every match before the top page is known.
 */
export async function listFeedback(ctx: WsCtx, query: FeedbackQuery): Promise<Page<FeedbackListItem>> {
  const sort = feedbackSort(query);
  const tsq = query.q ? sql`websearch_to_tsquery('english', ${query.q})` : undefined;
  const rank = tsq ? sql<number>`ts_rank(${feedback.search}, ${tsq})` : undefined;
  const conds: (SQL | undefined)[] = [eq(feedback.workspaceId, ctx.workspaceId)];
  if (tsq) conds.push(sql`${feedback.search} @@ ${tsq}`);
  if (query.status?.length) conds.push(inArray(feedback.status, query.status));
  if (query.source?.length) conds.push(inArray(feedback.source, query.source));
  if (query.sentiment) conds.push(eq(feedback.sentiment, query.sentiment));
  if (query.customerId) conds.push(eq(feedback.customerId, query.customerId));
  if (query.productId) conds.push(eq(feedback.productId, query.productId));
  if (query.personaId) conds.push(eq(feedback.personaId, query.personaId));
  if (query.flag) conds.push(eq(feedback.flag, query.flag));
  if (query.tag) conds.push(sql`${feedback.tags} @> array[${query.tag.trim().toLowerCase()}]::text[]`);
  if (query.createdAfter) conds.push(gte(feedback.createdAt, query.createdAfter));
  if (query.createdBefore) conds.push(lt(feedback.createdAt, query.createdBefore));
  if (query.linked !== undefined) {
    const link = sql`exists (select 1 from feature_feedback ff
      where ff.workspace_id = ${feedback.workspaceId} and ff.feedback_id = ${feedback.id})`;
    conds.push(query.linked ? link : sql`not ${link}`);
  }
  const key =
    sort.field === 'relevance' ? rank! : sort.field === 'updatedAt' ? feedback.updatedAt : feedback.createdAt;
  if (query.cursor) conds.push(after(key, sort, query.cursor));
  // The indexes are declared `desc nulls last`; ascending pages walk them backwards (`asc nulls first`).
  // The columns are NOT NULL, so the nulls clause only has to match the index, not change the order.
  const dir = sort.dir === 'desc' ? sql`desc nulls last` : sql`asc nulls first`;
  const fetched = rank
    ? await rankedPage(ctx, rank, conds, query.limit + 1)
    : await ctx.db
        .select({ f: feedback, rank: sql<null>`null`, customerName: customers.name })
        .from(feedback)
        .leftJoin(customers, customerOf)
        .where(and(...conds))
        .orderBy(sql`${key} ${dir}`, sql`${feedback.id} ${dir}`)
        .limit(query.limit + 1);
  const more = fetched.length > query.limit;
  const onPage = more ? fetched.slice(0, query.limit) : fetched;
  const last = onPage[onPage.length - 1];
  const lastValue =
    sort.field === 'relevance'
      ? last?.rank
      : sort.field === 'updatedAt'
        ? last?.f.updatedAt
        : last?.f.createdAt;
  return {
    items: onPage.map((r) => ({
      ...presentFeedback(r.f),
      rank: r.rank === null ? null : Number(r.rank),
      customerName: r.customerName,
    })),
    nextCursor: more && last ? encodeCursor(sort, lastValue, last.f.id) : null,
  };
}

/**
 * The best `take` matches by relevance. Every match is read and ranked before the page is known, so the
 * ranking pass carries only (id, rank) through its sort, and the page's whole rows are joined afterwards:
 * with tens of thousands of matches this is about a fifth cheaper than sorting whole rows.
 */
async function rankedPage(ctx: WsCtx, rank: SQL<number>, conds: (SQL | undefined)[], take: number) {
  const top = ctx.db
    .select({ id: feedback.id, rank: rank.as('rank') })
    .from(feedback)
    .where(and(...conds))
    .orderBy(sql`rank desc nulls last`, sql`${feedback.id} desc nulls last`)
    .limit(take)
    .as('top');
  return ctx.db
    .select({ f: feedback, rank: top.rank, customerName: customers.name })
    .from(top)
    .innerJoin(feedback, and(eq(feedback.workspaceId, ctx.workspaceId), eq(feedback.id, top.id)))
    .leftJoin(customers, customerOf)
    .orderBy(sql`${top.rank} desc nulls last`, sql`${top.id} desc nulls last`);
}

/** Relevance always means best match first; without `q` the default is newest first. */
function feedbackSort(query: FeedbackQuery): Sort {
  const sort = parseSort(query.sort, FEEDBACK_SORTS, query.q ? 'relevance' : '-createdAt');
  if (sort.field !== 'relevance') return sort;
  if (!query.q) throw invalidField('sort', 'Sorting by relevance needs a search text (q)');
  return { field: 'relevance', dir: 'desc' };
}

/**
 * Rows after the cursor as one row-value comparison, which PostgreSQL turns into an index range.
 * The rank is a float4 and the cursor carries its exact text form, so comparing with ::real is exact.
 */
function after(key: SQL | AnyColumn, sort: Sort, cursor: string): SQL {
  const relevance = sort.field === 'relevance';
  const { v, id } = decodeCursor(cursor, sort, { value: relevance ? 'real' : 'timestamp', id: 'uuid' });
  // The keys are never null (ranks of matches, NOT NULL timestamps): a null in a cursor is not one of ours.
  if (v === null) throw invalidField('cursor', 'Invalid cursor');
  const cmp = sort.dir === 'desc' ? sql.raw('<') : sql.raw('>');
  if (relevance) return sql`(${key}, ${feedback.id}) ${cmp} (${v}::real, ${id}::uuid)`;
  return sql`(${key}, ${feedback.id}) ${cmp} (${v}::timestamptz, ${id}::uuid)`;
}
