import { notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../api/client';
import { reportConflict } from './conflicts';

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
      // Any change may move counts, ranks and readiness elsewhere: refetch what is on screen.
      onSettled: () => client.invalidateQueries(),
    }),
  });
  return client;
}
