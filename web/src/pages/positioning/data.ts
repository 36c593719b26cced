import { api, unwrap } from '../../api/client';
import { collect } from '../../app/lookups';
import type { StepVariables } from './ApprovalActions';

export const loadPositionings = (workspaceId: string, productId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/positioning', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, productId } },
      }),
    ),
  );
export type Positioning = Awaited<ReturnType<typeof loadPositionings>>['items'][number];

/** Moves a positioning version along its workflow. */
export function stepPositioning(workspaceId: string, id: string, { step, version, comment }: StepVariables) {
  const params = { path: { workspaceId, id } };
  switch (step) {
    case 'submit':
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/positioning/{id}/submit', { params, body: { version } }),
      );
    case 'approve':
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/positioning/{id}/approve', {
          params,
          body: { version, comment },
        }),
      );
    case 'send_back':
      return unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/positioning/{id}/send-back', {
          params,
          body: { version, comment: comment ?? '' },
        }),
      );
  }
}
