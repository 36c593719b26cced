import { describe, expect, it } from 'vitest';
import { isPeriodStart, periodEndOf, periodStartOf, previousRange, seriesBuckets } from './periods.ts';
import { metricStatus, type StatusInput } from './status.ts';
import { targetFor } from './summary.ts';

const base: StatusInput = {
  direction: 'up',
  unit: 'count',
  additive: true,
  target: 600,
  value: 412,
  day: 18,
  days: 30,
  tolerance: 0.1,
};

describe('metric status against target', () => {
  it.each([
    // [case, input, status]
    ['pace above target', {}, 'on_track'],
    ['pace within tolerance below', { value: 330 }, 'at_risk'], // 550 ≥ 540
    ['pace far below', { value: 300 }, 'off_track'], // 500 < 540
    ['rate judged on the value, not pace', { additive: false, unit: 'percent', value: 412 }, 'off_track'],
    ['rate at target', { additive: false, unit: 'percent', value: 600 }, 'on_track'],
    ['down: under target is good', { direction: 'down', additive: false, value: 40, target: 50 }, 'on_track'],
    [
      'down: within tolerance above',
      { direction: 'down', additive: false, value: 54, target: 50 },
      'at_risk',
    ],
    ['down: far above', { direction: 'down', additive: false, value: 60, target: 50 }, 'off_track'],
    ['down and additive: pace over target', { direction: 'down', value: 20, target: 30 }, 'off_track'],
    ['no target', { target: null }, 'no_target'],
    ['no value yet', { value: null }, 'no_target'],
    ['period over: the value itself', { day: 30, value: 590 }, 'at_risk'],
  ] as [string, Partial<StatusInput>, string][])('%s', (_case, over, status) => {
    expect(metricStatus({ ...base, ...over }).status).toBe(status);
  });

  it('says the rule: pace to target by day, or the value against target', () => {
    expect(metricStatus(base).rule).toBe('On track: 412 by day 18 of 30, pace to 687 ≥ target 600.');
    expect(metricStatus({ ...base, value: 330 }).rule).toBe(
      'At risk: 330 by day 18 of 30, pace to 550 < target 600 (within 10 %).',
    );
    expect(
      metricStatus({ ...base, direction: 'down', additive: false, unit: 'currency', value: 61, target: 50 })
        .rule,
    ).toBe('Off track: 61 > target 50 (more than 10 % off) (lower is better).');
    expect(metricStatus({ ...base, target: null }).rule).toBe('No target set for this period.');
  });
});

describe('target periods', () => {
  it('knows period starts: Monday, the 1st, 1 Jan/Apr/Jul/Oct', () => {
    expect(isPeriodStart('week', '2026-03-02')).toBe(true);
    expect(isPeriodStart('week', '2026-03-03')).toBe(false);
    expect(isPeriodStart('month', '2026-03-01')).toBe(true);
    expect(isPeriodStart('month', '2026-03-02')).toBe(false);
    expect(isPeriodStart('quarter', '2026-04-01')).toBe(true);
    expect(isPeriodStart('quarter', '2026-05-01')).toBe(false);
    expect(periodStartOf('quarter', '2026-12-31')).toBe('2026-10-01');
    expect(periodEndOf('month', '2026-02-01')).toBe('2026-02-28');
    expect(periodEndOf('quarter', '2026-10-01')).toBe('2026-12-31');
    expect(previousRange('2026-03-01', '2026-03-31')).toEqual({ from: '2026-01-29', to: '2026-02-28' });
  });

  it('buckets a sparkline by day for two weeks, by week for a month', () => {
    expect(seriesBuckets('2026-03-01', '2026-03-07')).toHaveLength(7);
    const weeks = seriesBuckets('2026-03-01', '2026-03-31');
    expect(weeks[0]).toEqual({ start: '2026-03-01', end: '2026-03-01' });
    expect(weeks[1]).toEqual({ start: '2026-03-02', end: '2026-03-08' });
    expect(weeks.at(-1)).toEqual({ start: '2026-03-30', end: '2026-03-31' });
  });

  it('prorates additive targets over the range, takes the current period’s for rates', () => {
    const targets = [
      { periodStart: '2026-03-01', value: 310 },
      { periodStart: '2026-04-01', value: 300 },
    ];
    const leads = { period: 'month', kind: 'leads', unit: 'count' } as const;
    // 16 days of March (310/31 a day) + 15 of April (10 a day).
    expect(targetFor(leads, targets, '2026-03-16', '2026-04-15', '2026-04-15').value).toBeCloseTo(310);
    expect(targetFor(leads, targets, '2026-02-20', '2026-03-10', '2026-03-10')).toEqual({
      value: null,
      missing: 'February 2026',
    });
    const nps = { period: 'month', kind: 'nps', unit: 'score' } as const;
    expect(targetFor(nps, targets, '2026-03-16', '2026-04-15', '2026-04-10').value).toBe(300);
  });
});
