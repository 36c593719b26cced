import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { collect } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';

export { collect, nameOf, optionsOf, useMembers, usePersonas } from '../../app/lookups';

export const loadPrograms = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/programs', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, sort: 'startDate' } },
      }),
    ),
  );
export type Program = Awaited<ReturnType<typeof loadPrograms>>['items'][number];

/** All programs of the workspace, with their requirements and spend. */
export function usePrograms() {
  const ws = useWorkspace();
  return useQuery({ queryKey: ['programs', ws.id, 'all'], queryFn: () => loadPrograms(ws.id) });
}
