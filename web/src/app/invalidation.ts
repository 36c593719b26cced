/**
 * Which cached queries a change makes stale. A query's key starts with the resource it shows ('feedback',
 * 'launch-tasks', 'home', …); a change is known by the API path it was sent to. After a mutation succeeds only
 * the queries whose first key element a changed resource can affect refetch, instead of every query on screen:
 * a triage step in the inbox must not reload two thousand customers.
 *
 * A path this table does not know refreshes everything: a missing entry costs requests, never stale screens.
 */

/**
 * Every change shows up in the activity log, the conflict history and Home's cards. Not in the caller's own
 * notifications: nobody is notified of what they did themselves (the bell polls for what others do).
 */
const ALWAYS = ['activity', 'conflict-history', 'home'] as const;

/**
 * Changed resource (first path segment after the workspace, or `segment/sub` for a sub-resource) → the
 * query-key heads that can show it. 'all' where names or rights of nearly everything may change.
 */
const AFFECTS: Record<string, readonly string[] | 'all'> = {
  '': 'all', // the workspace itself (name, settings)
  members: ['members', 'me', 'invitations'],
  invitations: ['invitations', 'members', 'me'],
  products: 'all', // product names and lines appear on almost every screen
  'products/scoring-model': [
    'scoring-model',
    'scoring-models',
    'features',
    'roadmap-releases',
    'roadmap-horizons',
  ],
  'scoring-models': ['scoring-model', 'scoring-models', 'features', 'roadmap-releases', 'roadmap-horizons'],
  customers: ['customers', 'contacts', 'feedback', 'dashboards', 'deals', 'metrics', 'customer-signals'],
  contacts: ['contacts', 'customers', 'feedback', 'customer-signals'],
  feedback: [
    'feedback',
    'features',
    'feature-feedback',
    'persona-feedback',
    'customer-feedback',
    'dashboards',
    'metrics',
  ],
  features: [
    'features',
    'feature-adoption',
    'feature-feedback',
    'persona-features',
    'feedback',
    'releases',
    'roadmap-releases',
    'roadmap-horizons',
    'launches',
    'launch-brief',
    'release-notes',
    'dashboards',
  ],
  'features/feedback': ['features', 'feature-feedback', 'feedback', 'persona-feedback', 'dashboards'],
  'features/adoption-signal': ['features', 'feature-adoption', 'dashboards'],
  funnels: [], // a funnel query writes nothing
  releases: [
    'releases',
    'features',
    'roadmap-releases',
    'roadmap-horizons',
    'launches',
    'launch',
    'launch-brief',
    'calendar',
    'release-notes',
    'changelog',
  ],
  roadmap: ['roadmap-releases', 'roadmap-horizons', 'features', 'releases'],
  comments: ['comments'],
  personas: [
    'personas',
    'persona',
    'persona-feedback',
    'persona-features',
    'messaging',
    'messaging-matrix',
    'dashboards',
  ],
  competitors: ['competitors', 'competitor', 'battlecards', 'dashboards', 'deals', 'customer-signals'],
  battlecards: ['battlecards', 'competitor', 'competitors'],
  positioning: ['positioning', 'messaging', 'messaging-matrix', 'launch-brief', 'battlecards'],
  'products/positioning': ['positioning', 'messaging', 'messaging-matrix', 'launch-brief'],
  messaging: ['messaging', 'messaging-matrix', 'launch-brief', 'campaign', 'touchpoints'],
  launches: ['launches', 'launch', 'launch-tasks', 'launch-brief', 'calendar', 'dashboards'],
  'launches/tasks': ['launch-tasks', 'launch', 'launches'],
  'launch-templates': ['launch-templates'],
  'release-notes': ['release-notes', 'changelog', 'features'],
  changelog: ['changelog', 'release-notes'],
  'public-changelog': ['public-changelog', 'changelog'],
  requirements: ['requirements', 'programs', 'program', 'dashboards'],
  programs: [
    'programs',
    'program',
    'requirements',
    'campaigns',
    'budgets',
    'budget-rollup',
    'calendar',
    'dashboards',
  ],
  'programs/touchpoints': ['program', 'touchpoints'],
  campaigns: [
    'campaigns',
    'campaign',
    'campaign-links',
    'programs',
    'program',
    'budgets',
    'budget-rollup',
    'calendar',
    'dashboards',
    'metrics',
  ],
  'campaigns/links': ['campaign-links', 'campaign'],
  'campaigns/touchpoints': ['campaign', 'touchpoints'],
  touchpoints: ['campaign', 'program', 'touchpoints'],
  budgets: ['budgets', 'budget-rollup', 'programs', 'program', 'dashboards', 'metrics'],
  affiliates: ['affiliates', 'partners', 'dashboards'],
  sources: ['sources'],
  goals: ['goals', 'dashboards', 'metrics'],
  'attribution-settings': ['attribution-settings', 'dashboards', 'metrics'],
  enablement: [],
  export: [],
  me: ['me', 'tokens', 'notifications'],
  surveys: ['surveys', 'survey-results', 'survey-answers', 'dashboards', 'metrics', 'customer-signals'],
  'surveys/recipients': ['surveys'],
  deals: ['deals', 'battlecards', 'dashboards', 'metrics', 'customer-signals'], // a battlecard shows the win / loss against its competitor
  metrics: ['metrics', 'dashboards'],
};

/** Queries no change in a workspace makes stale (the matrix is code; the conflict history is fetched per conflict). */
const NEVER_STALE = ['ownership', 'conflict-history', 'notifications'] as const;

/** Queries only a change to the workspace itself refreshes (its path maps to 'all' above). */
const WORKSPACE_ITSELF = ['workspaces'] as const;

/** Every query-key head some change refreshes: a query whose head is not here would never refetch. */
export const KNOWN_HEADS: ReadonlySet<string> = new Set([
  ...ALWAYS,
  ...NEVER_STALE,
  ...WORKSPACE_ITSELF,
  ...Object.entries(AFFECTS).flatMap(([resource, a]) => (a === 'all' ? [resource] : a)),
]);

const WORKSPACE_PATH = /^\/api\/v1\/workspaces\/[^/]+\/?(.*)$/;

/**
 * The resource a request to this API path changes, as AFFECTS names it, or null for a path outside the
 * workspace (sign-in, invitations, a new workspace), where anything may change.
 */
export function changedResource(pathname: string): string | null {
  const inWorkspace = WORKSPACE_PATH.exec(pathname);
  if (!inWorkspace) {
    if (pathname.startsWith('/api/v1/me/')) return 'me';
    return null;
  }
  const [resource = '', , sub] = inWorkspace[1]!.split('/');
  if (sub && `${resource}/${sub}` in AFFECTS) return `${resource}/${sub}`;
  return resource in AFFECTS ? resource : null;
}

/** The query-key heads to refetch after these paths changed, or 'all'. */
export function staleHeads(pathnames: Iterable<string>): Set<string> | 'all' {
  const heads = new Set<string>(ALWAYS);
  for (const pathname of pathnames) {
    const resource = changedResource(pathname);
    const affects = resource === null ? 'all' : AFFECTS[resource]!;
    if (affects === 'all') return 'all';
    for (const head of affects) heads.add(head);
  }
  return heads;
}
