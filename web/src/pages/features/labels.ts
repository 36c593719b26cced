/** Human names and formats of the product-management vocabulary. */

export const FEATURE_STATUSES = [
  'idea',
  'discovery',
  'planned',
  'in_progress',
  'shipped',
  'wont_do',
] as const;
export type FeatureStatus = (typeof FEATURE_STATUSES)[number];

export const FEATURE_STATUS_LABEL: Record<FeatureStatus, string> = {
  idea: 'Idea',
  discovery: 'Discovery',
  planned: 'Planned',
  in_progress: 'In progress',
  shipped: 'Shipped',
  wont_do: "Won't do",
};

export const FEATURE_STATUS_COLOR: Record<FeatureStatus, string> = {
  idea: 'gray',
  discovery: 'grape',
  planned: 'blue',
  in_progress: 'orange',
  shipped: 'teal',
  wont_do: 'red',
};

export const IMPORTANCE = [
  { value: 'nice_to_have', label: 'Nice to have' },
  { value: 'important', label: 'Important' },
  { value: 'critical', label: 'Critical' },
] as const;
export type Importance = (typeof IMPORTANCE)[number]['value'];
export const importanceLabel = (v: string) => IMPORTANCE.find((i) => i.value === v)?.label ?? v;
export const IMPORTANCE_COLOR: Record<string, string> = {
  nice_to_have: 'gray',
  important: 'blue',
  critical: 'red',
};

export const SOURCES = [
  { value: 'sales_call', label: 'Sales call' },
  { value: 'support', label: 'Support' },
  { value: 'survey', label: 'Survey' },
  { value: 'portal', label: 'Portal' },
  { value: 'email', label: 'Email' },
  { value: 'api', label: 'API' },
  { value: 'other', label: 'Other' },
] as const;
export type Source = (typeof SOURCES)[number]['value'];
export const sourceLabel = (v: string) => SOURCES.find((s) => s.value === v)?.label ?? v;

export const SENTIMENTS = [
  { value: 'positive', label: 'Positive' },
  { value: 'neutral', label: 'Neutral' },
  { value: 'negative', label: 'Negative' },
] as const;
export type Sentiment = (typeof SENTIMENTS)[number]['value'];
export const SENTIMENT_COLOR: Record<string, string> = { positive: 'teal', neutral: 'gray', negative: 'red' };
export const sentimentLabel = (v: string | null) => SENTIMENTS.find((s) => s.value === v)?.label ?? '—';

export const FEEDBACK_STATUSES = [
  { value: 'new', label: 'New' },
  { value: 'triaged', label: 'Triaged' },
  { value: 'archived', label: 'Archived' },
] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number]['value'];

export const SEGMENT_LABEL: Record<string, string> = {
  smb: 'SMB',
  mid_market: 'Mid-market',
  enterprise: 'Enterprise',
  public_sector: 'Public sector',
  startup: 'Startup',
  other: 'Other',
};

const money = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const compactMoney = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 1,
});
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

export const formatMoney = (n: number | null | undefined) => (n == null ? '—' : money.format(n));
export const formatCompactMoney = (n: number | null | undefined) =>
  n == null ? '—' : compactMoney.format(n);
export const formatNumber = (n: number | null | undefined) => (n == null ? '—' : number.format(n));
export const DATE = 'D MMM YYYY';
