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
/** Why a feedback item wants attention: a survey detractor from a customer with revenue. */
export const FEEDBACK_FLAGS = ['revenue_detractor'] as const;
export type FeedbackFlag = (typeof FEEDBACK_FLAGS)[number];
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

/** Buying roles a persona plays in a purchase. */
export const BUYING_ROLES = [
  'economic_buyer',
  'decision_maker',
  'technical_evaluator',
  'champion',
  'influencer',
  'user',
  'gatekeeper',
] as const;

/** Marketing channels: campaigns run on one, personas prefer some, touchpoints happen on one. */
export const CHANNELS = [
  'email',
  'paid_search',
  'paid_social',
  'organic_social',
  'video_ads',
  'content',
  'seo',
  'website',
  'events',
  'pr',
  'webinar',
  'affiliate',
  'direct_sales',
  'in_product',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Where events come from: a website (snippet), a product app (browser or mobile SDK), a server SDK. */
export const SOURCE_KINDS = ['website', 'app', 'server'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** How conversions are credited to the touches before them (attribution/). */
export const ATTRIBUTION_MODELS = ['first_touch', 'last_touch', 'linear', 'position_based'] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/**
 * Channel groups a visit is put in from its UTM values, click ids and referrer (events/traffic.ts), for
 * traffic by channel. Not the same set as CHANNELS (what a campaign runs on): a visit only shows its origin.
 */
export const TRAFFIC_CHANNELS = [
  'direct',
  'organic_search',
  'paid_search',
  'organic_social',
  'paid_social',
  'email',
  'affiliate',
  'referral',
  'display',
  'video',
  'other',
] as const;
export type TrafficChannel = (typeof TRAFFIC_CHANNELS)[number];

/** Survey kinds: Net Promoter (0–10), satisfaction (1–5), effort (1–7), and an open question (no score). */
export const SURVEY_KINDS = ['nps', 'csat', 'ces', 'open'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];
/** The score range of each kind; an open question takes a comment and no score. */
export const SURVEY_SCALES: Record<SurveyKind, { min: number; max: number } | null> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  open: null,
};
export const SURVEY_STATUSES = ['open', 'closed'] as const;
export type SurveyStatus = (typeof SURVEY_STATUSES)[number];
/** How an answer arrived: the hosted page, the embeddable snippet, the API, or a PostHog `survey sent` event. */
export const SURVEY_CHANNELS = ['page', 'snippet', 'api', 'posthog'] as const;
export type SurveyChannel = (typeof SURVEY_CHANNELS)[number];

/** How a deal ended. */
export const DEAL_OUTCOMES = ['won', 'lost', 'no_decision'] as const;
export type DealOutcome = (typeof DEAL_OUTCOMES)[number];
/** The primary reason a deal was won or lost, as win/loss programmes group them. */
export const DEAL_REASONS = [
  'price',
  'product_fit',
  'missing_feature',
  'ease_of_use',
  'integration',
  'support',
  'relationship',
  'timing',
  'budget',
  'other',
] as const;
export type DealReason = (typeof DEAL_REASONS)[number];

/** Who a metric answers to: the functions with dashboards (and sales, for win rate). */
export const METRIC_OWNERS = ['product_manager', 'product_marketer', 'marketer', 'sales'] as const;
export type MetricOwner = (typeof METRIC_OWNERS)[number];
export const METRIC_UNITS = ['count', 'percent', 'currency', 'score', 'ratio'] as const;
export type MetricUnit = (typeof METRIC_UNITS)[number];
/** Whether more is better (leads) or less is better (cost per lead). */
export const METRIC_DIRECTIONS = ['up', 'down'] as const;
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];
/** The period a target is set for. */
export const METRIC_PERIODS = ['week', 'month', 'quarter'] as const;
export type MetricPeriod = (typeof METRIC_PERIODS)[number];
/** What Tandem computes itself; `manual` metrics take entered or imported values (pipeline from a CRM). */
export const METRIC_KINDS = [
  'manual',
  'traffic',
  'unique_visitors',
  'leads',
  'conversions',
  'conversion_rate',
  'revenue',
  'cost_per_lead',
  'cost_per_conversion',
  'roi',
  'nps',
  'csat',
  'ces',
  'feature_adoption',
  'retention',
  'feedback_volume',
  'feedback_sentiment',
  'win_rate',
] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];
/** Status of a metric against its target (the rule is shown beside it: metrics/status.ts). */
export const METRIC_STATUSES = ['on_track', 'at_risk', 'off_track', 'no_target'] as const;
export type MetricStatus = (typeof METRIC_STATUSES)[number];

/** The approval workflow of positioning and messaging versions. */
export const APPROVAL_STATUSES = ['draft', 'in_review', 'approved', 'superseded'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export const LAUNCH_TIERS = [1, 2, 3] as const;
export const LAUNCH_STATUSES = ['planned', 'in_progress', 'launched', 'cancelled'] as const;
export type LaunchStatus = (typeof LAUNCH_STATUSES)[number];
export const TASK_STATUSES = ['open', 'done', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Roles a launch task can be owned by. */
export const TASK_ROLES = ['product_manager', 'product_marketer', 'marketer', 'sales'] as const;
export type TaskRole = (typeof TASK_ROLES)[number];

export const NOTE_VISIBILITIES = ['internal', 'public'] as const;

export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export const REQUIREMENT_STATUSES = ['open', 'closed', 'cancelled'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];
export const PROGRAM_STATUSES = [
  'proposed',
  'sent_back',
  'accepted',
  'in_progress',
  'done',
  'cancelled',
] as const;
export type ProgramStatus = (typeof PROGRAM_STATUSES)[number];
export const CAMPAIGN_STATUSES = ['planned', 'active', 'paused', 'completed', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
export const JOURNEY_STAGES = ['awareness', 'consideration', 'conversion', 'retention'] as const;
export type JourneyStage = (typeof JOURNEY_STAGES)[number];

export const PARTNER_KINDS = ['affiliate', 'reseller', 'referral', 'technology', 'agency'] as const;
export const COMMISSION_MODELS = ['percentage', 'fixed'] as const;
export const PARTNER_STATUSES = ['prospect', 'active', 'paused', 'ended'] as const;

/**
 * Kinds of entity people may comment on (each is also an artefact of the matrix). Every artefact the
 * matrix lets a role comment on is here (policies/ownership.test.ts), and every kind has a screen that
 * shows its comments (web/src/components/comment-screens.test.ts).
 */
export const COMMENTABLE = [
  'product',
  'feature',
  'feedback',
  'release',
  'persona',
  'competitor',
  'battlecard',
  'positioning',
  'messaging',
  'launch',
  'release_note',
  'requirement',
  'program',
  'campaign',
] as const;
export type Commentable = (typeof COMMENTABLE)[number];

/** What a notification tells its recipient (comments/notifications.ts). */
export const NOTIFICATION_KINDS = ['mention', 'review_requested', 'task_assigned', 'handoff'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** What a notification can point at: anything commented on, and the assignable parts of artefacts. */
export const NOTIFICATION_ENTITIES = [...COMMENTABLE, 'launch_task'] as const;
export type NotificationEntity = (typeof NOTIFICATION_ENTITIES)[number];
/** How a review a notification reports ended (a program accepted or sent back to its proposer). */
export const NOTIFICATION_OUTCOMES = ['accepted', 'sent_back'] as const;
export type NotificationOutcome = (typeof NOTIFICATION_OUTCOMES)[number];

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

/** The kinds of artefact the ownership matrix (policies/ownership.ts) grants rights on. */
export const ARTEFACTS = [
  'workspace',
  'member',
  'invitation',
  'product',
  'customer',
  'contact',
  'feedback',
  'feature',
  'scoring_model',
  'release',
  'persona',
  'competitor',
  'battlecard',
  'positioning',
  'messaging',
  'launch',
  'release_note',
  'requirement',
  'program',
  'campaign',
  'touchpoint',
  'affiliate',
  'budget',
  'source',
  'goal',
  'attribution_settings',
  'survey',
  'deal',
  'metric',
] as const;
export type Artefact = (typeof ARTEFACTS)[number];

/** Kinds of entity the activity log records changes of: the artefacts that exist as rows, and their parts. */
export const ACTIVITY_ENTITIES = [...ARTEFACTS, 'launch_task', 'launch_template', 'comment'] as const;
export type ActivityEntity = (typeof ACTIVITY_ENTITIES)[number];

/** What the activity log says happened: the plain verbs, then each workflow's own. */
export const ACTIVITY_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'imported',
  'status_changed',
  'commented',
  'joined',
  // invitations the invitee declines or an admin revokes
  'declined',
  'revoked',
  // feature ↔ feedback links; campaign tracking links; a journey's order
  'linked',
  'link_updated',
  'unlinked',
  'link_created',
  'link_deleted',
  'journey_reordered',
  // approval of positioning and messaging; program review; battlecard review; release notes
  'submitted',
  'approved',
  'sent_back',
  'superseded',
  'accepted',
  'reviewed',
  'published',
  'unpublished',
  // a source's write-only key replaced (the log never holds a key)
  'key_rotated',
] as const;
export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];
