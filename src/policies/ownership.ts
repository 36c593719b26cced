import { ARTEFACTS, type Artefact, ROLES, type Role } from '../core/enums.ts';
import { forbidden } from '../core/errors.ts';

// The artefacts are a value set (core/enums.ts) so the activity log can name them without importing policies.
export { ARTEFACTS, type Artefact };

/**
 * The ownership matrix: for every kind of artefact, who owns it (may create, edit, delete and run its
 * workflow), who is consulted (may contribute in the named ways), who may read it, and who reviews or
 * approves it. Admins may do everything. This table is the single source the API enforces (the access hook
 * and the domain functions) and clients display: no other place grants a right.
 */

/** Ways a consulted role may take part without owning the artefact. */
export const CONTRIBUTIONS = ['create', 'comment', 'link_feedback', 'propose'] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

export type Action = 'read' | 'create' | 'update' | 'delete' | 'review' | Exclude<Contribution, 'create'>;

export type Rule = {
  owners: readonly Role[];
  contributors: Partial<Record<Role, readonly Contribution[]>>;
  readers: readonly Role[];
  /**
   * Who reviews or approves the owners' work (program accept / send back, positioning and messaging
   * approval, battlecard review), besides admins. Not implied by ownership: marketing proposes programs
   * and product marketing accepts them, so a marketer may not accept their own.
   */
  reviewers: readonly Role[];
  /** One line for the "who owns what" page. */
  description: string;
};

const everyone = ROLES;
const PM = 'product_manager' as const;
const PMM = 'product_marketer' as const;
const MKT = 'marketer' as const;
const SALES = 'sales' as const;

export const OWNERSHIP: Record<Artefact, Rule> = {
  workspace: {
    owners: [],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Workspace name and settings',
  },
  member: {
    owners: [],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Who belongs to the workspace, with which role',
  },
  invitation: {
    owners: [],
    contributors: {},
    readers: ['admin'],
    reviewers: [],
    description: 'Pending invitations by email',
  },
  product: {
    owners: [PM],
    contributors: { [PMM]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Products and product lines: vision, function, target, value',
  },
  customer: {
    owners: [PM],
    contributors: { [SALES]: ['create'], [PMM]: ['create'] },
    readers: everyone,
    reviewers: [],
    description: 'Customer companies with segment, plan and revenue',
  },
  contact: {
    owners: [PM],
    contributors: { [SALES]: ['create'], [PMM]: ['create'] },
    readers: everyone,
    reviewers: [],
    description: 'People at customer companies',
  },
  feedback: {
    owners: [PM],
    contributors: {
      [PMM]: ['create', 'comment'],
      [MKT]: ['create', 'comment'],
      [SALES]: ['create', 'comment'],
    },
    readers: everyone,
    reviewers: [],
    description: 'Customer feedback: anyone records it, product management triages it',
  },
  feature: {
    owners: [PM],
    contributors: {
      [PMM]: ['comment', 'link_feedback'],
      [MKT]: ['comment'],
      [SALES]: ['comment', 'link_feedback'],
    },
    readers: everyone,
    reviewers: [],
    description: 'Features and user stories, their scores and status',
  },
  scoring_model: {
    owners: [PM],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'How each product scores its features',
  },
  release: {
    owners: [PM],
    contributors: { [PMM]: ['comment'], [MKT]: ['comment'], [SALES]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Releases, dates and capacity: the roadmap',
  },
  persona: {
    owners: [PMM],
    contributors: { [PM]: ['comment'], [MKT]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Buyer personas',
  },
  competitor: {
    owners: [PMM],
    contributors: { [SALES]: ['comment'], [PM]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Competitors',
  },
  battlecard: {
    owners: [PMM],
    contributors: { [SALES]: ['comment'] },
    readers: everyone,
    reviewers: [PMM],
    description: 'Competitive battlecards for sales',
  },
  positioning: {
    owners: [PMM],
    contributors: { [PM]: ['comment'], [MKT]: ['comment'] },
    readers: everyone,
    reviewers: [PMM],
    description: 'Positioning per product, versioned and approved',
  },
  messaging: {
    owners: [PMM],
    contributors: { [MKT]: ['comment'], [PM]: ['comment'] },
    readers: everyone,
    reviewers: [PMM],
    description: 'Messaging per product and persona: the approved words',
  },
  launch: {
    owners: [PMM],
    contributors: { [PM]: ['comment'], [MKT]: ['comment'], [SALES]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Launches, tiers and their task lists',
  },
  release_note: {
    owners: [PMM],
    contributors: { [PM]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Customer-facing release notes',
  },
  requirement: {
    owners: [PMM],
    contributors: { [MKT]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Go-to-market problems handed to marketing',
  },
  program: {
    owners: [MKT],
    contributors: { [PMM]: ['comment'] },
    readers: everyone,
    reviewers: [PMM],
    description: "Marketing's answer to requirements; product marketing accepts it",
  },
  campaign: {
    owners: [MKT],
    contributors: { [PMM]: ['comment'] },
    readers: everyone,
    reviewers: [],
    description: 'Campaigns across channels, with UTM tags and spend',
  },
  touchpoint: {
    owners: [MKT],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Steps of a multi-stage customer journey',
  },
  affiliate: {
    owners: [MKT],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Affiliates and partners with referral codes',
  },
  budget: {
    owners: [MKT],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Marketing budget, planned and actual',
  },
  source: {
    owners: [MKT, PM],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Event sources (website, app, server) and their write-only keys',
  },
  goal: {
    owners: [MKT, PMM],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Conversion goals: an event, a filter and its revenue',
  },
  attribution_settings: {
    owners: [MKT],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Attribution model, lookback window and lead events',
  },
  survey: {
    owners: [PMM],
    contributors: {},
    // Answers carry customers' own words and names: the functions that act on them read them.
    readers: ['product_manager', 'product_marketer', 'marketer'],
    reviewers: [],
    description: 'NPS, CSAT and CES surveys, their links and answers',
  },
  deal: {
    owners: [SALES, PMM],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Deals won and lost: competitor met, reason, amount',
  },
  metric: {
    // Each metric also names the one role that answers for it; only that role (or an admin) edits it.
    owners: [PM, PMM, MKT, SALES],
    contributors: {},
    readers: everyone,
    reviewers: [],
    description: 'Metrics with an owner role, unit, direction and targets per period',
  },
};

/** Whether a role may perform an action on a kind of artefact. */
export function can(role: Role, artefact: Artefact, action: Action): boolean {
  if (role === 'admin') return true;
  const rule = OWNERSHIP[artefact];
  if (action === 'read') return rule.readers.includes(role);
  if (action === 'review') return rule.reviewers.includes(role);
  if (rule.owners.includes(role)) return true;
  return (rule.contributors[role] ?? []).includes(action as Contribution);
}

/** Throws a 403-kind error naming the owning roles (the reviewers, for a review) when the role may not act. */
export function assertCan(role: Role, artefact: Artefact, action: Action): void {
  if (can(role, artefact, action)) return;
  if (action === 'review') {
    const reviewers = reviewersOf(artefact);
    throw forbidden(
      `A ${role} may not review ${artefact.replaceAll('_', ' ')}s: they are reviewed by ${reviewers.join(', ')}.`,
      reviewers,
    );
  }
  const owners = ownersOf(artefact);
  throw forbidden(
    `A ${role} may not ${action.replaceAll('_', ' ')} ${artefact.replaceAll('_', ' ')}s: they are owned by ${owners.join(', ')}.`,
    owners,
  );
}

export function ownersOf(artefact: Artefact): Role[] {
  const owners = OWNERSHIP[artefact].owners;
  return owners.length > 0 ? ['admin', ...owners] : ['admin'];
}

export function reviewersOf(artefact: Artefact): Role[] {
  return ['admin', ...OWNERSHIP[artefact].reviewers];
}

/** The caller's abilities on one kind of artefact, for clients to show what a person may do. */
export function abilities(role: Role, artefact: Artefact): Record<Action, boolean> {
  const actions: Action[] = [
    'read',
    'create',
    'update',
    'delete',
    'comment',
    'link_feedback',
    'propose',
    'review',
  ];
  return Object.fromEntries(actions.map((a) => [a, can(role, artefact, a)])) as Record<Action, boolean>;
}
