import { and, eq, gte, lte, sql } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import { campaigns } from '../campaigns/schema.ts';
import { programs } from '../requirements/schema.ts';
import { budgets } from './schema.ts';

type Money = { planned: number; actual: number; committed: number; forecast: number };
export type QuarterFigures = Money & {
  quarter: number;
  remaining: number;
  /** Actual spend passed the plan. */
  overBudget: boolean;
  /** Spend planned by campaigns passed the plan. */
  overCommitted: boolean;
  /** Expected spend passed the plan. */
  overForecast: boolean;
};

const figures = (quarter: number, m: Money): QuarterFigures => ({
  quarter,
  ...m,
  remaining: m.planned - m.actual,
  overBudget: m.actual > m.planned,
  overCommitted: m.committed > m.planned,
  overForecast: m.forecast > m.planned,
});
const zero = (): Money => ({ planned: 0, actual: 0, committed: 0, forecast: 0 });
const QUARTERS = [1, 2, 3, 4];

/**
 * The marketing budget of a year: per quarter, planned (budget lines) against actual and committed spend
 * (campaigns' actual and planned spend, counted in the quarter each campaign starts); per program the same,
 * plus its whole budget against everything its campaigns have spent to date. Four queries, run at once.
 *
 * Committed is what live campaigns plan to spend (a cancelled campaign commits nothing more). Forecast is
 * what the year is expected to cost: each live campaign's planned spend, or its actual spend once that is
 * higher; a cancelled campaign's actual spend. The verdict "over / under plan" is forecast against planned:
 * actual alone called a year with nothing spent yet and $30k committed "$0 under plan".
 */
export async function budgetRollup(ctx: WsCtx, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  // Four independent queries, run at once on separate connections. The programs are those with a budget line
  // or a campaign in the year, chosen inside the database; spend to date is summed for every program of the
  // workspace (one pass over its campaigns) and read for those programs only.
  const inYear = sql`(${programs.id} in (select ${budgets.programId} from ${budgets}
      where ${budgets.workspaceId} = ${ctx.workspaceId} and ${budgets.year} = ${year})
    or ${programs.id} in (select c.program_id from ${campaigns} c
      where c.workspace_id = ${ctx.workspaceId} and c.start_date between ${from} and ${to}))`;
  const [lines, spend, programRows, toDate] = await Promise.all([
    ctx.db
      .select({
        quarter: budgets.quarter,
        programId: budgets.programId,
        planned: sql<number>`sum(${budgets.planned})::float8`,
      })
      .from(budgets)
      .where(and(eq(budgets.workspaceId, ctx.workspaceId), eq(budgets.year, year)))
      .groupBy(budgets.quarter, budgets.programId),
    ctx.db
      .select({
        quarter: sql<number>`extract(quarter from ${campaigns.startDate})::int`,
        programId: campaigns.programId,
        actual: sql<number>`sum(${campaigns.actualSpend})::float8`,
        committed: sql<number>`coalesce(sum(${campaigns.plannedSpend})
          filter (where ${campaigns.status} <> 'cancelled'), 0)::float8`,
        forecast: sql<number>`sum(case when ${campaigns.status} = 'cancelled' then ${campaigns.actualSpend}
          else greatest(${campaigns.actualSpend}, ${campaigns.plannedSpend}) end)::float8`,
      })
      .from(campaigns)
      .where(
        and(
          eq(campaigns.workspaceId, ctx.workspaceId),
          gte(campaigns.startDate, from),
          lte(campaigns.startDate, to),
        ),
      )
      .groupBy(sql`1`, campaigns.programId),
    ctx.db
      .select({
        id: programs.id,
        name: programs.name,
        status: programs.status,
        plannedBudget: programs.plannedBudget,
      })
      .from(programs)
      .where(and(eq(programs.workspaceId, ctx.workspaceId), inYear))
      .orderBy(programs.name),
    ctx.db
      .select({
        programId: campaigns.programId,
        spent: sql<number>`sum(${campaigns.actualSpend})::float8`,
      })
      .from(campaigns)
      .where(eq(campaigns.workspaceId, ctx.workspaceId))
      .groupBy(campaigns.programId),
  ]);
  const programIds = programRows.map((p) => p.id);
  const spentToDateOf = new Map(toDate.map((r) => [r.programId, Number(r.spent)]));

  const total = new Map(QUARTERS.map((q) => [q, zero()]));
  const perProgram = new Map(programIds.map((id) => [id, new Map(QUARTERS.map((q) => [q, zero()]))]));
  let unallocated = 0;
  for (const l of lines) {
    total.get(l.quarter)!.planned += Number(l.planned);
    // The queries read separate snapshots: a program made or removed meanwhile counts in the totals only.
    if (l.programId) {
      const mine = perProgram.get(l.programId)?.get(l.quarter);
      if (mine) mine.planned += Number(l.planned);
    } else unallocated += Number(l.planned);
  }
  for (const s of spend) {
    const q = Number(s.quarter);
    total.get(q)!.actual += Number(s.actual);
    total.get(q)!.committed += Number(s.committed);
    total.get(q)!.forecast += Number(s.forecast);
    const mine = perProgram.get(s.programId)?.get(q);
    if (mine) {
      mine.actual += Number(s.actual);
      mine.committed += Number(s.committed);
      mine.forecast += Number(s.forecast);
    }
  }
  const sum = (ms: Money[]): Money =>
    ms.reduce(
      (a, m) => ({
        planned: a.planned + m.planned,
        actual: a.actual + m.actual,
        committed: a.committed + m.committed,
        forecast: a.forecast + m.forecast,
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
      overForecast: yearTotal.forecast > yearTotal.planned,
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
          overForecast: inYear.forecast > inYear.planned,
        },
        quarters: QUARTERS.map((q) => figures(q, byQuarter.get(q)!)),
      };
    }),
  };
}
export type BudgetRollup = Awaited<ReturnType<typeof budgetRollup>>;
