import { describe, expect, it } from 'vitest';
import { ATTRIBUTION_MODELS } from '../../core/enums.ts';
import { credit, creditAt, DAY_MS, weights } from './models.ts';

const day = (d: number) => Date.UTC(2026, 10, 1) + d * DAY_MS;
/** Ads on day 1, a newsletter on day 5, a webinar on day 9, ads again on day 12; the purchase on day 12. */
const journey = [
  { at: day(5), id: 'b', key: 'newsletter' },
  { at: day(1), id: 'a', key: 'ads' },
  { at: day(9), id: 'c', key: 'webinar' },
  { at: day(12), id: 'd', key: 'ads' },
];
const converted = day(12) + 3_600_000;
const asObject = (m: Map<string, number>) =>
  Object.fromEntries([...m].map(([k, v]) => [k, Math.round(v * 1e9) / 1e9]));

describe('attribution models on a known journey', () => {
  it.each([
    ['first_touch', { ads: 1, newsletter: 0, webinar: 0 }],
    ['last_touch', { ads: 1, newsletter: 0, webinar: 0 }],
    ['linear', { ads: 0.5, newsletter: 0.25, webinar: 0.25 }],
    ['position_based', { ads: 0.8, newsletter: 0.1, webinar: 0.1 }],
  ] as const)('%s', (model, expected) => {
    expect(asObject(credit(model, journey, converted, 30))).toEqual(expected);
  });

  it('orders touches by time whatever order they come in: first and last touch differ on another journey', () => {
    const j = journey.map((t) => (t.id === 'd' ? { ...t, key: 'retargeting' } : t));
    expect(asObject(credit('first_touch', j, converted, 30))).toMatchObject({ ads: 1, retargeting: 0 });
    expect(asObject(credit('last_touch', j, converted, 30))).toMatchObject({ ads: 0, retargeting: 1 });
  });

  it('leaves out touches outside the lookback window and after the conversion', () => {
    // A 7-day window from day 12 keeps days 5 (exactly 7 days before is in), 9 and 12; day 1 is out.
    const lookback = (converted - day(5)) / DAY_MS;
    expect(asObject(credit('first_touch', journey, converted, lookback))).toEqual({
      newsletter: 1,
      webinar: 0,
      ads: 0,
    });
    const later = [...journey, { at: converted + 1, id: 'e', key: 'later' }];
    expect(credit('last_touch', later, converted, 30).get('later')).toBeUndefined();
  });

  it('credits nobody when no touch is in the window (unattributed)', () => {
    expect(credit('linear', journey, day(60), 30).size).toBe(0);
    expect(credit('linear', [], converted, 30).size).toBe(0);
  });
});

describe('weights', () => {
  it('sum to 1 for every model and any number of touches', () => {
    for (const model of ATTRIBUTION_MODELS)
      for (let n = 1; n <= 7; n++) expect(weights(model, n).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('position-based: one touch takes all, two halve it, more give 40/20/40', () => {
    expect(weights('position_based', 1)).toEqual([1]);
    expect(weights('position_based', 2)).toEqual([0.5, 0.5]);
    expect(weights('position_based', 3)).toEqual([0.4, 0.2, 0.4]);
    expect(weights('position_based', 4).map((w) => Math.round(w * 100))).toEqual([40, 10, 10, 40]);
    expect(weights('linear', 0)).toEqual([]);
  });

  it('creditAt sums the weights at the matching positions', () => {
    expect(creditAt('position_based', 4, [1, 4])).toBeCloseTo(0.8);
    expect(creditAt('linear', 4, [2])).toBeCloseTo(0.25);
    expect(creditAt('first_touch', 4, [2, 3])).toBe(0);
    expect(creditAt('last_touch', 4, [])).toBe(0);
  });
});
