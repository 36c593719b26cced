import { and, asc, count, eq, inArray, isNull, lte, notInArray, type SQL, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { FeatureStatus, ReleaseStatus } from '../../core/enums.ts';
import { afterCursor, orderFor, parseSort, toPage } from '../../core/pagination.ts';
import { rows } from '../../db/sql.ts';
import { features } from '../features/schema.ts';
import { loadsFor, type ReleaseFilters, releaseConditions } from './releases.ts';
import { releases } from './schema.ts';

/**
 * Read-only roadmap views derived from releases and features. Features are read here, never written:
 * they belong to the features module.
 */

/** Statuses of features that are no longer on the roadmap. */
const CLOSED: FeatureStatus[] = ['shipped', 'wont_do'];
/** Without a status filter the roadmap leaves cancelled releases out. */
const DEFAULT_ROADMAP_STATUSES: ReleaseStatus[] = ['planned', 'in_progress', 'released'];

export type RoadmapFeature = {
  id: string;
  productId: string;
  title: string;
  status: FeatureStatus;
  effort: number | null;
  score: number | null;
  ownerId: string | null;
};

const featureColumns = {
  id: features.id,
  productId: features.productId,
  title: features.title,
  status: features.status,
  effort: features.effort,
  score: features.score,
  ownerId: features.ownerId,
};

/** Effort against capacity; percentages are rounded to one decimal. */
export function utilisation(plannedEffort: number, capacity: number | null) {
  return {
    plannedEffort,
    capacity,
    remaining: capacity === null ? null : capacity - plannedEffort,
    // Nothing can be a percentage of zero capacity: null, and overCapacity says whether it is exceeded.
    utilisation:
      capacity === null || capacity === 0 ? null : Math.round((plannedEffort / capacity) * 1000) / 10,
    overCapacity: capacity !== null && plannedEffort > capacity,
  };
}

/** Releases of a product, or cross-product releases holding at least one of its features. */
function productScope(productId: string): SQL {
  return sql`(${releases.productId} = ${productId} or exists (
    select 1 from ${features} where ${features.workspaceId} = ${releases.workspaceId}
      and ${features.releaseId} = ${releases.id} and ${features.productId} = ${productId}))`;
}

export type RoadmapQuery = Omit<ReleaseFilters, 'productId'> & {
  productId?: string;
  limit: number;
  cursor?: string;
  featureLimit: number;
  unscheduledLimit: number;
};

/** Releases in target-date order, each with its features and load, plus the open unscheduled features. */
export async function releaseRoadmap(ctx: WsCtx, q: RoadmapQuery) {
  const sort = parseSort(undefined, ['targetDate'], 'targetDate');
  const conds = releaseConditions(ctx, {
    ...q,
    productId: undefined,
    status: q.status?.length ? q.status : DEFAULT_ROADMAP_STATUSES,
  });
  if (q.productId) conds.push(productScope(q.productId));
  if (q.cursor) conds.push(afterCursor(releases.targetDate, releases.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(releases)
    .where(and(...conds))
    .orderBy(...orderFor(releases.targetDate, releases.id, sort))
    .limit(q.limit + 1);
  const onPage = fetched.slice(0, q.limit);
  const ids = onPage.map((r) => r.id);
  const [loads, byRelease] = [await loadsFor(ctx, ids), await featuresOf(ctx, ids, q.featureLimit)];
  const page = toPage(
    fetched,
    q.limit,
    sort,
    (r) => r.targetDate,
    (r) => {
      const load = loads.get(r.id) ?? { plannedEffort: 0, featureCount: 0, unestimatedCount: 0 };
      return {
        id: r.id,
        productId: r.productId,
        name: r.name,
        status: r.status,
        targetDate: r.targetDate,
        featureCount: load.featureCount,
        unestimatedCount: load.unestimatedCount,
        ...utilisation(load.plannedEffort, r.capacity),
        features: byRelease.get(r.id) ?? [],
      };
    },
  );
  return { ...page, unscheduled: await unscheduled(ctx, q.productId, q.unscheduledLimit) };
}

/** The features of each release, best score first, at most `limit` per release. */
async function featuresOf(
  ctx: WsCtx,
  releaseIds: string[],
  limit: number,
): Promise<Map<string, RoadmapFeature[]>> {
  const result = new Map<string, RoadmapFeature[]>();
  if (releaseIds.length === 0) return result;
  const ranked = ctx.db
    .select({
      ...featureColumns,
      releaseId: features.releaseId,
      rn: sql<number>`row_number() over (partition by ${features.releaseId} order by ${features.score} desc nulls last, ${features.id})`.as(
        'rn',
      ),
    })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), inArray(features.releaseId, releaseIds)))
    .as('ranked');
  const found = await ctx.db
    .select()
    .from(ranked)
    .where(lte(ranked.rn, limit))
    .orderBy(asc(ranked.releaseId), asc(ranked.rn));
  for (const { releaseId, rn: _rn, ...f } of found) {
    const list = result.get(releaseId as string) ?? [];
    list.push(f);
    result.set(releaseId as string, list);
  }
  return result;
}

/** Open features with no release, best score first, with how many there are in all. */
async function unscheduled(ctx: WsCtx, productId: string | undefined, limit: number) {
  const conds: SQL[] = [
    eq(features.workspaceId, ctx.workspaceId),
    isNull(features.releaseId),
    notInArray(features.status, CLOSED),
  ];
  if (productId) conds.push(eq(features.productId, productId));
  const [total] = await ctx.db
    .select({ n: count() })
    .from(features)
    .where(and(...conds));
  const list = await ctx.db
    .select(featureColumns)
    .from(features)
    .where(and(...conds))
    .orderBy(sql`${features.score} desc nulls last`, asc(features.id))
    .limit(limit);
  return { count: total?.n ?? 0, features: list };
}

/** The horizons' windows: "now" is the next 6 weeks, "next" up to 6 months out. */
export const HORIZON_WINDOWS = { nowDays: 42, nextDays: 182 } as const;
export const HORIZONS = ['now', 'next', 'later'] as const;
export type Horizon = (typeof HORIZONS)[number];

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Now / next / later. Shipped and won't-do features and released or cancelled releases are left out.
 * - now: features in progress, and features of releases in progress or planned to ship within 6 weeks
 *   of asOf (overdue ones included);
 * - next: features of planned releases due within 6 months, and planned features with no dated release;
 * - later: everything else still open: ideas and discovery not in a near release, and anything in a
 *   release more than 6 months out.
 * Releases go by the same dates: in progress or due within 6 weeks → now, within 6 months → next,
 * further out or undated → later. Each column is sorted by score, best first.
 */
export async function horizons(ctx: WsCtx, q: { productId?: string; asOf?: string; limit: number }) {
  const asOf = q.asOf ?? new Date().toISOString().slice(0, 10);
  const nowUntil = addDays(asOf, HORIZON_WINDOWS.nowDays);
  const nextUntil = addDays(asOf, HORIZON_WINDOWS.nextDays);
  const product = q.productId ? sql`and f.product_id = ${q.productId}` : sql``;
  const found = await rows<{
    horizon: Horizon;
    total: number;
    id: string;
    product_id: string;
    title: string;
    status: FeatureStatus;
    effort: number | null;
    score: number | null;
    owner_id: string | null;
    release_id: string | null;
  }>(
    ctx.db,
    sql`
    with placed as (
      select f.id, f.product_id, f.title, f.status, f.effort, f.score, f.owner_id, f.release_id,
        case
          when f.status = 'in_progress' or r.status = 'in_progress'
            or (r.status = 'planned' and r.target_date <= ${nowUntil}::date) then 'now'
          when (r.status = 'planned' and r.target_date <= ${nextUntil}::date)
            or (f.status = 'planned' and not coalesce(r.status = 'planned' and r.target_date is not null, false))
            then 'next'
          else 'later'
        end as horizon
      from features f
      left join releases r on r.workspace_id = f.workspace_id and r.id = f.release_id
      where f.workspace_id = ${ctx.workspaceId} and f.status not in ('shipped', 'wont_do') ${product}
    ), ranked as (
      select placed.*,
        row_number() over (partition by horizon order by score desc nulls last, id) as rn,
        count(*) over (partition by horizon) as total
      from placed
    )
    select * from ranked where rn <= ${q.limit} order by horizon, rn`,
  );
  const releaseRows = await ctx.db
    .select({
      id: releases.id,
      productId: releases.productId,
      name: releases.name,
      status: releases.status,
      targetDate: releases.targetDate,
      horizon: sql<Horizon>`case
        when ${releases.status} = 'in_progress' or ${releases.targetDate} <= ${nowUntil}::date then 'now'
        when ${releases.targetDate} <= ${nextUntil}::date then 'next'
        else 'later' end`,
    })
    .from(releases)
    .where(
      and(
        eq(releases.workspaceId, ctx.workspaceId),
        inArray(releases.status, ['planned', 'in_progress']),
        q.productId ? productScope(q.productId) : undefined,
      ),
    )
    .orderBy(...orderFor(releases.targetDate, releases.id, { field: 'targetDate', dir: 'asc' }));
  const column = (h: Horizon) => {
    const fs = found.filter((f) => f.horizon === h);
    return {
      count: Number(fs[0]?.total ?? 0),
      features: fs.map((f) => ({
        id: f.id,
        productId: f.product_id,
        title: f.title,
        status: f.status,
        effort: f.effort === null ? null : Number(f.effort),
        score: f.score === null ? null : Number(f.score),
        ownerId: f.owner_id,
        releaseId: f.release_id,
      })),
      releases: releaseRows.filter((r) => r.horizon === h).map(({ horizon: _h, ...r }) => r),
    };
  };
  return { asOf, nowUntil, nextUntil, now: column('now'), next: column('next'), later: column('later') };
}
