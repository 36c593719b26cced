import { formatMoney, formatNumber } from '../../app/format';
import { linkTo } from '../../app/links';
import type { Role } from '../../app/workspace';
import type { MetricRole, MetricStatus, MetricUnit, SummaryItem } from './queries';

/** How metrics read on cards, the metrics page and Home: values in their unit, status, change, drill-down. */

export const METRIC_ROLES: readonly MetricRole[] = [
  'product_manager',
  'product_marketer',
  'marketer',
  'sales',
];

export const STATUS_LABEL: Record<MetricStatus, string> = {
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  no_target: 'No target',
};
/** A status as read: "no target" with a target set means there is no value yet to judge. */
export const statusLabel = (status: MetricStatus, target: number | null | undefined) =>
  status === 'no_target' && target != null ? 'No data yet' : STATUS_LABEL[status];

export const STATUS_COLOR: Record<MetricStatus, string> = {
  on_track: 'teal',
  at_risk: 'yellow',
  off_track: 'red',
  no_target: 'gray',
};

export const UNIT_LABEL: Record<MetricUnit, string> = {
  count: 'Count',
  percent: 'Percent',
  currency: 'Currency (USD)',
  score: 'Score',
  ratio: 'Ratio',
};

/** A value in its unit: "1,240", "$12,400", "4.2 %", "NPS 31", "1.8×"; a dash for none. */
export function formatMetric(value: number | null | undefined, unit: MetricUnit): string {
  if (value == null) return '—';
  switch (unit) {
    case 'currency':
      return formatMoney(value);
    case 'percent':
      return `${formatNumber(value)} %`;
    case 'ratio':
      return `${formatNumber(value)}×`;
    case 'count':
      return formatNumber(Math.round(value));
    case 'score':
      return formatNumber(value);
  }
}

/**
 * The change against the previous period, as text that does not rely on colour: the arrow, the amount and
 * whether it is good ("↑ 12 better"), with the colour it is shown in (green good, red bad; direction down inverts).
 */
export function changeOf(m: Pick<SummaryItem, 'change' | 'direction' | 'unit'>) {
  if (m.change == null) return null;
  if (m.change === 0) return { text: 'no change', color: 'dimmed', arrow: '→' };
  const up = m.change > 0;
  const good = up === (m.direction === 'up');
  const amount =
    m.unit === 'percent'
      ? `${formatNumber(Math.abs(m.change))} pts`
      : formatMetric(Math.abs(m.change), m.unit);
  return {
    text: `${amount} ${good ? 'better' : 'worse'}`,
    color: good ? 'teal' : 'red',
    arrow: up ? '↑' : '↓',
  };
}

/** Where a card leads: the campaign, launch or feature its filter names, else the metric's own page. */
export function drillDown(workspaceId: string, m: Pick<SummaryItem, 'id' | 'filters'>): string {
  const f = m.filters;
  if (f.campaignId) return linkTo(workspaceId, { entityType: 'campaign', entityId: f.campaignId });
  if (f.launchId) return linkTo(workspaceId, { entityType: 'launch', entityId: f.launchId });
  if (f.featureId) return linkTo(workspaceId, { entityType: 'feature', entityId: f.featureId });
  if (f.programId) return linkTo(workspaceId, { entityType: 'program', entityId: f.programId });
  if (f.competitorId) return linkTo(workspaceId, { entityType: 'competitor', entityId: f.competitorId });
  return `/w/${workspaceId}/metrics/${m.id}`;
}

/** The row rule the server enforces: only the metric's own role, or an admin, changes it. */
export const mayEdit = (role: Role, ownerRole: MetricRole) => role === 'admin' || role === ownerRole;
