import { formatMoney } from '../app/format';

/**
 * Rules forms check before sending, in the server's words, so nothing typed is changed behind the person's
 * back: a number input does not clamp −5000 to 0, a date picker does not drop an end date before the start.
 */

/** Money inputs: dollars with separators, never clamped silently (the rule below says what is wrong). */
export const MONEY_INPUT = { prefix: '$', thousandSeparator: ',', clampBehavior: 'none' } as const;

/** An amount of money: empty (none) or 0 or more. */
export function amountRule(value: unknown): string | null {
  if (value === '' || value === null || value === undefined) return null;
  const n = Number(value);
  if (!Number.isFinite(n)) return 'Use a number.';
  return n < 0 ? 'Use 0 or more.' : null;
}

/** An end date (YYYY-MM-DD) on or after the start date. */
export function endDateRule(end: string | null | undefined, start: string | null | undefined): string | null {
  return start && end && end < start ? 'Use a date on or after the start date.' : null;
}

type ProgramBudget = { id: string; name: string; plannedBudget: number; plannedSpend: number };

/**
 * A warning when a campaign would make its program's campaigns plan more than the program's budget,
 * with the figures; null when it fits. `campaign` is the campaign as stored (to count its old spend once)
 * when it is being edited.
 */
export function programBudgetWarning(
  program: ProgramBudget | undefined,
  plannedSpend: number,
  campaign?: { programId: string; plannedSpend: number },
): string | null {
  if (!program || !(plannedSpend >= 0)) return null;
  const others = program.plannedSpend - (campaign?.programId === program.id ? campaign.plannedSpend : 0);
  const total = others + plannedSpend;
  if (total <= program.plannedBudget) return null;
  const over = total - program.plannedBudget;
  return (
    `${program.name} has a budget of ${formatMoney(program.plannedBudget)}; with this campaign its campaigns plan ` +
    `${formatMoney(total)} (${formatMoney(others)} already planned by others), ${formatMoney(over)} over.`
  );
}
