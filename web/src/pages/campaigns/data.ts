import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';

type Page<T> = { items: T[]; nextCursor: string | null };

/** Every page of a list, up to a cap (boards and pickers need the whole set, not the first 200). */
export async function collect<T>(
  load: (cursor: string | undefined) => Promise<Page<T>>,
  cap = 2_000,
): Promise<{ items: T[]; complete: boolean }> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await load(cursor);
    items.push(...page.items);
    if (!page.nextCursor) return { items, complete: true };
    if (items.length >= cap) return { items, complete: false };
    cursor = page.nextCursor;
  }
}

export const loadPrograms = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/programs', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, sort: 'startDate' } },
      }),
    ),
  );
export type Program = Awaited<ReturnType<typeof loadPrograms>>['items'][number];

/** All programs of the workspace, with their requirements and spend. */
export function usePrograms() {
  const ws = useWorkspace();
  return useQuery({ queryKey: ['programs', ws.id, 'all'], queryFn: () => loadPrograms(ws.id) });
}

const loadPersonas = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/personas', {
        params: { path: { workspaceId }, query: { limit: 200, cursor } },
      }),
    ),
  );

export function usePersonas() {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['personas', ws.id, 'all'],
    queryFn: () => loadPersonas(ws.id),
    staleTime: 60_000,
  });
}

const loadMembers = (workspaceId: string) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/members', {
        params: { path: { workspaceId }, query: { limit: 200, cursor, sort: 'name' } },
      }),
    ),
  );

export function useMembers() {
  const ws = useWorkspace();
  return useQuery({
    queryKey: ['members', ws.id, 'all'],
    queryFn: () => loadMembers(ws.id),
    staleTime: 60_000,
  });
}

/** Select options from a list with ids and names, empty while it loads. */
export const optionsOf = (list: { items: { id: string; name: string }[] } | undefined) =>
  (list?.items ?? []).map((x) => ({ value: x.id, label: x.name }));

/** The name of an entity by id from a loaded list, or a fallback. */
export const nameOf = (
  list: { items: { id: string; name: string }[] } | undefined,
  id: string | null | undefined,
  fallback = '—',
) => (id ? (list?.items.find((x) => x.id === id)?.name ?? fallback) : fallback);
