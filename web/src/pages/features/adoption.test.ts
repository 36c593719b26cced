import { describe, expect, it } from 'vitest';
import { filterText, launchWeek, parseFilter } from './adoption';

describe('property filters as typed', () => {
  it('reads name = value lines with booleans, numbers and quoted text, and writes them back the same', () => {
    const parsed = parseFilter('plan = pro\nseats=3, beta = false\ncode = "007"\nempty =');
    expect(parsed).toEqual({ filter: { plan: 'pro', seats: 3, beta: false, code: '007', empty: '' } });
    if ('filter' in parsed) expect(parseFilter(filterText(parsed.filter))).toEqual(parsed);
  });

  it('names the line it cannot read', () => {
    expect(parseFilter('plan')).toEqual({ error: 'Write each condition as name = value ("plan").' });
    expect(parseFilter('= pro')).toMatchObject({ error: expect.stringContaining('= pro') });
  });
});

describe('launchWeek', () => {
  const weeks = [{ start: '2026-09-07' }, { start: '2026-09-14' }] as never;
  it('finds the chart week holding the launch date, or none', () => {
    expect(launchWeek(weeks, '2026-09-20')).toBe('14 Sep');
    expect(launchWeek(weeks, '2026-09-21')).toBeNull();
    expect(launchWeek(weeks, undefined)).toBeNull();
  });
});
