import { and, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { recordActivity } from '../../core/activity.ts';
import type { WsCtx } from '../../core/context.ts';
import { conflict, notFound } from '../../core/errors.ts';
import { afterCursor, orderFor, type Page, parseSort, sortExpr, toPage } from '../../core/pagination.ts';
import { assertRef } from '../../core/refs.ts';
import { bump, checkVersion, lockRow } from '../../core/versioning.ts';
import { PG, pgCode } from '../../db/sql.ts';
import { assertCan } from '../../policies/ownership.ts';
import { programs } from '../requirements/schema.ts';
import { budgets } from './schema.ts';

type BudgetRow = typeof budgets.$inferSelect;

export function presentBudget(r: BudgetRow) {
  return {
    id: r.id,
    year: r.year,
    quarter: r.quarter,
    programId: r.programId,
    planned: r.planned,
    notes: r.notes,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}
export type Budget = ReturnType<typeof presentBudget>;

const logged = (r: BudgetRow) => ({
  year: r.year,
  quarter: r.quarter,
  programId: r.programId,
  planned: r.planned,
  notes: r.notes,
});

export type BudgetInput = {
  year: number;
  quarter: number;
  programId?: string | null;
  planned: number;
  notes?: string;
};

/** One line per quarter and program (or per quarter for the unallocated pool): a second answers 409. */
async function uniquePeriod<T>(
  input: { year?: number; quarter?: number },
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (pgCode(err) === PG.uniqueViolation)
      throw conflict(
        `There is already a budget line for this program in ${input.year} Q${input.quarter}; edit that one`,
        {
          errors: [{ path: 'quarter', message: 'A budget line for this program and quarter exists' }],
        },
      );
    throw err;
  }
}

export const BUDGET_SORTS = ['period', 'createdAt'] as const;
export type BudgetQuery = {
  limit: number;
  cursor?: string;
  sort?: string;
  year?: number;
  quarter?: number;
  /** A program id, or null for unallocated lines. */
  programId?: string | null;
};

/** Budget lines, by period (year × 10 + quarter) unless asked otherwise. */
export async function listBudgets(ctx: WsCtx, q: BudgetQuery): Promise<Page<Budget>> {
  const sort = parseSort(q.sort, BUDGET_SORTS, 'period');
  const period = sortExpr('int4', sql`(${budgets.year} * 10 + ${budgets.quarter})`);
  const column = sort.field === 'period' ? period : budgets.createdAt;
  const conds: SQL[] = [eq(budgets.workspaceId, ctx.workspaceId)];
  if (q.year) conds.push(eq(budgets.year, q.year));
  if (q.quarter) conds.push(eq(budgets.quarter, q.quarter));
  if (q.programId === null) conds.push(isNull(budgets.programId));
  else if (q.programId) conds.push(eq(budgets.programId, q.programId));
  if (q.cursor) conds.push(afterCursor(column, budgets.id, sort, q.cursor));
  const fetched = await ctx.db
    .select()
    .from(budgets)
    .where(and(...conds))
    .orderBy(...orderFor(column, budgets.id, sort))
    .limit(q.limit + 1);
  return toPage(
    fetched,
    q.limit,
    sort,
    (r) => (sort.field === 'period' ? r.year * 10 + r.quarter : r.createdAt),
    presentBudget,
  );
}

export async function getBudget(ctx: WsCtx, id: string): Promise<Budget> {
  const [r] = await ctx.db
    .select()
    .from(budgets)
    .where(and(eq(budgets.workspaceId, ctx.workspaceId), eq(budgets.id, id)));
  if (!r) throw notFound('Budget line');
  return presentBudget(r);
}

export async function createBudget(ctx: WsCtx, input: BudgetInput): Promise<Budget> {
  assertCan(ctx.role, 'budget', 'create');
  await assertRef(ctx, programs, input.programId, 'programId', 'program');
  const [row] = await uniquePeriod(input, () =>
    ctx.db
      .insert(budgets)
      .values({ ...input, workspaceId: ctx.workspaceId })
      .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'budget',
    entityId: row!.id,
    action: 'created',
    after: logged(row!),
  });
  return presentBudget(row!);
}

export async function updateBudget(
  ctx: WsCtx,
  id: string,
  input: Partial<BudgetInput>,
  expected?: number,
): Promise<Budget> {
  assertCan(ctx.role, 'budget', 'update');
  const before = await lockRow(ctx, budgets, id, 'Budget line');
  await checkVersion(ctx, 'budget', before, expected);
  await assertRef(ctx, programs, input.programId, 'programId', 'program');
  const [after] = await uniquePeriod(
    { year: input.year ?? before.year, quarter: input.quarter ?? before.quarter },
    () =>
      ctx.db
        .update(budgets)
        .set({ ...input, ...bump() })
        .where(and(eq(budgets.workspaceId, ctx.workspaceId), eq(budgets.id, id)))
        .returning(),
  );
  await recordActivity(ctx, {
    entityType: 'budget',
    entityId: id,
    action: 'updated',
    before: logged(before),
    after: logged(after!),
  });
  return presentBudget(after!);
}

export async function deleteBudget(ctx: WsCtx, id: string, expected?: number): Promise<void> {
  assertCan(ctx.role, 'budget', 'delete');
  const before = await lockRow(ctx, budgets, id, 'Budget line');
  await checkVersion(ctx, 'budget', before, expected);
  await ctx.db.delete(budgets).where(and(eq(budgets.workspaceId, ctx.workspaceId), eq(budgets.id, id)));
  await recordActivity(ctx, {
    entityType: 'budget',
    entityId: id,
    action: 'deleted',
    before: logged(before),
  });
}
