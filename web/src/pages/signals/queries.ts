import { useQuery } from '@tanstack/react-query';
import { api, type paths, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';

/** The market-signals setup data as the pages load it: sources, goals, attribution settings. */

type P = '/api/v1/workspaces/{workspaceId}';

const loadSources = (workspaceId: string) =>
  unwrap(
    api.GET(`/api/v1/workspaces/{workspaceId}/sources`, {
      params: { path: { workspaceId }, query: { limit: 200 } },
    }),
  );
export type Source = Awaited<ReturnType<typeof loadSources>>['items'][number];
export type SourceKind = Source['kind'];

const loadGoals = (workspaceId: string) =>
  unwrap(
    api.GET(`/api/v1/workspaces/{workspaceId}/goals`, {
      params: { path: { workspaceId }, query: { limit: 200 } },
    }),
  );
export type Goal = Awaited<ReturnType<typeof loadGoals>>['items'][number];

export type Settings =
  paths[`${P}/attribution-settings`]['get']['responses'][200]['content']['application/json'];
export type AttributionModel = Settings['model'];

export function useSources() {
  const ws = useWorkspace();
  return useQuery({ queryKey: ['sources', ws.id, 'list'], queryFn: () => loadSources(ws.id) });
}

export function useSource(id: string) {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['sources', ws.id, id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/sources/{id}', {
          params: { path: { workspaceId: ws.id, id } },
        }),
      ),
  });
}

export function useGoals() {
  const ws = useWorkspace();
  return useQuery({ queryKey: ['goals', ws.id, 'list'], queryFn: () => loadGoals(ws.id) });
}

export function useAttributionSettings() {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['attribution-settings', ws.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/attribution-settings', {
          params: { path: { workspaceId: ws.id } },
        }),
      ),
  });
}
