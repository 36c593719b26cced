import { describe, expect, it } from 'vitest';
import { changeOf, chartRows, formatRoi } from './marketing';

describe('changeOf', () => {
  it('reads a rise as good news, and as bad news for a cost', () => {
    expect(changeOf(140, 100)).toEqual({ direction: 'up', good: true, text: '+40 % vs previous period' });
    expect(changeOf(125, 100, true)).toEqual({
      direction: 'up',
      good: false,
      text: '+25 % vs previous period',
    });
    expect(changeOf(50, 100, true)).toEqual({
      direction: 'down',
      good: true,
      text: '−50 % vs previous period',
    });
  });

  it('says "new" from 0 and "no change" for equal or missing figures', () => {
    expect(changeOf(3, 0)).toMatchObject({ direction: 'up', text: 'New vs previous period (was 0)' });
    expect(changeOf(5, 5)).toMatchObject({ direction: 'flat', good: null });
    expect(changeOf(null, null)).toMatchObject({ direction: 'flat', text: 'No change vs previous period' });
  });

  it('says which side has no figure (a cost without leads) rather than "no change"', () => {
    expect(changeOf(null, 5)).toEqual({ direction: 'flat', good: null, text: 'None this period' });
    expect(changeOf(2930, null)).toEqual({
      direction: 'flat',
      good: null,
      text: 'None in the previous period',
    });
  });

  it('measures a change of a negative figure (ROI) against its size', () => {
    expect(changeOf(-0.25, -0.5).text).toBe('+50 % vs previous period');
  });
});

describe('chartRows', () => {
  const point = (day: string, visits: number) => ({ day, visits, leads: 1 / 3, conversions: 0, revenue: 0 });
  it('puts the previous period’s day beside the same day of the range', () => {
    const rows = chartRows({
      series: [point('2026-11-01', 10), point('2026-11-02', 20)],
      previousSeries: [point('2026-10-30', 5), point('2026-10-31', 6)],
    });
    expect(rows[1]).toMatchObject({ day: '2 Nov', Visits: 20, 'Visits (previous)': 6, Leads: 0.3 });
    expect(chartRows({ series: [point('2026-11-01', 10)], previousSeries: null })[0]).not.toHaveProperty(
      'Visits (previous)',
    );
  });
});

it('formats ROI with its sign', () => {
  expect([formatRoi(1.48), formatRoi(-0.25), formatRoi(0), formatRoi(null)]).toEqual([
    '+148%',
    '−25%',
    '0%',
    '—',
  ]);
});
