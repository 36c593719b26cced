import { describe, expect, it } from 'vitest';
import { changedFields } from './campaign';

describe('changedFields', () => {
  it('keeps only what changed, nulls and arrays included', () => {
    expect(
      changedFields(
        { name: 'A', startDate: '2027-01-01' as string | null, channels: ['email'], spend: 10 },
        { name: 'A', startDate: null, channels: ['email', 'seo'], spend: 10 },
      ),
    ).toEqual({ startDate: null, channels: ['email', 'seo'] });
  });

  it('is empty when nothing changed', () => {
    expect(changedFields({ a: 1, b: [1] }, { a: 1, b: [1] })).toEqual({});
  });
});
