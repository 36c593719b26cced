import { describe, expect, it } from 'vitest';
import { capacityLine } from './capacity';

describe('capacityLine', () => {
  it('says by how much a release is over capacity', () => {
    expect(capacityLine({ plannedEffort: 23, capacity: 18, utilisation: 127.8, overCapacity: true })).toEqual(
      {
        percent: 100,
        over: true,
        text: '23 of 18 capacity planned — over capacity by 5',
      },
    );
  });
  it('shows what is left, and copes without capacity', () => {
    expect(
      capacityLine({ plannedEffort: 29, capacity: 30, utilisation: 96.7, overCapacity: false }).text,
    ).toBe('29 of 30 capacity planned (1 left)');
    expect(
      capacityLine({ plannedEffort: 4, capacity: null, utilisation: null, overCapacity: false }),
    ).toMatchObject({
      percent: 0,
      over: false,
    });
  });
});
