type Figures = { planned: number; actual: number; committed: number };

/** The roll-up's quarters as chart rows: planned (budget lines), actual and committed spend. */
export function quarterChartData(quarters: readonly (Figures & { quarter: number })[]) {
  return quarters.map((q) => ({
    quarter: `Q${q.quarter}`,
    Planned: q.planned,
    Actual: q.actual,
    Committed: q.committed,
  }));
}

/** Actual against plan: positive when over plan. */
export function variance(planned: number, actual: number) {
  const amount = actual - planned;
  return {
    amount,
    over: amount > 0,
    /** Share of the plan spent, or null without a plan. */
    used: planned > 0 ? actual / planned : null,
  };
}

/**
 * The verdict on a period: expected spend (forecast: what live campaigns plan, or have spent when that is
 * more) against the plan. Actual spend alone called a year with nothing spent yet and $30k committed
 * "$0 under plan" in green; and with nothing planned there is no plan to be under.
 */
export function verdict(planned: number, forecast: number) {
  const amount = forecast - planned;
  if (planned === 0 && forecast === 0)
    return { amount, over: false, label: 'Nothing planned or committed', tone: undefined };
  if (planned === 0) return { amount, over: true, label: 'Spend expected, no budget planned', tone: 'red' };
  if (amount > 0) return { amount, over: true, label: 'Expected to pass the plan', tone: 'red' };
  return { amount, over: false, label: 'Within plan', tone: 'teal' };
}

/** Years to choose from: a few back, a couple ahead, and the chosen one whatever it is. */
export function yearOptions(current: number, chosen: number): number[] {
  const years = new Set<number>();
  for (let y = current - 3; y <= current + 2; y++) years.add(y);
  years.add(chosen);
  return [...years].sort((a, b) => a - b);
}

/** The quarter a date falls in (1–4). */
export const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
