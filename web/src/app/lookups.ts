import { useQuery } from '@tanstack/react-query';
import { api, type paths, unwrap } from '../api/client';
import { useWorkspace } from './workspace';

/**
 * Lookups every screen shares (products, personas, releases, members, customers):
 * whole lists for pickers and names, cached for a minute.
 */

/** The JSON body a path's method takes. */
export type Body<P extends keyof paths, M extends 'post' | 'patch' | 'put'> =
  NonNullable<paths[P][M]> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

type Page<T> = { items: T[]; nextCursor: string | null };

/** Every page of a list, up to a cap (pickers need the whole set, not the first 200). */
export async function collect<T>(
  load: (cursor: string | undefined) => Promise<Page<T>>,
  cap = 2_000,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await load(cursor);
    items.push(...page.items);
    if (!page.nextCursor || items.length >= cap) return { items, complete: !page.nextCursor };
    cursor = page.nextCursor;
  }
}

const loadProducts = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/products', {
        params: { path: { workspaceId }, query: { limit: 200, cursor } },
      }),
    ),
  );

export type Product = Awaited<ReturnType<typeof loadProducts>>['items'][number];

const loadPersonas = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/personas', {
        params: { path: { workspaceId }, query: { limit: 200, cursor } },
      }),
    ),
  );

export type Persona = Awaited<ReturnType<typeof loadPersonas>>['items'][number];

const loadReleases = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/releases', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, sort: 'targetDate' } },
      }),
    ),
  );
export type Release = Awaited<ReturnType<typeof loadReleases>>['items'][number];

const loadMembers = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/members', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, sort: 'name' } },
      }),
    ),
  );
export type Member = Awaited<ReturnType<typeof loadMembers>>['items'][number];

const loadCustomers = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/customers', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, sort: 'name' } },
      }),
    ),
  );

const LOADERS = {
  products: loadProducts,
  personas: loadPersonas,
  releases: loadReleases,
  members: loadMembers,
  customers: loadCustomers,
};

/** A lookup's query for a workspace named by id, for what renders outside a workspace page (the conflict dialog). */
export const lookupQuery = (resource: keyof typeof LOADERS, workspaceId: string) => ({
  queryKey: [resource, workspaceId, 'all'],
  queryFn: () => LOADERS[resource](workspaceId) as Promise<{ items: { id: string; name: string }[] }>,
  staleTime: 60_000,
});

const lookup = <T>(key: string, load: (ws: string) => Promise<T>) =>
  function useLookup() {
    const ws = useWorkspace();
    return useQuery({ queryKey: [key, ws.id, 'all'], queryFn: () => load(ws.id), staleTime: 60_000 });
  };

export const useProducts = lookup('products', loadProducts);
export const usePersonas = lookup('personas', loadPersonas);
export const useReleases = lookup('releases', loadReleases);
export const useMembers = lookup('members', loadMembers);
export const useCustomers = lookup('customers', loadCustomers);

type Named = { id: string; name: string };

/** Select options from a list with ids and names, empty while it loads. */
export const optionsOf = (list: { items: Named[] } | undefined) =>
  (list?.items ?? []).map((x) => ({ value: x.id, label: x.name }));

/** The name of an entity by id from a loaded list, or a fallback. */
export const nameOf = (
  list: { items: Named[] } | undefined,
  id: string | null | undefined,
  fallback = '—',
) => (id ? (list?.items.find((x) => x.id === id)?.name ?? fallback) : fallback);

/** Members carry their user id separately: mentions and owners refer to the user. */
export const memberOptions = (list: { items: Member[] } | undefined) =>
  (list?.items ?? []).map((m) => ({ value: m.userId, label: m.name }));
