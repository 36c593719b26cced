import { api, unwrap } from '../../api/client';

export type FeatureListQuery = { q?: string; productId?: string; status?: string; sort: string };

export const loadFeaturePage = (workspaceId: string, query: FeatureListQuery, cursor: string | undefined) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/features', {
      params: { path: { workspaceId }, query: { ...query, limit: 200, cursor } },
    }),
  );
export type FeatureRow = Awaited<ReturnType<typeof loadFeaturePage>>['items'][number];

export const loadFeature = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/features/{id}', { params: { path: { workspaceId, id } } }),
  );
export type Feature = Awaited<ReturnType<typeof loadFeature>>;

/** Sort keys the server accepts, by column. */
export type SortKey =
  'rank' | 'score' | 'title' | 'effort' | 'feedbackCount' | 'customerCount' | 'customerRevenue';

/** The next sort when a column header is clicked: a new column starts in its natural direction, the same one flips. */
export function nextSort(current: string, key: SortKey): string {
  const desc = current.startsWith('-');
  const active = current.replace(/^-/, '');
  if (active === key) return desc ? key : `-${key}`;
  return NATURAL_DESC.has(key) ? `-${key}` : key;
}

const NATURAL_DESC = new Set<SortKey>([
  'score',
  'effort',
  'feedbackCount',
  'customerCount',
  'customerRevenue',
]);

export function sortState(current: string, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (current.replace(/^-/, '') !== key) return 'none';
  return current.startsWith('-') ? 'descending' : 'ascending';
}
