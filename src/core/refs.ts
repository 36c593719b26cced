import { and, eq, inArray } from 'drizzle-orm';
import type { WsCtx } from './context.ts';
import { invalid, invalidField } from './errors.ts';
import type { VersionedTable } from './versioning.ts';

/**
 * Checks that an id given in a request names a row of the caller's workspace. An id from another
 * workspace is refused exactly like an unknown one (422 with the field's path).
 */
export async function assertRef(
  ctx: WsCtx,
  table: VersionedTable,
  id: string | null | undefined,
  path: string,
  label: string,
): Promise<void> {
  if (id === null || id === undefined) return;
  const found = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.workspaceId, ctx.workspaceId), eq(table.id, id)));
  if (found.length === 0) throw invalidField(path, `No ${label} ${id} in this workspace`);
}

/** Like assertRef for a list of ids; names every missing one. */
export async function assertRefs(
  ctx: WsCtx,
  table: VersionedTable,
  ids: readonly string[],
  path: string,
  label: string,
): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const found = await ctx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.workspaceId, ctx.workspaceId), inArray(table.id, unique)));
  const have = new Set(found.map((r) => r.id as string));
  const errors = ids
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !have.has(id))
    .map(({ id, i }) => ({ path: `${path}.${i}`, message: `No ${label} ${id} in this workspace` }));
  if (errors.length > 0) throw invalid(`Unknown ${label} ids`, errors);
}
