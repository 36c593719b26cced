import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import type { FeedbackStatus } from '../../app/labels';
import { plural } from '../../app/plural';

export type FeedbackQuery = {
  q?: string;
  status?: string;
  productId?: string;
  sentiment?: 'positive' | 'neutral' | 'negative';
  tag?: string;
  /** Only items the survey loop flagged (a detractor from a customer with revenue). */
  flag?: 'revenue_detractor';
};

export const loadFeedbackPage = (workspaceId: string, query: FeedbackQuery, cursor: string | undefined) =>
  unwrap(
    api.GET('/api/v1/workspaces/{workspaceId}/feedback', {
      params: { path: { workspaceId }, query: { ...query, limit: 50, cursor } },
    }),
  );
export type FeedbackItem = Awaited<ReturnType<typeof loadFeedbackPage>>['items'][number];

export type BulkAction = 'triage' | 'archive' | 'reopen' | 'tag' | 'untag' | 'set_product' | 'set_persona';

export function useBulkFeedback() {
  const ws = useWorkspace();
  return useMutation({
    mutationFn: (body: {
      action: BulkAction;
      ids: string[];
      tags?: string[];
      productId?: string | null;
      personaId?: string | null;
    }) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/feedback/bulk', {
          params: { path: { workspaceId: ws.id } },
          body,
        }),
      ),
    onSuccess: (res, vars) =>
      notifications.show({ message: doneMessage(vars.action, res.updated), color: 'teal' }),
  });
}

/** The bulk action that moves items to a status. */
export const ACTION_TO: Record<FeedbackStatus, BulkAction> = {
  new: 'reopen',
  triaged: 'triage',
  archived: 'archive',
};

/** "3 items triaged" */
export const doneMessage = (action: BulkAction, n: number) => {
  const what = plural(n, 'item');
  const verb: Record<BulkAction, string> = {
    triage: 'triaged',
    archive: 'archived',
    reopen: 'reopened',
    tag: 'tagged',
    untag: 'untagged',
    set_product: 'moved to the product',
    set_persona: 'given the persona',
  };
  return `${what} ${verb[action]}`;
};
