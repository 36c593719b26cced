/** Value sets shared by the database schema, the request validators and the OpenAPI document. */

export const ROLES = ['admin', 'product_manager', 'product_marketer', 'marketer', 'sales', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const FEEDBACK_SOURCES = [
  'sales_call',
  'support',
  'survey',
  'portal',
  'email',
  'api',
  'other',
] as const;
export const FEEDBACK_STATUSES = ['new', 'triaged', 'archived'] as const;
export type FeedbackStatus = (typeof FEEDBACK_STATUSES)[number];
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const;
export const IMPORTANCES = ['nice_to_have', 'important', 'critical'] as const;

export const FEATURE_STATUSES = [
  'idea',
  'discovery',
  'planned',
  'in_progress',
  'shipped',
  'wont_do',
] as const;
export type FeatureStatus = (typeof FEATURE_STATUSES)[number];

export const RELEASE_STATUSES = ['planned', 'in_progress', 'released', 'cancelled'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];

export const SCORING_KINDS = ['rice', 'ice', 'value_effort', 'weighted'] as const;
export type ScoringKind = (typeof SCORING_KINDS)[number];

export const CUSTOMER_SEGMENTS = [
  'smb',
  'mid_market',
  'enterprise',
  'public_sector',
  'startup',
  'other',
] as const;

/** Kinds of entity that comments and activity rows point at. */
export const COMMENTABLE = ['feature', 'feedback', 'release'] as const;
export type Commentable = (typeof COMMENTABLE)[number];

/** Length limits, defined once so the database, validators and docs agree. */
export const LIMITS = {
  name: 200,
  email: 254,
  shortText: 500,
  longText: 20_000,
  tag: 50,
  tags: 30,
  listItems: 50,
  password: { min: 10, max: 200 },
  pageSize: { default: 50, max: 200 },
} as const;
