import { describe, expect, it } from 'vitest';
import { spendIn } from '../attribution/results.ts';
import { spendOver } from './compute.ts';
import { addDays } from './periods.ts';

/** spendOver reads only the campaigns that can overlap the days, and answers what prorating them all does. */
describe('spendOver', () => {
  it('equals every dated campaign prorated to the days, for runs short and long', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n) as number;
    const list = Array.from({ length: 2000 }, (_, i) => {
      const start = addDays('2026-01-01', rand(365));
      const run = i % 97 === 0 ? 200 + rand(300) : rand(40);
      return i % 13 === 0
        ? { actualSpend: 50, startDate: null, endDate: null }
        : { actualSpend: rand(5000) / 7, startDate: start, endDate: addDays(start, run) };
    });
    const plain = (from: string, to: string) =>
      list
        .filter((c) => c.startDate && c.endDate)
        .reduce((s, c) => s + spendIn(c, { fromDay: from, toDay: to }), 0);
    for (const [from, to] of [
      ['2026-03-01', '2026-03-31'],
      ['2026-01-01', '2026-01-01'],
      ['2025-12-01', '2025-12-31'],
      ['2026-06-15', '2026-09-14'],
      ['2027-02-01', '2027-02-28'],
    ] as const) {
      expect(spendOver(list, from, to)).toBeCloseTo(plain(from, to), 6);
    }
    expect(spendOver(list, '2025-12-01', '2025-12-31')).toBe(0);
  });
});
