import { api, type paths, unwrap } from '../../api/client';

export const loadCampaign = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/campaigns/{id}', { params: { path: { workspaceId, id } } }),
  );
export type Campaign = Awaited<ReturnType<typeof loadCampaign>>;

export type CampaignPatch = Omit<
  NonNullable<
    paths['/api/v1/workspaces/{workspaceId}/campaigns/{id}']['patch']['requestBody']
  >['content']['application/json'],
  'version'
>;

export const patchCampaign = (workspaceId: string, id: string, body: CampaignPatch & { version: number }) =>
  unwrap(
    api.PATCH('/api/v1/workspaces/{workspaceId}/campaigns/{id}', {
      params: { path: { workspaceId, id } },
      body,
    }),
  );

/**
 * Only the fields that changed, so a save does not overwrite what someone else edited meanwhile; values
 * compare as JSON (arrays and nulls included).
 */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[])
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  return out;
}
