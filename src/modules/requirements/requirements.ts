import { and, count, eq, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import type { RequirementStatus } from '../../core/enums.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, sortExpr, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { assertCan, OWNERSHIP } from '../../policies/ownership.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { notifyRoles } from '../comments/notifications.ts';
import { launches } from '../launches/schema.ts';
import { personas } from '../personas/schema.ts';
import { products } from '../products/schema.ts';
import { COVERING, type ProgramRef, programsFor } from './coverage.ts';
import { programRequirements, programs, requirements } from './schema.ts';

type RequirementRow = typeof requirements.$inferSelect;
type Priority = RequirementRow['priority'];

export function presentRequirement(r: RequirementRow, answering: ProgramRef[] = []) {
  return {
    id: r.id,
    title: r.title,
    problem: r.problem,
    personaId: r.personaId,
    desiredOutcome: r.desiredOutcome,
    successMetric: r.successMetric,
    priority: r.priority,
    dueDate: r.dueDate,
    launchId: r.launchId,
    productId: r.productId,
    status: r.status,
    programs: answering,
    covered: answering.some((p) => COVERING.includes(p.status)),
    createdBy: r.createdBy,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Requirement = ReturnType<typeof presentRequirement>;

const logged = (r: RequirementRow) => ({
  title: r.title,
  problem: r.problem,
  personaId: r.personaId,
  desiredOutcome: r.desiredOutcome,
  successMetric: r.successMetric,
  priority: r.priority,
  dueDate: r.dueDate,
  launchId: r.launchId,
  productId: r.productId,
  status: r.status,
});

export type RequirementInput = {
  title: string;
  problem: string;
  personaId?: string | null;
  desiredOutcome?: string;
  successMetric?: string;
  priority?: Priority;
  dueDate?: string | null;
  launchId?: string | null;
  productId?: string | null;
};
export type RequirementUpdate = Partial<RequirementInput> & { status?: RequirementStatus };

export const REQUIREMENT_SORTS = ['dueDate', 'priority', 'createdAt'] as const;
/** Priority sorts by urgency, not by the alphabet. */
const priorityRank = sortExpr(
  'int4',
  sql`(case ${requirements.priority} when 'urgent' then 4 when 'high' then 3 when 'medium' then 2 else 1 end)`,
);
const sortColumn = {
  dueDate: requirements.dueDate,
  priority: priorityRank,
  createdAt: requirements.createdAt,
};
const PRIORITY_RANK: Record<Priority, number> = { urgent: 4, high: 3, medium: 2, low: 1 };

export type RequirementQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  status?: RequirementStatus[];
  priority?: Priority[];
  personaId?: string;
  launchId?: string;
  productId?: string;
  covered?: boolean;
  dueBefore?: string;
};

/** Exists-condition: an accepted (or later) program answers the requirement. */
const coveredCondition = sql`exists (select 1 from ${programRequirements} pr join ${programs} p
  on p.workspace_id = pr.workspace_id and p.id = pr.program_id
  where pr.workspace_id = ${requirements.workspaceId} and pr.requirement_id = ${requirements.id}
  and p.status in ('accepted', 'in_progress', 'done'))`;

/** Requirements with the programs answering them; `covered=false` lists those marketing has not answered yet. */
export async function listRequirements(ctx: WsCtx, q: RequirementQuery): Promise<Page<Requirement>> {
  const sort = parseSort(q.sort, REQUIREMENT_SORTS, 'dueDate');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: SQL[] = [eq(requirements.workspaceId, ctx.workspaceId)];
  if (q.status?.length) conds.push(inArray(requirements.status, q.status));
  if (q.priority?.length) conds.push(inArray(requirements.priority, q.priority));
  if (q.personaId) conds.push(eq(requirements.personaId, q.personaId));
  if (q.launchId) conds.push(eq(requirements.launchId, q.launchId));
  if (q.productId) conds.push(eq(requirements.productId, q.productId));
  if (q.dueBefore) conds.push(lte(requirements.dueDate, q.dueBefore));
  if (q.covered !== undefined) conds.push(q.covered ? coveredCondition : sql`not ${coveredCondition}`);
  if (q.cursor) conds.push(afterCursor(column, requirements.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(requirements)
    .where(and(...conds))
    .orderBy(...orderFor(column, requirements.id, sort))
    .limit(q.limit + 1);
  const answering = await programsFor(
    ctx,
    fetched.map((r) => r.id),
  );
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => (sort.field === 'priority' ? PRIORITY_RANK[r.priority] : r[sort.field as 'dueDate' | 'createdAt']),
    (r) => presentRequirement(r, answering.get(r.id)),
  );
}

async function present(ctx: WsCtx, row: RequirementRow): Promise<Requirement> {
  return presentRequirement(row, (await programsFor(ctx, [row.id])).get(row.id));
}

export async function getRequirement(ctx: WsCtx, id: string): Promise<Requirement> {
  const [r] = await ctx.db
    .select()
    .from(requirements)
    .where(and(eq(requirements.workspaceId, ctx.workspaceId), eq(requirements.id, id)));
  if (!r) throw notFound('Requirement');
  return present(ctx, r);
}

async function assertRefs(ctx: WsCtx, input: Partial<RequirementInput>) {
  await assertRef(ctx, personas, input.personaId, 'personaId', 'persona');
  await assertRef(ctx, launches, input.launchId, 'launchId', 'launch');
  await assertRef(ctx, products, input.productId, 'productId', 'product');
}

/** Files a go-to-market requirement: a problem for marketing to solve (product marketing only). */
export async function createRequirement(ctx: WsCtx, input: RequirementInput): Promise<Requirement> {
  assertCan(ctx.role, 'requirement', 'create');
  await assertRefs(ctx, input);
  const [row] = await ctx.db
    .insert(requirements)
    .values({ ...input, workspaceId: ctx.workspaceId, createdBy: ctx.actor.userId })
    .returning();
  // The hand-off to marketing: the role that answers requirements is the one that owns programs.
  await notifyRoles(ctx, OWNERSHIP.program.owners, {
    kind: 'handoff',
    entityType: 'requirement',
    entityId: row!.id,
  });
  await recordActivity(ctx, {
    entityType: 'requirement',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentRequirement(row!);
}

export async function updateRequirement(
  ctx: WsCtx,
  id: string,
  input: RequirementUpdate,
  expected?: number,
): Promise<Requirement> {
  assertCan(ctx.role, 'requirement', 'update');
  const before = await lockRow(ctx, requirements, id, 'Requirement');
  await checkVersion(ctx, 'requirement', before, expected);
  await assertRefs(ctx, input);
  const [after] = await ctx.db
    .update(requirements)
    .set({ ...input, ...bump() })
    .where(and(eq(requirements.workspaceId, ctx.workspaceId), eq(requirements.id, id)))
    .returning();
  await recordActivity(ctx, {
    entityType: 'requirement',
    entityId: id,
    action: input.status && input.status !== before.status ? 'status_changed' : 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return present(ctx, after!);
}

/** Deletes a requirement no program answers (close or cancel it otherwise). */
export async function deleteRequirement(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'requirement', 'delete');
  const before = await lockRow(ctx, requirements, id, 'Requirement');
  await checkVersion(ctx, 'requirement', before, expected);
  const [answered] = await ctx.db
    .select({ n: count() })
    .from(programRequirements)
    .where(
      and(eq(programRequirements.workspaceId, ctx.workspaceId), eq(programRequirements.requirementId, id)),
    );
  if (answered && answered.n > 0)
    throw conflict(`${answered.n} program(s) answer this requirement; close or cancel it instead`, {
      programCount: answered.n,
    });
  await deleteCommentsOn(ctx, 'requirement', id);
  await ctx.db
    .delete(requirements)
    .where(and(eq(requirements.workspaceId, ctx.workspaceId), eq(requirements.id, id)));
  await recordActivity(ctx, {
    entityType: 'requirement',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
