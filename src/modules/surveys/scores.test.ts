import { describe, expect, it } from 'vitest';
import { band, sentimentOf, summarize, validScore, winRate } from './scores.ts';

describe('survey scores', () => {
  it('computes NPS from a hand-counted table', () => {
    // 10 answers: 9,10,10,9 promoters (4); 7,8 passives (2); 0,3,6,6 detractors (4) → 40 % − 40 % = 0.
    const s = summarize('nps', { 10: 2, 9: 2, 8: 1, 7: 1, 6: 2, 3: 1, 0: 1 });
    expect(s).toMatchObject({ answers: 10, promoters: 4, passives: 2, detractors: 4, score: 0, mean: 6.8 });
    // variance p + d − nps² = 0.8; se = √(0.8/10) = 0.2828; ±1.96·se = ±55.4 points
    expect(s.confidence).toEqual({ level: 0.95, low: -55.4, high: 55.4 });
  });

  it('computes NPS 50 when 60 % promote and 10 % detract', () => {
    const s = summarize(
      'nps',
      new Map([
        [10, 60],
        [8, 30],
        [2, 10],
      ]),
    );
    expect(s.score).toBe(50);
    expect(s.confidence!.low).toBeLessThan(50);
    expect(s.confidence!.high).toBeGreaterThan(50);
  });

  it('computes CSAT as the share of 4 and 5, and CES as the share of 5 to 7', () => {
    expect(summarize('csat', { 5: 3, 4: 3, 3: 2, 1: 2 })).toMatchObject({
      score: 60,
      answers: 10,
      detractors: 2,
    });
    expect(summarize('ces', { 7: 1, 5: 2, 4: 1, 2: 4 })).toMatchObject({
      score: 37.5,
      answers: 8,
      mean: 3.63,
    });
  });

  it('has no score without answers, and clamps the interval to the range', () => {
    expect(summarize('nps', {})).toMatchObject({ answers: 0, score: null, confidence: null });
    expect(summarize('csat', { 5: 3 }).confidence).toEqual({ level: 0.95, low: 100, high: 100 });
  });

  it('bands scores and maps them to sentiment', () => {
    expect([0, 6, 7, 8, 9, 10].map((s) => band('nps', s))).toEqual([-1, -1, 0, 0, 1, 1]);
    expect(sentimentOf('csat', 2)).toBe('negative');
    expect(sentimentOf('ces', 6)).toBe('positive');
    expect(sentimentOf('open', null)).toBeNull();
  });

  it('validates scores per kind', () => {
    expect(validScore('nps', 0)).toBe(true);
    expect(validScore('nps', 11)).toBe(false);
    expect(validScore('csat', 0)).toBe(false);
    expect(validScore('ces', 7.5)).toBe(false);
    expect(validScore('open', null)).toBe(true);
    expect(validScore('open', 3)).toBe(false);
  });

  it('computes win rate over decided deals', () => {
    expect(winRate(3, 1)).toBe(75);
    expect(winRate(0, 0)).toBeNull();
    expect(winRate(1, 2)).toBe(33.3);
  });
});
