import type { AttributionModel } from '../../core/enums.ts';

/**
 * Attribution models, pure: how one conversion's credit (1) is shared among the touches before it. A touch is
 * a non-bot visit of the converting person that started in [conversion − lookback, conversion]; touches are
 * ordered by start (then visit id). A conversion without a touch in the window is direct / unattributed:
 * counted in totals, credited to nobody.
 */

export const DAY_MS = 86_400_000;

/** The share of each of n ordered touches: fractions summing to 1 (none when n = 0). */
export function weights(model: AttributionModel, n: number): number[] {
  if (n <= 0) return [];
  const w = new Array<number>(n).fill(0);
  switch (model) {
    case 'first_touch':
      w[0] = 1;
      return w;
    case 'last_touch':
      w[n - 1] = 1;
      return w;
    case 'linear':
      return w.fill(1 / n);
    case 'position_based':
      // 40 % to the first, 40 % to the last, 20 % shared by those between; one touch takes all, two halve it.
      if (n === 1) return [1];
      if (n === 2) return [0.5, 0.5];
      w.fill(0.2 / (n - 2));
      w[0] = 0.4;
      w[n - 1] = 0.4;
      return w;
    default: {
      const never: never = model;
      throw new Error(`unknown attribution model ${String(never)}`);
    }
  }
}

/** The credit the touches at `positions` (1-based, in order of the n touches) take from one conversion. */
export function creditAt(model: AttributionModel, n: number, positions: readonly number[]): number {
  if (positions.length === 0) return 0;
  const w = weights(model, n);
  let credit = 0;
  for (const p of positions) credit += w[p - 1] ?? 0;
  return credit;
}

export type Touch<K> = { at: number; id?: string; key: K };

/**
 * One conversion's credit by touch key (a channel, a campaign…): the touches in its lookback window,
 * ordered, weighted by the model and summed per key. Empty when no touch is in the window (unattributed).
 */
export function credit<K>(
  model: AttributionModel,
  touches: readonly Touch<K>[],
  conversionAt: number,
  lookbackDays: number,
): Map<K, number> {
  const from = conversionAt - lookbackDays * DAY_MS;
  const inWindow = touches
    .filter((t) => t.at >= from && t.at <= conversionAt)
    .sort((a, b) => a.at - b.at || (a.id ?? '').localeCompare(b.id ?? ''));
  const w = weights(model, inWindow.length);
  const byKey = new Map<K, number>();
  inWindow.forEach((t, i) => byKey.set(t.key, (byKey.get(t.key) ?? 0) + (w[i] ?? 0)));
  return byKey;
}
