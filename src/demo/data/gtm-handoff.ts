import type { Channel } from '../../core/enums.ts';
import type { campaigns } from '../../modules/campaigns/schema.ts';
import type { programs } from '../../modules/requirements/schema.ts';

/*
 * The hand-off half of the demo as data: requirements product marketing filed, the programs marketing
 * answered with (one in each state of the review), and their campaigns. Dates are days from today;
 * personas, launches and programs are named by the keys the builders give them.
 */

export const REQUIREMENTS = [
  {
    key: 'cio',
    title: 'CIOs must see how the semantic layer fits their data strategy',
    persona: 'vp_data',
    outcome: 'VPs of Data shortlist Northwind for governance',
    metric: '25 qualified meetings with data leaders',
    priority: 'high' as const,
    due: 20,
    launch: 'r73',
  },
  {
    key: 'roi',
    title: 'Finance leaders need proof of ROI before renewal season',
    persona: 'cfo',
    outcome: 'CFOs sign off renewals without a discount',
    metric: 'Renewal rate ≥ 92%',
    priority: 'urgent' as const,
    due: 35,
    launch: null,
  },
  {
    key: 'dbt',
    title: 'Analytics engineers do not know we work with dbt',
    persona: 'analytics_engineer',
    outcome: 'dbt users start trials',
    metric: '300 trials from dbt users',
    priority: 'medium' as const,
    due: 60,
    launch: 'r74',
  },
  {
    key: 'partners',
    title: 'Partners cannot explain embedded analytics to their clients',
    persona: 'revops',
    outcome: 'Partners pitch embedded on their own',
    metric: '15 partner-sourced deals',
    priority: 'high' as const,
    due: 50,
    launch: 'r74',
  },
];

type Plan = {
  key: string;
  name: string;
  description: string;
  reqs: string[];
  channels: Channel[];
  start: number;
  end: number;
  budget: number;
  status: (typeof programs.$inferInsert)['status'];
  review?: string;
};
export const PROGRAMS: Plan[] = [
  {
    key: 'whitepaper',
    name: 'Semantic layer white paper and CIO roundtables',
    description: 'A web page and a white paper, promoted by email and paid search, plus two CIO roundtables.',
    reqs: ['cio'],
    channels: ['content', 'email', 'paid_search', 'events'],
    start: -20,
    end: 40,
    budget: 48_000,
    status: 'in_progress',
  },
  {
    key: 'roi',
    name: 'ROI calculator and customer stories',
    description: 'An ROI calculator with three customer stories, sent to finance contacts before renewal.',
    reqs: ['roi'],
    channels: ['content', 'email', 'direct_sales'],
    start: -5,
    end: 45,
    budget: 22_000,
    status: 'accepted',
  },
  {
    key: 'dbt',
    name: 'dbt community programme',
    description: 'Sponsor community meetups and publish a dbt integration guide.',
    reqs: ['dbt'],
    channels: ['events', 'content', 'organic_social'],
    start: 10,
    end: 90,
    budget: 30_000,
    status: 'sent_back',
    review: 'Add a hands-on webinar: engineers want to see the code.',
  },
  {
    key: 'dbt2',
    name: 'dbt webinar series',
    description: 'Monthly live coding webinars with the dbt integration.',
    reqs: ['dbt'],
    channels: ['webinar', 'email'],
    start: 15,
    end: 120,
    budget: 12_000,
    status: 'proposed',
  },
  {
    key: 'q1',
    name: 'Winter pipeline push',
    description: 'Paid social and email to rebuild pipeline after the holidays.',
    reqs: ['cio'],
    channels: ['paid_social', 'email'],
    start: -120,
    end: -60,
    budget: 35_000,
    status: 'done',
  },
];

type Campaign = {
  program: string;
  name: string;
  channel: Channel;
  persona: string;
  start: number;
  end: number;
  planned: number;
  actual: number;
  status: (typeof campaigns.$inferInsert)['status'];
};
export const CAMPAIGNS: Campaign[] = [
  {
    program: 'whitepaper',
    name: 'Semantic Layer Guide – Paid Search',
    channel: 'paid_search',
    persona: 'vp_data',
    start: -15,
    end: 30,
    planned: 12_000,
    actual: 7_400,
    status: 'active',
  },
  {
    program: 'whitepaper',
    name: 'Semantic Layer Guide – Email',
    channel: 'email',
    persona: 'vp_data',
    start: -10,
    end: 20,
    planned: 2_000,
    actual: 900,
    status: 'active',
  },
  {
    program: 'whitepaper',
    name: 'CIO Roundtable Berlin',
    channel: 'events',
    persona: 'vp_data',
    start: 25,
    end: 25,
    planned: 15_000,
    actual: 0,
    status: 'planned',
  },
  {
    program: 'roi',
    name: 'ROI Calculator Launch',
    channel: 'content',
    persona: 'cfo',
    start: 0,
    end: 40,
    planned: 6_000,
    actual: 1_500,
    status: 'active',
  },
  {
    program: 'roi',
    name: 'Renewal Stories for Finance',
    channel: 'email',
    persona: 'cfo',
    start: 10,
    end: 45,
    planned: 3_000,
    actual: 0,
    status: 'planned',
  },
  {
    program: 'q1',
    name: 'Winter Pipeline – LinkedIn',
    channel: 'paid_social',
    persona: 'revops',
    start: -115,
    end: -65,
    planned: 20_000,
    actual: 24_500,
    status: 'completed',
  },
  {
    program: 'q1',
    name: 'Winter Pipeline – Nurture',
    channel: 'email',
    persona: 'ops_manager',
    start: -110,
    end: -60,
    planned: 4_000,
    actual: 3_800,
    status: 'completed',
  },
];
