import type { ComparisonRow, ObjectionHandling, ProvenPoint } from '../../modules/competitors/schema.ts';
import type { Pillar, ValueTheme } from '../../modules/positioning/schema.ts';

/** Battlecards: how to sell a product against a competitor. `reviewedDaysAgo` over 90 makes one stale. */
export const BATTLECARDS: {
  competitor: string;
  product: string;
  reviewedDaysAgo: number | null;
  whenYouMeetThem: string;
  quickComparison: ComparisonRow[];
  ourStrengths: ProvenPoint[];
  theirStrengths: string[];
  objections: ObjectionHandling[];
  landmines: string[];
  winThemes: string[];
}[] = [
  {
    competitor: 'lumina',
    product: 'dash',
    reviewedDaysAgo: 20,
    whenYouMeetThem: 'Renewals of an existing Lumina estate, usually when the seat count passes 300.',
    quickComparison: [
      { dimension: 'Metric definitions', us: 'Once, in the semantic layer', them: 'Per workbook' },
      { dimension: 'Pricing', us: 'Flat platform fee', them: 'Per creator and viewer seat' },
      { dimension: 'Alerting', us: 'Built in, threshold and anomaly', them: 'Add-on' },
    ],
    ourStrengths: [
      {
        point: 'One definition of revenue everywhere',
        proof: 'Harbor Freight cut metric disputes to zero in a quarter',
      },
      { point: 'Lower cost at scale', proof: '38% lower 3-year TCO in the Meridian Retail comparison' },
    ],
    theirStrengths: ['Richer chart gallery', 'Executives already know the interface'],
    objections: [
      {
        objection: 'Migration will take a year',
        response: 'The workbook importer moved Meridian’s 420 dashboards in 9 weeks.',
      },
      {
        objection: 'Lumina is the standard',
        response: 'Standard for charts; Northwind is the standard for trusted numbers.',
      },
    ],
    landmines: [
      'Ask how many definitions of "active customer" live in their workbooks',
      'Ask what viewer seats cost at 1,000 users',
    ],
    winThemes: ['Trust', 'Total cost', 'Governed self-service'],
  },
  {
    competitor: 'quantrix',
    product: 'line',
    reviewedDaysAgo: 120,
    whenYouMeetThem: 'Finance-led evaluations with a short deadline and a discount on the table.',
    quickComparison: [
      { dimension: 'Semantic layer', us: 'Yes, versioned', them: 'No' },
      { dimension: 'Audit log', us: 'Every query and change', them: 'Logins only' },
    ],
    ourStrengths: [{ point: 'Audit-ready from day one', proof: 'SOC 2 Type II and row-level security' }],
    theirStrengths: ['Faster first dashboard', 'Aggressive first-year price'],
    objections: [
      {
        objection: 'Quantrix is cheaper',
        response: 'In year one; compare year three once usage pricing applies.',
      },
    ],
    landmines: ['Ask how they will prove to auditors who saw which number'],
    winThemes: ['Governance', 'Year-three cost'],
  },
  {
    competitor: 'diy',
    product: 'pipe',
    reviewedDaysAgo: 45,
    whenYouMeetThem: 'Engineering-led teams proud of their own stack.',
    quickComparison: [
      { dimension: 'Connector maintenance', us: 'Managed, 180 connectors', them: 'Your engineers' },
    ],
    ourStrengths: [{ point: 'Nobody on call for connectors', proof: '99.9% pipeline uptime SLA' }],
    theirStrengths: ['Complete control', 'No licence fee'],
    objections: [
      {
        objection: 'We can build it ourselves',
        response: 'You can; the question is whether it is the best use of two engineers.',
      },
    ],
    landmines: ['Ask who fixed the last broken connector and how long it took'],
    winThemes: ['Focus', 'Reliability'],
  },
];

/** The platform's positioning: approved, and the revision in review. */
export const POSITIONING = {
  approved: {
    targetCustomer: 'mid-market finance and data teams',
    customerNeed: 'need one trusted set of metrics without slowing teams down',
    marketCategory: 'governed analytics platform',
    valueThemes: [
      {
        theme: 'One trusted set of numbers',
        proof: 'Metrics defined once in the semantic layer and reused by every dashboard',
      },
      {
        theme: 'Answers without waiting for the data team',
        proof: 'Self-service exploration on governed metrics',
      },
      {
        theme: 'Lower total cost',
        proof: 'Flat platform pricing; 38% lower 3-year TCO in a customer comparison',
      },
    ] as ValueTheme[],
    competitiveAlternatives: ['spreadsheets', 'per-seat BI suites'],
    uniqueAttributes: ['a versioned semantic layer', 'built-in alerting', 'row-level governance'],
    relevantTrends: ['Consolidation of BI tools', 'AI assistants need governed metrics'],
  },
  draft: {
    targetCustomer: 'data-driven mid-market companies',
    customerNeed: 'want AI answers they can trust',
  },
};

/** Approved messaging per persona for the platform, and the CFO's draft. */
export const MESSAGING: {
  persona: string;
  approved: boolean;
  headline: string;
  valueProposition: string;
  pillars: Pillar[];
  boilerplateShort: string;
  boilerplateMedium: string;
  boilerplateLong: string;
  elevatorPitch: string;
}[] = [
  {
    persona: 'vp_data',
    approved: true,
    headline: 'One set of numbers your whole company trusts',
    valueProposition:
      'Northwind gives every team self-service analytics on metrics your data team defines once and governs centrally.',
    pillars: [
      {
        title: 'Define once',
        description: 'A versioned semantic layer for every metric.',
        proofPoints: ['Metric disputes down to zero at Harbor Freight'],
      },
      {
        title: 'Self-service, governed',
        description: 'Teams explore freely inside the rules.',
        proofPoints: ['Row-level security', 'Every query audited'],
      },
      {
        title: 'Predictable cost',
        description: 'Flat platform pricing instead of seats.',
        proofPoints: ['38% lower 3-year TCO'],
      },
    ],
    boilerplateShort:
      'Northwind Analytics is the governed analytics platform that gives every team one trusted set of numbers.',
    boilerplateMedium:
      'Northwind Analytics is the governed analytics platform for mid-market companies. Data teams define metrics once in a versioned semantic layer; every dashboard, alert and AI answer uses them. Teams get self-service without losing trust, and finance gets a flat, predictable bill.',
    boilerplateLong:
      'Northwind Analytics is the governed analytics platform for mid-market companies that are tired of arguing about numbers. Data teams define every metric once, in a versioned semantic layer that lives next to their code. Dashboards, scheduled reports, alerts and natural-language questions all draw on those definitions, so revenue means the same thing in the board pack and in the sales review. Row-level security and a complete audit log keep regulators and auditors satisfied, while flat platform pricing replaces per-seat licences that punish adoption. More than 400 companies run their reporting on Northwind.',
    elevatorPitch:
      'You know the meeting where finance and sales bring different revenue numbers? Northwind ends it. Your data team defines each metric once, and every dashboard and report uses that definition, with governance built in and one flat price.',
  },
  {
    persona: 'analytics_engineer',
    approved: true,
    headline: 'Metrics as code, everywhere your company looks',
    valueProposition:
      'Write metrics in SQL, version them in Git, and let Northwind serve them to every dashboard and API.',
    pillars: [
      {
        title: 'Git-native',
        description: 'Metrics reviewed like code.',
        proofPoints: ['Pull-request previews of every metric change'],
      },
      {
        title: 'Works with dbt',
        description: 'Reads your models as they are.',
        proofPoints: ['dbt Cloud and Core integrations'],
      },
      {
        title: 'Real API',
        description: 'Every metric over REST and SQL.',
        proofPoints: ['Public OpenAPI document'],
      },
      { title: 'Reliable pipelines', description: 'Managed connectors.', proofPoints: ['99.9% uptime SLA'] },
    ],
    boilerplateShort: 'Northwind Analytics turns your dbt models into governed metrics every team can use.',
    boilerplateMedium:
      'Northwind Analytics lets analytics engineers define metrics as code, review them in Git and serve them to every dashboard, notebook and API from one semantic layer.',
    boilerplateLong:
      'Northwind Analytics is built for analytics engineers who want their work to be the single source of truth. Define metrics in SQL next to your dbt models, review changes in pull requests with previews, and publish them to dashboards, alerts, spreadsheets and the API at once.',
    elevatorPitch:
      'Northwind reads your dbt project and turns it into governed metrics that every dashboard uses, versioned in Git like the rest of your code.',
  },
  {
    persona: 'cfo',
    approved: false,
    headline: 'Close faster with numbers nobody argues about',
    valueProposition: 'Board-ready reporting on governed metrics.',
    pillars: [{ title: 'Faster close', description: 'Draft', proofPoints: [] }],
    boilerplateShort: '',
    boilerplateMedium: '',
    boilerplateLong: '',
    elevatorPitch: '',
  },
];
