import type { Artefact } from './workspace';

/** Human names of roles and artefacts, as people read them on screen. */
export const ROLE_LABEL: Record<string, string> = {
  admin: 'Admin',
  product_manager: 'Product manager',
  product_marketer: 'Product marketer',
  marketer: 'Marketer',
  sales: 'Sales',
  viewer: 'Viewer',
};

export const roleLabel = (role: string) => ROLE_LABEL[role] ?? role;

/** "Product marketer" or "Product manager or Product marketer". */
export const rolesLabel = (roles: readonly string[]) =>
  roles.length === 0 ? 'Admin' : roles.map(roleLabel).join(' or ');

/** Typed by the API's artefacts: one the matrix adds or drops fails the type check here ("who owns what"). */
export const ARTEFACT_LABEL: Record<Artefact, string> = {
  workspace: 'Workspace',
  member: 'Members',
  invitation: 'Invitations',
  product: 'Products',
  customer: 'Customers',
  contact: 'Contacts',
  feedback: 'Feedback',
  feature: 'Features',
  scoring_model: 'Scoring models',
  release: 'Releases',
  persona: 'Personas',
  competitor: 'Competitors',
  battlecard: 'Battlecards',
  positioning: 'Positioning',
  messaging: 'Messaging',
  launch: 'Launches',
  release_note: 'Release notes',
  requirement: 'Requirements',
  program: 'Programs',
  campaign: 'Campaigns',
  touchpoint: 'Touchpoints',
  affiliate: 'Affiliates',
  budget: 'Budget',
  source: 'Event sources',
  goal: 'Conversion goals',
  attribution_settings: 'Attribution settings',
  survey: 'Surveys',
  deal: 'Deals',
  metric: 'Metrics',
};
