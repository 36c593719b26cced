import type { ScoringKind } from '../../core/enums.ts';

// The web app imports this file too (web/src/pages/features/explain.ts): one copy of the maths, so the score a
// person sees explained is the score the server ranks by. Keep it free of server-only imports.

/** RICE impact scale: massive 3, high 2, medium 1, low 0.5, minimal 0.25. */
export const RICE_IMPACTS = [0.25, 0.5, 1, 2, 3] as const;

/** Where a weighted-scorecard criterion takes its 0–10 rating from. */
export const CRITERION_SOURCES = ['manual', 'feedback_count', 'customer_count', 'customer_revenue'] as const;
export type CriterionSource = (typeof CRITERION_SOURCES)[number];

export type Criterion = {
  /** Stable key, used in features' score inputs (`ratings[key]`). */
  key: string;
  label: string;
  /** Relative weight; negative for costs (e.g. risk). */
  weight: number;
  source: CriterionSource;
  /** For demand sources: the raw value that earns the full 10 points (linear below, capped above). */
  saturation?: number;
};

/** The scoring inputs a feature may carry; which ones matter depends on the product's model. */
export type ScoreInputs = {
  /** RICE: people or events per period. */
  reach?: number;
  /** RICE: one of RICE_IMPACTS. ICE: 1–10. */
  impact?: number;
  /** RICE: percent 0–100. ICE: 1–10. */
  confidence?: number;
  /** ICE: 1–10. */
  ease?: number;
  /** Value/effort: 1–10. */
  value?: number;
  /** Weighted scorecard: manual ratings 0–10 by criterion key. */
  ratings?: Record<string, number>;
};

export type Demand = { feedbackCount: number; customerCount: number; customerRevenue: number };

export type ScoringModel = { kind: ScoringKind; criteria: Criterion[] };

export type ScoreSubject = { inputs: ScoreInputs; effort: number | null; demand: Demand };

/** One line of a score explanation, so people can see why a feature ranks where it does. */
export type ScoreTerm = { name: string; value: number | null; note?: string };
export type ScoreResult = { score: number | null; formula: string; terms: ScoreTerm[]; missing: string[] };

export const DEFAULT_MODEL: ScoringModel = { kind: 'rice', criteria: [] };

const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** Computes a feature's score under a model. Missing inputs give a null score and name what is missing. */
export function computeScore(model: ScoringModel, subject: ScoreSubject): ScoreResult {
  const { inputs, effort } = subject;
  switch (model.kind) {
    case 'rice': {
      const missing = missingOf({
        reach: inputs.reach,
        impact: inputs.impact,
        confidence: inputs.confidence,
        effort,
      });
      const terms: ScoreTerm[] = [
        { name: 'reach', value: inputs.reach ?? null },
        { name: 'impact', value: inputs.impact ?? null },
        { name: 'confidence', value: inputs.confidence ?? null, note: 'percent' },
        { name: 'effort', value: effort },
      ];
      const formula = 'reach × impact × confidence% ÷ effort';
      if (missing.length > 0 || !effort)
        return { score: null, formula, terms, missing: withZeroEffort(missing, effort) };
      const score = (inputs.reach! * inputs.impact! * (inputs.confidence! / 100)) / effort;
      return { score: round(score), formula, terms, missing };
    }
    case 'ice': {
      const missing = missingOf({ impact: inputs.impact, confidence: inputs.confidence, ease: inputs.ease });
      const terms: ScoreTerm[] = [
        { name: 'impact', value: inputs.impact ?? null },
        { name: 'confidence', value: inputs.confidence ?? null },
        { name: 'ease', value: inputs.ease ?? null },
      ];
      const formula = 'impact × confidence × ease';
      if (missing.length > 0) return { score: null, formula, terms, missing };
      return { score: round(inputs.impact! * inputs.confidence! * inputs.ease!), formula, terms, missing };
    }
    case 'value_effort': {
      const missing = missingOf({ value: inputs.value, effort });
      const terms: ScoreTerm[] = [
        { name: 'value', value: inputs.value ?? null },
        { name: 'effort', value: effort },
      ];
      const formula = 'value ÷ effort';
      if (missing.length > 0 || !effort)
        return { score: null, formula, terms, missing: withZeroEffort(missing, effort) };
      return { score: round(inputs.value! / effort), formula, terms, missing };
    }
    case 'weighted':
      return weighted(model.criteria, subject);
    default: {
      const never: never = model.kind;
      throw new Error(`unknown scoring model ${String(never)}`);
    }
  }
}

function weighted(criteria: Criterion[], subject: ScoreSubject): ScoreResult {
  const formula = 'Σ(weight × rating) ÷ Σ|weight|, ratings 0–10';
  const terms: ScoreTerm[] = [];
  const missing: string[] = [];
  let sum = 0;
  let totalWeight = 0;
  for (const c of criteria) {
    const rating = criterionRating(c, subject);
    terms.push({ name: c.key, value: rating, note: `weight ${c.weight}, ${c.source}` });
    if (rating === null) missing.push(c.key);
    else sum += c.weight * rating;
    totalWeight += Math.abs(c.weight);
  }
  if (criteria.length === 0 || totalWeight === 0)
    return { score: null, formula, terms, missing: ['criteria'] };
  if (missing.length > 0) return { score: null, formula, terms, missing };
  return { score: round(sum / totalWeight), formula, terms, missing };
}

/** The 0–10 rating a weighted criterion gets: manual from the inputs, or demand scaled to its saturation point. */
export function criterionRating(c: Criterion, { inputs, demand }: ScoreSubject): number | null {
  switch (c.source) {
    case 'manual':
      return inputs.ratings?.[c.key] ?? null;
    case 'feedback_count':
      return saturate(demand.feedbackCount, c.saturation);
    case 'customer_count':
      return saturate(demand.customerCount, c.saturation);
    case 'customer_revenue':
      return saturate(demand.customerRevenue, c.saturation);
    default: {
      const never: never = c.source;
      throw new Error(`unknown criterion source ${String(never)}`);
    }
  }
}

function saturate(value: number, saturation: number | undefined): number {
  if (!saturation || saturation <= 0) return 0;
  return Math.min(10, (10 * value) / saturation);
}

function missingOf(values: Record<string, number | null | undefined>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v === null || v === undefined)
    .map(([k]) => k);
}

function withZeroEffort(missing: string[], effort: number | null): string[] {
  return effort === 0 && !missing.includes('effort') ? [...missing, 'effort'] : missing;
}
