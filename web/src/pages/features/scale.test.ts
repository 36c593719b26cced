import { describe, expect, it } from 'vitest';
import { scoreWithScale } from './scale';

describe('scoreWithScale', () => {
  it('names the model beside the score, so 576 and 4.1 do not read as one scale', () => {
    expect(scoreWithScale(576, 'rice')).toBe('576 RICE');
    expect(scoreWithScale(4.1, 'ice')).toBe('4.1 ICE');
    expect(scoreWithScale(7.5, 'value_effort')).toBe('7.5 value/effort');
    expect(scoreWithScale(62, 'weighted')).toBe('62 weighted');
  });

  it('shows a dash without a score, and the bare number while the models load', () => {
    expect(scoreWithScale(null, 'rice')).toBe('—');
    expect(scoreWithScale(1200, undefined)).toBe('1,200');
  });
});
