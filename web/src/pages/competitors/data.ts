import { api, unwrap } from '../../api/client';
import { collect } from '../../app/lookups';

/** Every battlecard of the workspace, or of one competitor. */
export const loadAllBattlecards = (workspaceId: string, competitorId?: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/battlecards', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, competitorId } },
      }),
    ),
  );
export type Battlecard = Awaited<ReturnType<typeof loadAllBattlecards>>['items'][number];

export const loadCompetitor = (workspaceId: string, id: string) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/competitors/{id}', { params: { path: { workspaceId, id } } }),
  );
export type Competitor = Awaited<ReturnType<typeof loadCompetitor>>;
