/** Human names of the workspace's value sets, shared by every screen (formats live in format.ts). */
import type { paths } from '../api/client';
import { FEATURE_STATUSES, type FeatureStatus } from '../../../src/core/enums.ts';

type Json<P extends keyof paths, M extends 'get'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

type CampaignItem = Json<'/api/v1/workspaces/{workspaceId}/campaigns', 'get'>['items'][number];
type ProgramItem = Json<'/api/v1/workspaces/{workspaceId}/programs', 'get'>['items'][number];
type RequirementItem = Json<'/api/v1/workspaces/{workspaceId}/requirements', 'get'>['items'][number];
type TouchpointItem = Json<
  '/api/v1/workspaces/{workspaceId}/campaigns/{id}/touchpoints',
  'get'
>['items'][number];
type CalendarItem = Json<'/api/v1/workspaces/{workspaceId}/calendar', 'get'>['items'][number];

export type Channel = CampaignItem['channel'];
export type CampaignStatus = CampaignItem['status'];
export type ProgramStatus = ProgramItem['status'];
export type Priority = RequirementItem['priority'];
export type Stage = TouchpointItem['stage'];
export type CalendarKind = CalendarItem['kind'];

/** Every channel with the name people use for it; a Record so a new server channel breaks the build here. */
export const CHANNEL_LABEL: Record<Channel, string> = {
  email: 'Email',
  paid_search: 'Paid search',
  paid_social: 'Paid social',
  organic_social: 'Organic social',
  video_ads: 'Video ads',
  content: 'Content',
  seo: 'SEO',
  website: 'Website',
  events: 'Events',
  pr: 'PR',
  webinar: 'Webinar',
  affiliate: 'Affiliates',
  direct_sales: 'Direct sales',
  in_product: 'In product',
};
export const CHANNELS = Object.keys(CHANNEL_LABEL) as Channel[];
export const channelOptions = CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABEL[c] }));

type Tone = { label: string; color: string };

export const CAMPAIGN_STATUS: Record<CampaignStatus, Tone> = {
  planned: { label: 'Planned', color: 'gray' },
  active: { label: 'Active', color: 'teal' },
  paused: { label: 'Paused', color: 'yellow' },
  completed: { label: 'Completed', color: 'indigo' },
  cancelled: { label: 'Cancelled', color: 'red' },
};

/** The program workflow in board order: proposed → accepted / sent back → in progress → done. */
export const PROGRAM_STATUS: Record<ProgramStatus, Tone> = {
  proposed: { label: 'Proposed', color: 'blue' },
  sent_back: { label: 'Sent back', color: 'orange' },
  accepted: { label: 'Accepted', color: 'teal' },
  in_progress: { label: 'In progress', color: 'indigo' },
  done: { label: 'Done', color: 'gray' },
  cancelled: { label: 'Cancelled', color: 'red' },
};

export const PRIORITY: Record<Priority, Tone> = {
  urgent: { label: 'Urgent', color: 'red' },
  high: { label: 'High', color: 'orange' },
  medium: { label: 'Medium', color: 'blue' },
  low: { label: 'Low', color: 'gray' },
};
export const PRIORITIES = Object.keys(PRIORITY) as Priority[];

/** Journey stages in the order a buyer meets them (the server refuses a journey that goes backwards). */
export const STAGE: Record<Stage, Tone> = {
  awareness: { label: 'Awareness', color: 'blue' },
  consideration: { label: 'Consideration', color: 'violet' },
  conversion: { label: 'Conversion', color: 'teal' },
  retention: { label: 'Retention', color: 'orange' },
};
export const STAGES = Object.keys(STAGE) as Stage[];

export const CALENDAR_KIND: Record<CalendarKind, Tone> = {
  campaign: { label: 'Campaigns', color: 'teal' },
  program: { label: 'Programs', color: 'indigo' },
  launch: { label: 'Launches', color: 'grape' },
  release: { label: 'Releases', color: 'orange' },
};
export const CALENDAR_KINDS = Object.keys(CALENDAR_KIND) as CalendarKind[];

// The product-management vocabulary.

export { FEATURE_STATUSES, type FeatureStatus };

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

/** Select options from a label map, in its order, typed by its keys. */
export const labelOptions = <K extends string>(labels: Record<K, string>) =>
  (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
