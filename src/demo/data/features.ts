import type { FeatureStatus } from '../../core/enums.ts';
import type { ScoreInputs } from '../../modules/scoring/model.ts';
import type { ProductKey, ReleaseKey } from './products.ts';

export type DemoFeature = {
  key: string;
  product: Exclude<ProductKey, 'line'>;
  title: string;
  asA: string;
  iWant: string;
  soThat: string;
  acceptanceCriteria: string[];
  status: FeatureStatus;
  effort: number | null;
  inputs: ScoreInputs;
  release?: ReleaseKey;
  owner: 'pm' | 'admin';
};

type Rest = Pick<DemoFeature, 'status' | 'effort' | 'inputs' | 'release'> & { owner?: 'pm' | 'admin' };
const f = (
  key: string,
  product: DemoFeature['product'],
  title: string,
  story: [asA: string, iWant: string, soThat: string],
  acceptanceCriteria: string[],
  rest: Rest,
): DemoFeature => ({
  key,
  product,
  title,
  asA: story[0],
  iWant: story[1],
  soThat: story[2],
  acceptanceCriteria,
  owner: 'pm',
  ...rest,
});

const rice = (reach: number, impact: number, confidence: number): ScoreInputs => ({
  reach,
  impact,
  confidence,
});
const scorecard = (strategic_fit: number, delivery_risk: number): ScoreInputs => ({
  ratings: { strategic_fit, delivery_risk },
});
const ice = (impact: number, confidence: number, ease: number): ScoreInputs => ({ impact, confidence, ease });

/** Forty user stories across the three products, at every stage of the workflow. */
export const FEATURES: DemoFeature[] = [
  // ── Dashboards (RICE) ────────────────────────────────────────────────────
  f(
    'd-schedule',
    'dash',
    'Scheduled email reports',
    [
      'finance manager',
      'a dashboard emailed to my team every Monday at 8am',
      'we start the week from the same numbers without logging in',
    ],
    [
      'Schedules can be daily, weekly or monthly with a time zone',
      'The email shows a snapshot image and a link to the live dashboard',
      'Failed deliveries are retried and reported to the owner',
    ],
    { status: 'shipped', effort: 5, inputs: rice(1800, 2, 80), release: 'r72' },
  ),
  f(
    'd-alerts',
    'dash',
    'Threshold alerts on metrics',
    [
      'operations lead',
      'to be notified when a metric crosses a threshold I set',
      'I react to problems before customers notice them',
    ],
    [
      'Alerts on above, below and percentage change',
      'Notifications by email and webhook',
      'An alert fires at most once per evaluation window',
    ],
    { status: 'shipped', effort: 6, inputs: rice(1200, 2, 80), release: 'r72' },
  ),
  f(
    'd-darkmode',
    'dash',
    'Dark mode',
    ['analyst who works late', 'a dark colour theme', 'long sessions are easier on my eyes'],
    ['All charts stay legible in both themes', 'The choice is remembered per user'],
    { status: 'wont_do', effort: 3, inputs: rice(400, 0.25, 50) },
  ),
  f(
    'd-drill',
    'dash',
    'Drill down from a chart to the underlying rows',
    [
      'sales manager',
      'to click a bar and see the deals behind it',
      'I can explain a number without asking an analyst',
    ],
    [
      'Clicking a data point opens the rows behind it with the same filters',
      'Rows can be exported to CSV',
      'Drill-down respects row-level permissions',
    ],
    { status: 'in_progress', effort: 8, inputs: rice(2500, 2, 80), release: 'r73' },
  ),
  f(
    'd-certified',
    'dash',
    'Certified metrics',
    ['head of data', 'to mark a metric as certified', 'people know which revenue number is the official one'],
    [
      'Only admins and data owners can certify',
      'Certified metrics show a badge everywhere they appear',
      'Editing a certified metric removes the badge until re-certified',
    ],
    { status: 'planned', effort: 5, inputs: rice(900, 1, 80), release: 'r73' },
  ),
  f(
    'd-rls',
    'dash',
    'Row-level permissions on dashboards',
    [
      'data platform owner',
      'rules that limit which rows each group sees',
      'regional managers only see their own region on a shared dashboard',
    ],
    [
      'Rules are defined once per dataset and apply to every chart',
      'An admin can preview a dashboard as another user',
      'Exports and alerts honour the same rules',
    ],
    { status: 'planned', effort: 8, inputs: rice(1500, 3, 80), release: 'r74' },
  ),
  f(
    'd-pdf',
    'dash',
    'Pixel-perfect PDF export',
    ['controller', 'to export a dashboard as a paginated PDF', 'I can attach it to the monthly board pack'],
    [
      'A4 and Letter, portrait and landscape',
      'Charts never split across pages',
      'Header and footer with the company logo',
    ],
    { status: 'planned', effort: 4, inputs: rice(700, 1, 80), release: 'r80' },
  ),
  f(
    'd-mobile',
    'dash',
    'Mobile-friendly dashboard layout',
    [
      'regional manager on the road',
      'dashboards that read well on my phone',
      'I can check numbers between customer visits',
    ],
    ['Tiles stack in one column under 600px', 'Tables scroll horizontally without breaking the page'],
    { status: 'discovery', effort: 8, inputs: rice(1100, 1, 50) },
  ),
  f(
    'd-nlq',
    'dash',
    'Ask questions in plain language',
    [
      'business user',
      'to type a question like "revenue by region last quarter"',
      'I get a chart without knowing the data model',
    ],
    [
      'Answers show the query they ran',
      'Only certified metrics are used by default',
      'Unanswerable questions say why',
    ],
    { status: 'discovery', effort: 13, inputs: rice(3000, 2, 50), release: 'r80' },
  ),
  f(
    'd-comments',
    'dash',
    'Comments on charts',
    ['analyst', 'to leave a note on a spike in a chart', 'the explanation travels with the number'],
    ['Comments are pinned to a date on the x-axis', 'Mentions notify the person'],
    { status: 'idea', effort: 3, inputs: rice(600, 0.5, 50) },
  ),
  f(
    'd-slack',
    'dash',
    'Share a chart to Slack or Teams',
    [
      'team lead',
      'to post a chart to a channel from the chart menu',
      'discussions start from the data, not a screenshot',
    ],
    ['The post includes an image and a link', 'Channel picker lists channels I can post in'],
    { status: 'planned', effort: 3, inputs: rice(1400, 1, 80) },
  ),
  f(
    'd-filters',
    'dash',
    'Saved filter sets per user',
    [
      'account executive',
      'to save my usual filters on a shared dashboard',
      'I do not reapply them every morning',
    ],
    ['Saved sets are private unless shared', 'A default set can be chosen per dashboard'],
    { status: 'idea', effort: null, inputs: {} },
  ),
  f(
    'd-xls',
    'dash',
    'Excel export that keeps formatting',
    [
      'finance analyst',
      'to export a table to Excel with number formats intact',
      'I can continue the analysis in a spreadsheet',
    ],
    ['Currencies and percentages keep their format', 'Column widths fit the content'],
    { status: 'idea', effort: 2, inputs: rice(800, 0.5, 80) },
  ),
  f(
    'd-goals',
    'dash',
    'Targets and goal lines on charts',
    [
      'sales director',
      'to draw the quarterly target on a revenue chart',
      'the team sees the gap at a glance',
    ],
    ['A target can be a constant or another metric', 'The gap is shown as a value and a percentage'],
    { status: 'planned', effort: 3, inputs: rice(1000, 1, 80), release: 'r80' },
  ),
  f(
    'd-perf',
    'dash',
    'Faster loading for large dashboards',
    [
      'executive',
      'dashboards with 30 tiles to open in under three seconds',
      'I stop giving up and asking for a screenshot',
    ],
    [
      'Results are cached per filter combination for 15 minutes',
      'Tiles load progressively, most important first',
      'A refresh button bypasses the cache',
    ],
    { status: 'planned', effort: 5, inputs: rice(2800, 1, 80), release: 'r74' },
  ),

  // ── Pipelines (weighted scorecard fed by demand) ────────────────────────
  f(
    'p-sfdc',
    'pipe',
    'Incremental Salesforce sync',
    [
      'data engineer',
      'Salesforce objects to sync only what changed since the last run',
      'syncs finish in minutes and stay under API limits',
    ],
    [
      'Uses SystemModstamp for change detection',
      'Deleted records are soft-deleted in the warehouse',
      'A full resync can be triggered manually',
    ],
    { status: 'shipped', effort: 5, inputs: scorecard(9, 4), release: 'r72' },
  ),
  f(
    'p-retry',
    'pipe',
    'Automatic retries with backoff',
    ['on-call data engineer', 'failed loads to retry on their own', 'a flaky API at 3am does not wake me up'],
    ['Up to five retries with exponential backoff', 'The run log shows each attempt and its error'],
    { status: 'shipped', effort: 2, inputs: scorecard(7, 1), release: 'r72' },
  ),
  f(
    'p-lineage',
    'pipe',
    'Column-level lineage',
    [
      'analytics engineer',
      'to see which dashboards use a column before I rename it',
      'I do not break reports by surprise',
    ],
    ['Lineage covers sources, models and dashboards', 'Impact analysis lists affected owners'],
    { status: 'discovery', effort: 13, inputs: scorecard(8, 7) },
  ),
  f(
    'p-audit',
    'pipe',
    'Audit log of pipeline changes',
    [
      'compliance manager',
      'a record of who changed which pipeline and when',
      'we pass our SOC 2 audit without screenshots',
    ],
    [
      'Every create, edit and delete is logged with before and after',
      'The log can be exported and kept for seven years',
    ],
    { status: 'planned', effort: 3, inputs: scorecard(7, 2), release: 'r73' },
  ),
  f(
    'p-hubspot',
    'pipe',
    'HubSpot connector',
    [
      'marketing operations analyst',
      'to load HubSpot contacts, deals and campaigns',
      'marketing and sales numbers live in one place',
    ],
    [
      'Contacts, companies, deals and email events are supported',
      'Custom properties come through as columns',
    ],
    { status: 'planned', effort: 5, inputs: scorecard(8, 3), release: 'r74' },
  ),
  f(
    'p-netsuite',
    'pipe',
    'NetSuite connector',
    [
      'finance systems lead',
      'NetSuite ledgers in the warehouse',
      'month-end reporting stops depending on CSV exports',
    ],
    [
      'General ledger, invoices and subsidiaries are supported',
      'Multi-currency amounts keep both currencies',
    ],
    { status: 'idea', effort: 8, inputs: scorecard(6, 6) },
  ),
  f(
    'p-dbt',
    'pipe',
    'Import an existing dbt project',
    [
      'analytics engineer',
      'to point Northwind at my dbt repository',
      'we keep our models and gain scheduling and monitoring',
    ],
    ['dbt Core 1.5+ projects are supported', 'Model tests run after each load and failures alert'],
    { status: 'planned', effort: 8, inputs: scorecard(9, 5), release: 'r80' },
  ),
  f(
    'p-cdc',
    'pipe',
    'Change data capture from PostgreSQL',
    [
      'platform engineer',
      'to stream row changes from our production database',
      'dashboards are minutes behind, not a day',
    ],
    ['Logical replication with a dedicated slot', 'Schema changes do not stop the stream'],
    { status: 'discovery', effort: 13, inputs: scorecard(8, 8) },
  ),
  f(
    'p-schema',
    'pipe',
    'Notifications on source schema changes',
    [
      'data engineer',
      'to hear when a source adds, drops or retypes a column',
      'I fix models before the morning reports break',
    ],
    ['Notifications by email and Slack', 'Dropped columns are flagged as breaking'],
    { status: 'planned', effort: 3, inputs: scorecard(6, 2), release: 'r74' },
  ),
  f(
    'p-cost',
    'pipe',
    'Warehouse cost per pipeline',
    [
      'head of data',
      'to see what each pipeline costs in warehouse credits',
      'I can cut the expensive ones nobody uses',
    ],
    ['Costs per run and per month', 'Top ten most expensive pipelines on one page'],
    { status: 'idea', effort: 5, inputs: scorecard(5, 3) },
  ),
  f(
    'p-sla',
    'pipe',
    'Freshness SLAs with alerting',
    [
      'data product owner',
      'to promise that a table is never more than an hour old',
      'consumers can trust it and I hear when it slips',
    ],
    ['An SLA per table with a maximum age', 'Breaches alert the owner and show on the table page'],
    { status: 'planned', effort: 5, inputs: scorecard(7, 3), release: 'r80' },
  ),
  f(
    'p-secrets',
    'pipe',
    'Bring your own secrets manager',
    [
      'security engineer',
      'connector credentials to live in our vault',
      'no copy of production passwords sits in a vendor database',
    ],
    ['HashiCorp Vault and AWS Secrets Manager', 'Credentials are fetched at run time and never stored'],
    { status: 'idea', effort: null, inputs: {}, owner: 'admin' },
  ),
  f(
    'p-gcs',
    'pipe',
    'Load files from Google Cloud Storage',
    [
      'data engineer',
      'to load CSV and Parquet files from a GCS bucket',
      'partner data dropped there arrives automatically',
    ],
    ['Glob patterns select files', 'Already loaded files are skipped'],
    { status: 'wont_do', effort: 3, inputs: scorecard(3, 2) },
  ),

  // ── Embedded (ICE) ─────────────────────────────────────────────────────
  f(
    'e-theme',
    'embed',
    'White-label themes',
    [
      'product designer at a SaaS vendor',
      'embedded charts to use our fonts and colours',
      'analytics looks like part of our product',
    ],
    ['Fonts, palette and corner radius are configurable', 'No Northwind branding is visible'],
    { status: 'shipped', effort: 2, inputs: ice(7, 8, 8), release: 'r72' },
  ),
  f(
    'e-rls',
    'embed',
    'Tenant isolation with signed tokens',
    [
      'developer embedding dashboards',
      'to pass the tenant in a signed token',
      'each of our customers only ever sees their own data',
    ],
    ['Tokens are JWTs signed with a per-app secret', 'Expired or tampered tokens are refused'],
    { status: 'shipped', effort: 5, inputs: ice(9, 9, 6) },
  ),
  f(
    'e-sdk-react',
    'embed',
    'React SDK components',
    [
      'front-end developer',
      'React components for charts and dashboards',
      'embedding feels native instead of an iframe',
    ],
    [
      'Components accept filters as props',
      'Type definitions are published',
      'Works with server-side rendering',
    ],
    { status: 'in_progress', effort: 8, inputs: ice(8, 7, 5), release: 'r74' },
  ),
  f(
    'e-usage',
    'embed',
    'Usage analytics per tenant',
    [
      'customer success manager at a SaaS vendor',
      'to see which of our customers use the embedded reports',
      'we know who to help and who to upsell',
    ],
    ['Views and active users per tenant per week', 'Export to CSV'],
    { status: 'planned', effort: 5, inputs: ice(6, 7, 6), release: 'r80' },
  ),
  f(
    'e-i18n',
    'embed',
    'Localised embedded charts',
    [
      'product manager with customers in Europe',
      'charts to follow the viewer’s language and number format',
      'German users see 1.234,56 and German labels',
    ],
    ['Locale comes from the token or the browser', 'Dates, numbers and built-in labels are localised'],
    { status: 'discovery', effort: 5, inputs: ice(6, 5, 6) },
  ),
  f(
    'e-csv',
    'embed',
    'Let end users download CSV',
    [
      'end user of an embedding product',
      'to download the data behind a chart',
      'I can use it in my own spreadsheet',
    ],
    ['The host app can turn downloads off', 'Downloads respect tenant isolation'],
    { status: 'planned', effort: 2, inputs: ice(5, 8, 9), release: 'r73' },
  ),
  f(
    'e-sso',
    'embed',
    'SSO passthrough for embedded sessions',
    [
      'developer embedding dashboards',
      'the embedded session to reuse our login',
      'our users never see a second login screen',
    ],
    ['SAML and OIDC identity providers', 'Session lifetime follows the host app'],
    { status: 'in_progress', effort: 5, inputs: ice(7, 7, 5), release: 'r73' },
  ),
  f(
    'e-builder',
    'embed',
    'Dashboard builder for end users',
    [
      'power user of an embedding product',
      'to build my own dashboard inside the product',
      'I do not wait for the vendor to add the report I need',
    ],
    ['Users pick from datasets the host app exposes', 'Dashboards are saved per tenant'],
    { status: 'idea', effort: 13, inputs: ice(9, 4, 2) },
  ),
  f(
    'e-webhooks',
    'embed',
    'Events from embedded charts',
    [
      'front-end developer',
      'click events from a chart sent to our app',
      'a click can open the matching record in our UI',
    ],
    ['Events carry the clicked dimension values', 'Documented event schema'],
    { status: 'idea', effort: 3, inputs: ice(5, 6, 7) },
  ),
  f(
    'e-static',
    'embed',
    'Static chart images for emails',
    [
      'lifecycle marketer at a SaaS vendor',
      'PNG renderings of a tenant’s chart',
      'we can put them in weekly summary emails',
    ],
    ['Images render in under two seconds', 'Signed, expiring image URLs'],
    { status: 'wont_do', effort: 5, inputs: ice(4, 5, 4) },
  ),
  f(
    'e-ssr',
    'embed',
    'Public, indexable chart pages',
    [
      'marketing team at a SaaS vendor',
      'public charts that search engines can index',
      'our benchmark reports bring in traffic',
    ],
    ['Server-rendered HTML with alt text'],
    { status: 'idea', effort: null, inputs: {}, owner: 'admin' },
  ),
  f(
    'e-sandbox',
    'embed',
    'Sandbox environment for embeds',
    [
      'developer embedding dashboards',
      'a sandbox with sample data and test keys',
      'I can build the integration before we sign',
    ],
    ['Sandbox keys cannot reach production data', 'Sample datasets for three industries'],
    { status: 'discovery', effort: 3, inputs: ice(6, 6, 8) },
  ),
];
