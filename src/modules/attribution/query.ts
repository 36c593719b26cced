import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { WsCtx } from '../../core/context.ts';
import type { AttributionModel } from '../../core/enums.ts';
import { type FieldError, invalid } from '../../core/errors.ts';
import { goals, signalSettings } from '../sources/schema.ts';
import { DAY_MS } from './models.ts';

/** What every results and breakdown request shares: the days, the model, the goals. */
export type WindowInput = { from?: string; to?: string; model?: AttributionModel; goalId?: string };

export type Goal = {
  id: string;
  event: string;
  filter: Record<string, string | number | boolean>;
  revenueProperty: string | null;
  currency: string;
};

export type Window = {
  /** Inclusive UTC days, as answered. */
  fromDay: string;
  toDay: string;
  /** [start, end) instants of those days. */
  start: Date;
  end: Date;
  model: AttributionModel;
  lookbackDays: number;
  goalId: string | null;
  /** The goals whose events are conversions (one, or all the workspace's). */
  goals: Goal[];
  /** Revenue counts only goals in this currency (see `currencyOf`). */
  currency: string;
};

export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE_DAYS = 30;

const dayStart = (day: string) => new Date(`${day}T00:00:00.000Z`);
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Reads the request's window against the workspace's settings: `to` defaults to today (UTC), `from` to 30 days
 * before `to`, the model and lookback to the workspace's attribution settings, the goals to all of them.
 * Refuses (422 naming the field) a `from` after `to`, a range over two years, a goal of another workspace.
 */
export async function resolveWindow(ctx: WsCtx, input: WindowInput, now = new Date()): Promise<Window> {
  const toDay = input.to ?? dayOf(now);
  const fromDay = input.from ?? dayOf(new Date(dayStart(toDay).getTime() - DEFAULT_RANGE_DAYS * DAY_MS));
  const start = dayStart(fromDay);
  const end = new Date(dayStart(toDay).getTime() + DAY_MS);
  const errors: FieldError[] = [];
  if (start >= end) errors.push({ path: 'from', message: 'Use a day on or before `to`.' });
  else if ((end.getTime() - start.getTime()) / DAY_MS > MAX_RANGE_DAYS)
    errors.push({ path: 'from', message: 'Use a range of at most two years.' });
  const [[settings], all] = await Promise.all([
    ctx.db
      .select({ model: signalSettings.model, lookbackDays: signalSettings.lookbackDays })
      .from(signalSettings)
      .where(eq(signalSettings.workspaceId, ctx.workspaceId)),
    ctx.db
      .select({
        id: goals.id,
        event: goals.event,
        filter: goals.filter,
        revenueProperty: goals.revenueProperty,
        currency: goals.currency,
      })
      .from(goals)
      .where(
        input.goalId
          ? and(eq(goals.workspaceId, ctx.workspaceId), eq(goals.id, input.goalId))
          : eq(goals.workspaceId, ctx.workspaceId),
      ),
  ]);
  if (input.goalId && all.length === 0)
    errors.push({ path: 'goalId', message: 'Use a goal of this workspace.' });
  if (errors.length) throw invalid(errors.map((e) => `${e.path}: ${e.message}`).join(' '), errors);
  return {
    fromDay,
    toDay,
    start,
    end,
    model: input.model ?? settings?.model ?? 'last_touch',
    lookbackDays: settings?.lookbackDays ?? 30,
    goalId: input.goalId ?? null,
    goals: all,
    currency: currencyOf(all),
  };
}

/**
 * The currency revenue is reported in: the goals' own when they share one; else the one most goals use (ties:
 * alphabetical), and revenue of goals in other currencies is left out rather than added across currencies.
 */
export function currencyOf(list: readonly Pick<Goal, 'currency'>[]): string {
  const counts = new Map<string, number>();
  for (const g of list) counts.set(g.currency, (counts.get(g.currency) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked[0]?.[0] ?? 'USD';
}

/** Whether event row `e` is a conversion of one of the goals (false when there are none). */
export function goalMatch(goalsList: readonly Goal[], e: SQL): SQL {
  if (goalsList.length === 0) return sql`false`;
  return sql.join(
    goalsList.map((g) => sql`(${matchOne(g, e)})`),
    sql` or `,
  );
}

/**
 * Event row `e`'s revenue: the first matching goal's revenue property (in the window's currency) when its value
 * reads as a number; 0 otherwise.
 */
export function goalRevenue(w: Pick<Window, 'goals' | 'currency'>, e: SQL): SQL {
  const cases = w.goals
    .filter((g) => g.revenueProperty && g.currency === w.currency)
    .map((g) => {
      const v = sql`(${e}.properties ->> ${g.revenueProperty})`;
      return sql`when ${matchOne(g, e)} then case when ${v} ~ '^\\s*-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?\\s*$' then ${v}::numeric end`;
    });
  if (cases.length === 0) return sql`0::float8`;
  return sql`coalesce((case ${sql.join(cases, sql` `)} end)::float8, 0)`;
}

/** Goal events are named exactly; every filter entry must equal the property read as text. */
function matchOne(g: Goal, e: SQL): SQL {
  const parts = [sql`${e}.name = ${g.event}`];
  for (const [key, value] of Object.entries(g.filter))
    parts.push(sql`${e}.properties ->> ${key} = ${String(value)}`);
  return sql.join(parts, sql` and `);
}
