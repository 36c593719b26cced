import dayjs from 'dayjs';
import type { paths } from '../../api/schema.gen';
import { formatMoney, formatNumber } from '../../app/format';

/** The marketing dashboard's payload, as the API answers it. */
export type MarketingData =
  paths['/api/v1/workspaces/{workspaceId}/dashboards/marketing']['get']['responses'][200]['content']['application/json'];
export type Totals = MarketingData['totals'];
export type TrafficChannel = MarketingData['channels'][number]['channel'];
export type Model = MarketingData['model'];

/** Channel groups as a marketer names them; a Record so a new server channel breaks the build here. */
export const TRAFFIC_CHANNEL_LABEL: Record<TrafficChannel, string> = {
  direct: 'Direct',
  organic_search: 'Organic search',
  paid_search: 'Paid search',
  organic_social: 'Organic social',
  paid_social: 'Paid social',
  email: 'Email',
  affiliate: 'Affiliates',
  referral: 'Referral',
  display: 'Display',
  video: 'Video',
  other: 'Other',
};

export const MODELS: { value: Model; label: string }[] = [
  { value: 'first_touch', label: 'First touch' },
  { value: 'last_touch', label: 'Last touch' },
  { value: 'linear', label: 'Linear' },
  { value: 'position_based', label: 'Position-based' },
];

/** Revenue in the goals' currency: the app's dollar format for USD, the amount and its code otherwise. */
export const amount = (n: number | null, currency: string) =>
  n === null ? '—' : currency === 'USD' ? formatMoney(n) : `${formatNumber(n)} ${currency}`;

const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 0 });
/** ROI as people read it: "+148 %" / "−25 %"; a dash without spend. */
export const formatRoi = (roi: number | null) =>
  roi === null ? '—' : `${roi > 0 ? '+' : roi < 0 ? '−' : ''}${percent.format(Math.abs(roi))}`;

export type Change = {
  direction: 'up' | 'down' | 'flat';
  /** Whether the move is good news (more visits; a lower cost per lead). Null when flat or not comparable. */
  good: boolean | null;
  /** "+12 % vs previous period", "New vs previous period", "No change". */
  text: string;
};

/**
 * How a figure moved against the previous period. `lowerIsBetter` for costs. A previous value of 0 (or none)
 * cannot give a percentage: the change then reads "new" (or "no change" when both are 0 / missing).
 */
export function changeOf(current: number | null, previous: number | null, lowerIsBetter = false): Change {
  const flat = (text: string): Change => ({ direction: 'flat', good: null, text });
  if (current === previous) return flat('No change vs previous period');
  // A cost or ROI is null without leads or spend: nothing to compare against, which is not "no change".
  if (current === null) return flat('None this period');
  if (previous === null) return flat('None in the previous period');
  const direction = current > previous ? 'up' : 'down';
  const good = (direction === 'up') !== lowerIsBetter;
  if (previous === 0) return { direction, good, text: 'New vs previous period (was 0)' };
  const pct = Math.round(((current - previous) / Math.abs(previous)) * 100);
  const sign = pct > 0 ? '+' : pct < 0 ? '−' : '±';
  return { direction, good, text: `${sign}${Math.abs(pct)} % vs previous period` };
}

/** One row per day of the range for the chart; with a comparison, the previous period's day at the same index. */
export function chartRows(d: Pick<MarketingData, 'series' | 'previousSeries'>) {
  return d.series.map((p, i) => {
    const prev = d.previousSeries?.[i];
    return {
      day: dayjs(p.day).format('D MMM'),
      Visits: p.visits,
      Leads: round(p.leads),
      Conversions: round(p.conversions),
      ...(prev
        ? {
            'Visits (previous)': prev.visits,
            'Leads (previous)': round(prev.leads),
            'Conversions (previous)': round(prev.conversions),
          }
        : {}),
    };
  });
}

const round = (n: number) => Math.round(n * 10) / 10;

/** Whether the range shows nothing at all to chart: no visits, leads or conversions. */
export const isEmpty = (d: Pick<MarketingData, 'totals'>) =>
  d.totals.visits === 0 && d.totals.leads === 0 && d.totals.conversions === 0;
