import { describe, expect, it } from 'vitest';
import { plural } from './plural';

describe('plural', () => {
  it('says one item and many items', () => {
    expect(`${plural(1, 'item')} from ${plural(1, 'customer')}`).toBe('1 item from 1 customer');
    expect(`${plural(0, 'item')} from ${plural(2, 'customer')}`).toBe('0 items from 2 customers');
    expect(plural(1204, 'feature')).toBe('1,204 features');
    expect(plural(2, 'person', 'people')).toBe('2 people');
  });
});
