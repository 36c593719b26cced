import { formatNumber } from '../../app/format';

type Load = {
  plannedEffort: number;
  capacity: number | null;
  utilisation: number | null;
  overCapacity: boolean;
};

/** A release's load in one line and a bar length: "23 of 18 planned — over capacity by 5". */
export function capacityLine(r: Load): { percent: number; over: boolean; text: string } {
  if (r.capacity === null || r.capacity === 0)
    return {
      percent: 0,
      over: false,
      text: `${formatNumber(r.plannedEffort)} effort planned · no capacity set`,
    };
  const percent = Math.min(100, r.utilisation ?? (100 * r.plannedEffort) / r.capacity);
  const base = `${formatNumber(r.plannedEffort)} of ${formatNumber(r.capacity)} capacity planned`;
  if (r.overCapacity)
    return {
      percent: 100,
      over: true,
      text: `${base} — over capacity by ${formatNumber(r.plannedEffort - r.capacity)}`,
    };
  return { percent, over: false, text: `${base} (${formatNumber(r.capacity - r.plannedEffort)} left)` };
}
