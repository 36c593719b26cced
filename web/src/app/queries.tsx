import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, errorMessage, onApiChange } from '../api/client';
import { reportConflict } from './conflicts';
import { staleHeads } from './invalidation';

/**
 * What a mutation may tell the app about itself:
 * - conflict: the entity it saves, so a 409 on a stale version opens the conflict dialog
 *   (the mutation's variables must carry `version`);
 * - inline: the page shows the error itself, so no notification;
 * - success: a short confirmation to show.
 */
export type MutationMeta = {
  conflict?: { workspaceId: string; entityType: string; entityId: string };
  inline?: boolean;
  success?: string;
};

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: MutationMeta;
  }
}

export function createQueryClient() {
  // The paths mutations changed since the last one settled (several may overlap: refreshing their union is right).
  const changed = new Set<string>();
  onApiChange((pathname) => changed.add(pathname));
  /** Refetches the queries on screen that what changed can affect; marks the others stale. */
  const refreshChanged = () => {
    const paths = [...changed];
    changed.clear();
    // A mutation that sent nothing through the API client (a plain fetch, an upload): refresh everything.
    const heads = paths.length ? staleHeads(paths) : 'all';
    return heads === 'all'
      ? client.invalidateQueries()
      : client.invalidateQueries({ predicate: (q) => heads.has(String(q.queryKey[0])) });
  };
  const client: QueryClient = new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (count, err) =>
          !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      },
    },
    queryCache: new QueryCache({
      onError: (err, query) => {
        if (err instanceof ApiError && err.status === 401 && query.queryKey[0] !== 'me')
          void client.invalidateQueries({ queryKey: ['me'] });
      },
    }),
    mutationCache: new MutationCache({
      onSuccess: (_data, _vars, _ctx, mutation) => {
        const message = mutation.meta?.success;
        if (message) notifications.show({ message, color: 'teal' });
      },
      onError: (err, variables, _ctx, mutation) => {
        const conflict = mutation.meta?.conflict;
        if (err instanceof ApiError && err.isConflict && conflict) {
          reportConflict({
            ...conflict,
            currentVersion: err.problem.currentVersion!,
            mine: (variables ?? {}) as Record<string, unknown>,
            reapply: async (version) => {
              await mutation.options.mutationFn!(
                { ...(variables as object), version } as never,
                undefined as never,
              );
              await client.invalidateQueries();
            },
            reload: () => client.invalidateQueries(),
          });
          return;
        }
        if (mutation.meta?.inline) return;
        notifications.show({
          title: err instanceof ApiError ? err.problem.title : 'Could not save',
          message: errorMessage(err),
          color: 'red',
          autoClose: 8000,
        });
      },
      // A change may move counts, ranks and readiness elsewhere: refetch what it can affect (invalidation.ts).
      // A mutation that failed changed nothing (a conflict's reload refreshes on its own).
      onSettled: (_data, error) => {
        if (error && changed.size === 0) return;
        return refreshChanged();
      },
    }),
  });
  return client;
}
