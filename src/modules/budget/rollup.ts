import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { campaigns } from '../campaigns/schema.ts';
import { programs } from '../requirements/schema.ts';
import { budgets } from './schema.ts';

type Money = { planned: number; actual: number; committed: number };
export type QuarterFigures = Money & {
  quarter: number;
  remaining: number;
  /** Actual spend passed the plan. */
  overBudget: boolean;
  /** Spend planned by campaigns passed the plan. */
  overCommitted: boolean;
};

const figures = (quarter: number, m: Money): QuarterFigures => ({
  quarter,
  ...m,
  remaining: m.planned - m.actual,
  overBudget: m.actual > m.planned,
  overCommitted: m.committed > m.planned,
});
const zero = (): Money => ({ planned: 0, actual: 0, committed: 0 });
const QUARTERS = [1, 2, 3, 4];

/**
 * The marketing budget of a year: per quarter, planned (budget lines) against actual and committed spend
 * (campaigns' actual and planned spend, counted in the quarter each campaign starts); per program the same,
 * plus its whole budget against everything its campaigns have spent to date. Four grouped queries.
 */
export async function budgetRollup(ctx: WsCtx, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const lines = await ctx.db
    .select({
      quarter: budgets.quarter,
      programId: budgets.programId,
      planned: sql<number>`sum(${budgets.planned})::float8`,
    })
    .from(budgets)
    .where(and(eq(budgets.workspaceId, ctx.workspaceId), eq(budgets.year, year)))
    .groupBy(budgets.quarter, budgets.programId);
  const spend = await ctx.db
    .select({
      quarter: sql<number>`extract(quarter from ${campaigns.startDate})::int`,
      programId: campaigns.programId,
      actual: sql<number>`sum(${campaigns.actualSpend})::float8`,
      committed: sql<number>`sum(${campaigns.plannedSpend})::float8`,
    })
    .from(campaigns)
    .where(
      and(
        eq(campaigns.workspaceId, ctx.workspaceId),
        gte(campaigns.startDate, from),
        lte(campaigns.startDate, to),
      ),
    )
    .groupBy(sql`1`, campaigns.programId);

  const programIds = [
    ...new Set([...lines.map((l) => l.programId), ...spend.map((s) => s.programId)]),
  ].filter((id): id is string => id !== null);
  const programRows =
    programIds.length === 0
      ? []
      : await ctx.db
          .select({
            id: programs.id,
            name: programs.name,
            status: programs.status,
            plannedBudget: programs.plannedBudget,
          })
          .from(programs)
          .where(and(eq(programs.workspaceId, ctx.workspaceId), inArray(programs.id, programIds)))
          .orderBy(programs.name);
  const toDate =
    programIds.length === 0
      ? []
      : await ctx.db
          .select({
            programId: campaigns.programId,
            spent: sql<number>`sum(${campaigns.actualSpend})::float8`,
          })
          .from(campaigns)
          .where(and(eq(campaigns.workspaceId, ctx.workspaceId), inArray(campaigns.programId, programIds)))
          .groupBy(campaigns.programId);
  const spentToDateOf = new Map(toDate.map((r) => [r.programId, Number(r.spent)]));

  const total = new Map(QUARTERS.map((q) => [q, zero()]));
  const perProgram = new Map(programIds.map((id) => [id, new Map(QUARTERS.map((q) => [q, zero()]))]));
  let unallocated = 0;
  for (const l of lines) {
    total.get(l.quarter)!.planned += Number(l.planned);
    if (l.programId) perProgram.get(l.programId)!.get(l.quarter)!.planned += Number(l.planned);
    else unallocated += Number(l.planned);
  }
  for (const s of spend) {
    const q = Number(s.quarter);
    total.get(q)!.actual += Number(s.actual);
    total.get(q)!.committed += Number(s.committed);
    const mine = perProgram.get(s.programId)!.get(q)!;
    mine.actual += Number(s.actual);
    mine.committed += Number(s.committed);
  }
  const sum = (ms: Money[]): Money =>
    ms.reduce(
      (a, m) => ({
        planned: a.planned + m.planned,
        actual: a.actual + m.actual,
        committed: a.committed + m.committed,
      }),
      zero(),
    );
  const quarters = QUARTERS.map((q) => figures(q, total.get(q)!));
  const yearTotal = sum([...total.values()]);
  return {
    year,
    quarters,
    totals: {
      ...yearTotal,
      remaining: yearTotal.planned - yearTotal.actual,
      overBudget: yearTotal.actual > yearTotal.planned,
      unallocatedPlanned: unallocated,
    },
    programs: programRows.map((p) => {
      const byQuarter = perProgram.get(p.id)!;
      const inYear = sum([...byQuarter.values()]);
      const spentToDate = spentToDateOf.get(p.id) ?? 0;
      return {
        id: p.id,
        name: p.name,
        status: p.status,
        plannedBudget: p.plannedBudget,
        spentToDate,
        /** Everything its campaigns spent, against the program's whole budget. */
        overBudget: spentToDate > p.plannedBudget,
        year: {
          ...inYear,
          remaining: inYear.planned - inYear.actual,
          overBudget: inYear.actual > inYear.planned,
        },
        quarters: QUARTERS.map((q) => figures(q, byQuarter.get(q)!)),
      };
    }),
  };
}
export type BudgetRollup = Awaited<ReturnType<typeof budgetRollup>>;
