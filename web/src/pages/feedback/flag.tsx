import { Badge } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';

/** The inbox flag the survey loop sets: a detractor's comment from a customer with revenue. */
export const REVENUE_DETRACTOR = 'revenue_detractor' as const;

export const isRevenueDetractor = (item: { flag?: string | null }) => item.flag === REVENUE_DETRACTOR;

export function RevenueDetractorBadge({
  item,
  size = 'sm',
}: {
  item: { flag?: string | null };
  size?: 'xs' | 'sm' | 'md';
}) {
  if (!isRevenueDetractor(item)) return null;
  return (
    <Badge size={size} color="red" variant="filled" component="span">
      Detractor · customer with revenue
    </Badge>
  );
}

/**
 * Clears the flag once product management has handled the item (an edit like any other: versioned and
 * in the activity log). Shown only on a flagged item; disabled, naming the owner, for other roles.
 */
export function ClearFlagButton({ item }: { item: { id: string; version: number; flag?: string | null } }) {
  const ws = useWorkspace();
  const clear = useMutation({
    mutationFn: (version: number) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/feedback/{id}', {
          params: { path: { workspaceId: ws.id, id: item.id } },
          body: { flag: null, version },
        }),
      ),
    meta: {
      conflict: { workspaceId: ws.id, entityType: 'feedback', entityId: item.id },
      success: 'Flag cleared',
    },
  });
  if (!isRevenueDetractor(item)) return null;
  return (
    <GuardedButton
      artefact="feedback"
      action="update"
      variant="default"
      onClick={() => clear.mutate(item.version)}
      loading={clear.isPending}
    >
      Clear flag
    </GuardedButton>
  );
}
