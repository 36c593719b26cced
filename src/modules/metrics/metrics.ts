import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { MetricDirection, MetricKind, MetricOwner, MetricPeriod, MetricUnit } from '../../core/enums.ts';
import { conflict, type FieldError, forbidden, invalid, invalidField, notFound } from '../../core/errors.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow, type VersionedTable } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { campaigns } from '../campaigns/schema.ts';
import { competitors } from '../competitors/schema.ts';
import { features } from '../features/schema.ts';
import { launches } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { programs } from '../requirements/schema.ts';
import { type FilterKey, METRIC_KIND_INFO } from './kinds.ts';
import { isPeriodStart, periodLabel } from './periods.ts';
import { type MetricFilters, metricTargets, metricValues, metrics } from './schema.ts';

export type MetricRow = typeof metrics.$inferSelect;

export function presentMetric(r: MetricRow) {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    ownerRole: r.ownerRole,
    kind: r.kind,
    filters: r.filters,
    unit: r.unit,
    direction: r.direction,
    period: r.period,
    tolerance: r.tolerance,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Metric = ReturnType<typeof presentMetric>;

const logged = (r: MetricRow) => {
  const { id: _i, workspaceId: _w, version: _v, createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

export type MetricInput = {
  name: string;
  description?: string;
  ownerRole: MetricOwner;
  kind: MetricKind;
  filters?: MetricFilters;
  unit?: MetricUnit;
  direction?: MetricDirection;
  period?: MetricPeriod;
  tolerance?: number;
};
export type MetricUpdate = Partial<MetricInput>;

/**
 * THE row rule of metrics: the matrix lets every owning function write metrics, and each metric names the one
 * role that answers for it; only that role, or an admin, creates, edits or deletes it.
 */
export function assertMetricOwner(
  ctx: WsCtx,
  ownerRole: MetricOwner,
  action: 'create' | 'update' | 'delete',
) {
  assertCan(ctx.role, 'metric', action);
  if (ctx.role === 'admin' || ctx.role === ownerRole) return;
  const whose = ownerRole.replaceAll('_', ' ');
  throw forbidden(`This metric is owned by ${whose}: only a ${whose} or an admin may ${action} it.`, [
    'admin',
    ownerRole,
  ]);
}

const REF_TABLES: Partial<Record<FilterKey, { table: VersionedTable; label: string }>> = {
  productId: { table: products, label: 'product' },
  campaignId: { table: campaigns, label: 'campaign' },
  programId: { table: programs, label: 'program' },
  launchId: { table: launches, label: 'launch' },
  featureId: { table: features, label: 'feature' },
  personaId: { table: personas, label: 'persona' },
  competitorId: { table: competitors, label: 'competitor' },
};

/**
 * A kind reads only its own filters: another is refused (422 naming `filters.<key>`), as are ids of other
 * workspaces, more than one of campaign / program / launch, and feature adoption without its feature.
 */
async function checkFilters(ctx: WsCtx, kind: MetricKind, filters: MetricFilters): Promise<void> {
  const info = METRIC_KIND_INFO[kind];
  const errors: FieldError[] = [];
  for (const [key, value] of Object.entries(filters) as [FilterKey, string | undefined][]) {
    if (value === undefined) continue;
    if (!info.filters.includes(key))
      errors.push({
        path: `filters.${key}`,
        message: info.filters.length
          ? `A ${info.label} metric is filtered by ${info.filters.join(', ')} only.`
          : `A ${info.label} metric takes no filters.`,
      });
  }
  // Attributed kinds read one campaign, program or launch; survey scores read a launch beside a product.
  const scopes = info.filters.includes('campaignId')
    ? (['campaignId', 'programId', 'launchId'] as const).filter((k) => filters[k])
    : [];
  if (scopes.length > 1)
    errors.push({ path: `filters.${scopes[1]}`, message: 'Choose one of campaign, program or launch.' });
  if (kind === 'feature_adoption' && !filters.featureId)
    errors.push({ path: 'filters.featureId', message: 'Choose the feature whose adoption is measured.' });
  if (errors.length) throw invalid(errors.map((e) => `${e.path}: ${e.message}`).join(' '), errors);
  for (const [key, spec] of Object.entries(REF_TABLES) as [
    FilterKey,
    { table: VersionedTable; label: string },
  ][])
    await assertRef(ctx, spec.table, filters[key], `filters.${key}`, spec.label);
}

/** Computed kinds have the unit of what they measure; manual metrics take any. */
function unitFor(kind: MetricKind, unit: MetricUnit | undefined): MetricUnit {
  const own = METRIC_KIND_INFO[kind].unit;
  if (kind === 'manual' || unit === undefined) return unit ?? own;
  if (unit !== own)
    throw invalidField('unit', `A ${METRIC_KIND_INFO[kind].label} metric is measured in ${own}.`);
  return unit;
}

const cleanFilters = (f: MetricFilters | undefined): MetricFilters =>
  Object.fromEntries(Object.entries(f ?? {}).filter(([, v]) => v !== undefined && v !== '')) as MetricFilters;

async function uniqueName<T>(name: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(`A metric named "${name}" already exists for this role`, {
        errors: [{ path: 'name', message: 'Already used by another metric of this role' }],
      });
    throw err;
  }
}

export async function listMetrics(ctx: WsCtx, q: { ownerRole?: MetricOwner } = {}): Promise<Metric[]> {
  const found = await ctx.db
    .select()
    .from(metrics)
    .where(
      and(
        eq(metrics.workspaceId, ctx.workspaceId),
        q.ownerRole ? eq(metrics.ownerRole, q.ownerRole) : undefined,
      ),
    )
    .orderBy(asc(metrics.ownerRole), asc(metrics.name), asc(metrics.id));
  return found.map(presentMetric);
}

export async function metricRow(ctx: WsCtx, id: string): Promise<MetricRow> {
  const [r] = await ctx.db
    .select()
    .from(metrics)
    .where(and(eq(metrics.workspaceId, ctx.workspaceId), eq(metrics.id, id)));
  if (!r) throw notFound('Metric');
  return r;
}

export async function createMetric(ctx: WsCtx, input: MetricInput): Promise<Metric> {
  assertMetricOwner(ctx, input.ownerRole, 'create');
  const filters = cleanFilters(input.filters);
  const unit = unitFor(input.kind, input.unit);
  await checkFilters(ctx, input.kind, filters);
  const [row] = await uniqueName(input.name, () =>
    ctx.db
      .insert(metrics)
      .values({
        workspaceId: ctx.workspaceId,
        name: input.name,
        description: input.description ?? '',
        ownerRole: input.ownerRole,
        kind: input.kind,
        filters,
        unit,
        direction: input.direction ?? METRIC_KIND_INFO[input.kind].direction,
        period: input.period ?? 'month',
        tolerance: input.tolerance ?? 0.1,
      })
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'metric',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentMetric(row!);
}

export async function updateMetric(
  ctx: WsCtx,
  id: string,
  input: MetricUpdate,
  expected?: number,
): Promise<Metric> {
  assertCan(ctx.role, 'metric', 'update');
  const before = await lockRow(ctx, metrics, id, 'Metric');
  assertMetricOwner(ctx, before.ownerRole, 'update');
  if (input.ownerRole) assertMetricOwner(ctx, input.ownerRole, 'update');
  await checkVersion(ctx, 'metric', before, expected);
  const kind = input.kind ?? before.kind;
  const filters = input.filters !== undefined ? cleanFilters(input.filters) : before.filters;
  // A new kind keeps the unit only when it still fits.
  const unit = unitFor(kind, input.unit ?? (input.kind && input.kind !== 'manual' ? undefined : before.unit));
  await checkFilters(ctx, kind, filters);
  if (input.kind && input.kind !== before.kind && before.kind === 'manual') {
    const [has] = await ctx.db
      .select({ on: metricValues.on })
      .from(metricValues)
      .where(and(eq(metricValues.workspaceId, ctx.workspaceId), eq(metricValues.metricId, id)))
      .limit(1);
    if (has) throw invalidField('kind', 'Delete its entered values before making a manual metric computed.');
  }
  const [after] = await uniqueName(input.name ?? before.name, () =>
    ctx.db
      .update(metrics)
      .set({ ...input, kind, filters, unit, ...bump() })
      .where(and(eq(metrics.workspaceId, ctx.workspaceId), eq(metrics.id, id)))
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'metric',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return presentMetric(after!);
}

export async function deleteMetric(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'metric', 'delete');
  const before = await lockRow(ctx, metrics, id, 'Metric');
  assertMetricOwner(ctx, before.ownerRole, 'delete');
  await checkVersion(ctx, 'metric', before, expected);
  await ctx.db.delete(metrics).where(and(eq(metrics.workspaceId, ctx.workspaceId), eq(metrics.id, id)));
  await recordActivity(ctx, {
    entityType: 'metric',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}

export type Target = { periodStart: string; value: number };

export async function listTargets(ctx: WsCtx, id: string): Promise<Target[]> {
  return ctx.db
    .select({ periodStart: metricTargets.periodStart, value: metricTargets.value })
    .from(metricTargets)
    .where(and(eq(metricTargets.workspaceId, ctx.workspaceId), eq(metricTargets.metricId, id)))
    .orderBy(asc(metricTargets.periodStart));
}

const PERIOD_RULE: Record<MetricPeriod, string> = {
  week: 'a Monday',
  month: 'the first day of a month',
  quarter: 'the first day of a quarter (1 January, April, July or October)',
};

/**
 * Replaces a metric's targets. Each starts a period of the metric's length (422 naming the entry otherwise),
 * once; the metric's version moves, as for any edit.
 */
export async function setTargets(
  ctx: WsCtx,
  id: string,
  targets: Target[],
  expected?: number,
): Promise<Target[]> {
  assertCan(ctx.role, 'metric', 'update');
  const before = await lockRow(ctx, metrics, id, 'Metric');
  assertMetricOwner(ctx, before.ownerRole, 'update');
  await checkVersion(ctx, 'metric', before, expected);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  targets.forEach((t, i) => {
    if (!isPeriodStart(before.period, t.periodStart))
      errors.push({
        path: `targets.${i}.periodStart`,
        message: `A ${before.period}ly target starts on ${PERIOD_RULE[before.period]}.`,
      });
    else if (seen.has(t.periodStart))
      errors.push({
        path: `targets.${i}.periodStart`,
        message: `${periodLabel(before.period, t.periodStart)} has a target already in this list.`,
      });
    seen.add(t.periodStart);
  });
  if (errors.length) throw invalid(errors.map((e) => `${e.path}: ${e.message}`).join(' '), errors);
  const old = await listTargets(ctx, id);
  const where = and(eq(metricTargets.workspaceId, ctx.workspaceId), eq(metricTargets.metricId, id));
  await ctx.db.delete(metricTargets).where(where);
  if (targets.length)
    await ctx.db
      .insert(metricTargets)
      .values(targets.map((t) => ({ workspaceId: ctx.workspaceId, metricId: id, ...t })));
  await ctx.db
    .update(metrics)
    .set(bump())
    .where(and(eq(metrics.workspaceId, ctx.workspaceId), eq(metrics.id, id)));
  await recordActivity(ctx, {
    entityType: 'metric',
    entityId: id,
    action: 'updated',
    before: { targets: old },
    after: { targets },
  });
  return listTargets(ctx, id);
}

export type Value = { on: string; value: number };

export async function listValues(ctx: WsCtx, id: string, limit = 400): Promise<Value[]> {
  const found = await ctx.db
    .select({ on: metricValues.on, value: metricValues.value })
    .from(metricValues)
    .where(and(eq(metricValues.workspaceId, ctx.workspaceId), eq(metricValues.metricId, id)))
    .orderBy(desc(metricValues.on))
    .limit(limit);
  return found.reverse();
}

/** The manual metric a value is written to, with the row rule checked. */
async function manualMetric(ctx: WsCtx, id: string, path: string): Promise<MetricRow> {
  assertCan(ctx.role, 'metric', 'update');
  const m = await lockRow(ctx, metrics, id, 'Metric');
  assertMetricOwner(ctx, m.ownerRole, 'update');
  if (m.kind !== 'manual')
    throw invalidField(
      path,
      `${m.name} is computed by Tandem (${METRIC_KIND_INFO[m.kind].label}): it takes no entered values.`,
    );
  return m;
}

/** Adds or replaces a manual metric's values, day by day (a day given twice: 422 naming the second). */
export async function putValues(ctx: WsCtx, id: string, values: Value[]): Promise<number> {
  await manualMetric(ctx, id, 'values');
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  values.forEach((v, i) => {
    if (seen.has(v.on)) errors.push({ path: `values.${i}.on`, message: `${v.on} is given twice.` });
    seen.add(v.on);
  });
  if (errors.length) throw invalid(errors.map((e) => `${e.path}: ${e.message}`).join(' '), errors);
  await upsertValues(ctx, id, values, 'updated');
  return values.length;
}

export async function upsertValues(
  ctx: WsCtx,
  id: string,
  values: Value[],
  action: 'updated' | 'imported',
): Promise<void> {
  for (let i = 0; i < values.length; i += 1000)
    await ctx.db
      .insert(metricValues)
      .values(values.slice(i, i + 1000).map((v) => ({ workspaceId: ctx.workspaceId, metricId: id, ...v })))
      .onConflictDoUpdate({
        target: [metricValues.workspaceId, metricValues.metricId, metricValues.on],
        set: { value: sql`excluded.value` },
      });
  if (values.length === 0) return;
  const days = values.map((v) => v.on).sort();
  await recordActivity(ctx, {
    entityType: 'metric',
    entityId: id,
    action,
    after: { values: values.length, from: days[0], to: days[days.length - 1] },
  });
}

export async function deleteValue(ctx: WsCtx, id: string, on: string): Promise<void> {
  await manualMetric(ctx, id, 'on');
  const gone = await ctx.db
    .delete(metricValues)
    .where(
      and(
        eq(metricValues.workspaceId, ctx.workspaceId),
        eq(metricValues.metricId, id),
        eq(metricValues.on, on),
      ),
    )
    .returning();
  if (gone.length === 0) throw notFound(`Value on ${on}`);
  await recordActivity(ctx, {
    entityType: 'metric',
    entityId: id,
    action: 'updated',
    before: { value: gone[0]!.value, on },
  });
}
