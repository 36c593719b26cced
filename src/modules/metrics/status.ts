import type { MetricDirection, MetricStatus, MetricUnit } from '../../core/enums.ts';

/**
 * A metric's status against its target, with the rule that decided it as a sentence shown beside it.
 * - Additive metrics (counts and amounts that grow through the period: leads, revenue, pipeline) are judged on
 *   pace: the value so far divided by the share of the period elapsed, compared with the target.
 * - Rates, averages and scores (conversion rate, cost per lead, NPS) are judged on the value itself.
 * - Direction `up`: at or above target is on track; within `tolerance` below it (10 % by default) at risk;
 *   further below, off track. Direction `down` (less is better) mirrors it.
 * - No target, or no value yet: `no_target`, with a rule that says which.
 */
export type StatusInput = {
  direction: MetricDirection;
  unit: MetricUnit;
  /** Whether the value adds up over the period (judged on pace) or is a rate / score (judged as it is). */
  additive: boolean;
  target: number | null;
  value: number | null;
  /** Days of the period elapsed so far (at least 1) and its length in days. */
  day: number;
  days: number;
  tolerance: number;
};

export type StatusResult = { status: MetricStatus; rule: string; pace: number | null };

export function metricStatus(i: StatusInput): StatusResult {
  const fmt = (n: number) => formatValue(n, i.unit);
  if (i.target === null) return { status: 'no_target', rule: 'No target set for this period.', pace: null };
  if (i.value === null)
    return {
      status: 'no_target',
      rule: `No value yet this period to judge against the target of ${fmt(i.target)}.`,
      pace: null,
    };
  const days = Math.max(1, i.days);
  const day = Math.min(days, Math.max(1, i.day));
  const judged = i.additive ? (i.value * days) / day : i.value;
  const up = i.direction === 'up';
  const good = up ? judged >= i.target : judged <= i.target;
  // The band "at risk" spans `tolerance` of the target's size beyond it, the wrong way.
  const band = Math.abs(i.target) * i.tolerance;
  const near = up ? judged >= i.target - band : judged <= i.target + band;
  const status: MetricStatus = good ? 'on_track' : near ? 'at_risk' : 'off_track';
  const label = status === 'on_track' ? 'On track' : status === 'at_risk' ? 'At risk' : 'Off track';
  const cmp = good ? (up ? '≥' : '≤') : up ? '<' : '>';
  const margin =
    status === 'at_risk'
      ? ` (within ${Math.round(i.tolerance * 100)} %)`
      : status === 'off_track'
        ? ` (more than ${Math.round(i.tolerance * 100)} % off)`
        : '';
  const rule = i.additive
    ? day >= days
      ? `${label}: ${fmt(i.value)} over the period ${cmp} target ${fmt(i.target)}${margin}.`
      : `${label}: ${fmt(i.value)} by day ${day} of ${days}, pace to ${fmt(judged)} ${cmp} target ${fmt(i.target)}${margin}.`
    : `${label}: ${fmt(i.value)} ${cmp} target ${fmt(i.target)}${margin}${up ? '' : ' (lower is better)'}.`;
  return { status, rule, pace: i.additive ? judged : null };
}

/** A value as the rule sentence shows it (the web app formats cards itself with app/format.ts). */
export function formatValue(n: number, unit: MetricUnit): string {
  const digits = unit === 'count' ? 0 : unit === 'ratio' ? 2 : 1;
  const text = n.toLocaleString('en-US', { maximumFractionDigits: digits });
  switch (unit) {
    case 'percent':
      return `${text} %`;
    case 'currency':
      return n.toLocaleString('en-US', { maximumFractionDigits: Math.abs(n) >= 100 ? 0 : 2 });
    case 'ratio':
      return `${text}×`;
    case 'count':
    case 'score':
      return text;
    default: {
      const never: never = unit;
      throw new Error(`unknown unit ${String(never)}`);
    }
  }
}
