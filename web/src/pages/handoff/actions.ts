import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import type { ProgramPatch } from './data';

type Review = { decision: 'accept' | 'send-back'; comment: string; version: number };

/**
 * The workflow of one program: product marketing's review, marketing's re-proposal and edits. Each carries
 * the version it was loaded at, so a stale write opens the conflict dialog.
 */
export function useProgramActions(id: string) {
  const ws = useWorkspace();
  const conflict = { workspaceId: ws.id, entityType: 'program', entityId: id };
  const params = { path: { workspaceId: ws.id, id } };

  const review = useMutation({
    mutationFn: ({ decision, comment, version }: Review) =>
      decision === 'accept'
        ? unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/programs/{id}/accept', {
              params,
              body: { ...(comment.trim() ? { comment: comment.trim() } : {}), version },
            }),
          )
        : unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/programs/{id}/send-back', {
              params,
              body: { comment: comment.trim(), version },
            }),
          ),
    meta: { inline: true, conflict, success: 'Review recorded' },
  });

  const propose = useMutation({
    mutationFn: ({ version }: { version: number }) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/programs/{id}/propose', { params, body: { version } }),
      ),
    meta: { success: 'Program proposed again for review', conflict },
  });

  const update = useMutation({
    mutationFn: ({ version, ...patch }: ProgramPatch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/programs/{id}', { params, body: { ...patch, version } }),
      ),
    meta: { inline: true, success: 'Program saved', conflict },
  });

  return { review, propose, update };
}
