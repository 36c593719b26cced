import { and, eq, inArray } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { ProgramStatus } from '../../core/enums.ts';
import { programRequirements, programs } from './schema.ts';

/** Program statuses that mean marketing's answer stands: the requirement is covered. */
export const COVERING: readonly ProgramStatus[] = ['accepted', 'in_progress', 'done'];

export type ProgramRef = { id: string; name: string; status: ProgramStatus };

/** The programs answering each of the given requirements, in one query. */
export async function programsFor(
  ctx: WsCtx,
  requirementIds: readonly string[],
): Promise<Map<string, ProgramRef[]>> {
  const result = new Map(requirementIds.map((id) => [id, [] as ProgramRef[]]));
  if (requirementIds.length === 0) return result;
  const rows = await ctx.db
    .select({
      requirementId: programRequirements.requirementId,
      id: programs.id,
      name: programs.name,
      status: programs.status,
    })
    .from(programRequirements)
    .innerJoin(
      programs,
      and(
        eq(programs.workspaceId, programRequirements.workspaceId),
        eq(programs.id, programRequirements.programId),
      ),
    )
    .where(
      and(
        eq(programRequirements.workspaceId, ctx.workspaceId),
        inArray(programRequirements.requirementId, [...requirementIds]),
      ),
    )
    .orderBy(programs.name);
  for (const { requirementId, ...p } of rows) result.get(requirementId)!.push(p);
  return result;
}
