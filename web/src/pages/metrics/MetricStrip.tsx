import type { DateRange } from '../dashboards/range';

/**
 * PLACEHOLDER from the issue-14 foundation commit, replaced by the metrics branch: the row of metric cards
 * (value, change against the previous period, target and status with its rule) a role owns, shown at the
 * top of its dashboard and on Home. Dashboards place it now; it renders nothing until then.
 */
export function MetricStrip(_props: {
  role: 'product_manager' | 'product_marketer' | 'marketer' | 'sales';
  range: DateRange;
}) {
  return null;
}
