import dayjs from 'dayjs';
import type { paths } from '../../api/client';

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

const currency = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** Whole-unit money, as budgets are planned. */
export const money = (amount: number) => currency.format(amount);

/** A signed difference: "+$1,200" over, "−$300" under. */
export const signedMoney = (amount: number) =>
  amount === 0 ? money(0) : `${amount > 0 ? '+' : '−'}${money(Math.abs(amount))}`;

/** 'D MMM YYYY', or a dash for no date. */
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('D MMM YYYY') : '—');

/** "3 Mar – 9 Apr 2027", "from 3 Mar 2027", "until …", or "No dates". */
export function formatRange(start: string | null | undefined, end: string | null | undefined): string {
  if (start && end) {
    const s = dayjs(start);
    const e = dayjs(end);
    return `${s.format(s.year() === e.year() ? 'D MMM' : 'D MMM YYYY')} – ${e.format('D MMM YYYY')}`;
  }
  if (start) return `from ${formatDate(start)}`;
  if (end) return `until ${formatDate(end)}`;
  return 'No dates';
}
