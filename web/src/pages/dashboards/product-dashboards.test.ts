import { describe, expect, it } from 'vitest';
import { changeOf, percent, retentionShade, signed, weekLabel } from './product-dashboards';

describe('product dashboards: figures', () => {
  it('states a change in points for scores and rates, relative for counts', () => {
    expect(changeOf(12, 7.5, 'points')).toEqual({ text: '+4.5 pts', tone: 'good' });
    expect(changeOf(0.2, 0.25, 'rate')).toEqual({ text: '−5 pts', tone: 'bad' });
    expect(changeOf(150, 100, 'count')).toEqual({ text: '+50%', tone: 'good' });
    expect(changeOf(95, 100, 'count')).toEqual({ text: '−5%', tone: 'bad' });
    expect(changeOf(3, 0, 'count')).toEqual({ text: 'new', tone: 'good' });
    expect(changeOf(40, 40, 'points')).toEqual({ text: '±0 pts', tone: 'flat' });
  });

  it('has no change without a previous period or a value', () => {
    expect(changeOf(10, null, 'points')).toBeNull();
    expect(changeOf(null, 10, 'rate')).toBeNull();
  });

  it('formats shares, signed scores and week labels', () => {
    expect(percent(0.125)).toBe('12.5%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(null)).toBe('—');
    expect([signed(12), signed(-8), signed(0), signed(null)]).toEqual(['+12', '−8', '0', '—']);
    expect(weekLabel('2026-10-05')).toBe('5 Oct');
  });

  it('shades a retention cell by the share that came back', () => {
    expect(retentionShade(0, 10)).toBeCloseTo(0.08);
    expect(retentionShade(10, 10)).toBeCloseTo(0.9);
    expect(retentionShade(5, 10)).toBeCloseTo(0.49);
    expect(retentionShade(0, 0)).toBe(0);
  });
});
