import { SURVEY_SCALES, type SurveyKind } from '../../core/enums.ts';

/**
 * The standard survey scores, from counts of answers per score. Shared by survey results, metrics and the
 * dashboards, so a number means the same everywhere:
 * - NPS = % promoters (9–10) − % detractors (0–6), from −100 to 100; passives are 7–8.
 * - CSAT = share of satisfied answers (4–5 on 1–5), in %.
 * - CES = share of answers agreeing the task was easy (5–7 on 1–7), in %; the mean is given too.
 * Each comes with a 95 % confidence interval (normal approximation; for NPS the variance of a
 * +1 / 0 / −1 score per answer), clamped to the score's range.
 */

/** How many answers gave each score. */
export type ScoreCounts = ReadonlyMap<number, number> | Readonly<Record<number, number>>;

export type ScoreSummary = {
  answers: number;
  /** The headline figure: NPS (−100…100), or CSAT / CES as a percentage; null without answers. */
  score: number | null;
  /** Promoters, passives and detractors for NPS; satisfied / neutral / dissatisfied for CSAT and CES. */
  promoters: number;
  passives: number;
  detractors: number;
  mean: number | null;
  confidence: { level: 0.95; low: number; high: number } | null;
};

const Z95 = 1.959964;

/** Which band a score falls in, for a kind: 1 good, 0 neutral, −1 bad. */
export function band(kind: SurveyKind, score: number): 1 | 0 | -1 {
  switch (kind) {
    case 'nps':
      return score >= 9 ? 1 : score >= 7 ? 0 : -1;
    case 'csat':
      return score >= 4 ? 1 : score === 3 ? 0 : -1;
    case 'ces':
      return score >= 5 ? 1 : score === 4 ? 0 : -1;
    case 'open':
      return 0;
  }
}

/** Whether a score is a valid answer to a kind (an integer on its scale); open questions take none. */
export function validScore(kind: SurveyKind, score: number | null | undefined): boolean {
  const scale = SURVEY_SCALES[kind];
  if (!scale) return score === null || score === undefined;
  return Number.isInteger(score) && score! >= scale.min && score! <= scale.max;
}

const entries = (counts: ScoreCounts): [number, number][] =>
  counts instanceof Map
    ? [...counts.entries()]
    : Object.entries(counts).map(([k, v]) => [Number(k), v as number]);

export function summarize(kind: SurveyKind, counts: ScoreCounts): ScoreSummary {
  let answers = 0;
  let good = 0;
  let neutral = 0;
  let bad = 0;
  let sum = 0;
  for (const [score, n] of entries(counts)) {
    if (n <= 0) continue;
    answers += n;
    sum += score * n;
    const b = band(kind, score);
    if (b === 1) good += n;
    else if (b === 0) neutral += n;
    else bad += n;
  }
  const base = { answers, promoters: good, passives: neutral, detractors: bad };
  if (answers === 0 || kind === 'open') return { ...base, score: null, mean: null, confidence: null };
  const p = good / answers;
  const d = bad / answers;
  if (kind === 'nps') {
    const nps = p - d;
    // Each answer scores +1, 0 or −1; the variance of that score is p + d − (p − d)².
    const se = Math.sqrt(Math.max(0, p + d - nps * nps) / answers);
    return {
      ...base,
      score: round(nps * 100),
      mean: round(sum / answers, 2),
      confidence: interval(nps, se, -1, 1, 100),
    };
  }
  const se = Math.sqrt((p * (1 - p)) / answers);
  return {
    ...base,
    score: round(p * 100),
    mean: round(sum / answers, 2),
    confidence: interval(p, se, 0, 1, 100),
  };
}

function interval(value: number, se: number, min: number, max: number, scale: number) {
  return {
    level: 0.95 as const,
    low: round(Math.max(min, value - Z95 * se) * scale),
    high: round(Math.min(max, value + Z95 * se) * scale),
  };
}

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Feedback sentiment from a score: the answer's band. */
export function sentimentOf(
  kind: SurveyKind,
  score: number | null,
): 'positive' | 'neutral' | 'negative' | null {
  if (score === null || kind === 'open') return null;
  const b = band(kind, score);
  return b === 1 ? 'positive' : b === 0 ? 'neutral' : 'negative';
}

/**
 * Win rate: deals won over deals decided (won + lost), in %; "no decision" is reported beside it, not
 * counted as a loss (a stalled buyer did not choose a competitor). Null with no decided deal.
 */
export function winRate(won: number, lost: number): number | null {
  return won + lost === 0 ? null : round((won / (won + lost)) * 100);
}
