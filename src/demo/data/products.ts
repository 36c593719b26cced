import type { ReleaseStatus } from '../../core/enums.ts';
import type { Criterion } from '../../modules/scoring/model.ts';

export type ProductKey = 'line' | 'dash' | 'pipe' | 'embed';

export type DemoProduct = {
  key: ProductKey;
  parent?: ProductKey;
  name: string;
  description: string;
  vision: string;
  function: string;
  targetDemographic: string;
  value: string;
};

/** A product line and its three products. */
export const PRODUCTS: DemoProduct[] = [
  {
    key: 'line',
    name: 'Northwind Analytics Platform',
    description: 'The product line: everything a data team needs from raw events to a shared dashboard.',
    vision: 'Every decision in a mid-sized company is made with numbers everyone trusts.',
    function: 'Collect, model and present business data in one governed platform.',
    targetDemographic: 'Companies of 50 to 5,000 people with a small data team and many data consumers.',
    value: 'Replaces a patchwork of scripts, spreadsheets and single-purpose tools with one platform.',
  },
  {
    key: 'dash',
    parent: 'line',
    name: 'Northwind Dashboards',
    description: 'Self-serve dashboards and reports on top of the warehouse.',
    vision: 'Anyone can answer their own question in under five minutes without filing a ticket.',
    function: 'Build, share and schedule dashboards; explore metrics with filters and drill-downs.',
    targetDemographic: 'Business users in finance, sales and operations; analysts who publish for them.',
    value: 'Frees analysts from repetitive report requests and gives managers current numbers.',
  },
  {
    key: 'pipe',
    parent: 'line',
    name: 'Northwind Pipelines',
    description: 'Managed connectors and transformations that load data into the warehouse.',
    vision: 'Data arrives on time, correct, and nobody has to babysit a cron job again.',
    function: 'Extract from SaaS tools and databases, transform with SQL, load on a schedule.',
    targetDemographic: 'Data engineers and analytics engineers in lean teams.',
    value: 'Cuts the hours spent maintaining brittle ingestion scripts and explains failures.',
  },
  {
    key: 'embed',
    parent: 'line',
    name: 'Northwind Embedded',
    description: 'Charts and dashboards embedded in our customers’ own products.',
    vision: 'Software vendors ship analytics to their users in days instead of quarters.',
    function: 'An SDK and iframe embedding with row-level security and white-labelling.',
    targetDemographic: 'SaaS companies whose customers ask for reporting inside the product.',
    value: 'Gives product teams customer-facing analytics without building a BI stack.',
  },
];

/** How each product's features are scored: RICE, a weighted scorecard fed by demand, and ICE. */
export const SCORING: { product: ProductKey; kind: 'rice' | 'weighted' | 'ice'; criteria: Criterion[] }[] = [
  { product: 'dash', kind: 'rice', criteria: [] },
  {
    product: 'pipe',
    kind: 'weighted',
    criteria: [
      { key: 'strategic_fit', label: 'Strategic fit', weight: 3, source: 'manual' },
      {
        key: 'revenue_demand',
        label: 'Revenue asking for it',
        weight: 4,
        source: 'customer_revenue',
        saturation: 1_500_000,
      },
      {
        key: 'feedback_volume',
        label: 'Feedback volume',
        weight: 2,
        source: 'feedback_count',
        saturation: 8,
      },
      { key: 'delivery_risk', label: 'Delivery risk', weight: -1, source: 'manual' },
    ],
  },
  { product: 'embed', kind: 'ice', criteria: [] },
];

export type ReleaseKey = 'r72' | 'r73' | 'r74' | 'r80';

/** Releases with target dates relative to the day the demo is seeded; 7.3 is deliberately over capacity. */
export const RELEASES: {
  key: ReleaseKey;
  name: string;
  description: string;
  daysFromToday: number;
  status: ReleaseStatus;
  capacity: number;
}[] = [
  {
    key: 'r72',
    name: 'Release 7.2',
    description: 'Scheduling and alerting basics.',
    daysFromToday: -34,
    status: 'released',
    capacity: 20,
  },
  {
    key: 'r73',
    name: 'Release 7.3',
    description: 'Governance: permissions, audit and certified metrics. Currently over capacity.',
    daysFromToday: 12,
    status: 'in_progress',
    capacity: 18,
  },
  {
    key: 'r74',
    name: 'Release 7.4',
    description: 'Connectors and embedding for the partner programme.',
    daysFromToday: 47,
    status: 'planned',
    capacity: 30,
  },
  {
    key: 'r80',
    name: 'Release 8.0',
    description: 'Natural-language questions and the new semantic layer.',
    daysFromToday: 103,
    status: 'planned',
    capacity: 40,
  },
];
