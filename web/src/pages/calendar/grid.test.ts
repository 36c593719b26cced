import { describe, expect, it } from 'vitest';
import { addDays, gridRange, isMonth, monthGrid, shiftMonth, weekday, weekSegments } from './grid';

describe('date maths', () => {
  it('adds days across months, years and daylight-saving changes', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('numbers weekdays from Monday', () => {
    expect(weekday('2027-03-01')).toBe(0); // a Monday
    expect(weekday('2027-03-07')).toBe(6);
  });

  it('shifts months across years', () => {
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-05', 14)).toBe('2028-07');
  });

  it('recognises a month', () => {
    expect(isMonth('2027-03')).toBe(true);
    expect(isMonth('2027-13')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });
});

describe('monthGrid', () => {
  it('fills whole Monday-to-Sunday weeks around the month', () => {
    const weeks = monthGrid('2026-11', '2026-11-23');
    expect(weeks).toHaveLength(6); // 1 Nov 2026 is a Sunday
    expect(weeks[0]![0]!.date).toBe('2026-10-26');
    expect(weeks[0]![6]).toEqual({ date: '2026-11-01', inMonth: true, isToday: false });
    expect(weeks[5]![6]!.date).toBe('2026-12-06');
    expect(
      weeks
        .flat()
        .filter((d) => d.isToday)
        .map((d) => d.date),
    ).toEqual(['2026-11-23']);
    expect(weeks.flat().filter((d) => d.inMonth)).toHaveLength(30);
  });

  it('needs only four rows for a February starting on Monday', () => {
    const weeks = monthGrid('2027-02', '2000-01-01');
    expect(weeks).toHaveLength(4);
    expect(gridRange(weeks)).toEqual({ from: '2027-02-01', to: '2027-02-28' });
  });
});

describe('weekSegments', () => {
  const week = Array.from({ length: 7 }, (_, i) => addDays('2027-03-01', i));
  const item = (id: string, start: string, end: string | null) => ({ id, start, end });

  it('clips items to the week and marks what continues', () => {
    const [s] = weekSegments(week, [item('a', '2027-02-20', '2027-03-03')]);
    expect(s).toMatchObject({ startCol: 0, span: 3, continuesBefore: true, continuesAfter: false, lane: 0 });
    const [t] = weekSegments(week, [item('b', '2027-03-05', '2027-03-20')]);
    expect(t).toMatchObject({ startCol: 4, span: 3, continuesBefore: false, continuesAfter: true });
  });

  it('runs an item without an end to the end of the week', () => {
    const [s] = weekSegments(week, [item('a', '2027-03-03', null)]);
    expect(s).toMatchObject({ startCol: 2, span: 5, continuesAfter: true });
  });

  it('leaves out items outside the week', () => {
    expect(
      weekSegments(week, [item('a', '2027-02-01', '2027-02-28'), item('b', '2027-03-08', null)]),
    ).toEqual([]);
  });

  it('packs overlapping items into separate lanes and reuses free ones', () => {
    const segs = weekSegments(week, [
      item('short', '2027-03-01', '2027-03-01'),
      item('long', '2027-03-01', '2027-03-04'),
      item('later', '2027-03-02', '2027-03-02'),
      item('end', '2027-03-06', '2027-03-06'),
    ]);
    const lane = Object.fromEntries(segs.map((s) => [s.item.id, s.lane]));
    expect(lane).toEqual({ long: 0, short: 1, later: 1, end: 0 });
  });
});
