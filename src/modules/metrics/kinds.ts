import type { MetricDirection, MetricKind, MetricOwner, MetricUnit } from '../../core/enums.ts';
import type { MetricFilters } from './schema.ts';

/**
 * What each kind of metric means, its default unit and direction, the filters it reads, and whether it adds up
 * over a period (judged on pace, status.ts). Pure: the web app's form imports it too.
 */
export type FilterKey = keyof MetricFilters;

export type KindInfo = {
  label: string;
  unit: MetricUnit;
  direction: MetricDirection;
  filters: readonly FilterKey[];
  /** Counts and amounts that grow through a period; rates, averages and scores do not. */
  additive: boolean;
  /** The role whose dashboard it belongs on, for the form's default. */
  owner: MetricOwner;
  help: string;
};

const ATTRIBUTED = ['campaignId', 'programId', 'launchId'] as const;

export const METRIC_KIND_INFO: Record<MetricKind, KindInfo> = {
  manual: {
    label: 'Manual values',
    unit: 'count',
    direction: 'up',
    filters: [],
    additive: true,
    owner: 'sales',
    help: 'Values entered or imported (pipeline from a CRM). Counts and amounts add up over a period; other units take the latest value.',
  },
  traffic: {
    label: 'Traffic (visits)',
    unit: 'count',
    direction: 'up',
    filters: [...ATTRIBUTED, 'channel'],
    additive: true,
    owner: 'marketer',
    help: 'Visits (not bots) started in the period.',
  },
  unique_visitors: {
    label: 'Unique visitors',
    unit: 'count',
    direction: 'up',
    filters: [...ATTRIBUTED, 'channel'],
    additive: true,
    owner: 'marketer',
    help: 'Distinct persons who visited in the period.',
  },
  leads: {
    label: 'Leads',
    unit: 'count',
    direction: 'up',
    filters: ATTRIBUTED,
    additive: true,
    owner: 'marketer',
    help: 'Persons who became known in the period (credited by the attribution model when a campaign, program or launch is chosen).',
  },
  conversions: {
    label: 'Conversions',
    unit: 'count',
    direction: 'up',
    filters: ATTRIBUTED,
    additive: true,
    owner: 'marketer',
    help: 'Conversion goal events in the period.',
  },
  conversion_rate: {
    label: 'Conversion rate',
    unit: 'percent',
    direction: 'up',
    filters: ATTRIBUTED,
    additive: false,
    owner: 'product_marketer',
    help: 'Conversions per unique visitor, in %.',
  },
  revenue: {
    label: 'Revenue',
    unit: 'currency',
    direction: 'up',
    filters: ATTRIBUTED,
    additive: true,
    owner: 'marketer',
    help: "Revenue of conversion goals in the goals' currency.",
  },
  cost_per_lead: {
    label: 'Cost per lead',
    unit: 'currency',
    direction: 'down',
    filters: ATTRIBUTED,
    additive: false,
    owner: 'marketer',
    help: "Campaigns' actual spend (prorated to the period) per lead.",
  },
  cost_per_conversion: {
    label: 'Cost per conversion',
    unit: 'currency',
    direction: 'down',
    filters: ATTRIBUTED,
    additive: false,
    owner: 'marketer',
    help: "Campaigns' actual spend (prorated to the period) per conversion.",
  },
  roi: {
    label: 'ROI',
    unit: 'percent',
    direction: 'up',
    filters: ATTRIBUTED,
    additive: false,
    owner: 'marketer',
    help: '(Revenue − spend) ÷ spend, in %.',
  },
  nps: {
    label: 'NPS',
    unit: 'score',
    direction: 'up',
    filters: ['productId', 'launchId', 'personaId', 'segment'],
    additive: false,
    owner: 'product_marketer',
    help: '% promoters (9–10) − % detractors (0–6) of NPS answers in the period.',
  },
  csat: {
    label: 'CSAT',
    unit: 'percent',
    direction: 'up',
    filters: ['productId', 'launchId', 'personaId', 'segment'],
    additive: false,
    owner: 'product_marketer',
    help: 'Share of CSAT answers of 4–5, in %.',
  },
  ces: {
    label: 'CES',
    unit: 'percent',
    direction: 'up',
    filters: ['productId', 'launchId', 'personaId', 'segment'],
    additive: false,
    owner: 'product_marketer',
    help: 'Share of CES answers of 5–7 (it was easy), in %.',
  },
  feature_adoption: {
    label: 'Feature adoption',
    unit: 'percent',
    direction: 'up',
    filters: ['featureId'],
    additive: false,
    owner: 'product_manager',
    help: 'Active persons in the period who used the feature (its adoption signal), in %.',
  },
  retention: {
    label: 'Retention',
    unit: 'percent',
    direction: 'up',
    filters: ['featureId'],
    additive: false,
    owner: 'product_manager',
    help: 'Persons active in the previous period of the same length (who used the feature, if one is chosen) active again in this one, in %.',
  },
  feedback_volume: {
    label: 'Feedback volume',
    unit: 'count',
    direction: 'up',
    filters: ['productId', 'personaId', 'segment'],
    additive: true,
    owner: 'product_manager',
    help: 'Feedback items received in the period.',
  },
  feedback_sentiment: {
    label: 'Feedback sentiment',
    unit: 'score',
    direction: 'up',
    filters: ['productId', 'personaId', 'segment'],
    additive: false,
    owner: 'product_manager',
    help: 'Net sentiment: % positive − % negative of the feedback with a sentiment received in the period (−100 to 100).',
  },
  win_rate: {
    label: 'Win rate',
    unit: 'percent',
    direction: 'up',
    filters: ['productId', 'competitorId', 'segment'],
    additive: false,
    owner: 'product_marketer',
    help: 'Deals won ÷ deals won or lost, closed in the period, in % (no decision is left out).',
  },
};

/** Whether a metric adds up over its period: a manual metric's unit decides (counts and amounts do). */
export function isAdditive(kind: MetricKind, unit: MetricUnit): boolean {
  if (kind === 'manual') return unit === 'count' || unit === 'currency';
  return METRIC_KIND_INFO[kind].additive;
}
