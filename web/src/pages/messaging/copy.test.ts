import { describe, expect, it } from 'vitest';
import { cleanPillars, COPY_LIMITS, counter, type CopyValues, overLimits } from './copy';

const blank: CopyValues = {
  headline: '',
  valueProposition: '',
  pillars: [],
  boilerplateShort: '',
  boilerplateMedium: '',
  boilerplateLong: '',
  elevatorPitch: '',
};

describe('messaging copy limits', () => {
  it('counts trimmed characters against the limit', () => {
    expect(counter('  Trusted numbers  ', 120)).toEqual({ label: '15 / 120', over: false, remaining: 105 });
    expect(counter('x'.repeat(281), COPY_LIMITS.boilerplateShort).over).toBe(true);
    expect(counter('x'.repeat(280), COPY_LIMITS.boilerplateShort).over).toBe(false);
  });

  it('names every field over its limit, pillars included', () => {
    expect(overLimits(blank)).toEqual([]);
    const long: CopyValues = {
      ...blank,
      headline: 'h'.repeat(121),
      boilerplateLong: 'b'.repeat(2_001),
      pillars: [{ title: 'Fast', description: '', proofPoints: ['ok', 'p'.repeat(301)] }],
    };
    expect(overLimits(long)).toEqual(['headline', 'boilerplateLong', 'pillars.0.proofPoints.1']);
  });

  it('refuses more than five pillars', () => {
    const pillar = { title: 'P', description: '', proofPoints: [] };
    expect(overLimits({ ...blank, pillars: Array(6).fill(pillar) })).toContain('pillars');
  });

  it('drops blank proof points and empty pillars before saving', () => {
    expect(
      cleanPillars([
        { title: ' Trust ', description: '', proofPoints: ['SOC 2', '  '] },
        { title: '', description: '', proofPoints: [''] },
      ]),
    ).toEqual([{ title: 'Trust', description: '', proofPoints: ['SOC 2'] }]);
  });
});
