import type { paths } from '../api/client';

type NotificationItem =
  paths['/api/v1/me/notifications']['get']['responses'][200]['content']['application/json']['items'][number];
/** Every kind of item a notification (or anything else) can point at. */
export type EntityKind = NotificationItem['entityType'];

export type EntityRef = { entityType: EntityKind; entityId: string; parentId?: string | null };

const q = (params: Record<string, string | null | undefined>) => {
  const s = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => !!e[1]),
  ).toString();
  return s ? `?${s}` : '';
};

/**
 * The one mapping from an item to the page that shows it, inside workspace `workspaceId`. Exhaustive: a new
 * kind of item does not compile until it has a page. Items without a page of their own open the list they
 * live in (with the parent the page needs: a launch task's launch, a battlecard's competitor).
 */
export function linkTo(workspaceId: string, ref: EntityRef): string {
  const base = `/w/${workspaceId}`;
  const { entityId: id, parentId } = ref;
  switch (ref.entityType) {
    case 'feature':
      return `${base}/features/${id}`;
    case 'feedback':
      return `${base}/feedback/${id}`;
    case 'product':
      return `${base}/products/${id}`;
    case 'release':
      return `${base}/releases/${id}`;
    case 'persona':
      return `${base}/personas${q({ id })}`;
    case 'competitor':
      return `${base}/competitors/${id}`;
    case 'battlecard':
      return parentId ? `${base}/competitors/${parentId}` : `${base}/competitors`;
    case 'positioning':
      return `${base}/positioning${q({ productId: parentId })}`;
    case 'messaging':
      return `${base}/messaging${q({ productId: parentId })}`;
    case 'launch':
      return `${base}/launches/${id}`;
    case 'launch_task':
      return parentId ? `${base}/launches/${parentId}` : `${base}/launches`;
    case 'release_note':
      return `${base}/release-notes`;
    case 'requirement':
      return `${base}/handoff`;
    case 'program':
      return `${base}/handoff${q({ program: id })}`;
    case 'campaign':
      return `${base}/campaigns/${id}`;
    default: {
      const never: never = ref.entityType;
      return never;
    }
  }
}
