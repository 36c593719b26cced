import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { lastDays, parseRange, presetOf, previousPeriod } from './range';

const today = dayjs('2026-12-02');

describe('dashboard date range', () => {
  it('reads a valid range from the address and falls back to the last 30 days', () => {
    expect(parseRange(new URLSearchParams('from=2026-11-01&to=2026-11-30&compare=0'), today)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
      compare: false,
    });
    const fallback = { from: '2026-11-03', to: '2026-12-02', compare: true };
    expect(parseRange(new URLSearchParams(''), today)).toEqual(fallback);
    expect(parseRange(new URLSearchParams('from=2026-12-01&to=2026-11-01'), today)).toEqual(fallback);
    expect(parseRange(new URLSearchParams('from=<script>&to=2026-11-01'), today)).toEqual(fallback);
  });

  it('compares with the same number of days just before', () => {
    expect(previousPeriod({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-10-02',
      to: '2026-10-31',
    });
    expect(previousPeriod({ from: '2026-12-02', to: '2026-12-02' })).toEqual({
      from: '2026-12-01',
      to: '2026-12-01',
    });
  });

  it('names the preset a range is', () => {
    expect(presetOf(lastDays(7, today), today)).toBe('7');
    expect(presetOf({ from: '2026-11-01', to: '2026-11-30' }, today)).toBeNull();
  });
});
