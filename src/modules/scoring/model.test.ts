import { describe, expect, it } from 'vitest';
import { type Criterion, computeScore, type Demand, type ScoreInputs } from './model.ts';

const noDemand: Demand = { feedbackCount: 0, customerCount: 0, customerRevenue: 0 };
const score = (kind: 'rice' | 'ice' | 'value_effort', inputs: ScoreInputs, effort: number | null) =>
  computeScore({ kind, criteria: [] }, { inputs, effort, demand: noDemand });

describe('RICE: reach × impact × confidence% ÷ effort', () => {
  // Hand-computed:
  //   2000 × 2    × 0.80 / 4   = 800
  //   500  × 0.25 × 1.00 / 1   = 125
  //   1200 × 3    × 0.50 / 6   = 300
  //   300  × 1    × 0.80 / 2.5 = 96
  //   10   × 0.5  × 0.50 / 3   = 0.833333…  (rounded to 6 places: 0.833333)
  const table: [ScoreInputs, number, number][] = [
    [{ reach: 2000, impact: 2, confidence: 80 }, 4, 800],
    [{ reach: 500, impact: 0.25, confidence: 100 }, 1, 125],
    [{ reach: 1200, impact: 3, confidence: 50 }, 6, 300],
    [{ reach: 300, impact: 1, confidence: 80 }, 2.5, 96],
    [{ reach: 10, impact: 0.5, confidence: 50 }, 3, 0.833333],
  ];
  it.each(table)('%o with effort %d scores %d', (inputs, effort, expected) => {
    expect(score('rice', inputs, effort).score).toBe(expected);
  });

  it('names missing inputs and gives no score', () => {
    const r = score('rice', { reach: 100, impact: 1 }, null);
    expect(r.score).toBeNull();
    expect(r.missing).toEqual(['confidence', 'effort']);
  });

  it('gives no score for zero effort rather than infinity', () => {
    const r = score('rice', { reach: 100, impact: 1, confidence: 100 }, 0);
    expect(r.score).toBeNull();
    expect(r.missing).toEqual(['effort']);
  });
});

describe('ICE: impact × confidence × ease', () => {
  // 8 × 7 × 5 = 280; 10 × 10 × 10 = 1000; 1 × 1 × 1 = 1; 3 × 9 × 2 = 54
  const table: [ScoreInputs, number][] = [
    [{ impact: 8, confidence: 7, ease: 5 }, 280],
    [{ impact: 10, confidence: 10, ease: 10 }, 1000],
    [{ impact: 1, confidence: 1, ease: 1 }, 1],
    [{ impact: 3, confidence: 9, ease: 2 }, 54],
  ];
  it.each(table)('%o scores %d', (inputs, expected) => {
    expect(score('ice', inputs, null).score).toBe(expected);
  });
  it('ignores effort and needs all three', () => {
    expect(score('ice', { impact: 3, confidence: 9 }, 5).missing).toEqual(['ease']);
  });
});

describe('value ÷ effort', () => {
  // 8 / 2 = 4; 9 / 4 = 2.25; 1 / 8 = 0.125; 10 / 3 = 3.333333
  const table: [number, number, number][] = [
    [8, 2, 4],
    [9, 4, 2.25],
    [1, 8, 0.125],
    [10, 3, 3.333333],
  ];
  it.each(table)('value %d, effort %d scores %d', (value, effort, expected) => {
    expect(score('value_effort', { value }, effort).score).toBe(expected);
  });
});

describe('weighted scorecard: Σ(weight × rating) ÷ Σ|weight|', () => {
  const criteria: Criterion[] = [
    { key: 'strategic_fit', label: 'Strategic fit', weight: 3, source: 'manual' },
    {
      key: 'revenue',
      label: 'Revenue at stake',
      weight: 2,
      source: 'customer_revenue',
      saturation: 1_000_000,
    },
    { key: 'customers', label: 'Customers asking', weight: 1, source: 'customer_count', saturation: 20 },
    { key: 'risk', label: 'Delivery risk', weight: -1, source: 'manual' },
  ];
  const model = { kind: 'weighted' as const, criteria };

  it('combines manual ratings and demand-fed ratings', () => {
    // strategic_fit 8 → 3 × 8 = 24
    // revenue 250,000 of 1,000,000 → rating 2.5 → 2 × 2.5 = 5
    // customers 5 of 20 → rating 2.5 → 1 × 2.5 = 2.5
    // risk 4 → −1 × 4 = −4
    // Σ = 27.5, Σ|w| = 7 → 3.928571
    const r = computeScore(model, {
      inputs: { ratings: { strategic_fit: 8, risk: 4 } },
      effort: null,
      demand: { feedbackCount: 9, customerCount: 5, customerRevenue: 250_000 },
    });
    expect(r.score).toBe(3.928571);
  });

  it('caps demand ratings at 10', () => {
    // strategic_fit 10 → 30; revenue 5,000,000 ≥ saturation → 10 → 20; customers 100 ≥ 20 → 10 → 10; risk 0 → 0
    // Σ = 60, Σ|w| = 7 → 8.571429
    const r = computeScore(model, {
      inputs: { ratings: { strategic_fit: 10, risk: 0 } },
      effort: null,
      demand: { feedbackCount: 300, customerCount: 100, customerRevenue: 5_000_000 },
    });
    expect(r.score).toBe(8.571429);
  });

  it('names a missing manual rating', () => {
    const r = computeScore(model, {
      inputs: { ratings: { strategic_fit: 5 } },
      effort: null,
      demand: noDemand,
    });
    expect(r.score).toBeNull();
    expect(r.missing).toEqual(['risk']);
  });

  it('has no score without criteria', () => {
    expect(
      computeScore({ kind: 'weighted', criteria: [] }, { inputs: {}, effort: 1, demand: noDemand }).score,
    ).toBeNull();
  });
});

describe('edge cases, by hand', () => {
  it('scores RICE confidence 0% as 0, not as missing', () => {
    // 1000 × 3 × 0% ÷ 2 = 0
    const r = score('rice', { reach: 1000, impact: 3, confidence: 0 }, 2);
    expect(r).toMatchObject({ score: 0, missing: [] });
  });

  it('names what value/effort lacks, and refuses zero effort', () => {
    expect(score('value_effort', {}, 3)).toMatchObject({ score: null, missing: ['value'] });
    expect(score('value_effort', { value: 5 }, 0)).toMatchObject({ score: null, missing: ['effort'] });
    expect(score('value_effort', {}, null)).toMatchObject({ score: null, missing: ['value', 'effort'] });
  });

  it('names every missing ICE input in order', () => {
    expect(score('ice', { confidence: 4 }, null).missing).toEqual(['impact', 'ease']);
  });

  it('explains RICE with its terms', () => {
    expect(score('rice', { reach: 50, impact: 0.5, confidence: 100 }, 5)).toEqual({
      score: 5, // 50 × 0.5 × 100% ÷ 5
      formula: 'reach × impact × confidence% ÷ effort',
      terms: [
        { name: 'reach', value: 50 },
        { name: 'impact', value: 0.5 },
        { name: 'confidence', value: 100, note: 'percent' },
        { name: 'effort', value: 5 },
      ],
      missing: [],
    });
  });

  const demandModel = {
    kind: 'weighted' as const,
    criteria: [
      { key: 'asks', label: 'Feedback items', weight: 1, source: 'feedback_count' as const, saturation: 8 },
      { key: 'cost', label: 'Cost', weight: -1, source: 'manual' as const },
    ],
  };
  // Σ|w| = 2 throughout.
  const table: [number, number, number][] = [
    // feedback items, cost rating, expected
    [0, 0, 0], //     asks 0            → (0 − 0) ÷ 2 = 0
    [2, 0, 1.25], //  asks 10 × 2/8 = 2.5 → (2.5 − 0) ÷ 2 = 1.25
    [4, 4, 0.5], //   asks 5             → (5 − 4) ÷ 2 = 0.5
    [8, 0, 5], //     asks 10 (exactly saturated) → 10 ÷ 2 = 5
    [80, 0, 5], //    asks capped at 10  → 5
    [1, 10, -4.375], // asks 1.25        → (1.25 − 10) ÷ 2 = −4.375
  ];
  it.each(table)('weighted: %d feedback items and cost %d score %d', (feedbackCount, cost, expected) => {
    const r = computeScore(demandModel, {
      inputs: { ratings: { cost } },
      effort: null,
      demand: { feedbackCount, customerCount: 0, customerRevenue: 0 },
    });
    expect(r.score).toBe(expected);
    expect(r.terms[0]!.value).toBeLessThanOrEqual(10);
  });
});
