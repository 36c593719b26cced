import { describe, expect, it } from 'vitest';
import { capacityError, releaseChanges, releaseValues, statusOptions } from './values';

const r = {
  id: 'r',
  productId: 'line',
  name: 'Release 7.3',
  description: '',
  targetDate: '2027-03-01',
  status: 'in_progress' as const,
  capacity: 18,
  allowedTransitions: ['released' as const, 'planned' as const],
};

describe('release values', () => {
  it('sends only what changed; an emptied capacity or date is cleared', () => {
    expect(releaseChanges(r, releaseValues(r))).toEqual({});
    expect(
      releaseChanges(r, { ...releaseValues(r), capacity: '', targetDate: null, status: 'released' }),
    ).toEqual({
      capacity: null,
      targetDate: null,
      status: 'released',
    });
  });

  it('on create sends the filled fields and never a status', () => {
    expect(releaseChanges(undefined, { ...releaseValues(), name: ' 8.1 ', capacity: 0 })).toEqual({
      name: '8.1',
      capacity: 0,
    });
  });

  it('offers the current status then the moves the server allows', () => {
    expect(statusOptions(r).map((o) => o.value)).toEqual(['in_progress', 'released', 'planned']);
  });

  it('refuses a negative or too large capacity, accepts none', () => {
    expect(capacityError(-1)).toMatch(/negative/);
    expect(capacityError(2_000_000)).toMatch(/at most/);
    expect(capacityError('')).toBeNull();
    expect(capacityError(0)).toBeNull();
  });
});
