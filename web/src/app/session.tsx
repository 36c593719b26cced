import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../api/client';

export const ME_KEY = ['me'] as const;

/** The signed-in person, their workspaces with roles, and invitations waiting for them; null when signed out. */
export function useMe() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/me'));
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export type Me = NonNullable<ReturnType<typeof useMe>['data']>;

export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await api.POST('/api/v1/auth/logout');
    client.clear();
    client.setQueryData(ME_KEY, null);
  };
}
