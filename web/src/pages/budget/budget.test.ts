import { describe, expect, it } from 'vitest';
import { quarterChartData, quarterOf, variance, verdict, yearOptions } from './budget';

describe('quarterChartData', () => {
  it('names quarters and keeps the three series', () => {
    expect(quarterChartData([{ quarter: 3, planned: 100, actual: 120, committed: 90 }])).toEqual([
      { quarter: 'Q3', Planned: 100, Actual: 120, Committed: 90 },
    ]);
  });
});

describe('variance', () => {
  it('is positive and "over" when actual passes the plan', () => {
    expect(variance(19_200, 28_300)).toEqual({ amount: 9_100, over: true, used: 28_300 / 19_200 });
  });

  it('is negative under plan, and has no usage share without a plan', () => {
    expect(variance(100, 40)).toMatchObject({ amount: -60, over: false, used: 0.4 });
    expect(variance(0, 0)).toEqual({ amount: 0, over: false, used: null });
  });
});

describe('verdict', () => {
  it('is not "under plan" when campaigns commit $30k and nothing is planned', () => {
    expect(verdict(0, 30_000)).toMatchObject({ amount: 30_000, over: true, tone: 'red' });
    expect(verdict(0, 30_000).label).not.toMatch(/under|within/i);
  });

  it('weighs forecast, not actual spend, against the plan', () => {
    expect(verdict(25_000, 30_000)).toMatchObject({
      amount: 5_000,
      over: true,
      label: 'Expected to pass the plan',
    });
    expect(verdict(25_000, 20_000)).toMatchObject({ amount: -5_000, over: false, tone: 'teal' });
    expect(verdict(0, 0)).toMatchObject({
      over: false,
      tone: undefined,
      label: 'Nothing planned or committed',
    });
  });
});

describe('yearOptions', () => {
  it('spans three years back and two ahead, plus the chosen year', () => {
    expect(yearOptions(2026, 2026)).toEqual([2023, 2024, 2025, 2026, 2027, 2028]);
    expect(yearOptions(2026, 2019)[0]).toBe(2019);
  });
});

describe('quarterOf', () => {
  it('maps months to quarters', () => {
    expect(['2027-01-01', '2027-03-31', '2027-04-01', '2027-12-31'].map(quarterOf)).toEqual([1, 1, 2, 4]);
  });
});
