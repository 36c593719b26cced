import { api, unwrap } from '../../api/client';

export const loadLaunch = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/launches/{id}', { params: { path: { workspaceId, id } } }),
  );
export type Launch = Awaited<ReturnType<typeof loadLaunch>>;

export const loadTasks = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/launches/{id}/tasks', {
      params: { path: { workspaceId, id } },
    }),
  );
export type Task = Awaited<ReturnType<typeof loadTasks>>['items'][number];
