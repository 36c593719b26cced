import { and, asc, eq } from 'drizzle-orm';
import { recordActivities } from '../core/activity.ts';
import type { WsCtx } from '../core/context.ts';
import type { MetricKind, MetricOwner, MetricUnit } from '../core/enums.ts';
import { features } from '../modules/features/schema.ts';
import { METRIC_KIND_INFO } from '../modules/metrics/kinds.ts';
import { addDays, isoDay, periodStartOf } from '../modules/metrics/periods.ts';
import { type MetricFilters, metrics, metricTargets, metricValues } from '../modules/metrics/schema.ts';

type Plan = {
  name: string;
  owner: MetricOwner;
  kind: MetricKind;
  unit?: MetricUnit;
  description: string;
  /** Monthly targets, oldest first: three months ago … this month. */
  targets: [number, number, number, number];
  filters?: MetricFilters;
};

const PLANS: Plan[] = [
  {
    name: 'Leads',
    owner: 'marketer',
    kind: 'leads',
    description: 'New known persons from every channel.',
    targets: [110, 120, 130, 140],
  },
  {
    name: 'Conversions',
    owner: 'marketer',
    kind: 'conversions',
    description: 'Sign-ups, demo requests and purchases.',
    targets: [60, 65, 70, 75],
  },
  {
    name: 'Revenue',
    owner: 'marketer',
    kind: 'revenue',
    description: 'Revenue of purchase events.',
    targets: [20_000, 22_000, 24_000, 26_000],
  },
  {
    name: 'Cost per lead',
    owner: 'marketer',
    kind: 'cost_per_lead',
    description: 'Campaign spend per lead.',
    targets: [90, 85, 80, 75],
  },
  {
    name: 'Website visitors',
    owner: 'marketer',
    kind: 'unique_visitors',
    description: 'Unique visitors of the marketing site.',
    targets: [900, 950, 1000, 1050],
  },
  {
    name: 'NPS',
    owner: 'product_marketer',
    kind: 'nps',
    description: 'Net Promoter Score of every NPS survey.',
    targets: [30, 30, 35, 35],
  },
  {
    name: 'Win rate',
    owner: 'product_marketer',
    kind: 'win_rate',
    description: 'Deals won of deals decided.',
    targets: [40, 42, 45, 45],
  },
  {
    name: 'Visitor conversion rate',
    owner: 'product_marketer',
    kind: 'conversion_rate',
    description: 'Conversions per unique visitor.',
    targets: [5, 5, 5.5, 6],
  },
  {
    name: 'CSAT',
    owner: 'product_marketer',
    kind: 'csat',
    description: 'Satisfied answers of CSAT surveys.',
    targets: [80, 80, 82, 85],
  },
  {
    name: 'Feature adoption',
    owner: 'product_manager',
    kind: 'feature_adoption',
    description: 'Active persons using the newest shipped feature.',
    targets: [20, 22, 25, 28],
  },
  {
    name: 'Feedback volume',
    owner: 'product_manager',
    kind: 'feedback_volume',
    description: 'Feedback items received.',
    targets: [20, 20, 25, 25],
  },
  {
    name: 'Feedback sentiment',
    owner: 'product_manager',
    kind: 'feedback_sentiment',
    description: 'Net sentiment of feedback received.',
    targets: [0, 5, 10, 10],
  },
  {
    name: 'Retention',
    owner: 'product_manager',
    kind: 'retention',
    description: 'Active persons of the previous period active again.',
    targets: [35, 35, 40, 40],
  },
  {
    name: 'Pipeline created',
    owner: 'sales',
    kind: 'manual',
    unit: 'currency',
    description: 'New pipeline from the CRM, entered weekly.',
    targets: [180_000, 200_000, 220_000, 240_000],
  },
  {
    name: 'Qualified opportunities',
    owner: 'sales',
    kind: 'manual',
    unit: 'count',
    description: 'Sales-qualified opportunities from the CRM.',
    targets: [24, 26, 28, 30],
  },
  {
    name: 'Win rate (sales)',
    owner: 'sales',
    kind: 'win_rate',
    description: 'Deals won of deals decided.',
    targets: [40, 42, 45, 45],
  },
];

/**
 * Metrics for every role with monthly targets for the last three months and this one, and a few months of
 * weekly values for the manual (CRM) ones, so Home and the dashboards show statuses at once. Computed values
 * come from the demo's events, surveys, deals and feedback as they are when read.
 */
export async function buildMetricsDemo(ctx: WsCtx, now: Date): Promise<Record<string, number>> {
  const w = { workspaceId: ctx.workspaceId };
  const [shipped] = await ctx.db
    .select({ id: features.id })
    .from(features)
    .where(and(eq(features.workspaceId, ctx.workspaceId), eq(features.status, 'shipped')))
    .orderBy(asc(features.title))
    .limit(1);
  const plans = PLANS.filter((p) => p.kind !== 'feature_adoption' || shipped).map((p) =>
    p.kind === 'feature_adoption' ? { ...p, filters: { featureId: shipped!.id } } : p,
  );
  const rows = await ctx.db
    .insert(metrics)
    .values(
      plans.map((p) => ({
        ...w,
        name: p.name,
        description: p.description,
        ownerRole: p.owner,
        kind: p.kind,
        filters: p.filters ?? {},
        unit: p.unit ?? METRIC_KIND_INFO[p.kind].unit,
        direction: METRIC_KIND_INFO[p.kind].direction,
        period: 'month' as const,
      })),
    )
    .returning();
  const thisMonth = periodStartOf('month', isoDay(now));
  const months = [3, 2, 1, 0].map((back) => {
    const d = new Date(`${thisMonth}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() - back);
    return isoDay(d);
  });
  const targets = rows.flatMap((m, i) =>
    months.map((periodStart, k) => ({ ...w, metricId: m.id, periodStart, value: plans[i]!.targets[k]! })),
  );
  await ctx.db.insert(metricTargets).values(targets);
  // Weekly CRM figures on Mondays over the last 13 weeks, a little under or over a quarter of the month's target.
  const values = rows.flatMap((m, i) => {
    if (m.kind !== 'manual') return [];
    const plan = plans[i]!;
    const monday = periodStartOf('week', isoDay(now));
    return Array.from({ length: 13 }, (_, k) => {
      const on = addDays(monday, -7 * k);
      const monthly = plan.targets[Math.max(0, 3 - Math.floor(k / 4.35))]!;
      const wobble = 0.85 + ((k * 37 + i * 11) % 30) / 100;
      const value = (monthly / 4.35) * wobble;
      return {
        ...w,
        metricId: m.id,
        on,
        value: m.unit === 'count' ? Math.round(value) : Math.round(value / 100) * 100,
      };
    });
  });
  if (values.length) await ctx.db.insert(metricValues).values(values);
  await recordActivities(
    ctx,
    rows.map((m) => ({
      entityType: 'metric' as const,
      entityId: m.id,
      action: 'created' as const,
      after: { name: m.name, ownerRole: m.ownerRole, kind: m.kind },
    })),
  );
  return { metrics: rows.length, metricTargets: targets.length, metricValues: values.length };
}
