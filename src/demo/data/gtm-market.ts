import type { BUYING_ROLES, Channel } from '../../core/enums.ts';

type BuyingRole = (typeof BUYING_ROLES)[number];

/** Buyer personas of Northwind Analytics, with the products each buys or uses. */
export const PERSONAS: {
  key: string;
  name: string;
  title: string;
  buyingRole: BuyingRole;
  products: string[];
  demographics: string;
  firmographics: string;
  goals: string[];
  pains: string[];
  motivations: string[];
  objections: string[];
  preferredChannels: Channel[];
}[] = [
  {
    key: 'vp_data',
    name: 'Vera, VP of Data',
    title: 'VP of Data',
    buyingRole: 'economic_buyer',
    products: ['line', 'dash', 'pipe'],
    demographics: '40–50, 15+ years in data, reports to the CTO or CFO',
    firmographics: 'Mid-market and enterprise, 500–5,000 employees, a central data team of 10–40',
    goals: [
      'One trusted set of numbers for the board',
      'Cut the BI licence bill',
      'Self-service that does not break governance',
    ],
    pains: [
      'Every department has its own revenue figure',
      'Dashboards nobody trusts',
      'Audit findings on data access',
    ],
    motivations: ['Being seen as the person who fixed reporting', 'Predictable costs'],
    objections: ['Another migration will stall my team for a year', 'Our current vendor is "good enough"'],
    preferredChannels: ['events', 'webinar', 'content', 'direct_sales'],
  },
  {
    key: 'analytics_engineer',
    name: 'Arun, Analytics Engineer',
    title: 'Analytics Engineer',
    buyingRole: 'technical_evaluator',
    products: ['pipe', 'line'],
    demographics: '25–35, SQL and dbt fluent, active in the data community',
    firmographics: 'Companies with a modern data stack (cloud warehouse, dbt, orchestration)',
    goals: ['Metrics defined once in code', 'Fewer ad-hoc requests', 'Tests on every model'],
    pains: ['Business logic duplicated across dashboards', 'Brittle connectors that fail at night'],
    motivations: ['Clean, versioned analytics code', 'Tools that respect Git workflows'],
    objections: ['Will it lock our metrics into a proprietary format?', 'Is there a real API?'],
    preferredChannels: ['content', 'organic_social', 'seo', 'webinar'],
  },
  {
    key: 'cfo',
    name: 'Claire, CFO',
    title: 'Chief Financial Officer',
    buyingRole: 'decision_maker',
    products: ['line', 'dash'],
    demographics: '45–60, finance background, owns the software budget',
    firmographics: 'Mid-market companies preparing for audit, funding or an IPO',
    goals: ['Close the month in days, not weeks', 'Board packs without spreadsheet gymnastics'],
    pains: ['Numbers that differ between finance and sales', 'Shadow spreadsheets'],
    motivations: ['Control and auditability', 'Return on every licence'],
    objections: ['What is the payback period?', 'We just renewed our BI contract'],
    preferredChannels: ['events', 'email', 'direct_sales'],
  },
  {
    key: 'ops_manager',
    name: 'Omar, Operations Manager',
    title: 'Operations Manager',
    buyingRole: 'user',
    products: ['dash'],
    demographics: '30–45, runs a team, not technical, lives in dashboards',
    firmographics: 'Logistics, retail and field-service companies',
    goals: ['Spot problems before the morning meeting', 'Alerts instead of refreshing dashboards'],
    pains: ['Waiting days for the data team to change a chart', 'Dashboards that are slow on mobile'],
    motivations: ['Looking prepared in front of leadership'],
    objections: ['I do not have time to learn another tool'],
    preferredChannels: ['email', 'in_product', 'webinar'],
  },
  {
    key: 'revops',
    name: 'Rita, Head of RevOps',
    title: 'Head of Revenue Operations',
    buyingRole: 'champion',
    products: ['line', 'embed'],
    demographics: '30–45, owns the CRM and the forecast',
    firmographics: 'B2B SaaS, 100–1,000 employees',
    goals: ['One pipeline number sales and finance agree on', 'Customer-facing usage reports'],
    pains: ['CRM exports stitched together every Monday', 'Forecast calls spent arguing about data'],
    motivations: ['A forecast the CEO trusts'],
    objections: ['Our CRM already has reports'],
    preferredChannels: ['paid_social', 'webinar', 'content'],
  },
];

/** Competitors and the alternatives buyers compare Northwind with. */
export const COMPETITORS = [
  {
    key: 'lumina',
    name: 'Lumina BI',
    website: 'https://lumina-bi.example',
    category: 'Enterprise BI suite',
    description: 'Incumbent desktop-first BI suite with a large installed base.',
    strengths: ['Brand recognition with executives', 'Rich visualisation library', 'Large partner ecosystem'],
    weaknesses: [
      'Per-seat pricing climbs fast',
      'Metrics defined per workbook, not once',
      'Heavy desktop authoring',
    ],
    pricingNotes: 'Creator ~$70/user/month, viewer ~$15; enterprise discounts at 500+ seats.',
  },
  {
    key: 'quantrix',
    name: 'Quantrix Cloud',
    website: 'https://quantrix.example',
    category: 'Cloud analytics platform',
    description: 'Cloud-native challenger selling hard to mid-market finance teams.',
    strengths: ['Slick onboarding', 'Aggressive first-year discounts'],
    weaknesses: [
      'No semantic layer',
      'Weak governance and audit',
      'Limited connectors for on-premise sources',
    ],
    pricingNotes: 'Platform fee from $30k/year plus usage.',
  },
  {
    key: 'diy',
    name: 'DIY open-source stack',
    website: '',
    category: 'Build it yourself',
    description: 'Open-source dashboards on top of the warehouse, maintained by the data team.',
    strengths: ['No licence cost', 'Full control'],
    weaknesses: ['Hidden cost of maintenance', 'No support, no SLA', 'Governance left to the team'],
    pricingNotes: 'Free licences; 1–2 engineers to run it.',
  },
];
