import { describe, expect, it } from 'vitest';
import { criterionRating, explainScore, type Criterion } from './explain';

const demand = { feedbackCount: 4, customerCount: 2, customerRevenue: 250_000 };

describe('explainScore', () => {
  it('spells out RICE with the confidence as a percentage', () => {
    const e = explainScore('rice', [], {
      inputs: { reach: 2000, impact: 2, confidence: 80 },
      effort: 3,
      demand,
    });
    expect(e.score).toBeCloseTo(1066.666667, 5);
    expect(e.text).toBe('RICE = 2,000 × 2 × 80% ÷ 3 = 1,066.7');
  });

  it('names what RICE is missing, and refuses a zero effort', () => {
    const missing = explainScore('rice', [], { inputs: { reach: 10 }, effort: null, demand });
    expect(missing.score).toBeNull();
    expect(missing.missing).toEqual(['impact', 'confidence', 'effort']);
    expect(missing.text).toBe('RICE needs impact, confidence, effort');
    const zero = explainScore('rice', [], {
      inputs: { reach: 10, impact: 1, confidence: 50 },
      effort: 0,
      demand,
    });
    expect(zero.score).toBeNull();
    expect(zero.text).toBe('RICE needs an effort above 0');
  });

  it('multiplies ICE and divides value by effort', () => {
    expect(
      explainScore('ice', [], { inputs: { impact: 8, confidence: 6, ease: 5 }, effort: null, demand }).text,
    ).toBe('ICE = 8 × 6 × 5 = 240');
    const ve = explainScore('value_effort', [], { inputs: { value: 7 }, effort: 2, demand });
    expect(ve.score).toBe(3.5);
    expect(ve.text).toBe('Value ÷ effort = 7 ÷ 2 = 3.5');
  });

  it('weighs manual and demand-fed criteria, costs subtracting', () => {
    const criteria: Criterion[] = [
      { key: 'fit', label: 'Strategic fit', weight: 2, source: 'manual' },
      { key: 'demand', label: 'Demand', weight: 1, source: 'feedback_count', saturation: 8 },
      { key: 'risk', label: 'Risk', weight: -1, source: 'manual' },
    ];
    const e = explainScore('weighted', criteria, {
      inputs: { ratings: { fit: 8, risk: 3 } },
      effort: null,
      demand,
    });
    // (2×8 + 1×5 − 1×3) ÷ 4 = 4.5
    expect(e.score).toBe(4.5);
    expect(e.text).toBe('Weighted = (2 × 8 + 1 × 5 − 1 × 3) ÷ 4 = 4.5');
  });

  it('names the manual criteria still unrated', () => {
    const criteria: Criterion[] = [{ key: 'fit', label: 'Strategic fit', weight: 1, source: 'manual' }];
    const e = explainScore('weighted', criteria, { inputs: {}, effort: null, demand });
    expect(e.score).toBeNull();
    expect(e.text).toBe('Weighted score needs Strategic fit');
    expect(explainScore('weighted', [], { inputs: {}, effort: null, demand }).score).toBeNull();
  });
});

describe('criterionRating', () => {
  it('caps demand at 10 points at the saturation point', () => {
    const c: Criterion = {
      key: 'rev',
      label: 'Revenue',
      weight: 1,
      source: 'customer_revenue',
      saturation: 100_000,
    };
    expect(criterionRating(c, { inputs: {}, effort: null, demand })).toBe(10);
    expect(criterionRating({ ...c, saturation: 0 }, { inputs: {}, effort: null, demand })).toBe(0);
  });
});
