import type { Body } from '../app/lookups';

/** A kind of entity people may comment on, as the comments API accepts it. */
export type Commentable = Body<'/api/v1/workspaces/{workspaceId}/comments', 'post'>['entityType'];

/**
 * Every commentable kind, with the words its empty discussion uses. Typed by the API, so a kind the server
 * adds fails the type check until it is listed here, and comment-screens.test.ts then fails until a screen
 * renders `<Comments entityType="…">` for it: the matrix's comment rights cannot outrun the screens.
 */
export const COMMENT_SUBJECT: Record<Commentable, string> = {
  product: 'product',
  feature: 'feature',
  feedback: 'feedback',
  release: 'release',
  persona: 'persona',
  competitor: 'competitor',
  battlecard: 'battlecard',
  positioning: 'positioning',
  messaging: 'messaging',
  launch: 'launch',
  release_note: 'release note',
  requirement: 'requirement',
  program: 'program',
  campaign: 'campaign',
};
