import { api, unwrap } from '../../api/client';
import type { StepVariables } from '../positioning/ApprovalActions';
import { collect } from '../../app/lookups';

export const loadMatrix = (workspaceId: string, productId: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/messaging/matrix', {
      params: { path: { workspaceId }, query: { productId } },
    }),
  );
export type Matrix = Awaited<ReturnType<typeof loadMatrix>>;
export type MatrixRow = Matrix['rows'][number];

/** Every version of the messaging of one product for one persona. */
export const loadVersions = (workspaceId: string, productId: string, personaId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/messaging', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, productId, personaId } },
      }),
    ),
  );
export type Messaging = Awaited<ReturnType<typeof loadVersions>>['items'][number];

/** Moves a messaging version along its workflow. */
export function stepMessaging(workspaceId: string, id: string, { step, version, comment }: StepVariables) {
  const params = { path: { workspaceId, id } };
  switch (step) {
    case 'submit':
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/messaging/{id}/submit', { params, body: { version } }),
      );
    case 'approve':
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/messaging/{id}/approve', {
          params,
          body: { version, comment },
        }),
      );
    case 'send_back':
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/messaging/{id}/send-back', {
          params,
          body: { version, comment: comment ?? '' },
        }),
      );
  }
}
