import { useQuery } from '@tanstack/react-query';
import { api, type paths, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { collect } from '../campaigns/data';

const loadRequirements = (workspaceId: string, includeClosed: boolean) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/requirements', {
        params: {
          path: { workspaceId },
          query: { limit: 200, cursor, sort: 'dueDate', ...(includeClosed ? {} : { status: 'open' }) },
        },
      }),
    ),
  );
export type Requirement = Awaited<ReturnType<typeof loadRequirements>>['items'][number];

/** Requirements, open ones only unless asked. */
export function useRequirements(includeClosed: boolean) {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['requirements', ws.id, { includeClosed }],
    queryFn: () => loadRequirements(ws.id, includeClosed),
  });
}

export type RequirementCreate = NonNullable<
  paths['/api/v1/workspaces/{workspaceId}/requirements']['post']['requestBody']
>['content']['application/json'];
export type ProgramCreate = NonNullable<
  paths['/api/v1/workspaces/{workspaceId}/programs']['post']['requestBody']
>['content']['application/json'];
export type ProgramPatch = Omit<
  NonNullable<
    paths['/api/v1/workspaces/{workspaceId}/programs/{id}']['patch']['requestBody']
  >['content']['application/json'],
  'version'
>;
