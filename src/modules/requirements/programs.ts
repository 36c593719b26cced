import { and, eq, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { type Channel, type ProgramStatus, type Role } from '../../core/enums.ts';
import { conflict, invalidField, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, toPage } from '../../core/pagination.ts';
import { assertRefs } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { defineWorkflow } from '../../core/workflow.ts';
import { assertCan, reviewersOf } from '../../policies/ownership.ts';
import { campaigns } from '../campaigns/schema.ts';
import { deleteCommentsOn } from '../comments/comments.ts';
import { notify, notifyAssignee, notifyRoles } from '../comments/notifications.ts';
import { assertMember } from '../launches/launches.ts';
import { programRequirements, programs, requirements } from './schema.ts';

type ProgramRow = typeof programs.$inferSelect;

/**
 * The program workflow. Review steps (accept, send back) take the review right and have operations of
 * their own; the owner (marketing) re-proposes a program sent back, runs it and finishes it. Done is final.
 */
export const PROGRAM_WORKFLOW = defineWorkflow<ProgramStatus>({
  artefact: 'program',
  noun: 'program',
  transitions: {
    proposed: ['accepted', 'sent_back', 'cancelled'],
    sent_back: ['proposed', 'cancelled'],
    accepted: ['in_progress', 'cancelled'],
    in_progress: ['done', 'cancelled'],
    done: [],
    cancelled: [],
  },
  rights: { accepted: 'review', sent_back: 'review' },
  steps: { accepted: 'accept', sent_back: 'send-back' },
});
export const PROGRAM_TRANSITIONS = PROGRAM_WORKFLOW.transitions;

type Totals = { campaignCount: number; plannedSpend: number; actualSpend: number };
type RequirementRef = { id: string; title: string };

export function presentProgram(role: Role, r: ProgramRow, reqs: RequirementRef[] = [], totals?: Totals) {
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    requirements: reqs,
    channels: r.channels as Channel[],
    ownerId: r.ownerId,
    startDate: r.startDate,
    endDate: r.endDate,
    plannedBudget: r.plannedBudget,
    status: r.status,
    allowedTransitions: PROGRAM_WORKFLOW.allowedFor(role, r.status),
    reviewComment: r.reviewComment,
    reviewedBy: r.reviewedBy,
    reviewedAt: r.reviewedAt?.toISOString() ?? null,
    campaignCount: totals?.campaignCount ?? 0,
    plannedSpend: totals?.plannedSpend ?? 0,
    actualSpend: totals?.actualSpend ?? 0,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Program = ReturnType<typeof presentProgram>;

const logged = (r: ProgramRow, requirementIds: string[]) => ({
  name: r.name,
  description: r.description,
  channels: r.channels,
  ownerId: r.ownerId,
  startDate: r.startDate,
  endDate: r.endDate,
  plannedBudget: r.plannedBudget,
  status: r.status,
  reviewComment: r.reviewComment,
  requirementIds,
});

/** Requirements and campaign totals of a page of programs: two queries for any page. */
async function extrasFor(ctx: WsCtx, ids: string[]) {
  const reqs = new Map<string, RequirementRef[]>(ids.map((id) => [id, []]));
  const totals = new Map<string, Totals>();
  if (ids.length === 0) return { reqs, totals };
  const linked = await ctx.db
    .select({ programId: programRequirements.programId, id: requirements.id, title: requirements.title })
    .from(programRequirements)
    .innerJoin(
      requirements,
      and(
        eq(requirements.workspaceId, programRequirements.workspaceId),
        eq(requirements.id, programRequirements.requirementId),
      ),
    )
    .where(
      and(eq(programRequirements.workspaceId, ctx.workspaceId), inArray(programRequirements.programId, ids)),
    )
    .orderBy(requirements.title);
  for (const { programId, ...r } of linked) reqs.get(programId)!.push(r);
  const sums = await ctx.db
    .select({
      programId: campaigns.programId,
      campaignCount: sql<number>`count(*)::int`,
      plannedSpend: sql<number>`sum(${campaigns.plannedSpend})::float8`,
      actualSpend: sql<number>`sum(${campaigns.actualSpend})::float8`,
    })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, ctx.workspaceId), inArray(campaigns.programId, ids)))
    .groupBy(campaigns.programId);
  for (const s of sums)
    totals.set(s.programId, {
      campaignCount: Number(s.campaignCount),
      plannedSpend: Number(s.plannedSpend),
      actualSpend: Number(s.actualSpend),
    });
  return { reqs, totals };
}

async function present(ctx: WsCtx, row: ProgramRow): Promise<Program> {
  const { reqs, totals } = await extrasFor(ctx, [row.id]);
  return presentProgram(ctx.role, row, reqs.get(row.id), totals.get(row.id));
}

export const PROGRAM_SORTS = ['startDate', 'createdAt', 'name'] as const;
const sortColumn = { startDate: programs.startDate, createdAt: programs.createdAt, name: programs.name };
export type ProgramQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  status?: ProgramStatus[];
  requirementId?: string;
  ownerId?: string;
  channel?: Channel;
  from?: string;
  to?: string;
};

export async function listPrograms(ctx: WsCtx, q: ProgramQuery): Promise<Page<Program>> {
  const sort = parseSort(q.sort, PROGRAM_SORTS, 'startDate');
  const column = sortColumn[sort.field as keyof typeof sortColumn];
  const conds: SQL[] = [eq(programs.workspaceId, ctx.workspaceId)];
  if (q.status?.length) conds.push(inArray(programs.status, q.status));
  if (q.ownerId) conds.push(eq(programs.ownerId, q.ownerId));
  if (q.channel) conds.push(sql`${q.channel} = any(${programs.channels})`);
  if (q.requirementId)
    conds.push(sql`exists (select 1 from ${programRequirements} pr where pr.workspace_id = ${programs.workspaceId}
      and pr.program_id = ${programs.id} and pr.requirement_id = ${q.requirementId})`);
  // Programs running at some point in [from, to]; an undated end means still running.
  if (q.to) conds.push(lte(programs.startDate, q.to));
  if (q.from) conds.push(sql`(${programs.endDate} is null or ${gte(programs.endDate, q.from)})`);
  if (q.cursor) conds.push(afterCursor(column, programs.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(programs)
    .where(and(...conds))
    .orderBy(...orderFor(column, programs.id, sort))
    .limit(q.limit + 1);
  const { reqs, totals } = await extrasFor(
    ctx,
    fetched.map((r) => r.id),
  );
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => r[sort.field as keyof typeof sortColumn],
    (r) => presentProgram(ctx.role, r, reqs.get(r.id), totals.get(r.id)),
  );
}

export async function getProgram(ctx: WsCtx, id: string): Promise<Program> {
  const [r] = await ctx.db
    .select()
    .from(programs)
    .where(and(eq(programs.workspaceId, ctx.workspaceId), eq(programs.id, id)));
  if (!r) throw notFound('Program');
  return present(ctx, r);
}

export type ProgramInput = {
  name: string;
  description?: string;
  requirementIds: string[];
  channels?: Channel[];
  ownerId?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  plannedBudget?: number;
};
export type ProgramUpdate = Partial<ProgramInput> & { status?: ProgramStatus };

function assertDates(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) throw invalidField('endDate', 'A program cannot end before it starts');
}

async function linkRequirements(ctx: WsCtx, programId: string, ids: readonly string[]) {
  await ctx.db
    .delete(programRequirements)
    .where(
      and(eq(programRequirements.workspaceId, ctx.workspaceId), eq(programRequirements.programId, programId)),
    );
  const unique = [...new Set(ids)];
  if (unique.length > 0)
    await ctx.db
      .insert(programRequirements)
      .values(unique.map((requirementId) => ({ workspaceId: ctx.workspaceId, programId, requirementId })));
}

async function requirementIdsOf(ctx: WsCtx, programId: string): Promise<string[]> {
  const rows = await ctx.db
    .select({ id: programRequirements.requirementId })
    .from(programRequirements)
    .where(
      and(eq(programRequirements.workspaceId, ctx.workspaceId), eq(programRequirements.programId, programId)),
    );
  return rows.map((r) => r.id).sort();
}

/** A program (re)proposed asks its reviewers in the matrix (product marketing, admins), never its owner. */
const askForReview = (ctx: WsCtx, p: ProgramRow) =>
  notifyRoles(
    ctx,
    reviewersOf('program'),
    { kind: 'review_requested', entityType: 'program', entityId: p.id },
    [p.ownerId],
  );

/** Marketing proposes a program answering one or more requirements (product marketing cannot). */
export async function createProgram(ctx: WsCtx, input: ProgramInput): Promise<Program> {
  assertCan(ctx.role, 'program', 'create');
  if (input.requirementIds.length === 0)
    throw invalidField('requirementIds', 'A program answers at least one requirement');
  await assertRefs(ctx, requirements, input.requirementIds, 'requirementIds', 'requirement');
  await assertMember(ctx, input.ownerId, 'ownerId');
  assertDates(input.startDate, input.endDate);
  const { requirementIds, ...fields } = input;
  const [row] = await ctx.db
    .insert(programs)
    .values({
      ...fields,
      ownerId: input.ownerId === undefined ? ctx.actor.userId : input.ownerId,
      workspaceId: ctx.workspaceId,
      status: 'proposed',
    })
    .returning();
  await linkRequirements(ctx, row!.id, requirementIds);
  await askForReview(ctx, row!);
  await notifyAssignee(ctx, null, row!.ownerId, { entityType: 'program', entityId: row!.id });
  await recordActivity(ctx, {
    entityType: 'program',
    entityId: row!.id,
    action: 'created',
    after: logged(row!, [...new Set(requirementIds)].sort()),
  });
  return present(ctx, row!);
}

/**
 * Edits a program (its owner, marketing) or moves it along the workflow. Accepting and sending back are
 * review steps for product marketing and go through `reviewProgram`.
 */
export async function updateProgram(
  ctx: WsCtx,
  id: string,
  input: ProgramUpdate,
  expected?: number,
): Promise<Program> {
  assertCan(ctx.role, 'program', 'update');
  const before = await lockRow(ctx, programs, id, 'Program');
  await checkVersion(ctx, 'program', before, expected);
  if (input.status) {
    PROGRAM_WORKFLOW.assertPlainEdit(before.status, input.status);
    PROGRAM_WORKFLOW.assertMove({ from: before.status, to: input.status, role: ctx.role });
  }
  if (input.requirementIds) {
    if (input.requirementIds.length === 0)
      throw invalidField('requirementIds', 'A program answers at least one requirement');
    await assertRefs(ctx, requirements, input.requirementIds, 'requirementIds', 'requirement');
  }
  await assertMember(ctx, input.ownerId, 'ownerId');
  assertDates(
    input.startDate === undefined ? before.startDate : input.startDate,
    input.endDate === undefined ? before.endDate : input.endDate,
  );
  const beforeReqs = await requirementIdsOf(ctx, id);
  const { requirementIds, ...fields } = input;
  const [after] = await ctx.db
    .update(programs)
    .set({ ...fields, ...bump() })
    .where(and(eq(programs.workspaceId, ctx.workspaceId), eq(programs.id, id)))
    .returning();
  if (requirementIds) await linkRequirements(ctx, id, requirementIds);
  if (input.status === 'proposed' && before.status !== 'proposed') await askForReview(ctx, after!);
  await notifyAssignee(ctx, before.ownerId, after!.ownerId, { entityType: 'program', entityId: id });
  await recordActivity(ctx, {
    entityType: 'program',
    entityId: id,
    action: PROGRAM_WORKFLOW.action(before.status, input.status),
    before: logged(before, beforeReqs),
    after: logged(after!, requirementIds ? [...new Set(requirementIds)].sort() : beforeReqs),
  });
  return present(ctx, after!);
}

/** Product marketing's review: accept a proposed program, or send it back with a comment. */
export async function reviewProgram(
  ctx: WsCtx,
  id: string,
  decision: 'accepted' | 'sent_back',
  comment: string,
  expected?: number,
): Promise<Program> {
  assertCan(ctx.role, 'program', 'review');
  const before = await lockRow(ctx, programs, id, 'Program');
  await checkVersion(ctx, 'program', before, expected);
  PROGRAM_WORKFLOW.assertMove({ from: before.status, to: decision, role: ctx.role });
  const [after] = await ctx.db
    .update(programs)
    .set({
      status: decision,
      reviewComment: comment,
      reviewedBy: ctx.actor.userId,
      reviewedAt: new Date(),
      ...bump(),
    })
    .where(and(eq(programs.workspaceId, ctx.workspaceId), eq(programs.id, id)))
    .returning();
  const reqs = await requirementIdsOf(ctx, id);
  // The hand-off back: the proposer hears how product marketing decided.
  await notify(ctx, [after!.ownerId], {
    kind: 'handoff',
    entityType: 'program',
    entityId: id,
    outcome: decision,
  });
  await recordActivity(ctx, {
    entityType: 'program',
    entityId: id,
    action: decision,
    before: logged(before, reqs),
    after: logged(after!, reqs),
  });
  return present(ctx, after!);
}

/** Marketing re-proposes a program that was sent back. */
export const reproposeProgram = (ctx: WsCtx, id: string, expected?: number) =>
  updateProgram(ctx, id, { status: 'proposed' }, expected);

/** Deletes a program without campaigns (cancel it otherwise). */
export async function deleteProgram(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'program', 'delete');
  const before = await lockRow(ctx, programs, id, 'Program');
  await checkVersion(ctx, 'program', before, expected);
  const { totals } = await extrasFor(ctx, [id]);
  const n = totals.get(id)?.campaignCount ?? 0;
  if (n > 0)
    throw conflict(`The program has ${n} campaign(s); cancel it instead, or delete them first`, {
      campaignCount: n,
    });
  const reqs = await requirementIdsOf(ctx, id);
  await deleteCommentsOn(ctx, 'program', id);
  await ctx.db.delete(programs).where(and(eq(programs.workspaceId, ctx.workspaceId), eq(programs.id, id)));
  await recordActivity(ctx, {
    entityType: 'program',
    entityId: id,
    action: 'deleted',
    before: logged(before, reqs),
  });
}
