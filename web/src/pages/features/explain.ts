/**
 * Explains a feature's score in plain arithmetic ("RICE = 2,000 × 2 × 80% ÷ 3 = 1,066.7"), with the same
 * rules the server scores by, so people can see why a feature ranks where it does.
 */

export type ScoringKind = 'rice' | 'ice' | 'value_effort' | 'weighted';
export type CriterionSource = 'manual' | 'feedback_count' | 'customer_count' | 'customer_revenue';
export type Criterion = {
  key: string;
  label: string;
  weight: number;
  source: CriterionSource;
  saturation?: number;
};
export type ScoreInputs = {
  reach?: number;
  impact?: number;
  confidence?: number;
  ease?: number;
  value?: number;
  ratings?: Record<string, number>;
};
export type Demand = { feedbackCount: number; customerCount: number; customerRevenue: number };
export type ScoreSubject = { inputs: ScoreInputs; effort: number | null; demand: Demand };

export type Explanation = {
  /** The computed score, or null when an input is missing. */
  score: number | null;
  /** The formula in words, e.g. "reach × impact × confidence ÷ effort". */
  formula: string;
  /** The arithmetic with this feature's numbers, or what is missing. */
  text: string;
  missing: string[];
};

export const KIND_LABEL: Record<ScoringKind, string> = {
  rice: 'RICE',
  ice: 'ICE',
  value_effort: 'Value ÷ effort',
  weighted: 'Weighted scorecard',
};

export const RICE_IMPACTS = [
  { value: 0.25, label: 'Minimal (0.25)' },
  { value: 0.5, label: 'Low (0.5)' },
  { value: 1, label: 'Medium (1)' },
  { value: 2, label: 'High (2)' },
  { value: 3, label: 'Massive (3)' },
] as const;

const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
/** A number as people read it: thousands separated, at most one decimal. */
export const num = (n: number) => fmt.format(n);

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const isSet = (v: number | null | undefined): v is number => v !== null && v !== undefined;

function needs(label: string, values: Record<string, number | null | undefined>, zeroEffort = false) {
  const missing = Object.entries(values)
    .filter(([, v]) => !isSet(v))
    .map(([k]) => k);
  if (zeroEffort && values.effort === 0 && !missing.includes('effort')) missing.push('effort');
  const text =
    zeroEffort && values.effort === 0 && missing.length === 1
      ? `${label} needs an effort above 0`
      : `${label} needs ${missing.join(', ')}`;
  return { missing, text };
}

/** The rating a weighted criterion gets: manual from the inputs, or demand scaled to its saturation point. */
export function criterionRating(c: Criterion, subject: ScoreSubject): number | null {
  const demandValue = (v: number) =>
    !c.saturation || c.saturation <= 0 ? 0 : Math.min(10, (10 * v) / c.saturation);
  switch (c.source) {
    case 'manual':
      return subject.inputs.ratings?.[c.key] ?? null;
    case 'feedback_count':
      return demandValue(subject.demand.feedbackCount);
    case 'customer_count':
      return demandValue(subject.demand.customerCount);
    case 'customer_revenue':
      return demandValue(subject.demand.customerRevenue);
    default: {
      const never: never = c.source;
      throw new Error(`unknown criterion source ${String(never)}`);
    }
  }
}

export function explainScore(kind: ScoringKind, criteria: Criterion[], subject: ScoreSubject): Explanation {
  const { inputs, effort } = subject;
  switch (kind) {
    case 'rice': {
      const formula = 'reach × impact × confidence ÷ effort';
      const gap = needs(
        'RICE',
        { reach: inputs.reach, impact: inputs.impact, confidence: inputs.confidence, effort },
        true,
      );
      if (gap.missing.length) return { score: null, formula, ...gap };
      const score = round((inputs.reach! * inputs.impact! * (inputs.confidence! / 100)) / effort!);
      return {
        score,
        formula,
        missing: [],
        text: `RICE = ${num(inputs.reach!)} × ${num(inputs.impact!)} × ${num(inputs.confidence!)}% ÷ ${num(effort!)} = ${num(score)}`,
      };
    }
    case 'ice': {
      const formula = 'impact × confidence × ease';
      const gap = needs('ICE', { impact: inputs.impact, confidence: inputs.confidence, ease: inputs.ease });
      if (gap.missing.length) return { score: null, formula, ...gap };
      const score = round(inputs.impact! * inputs.confidence! * inputs.ease!);
      return {
        score,
        formula,
        missing: [],
        text: `ICE = ${num(inputs.impact!)} × ${num(inputs.confidence!)} × ${num(inputs.ease!)} = ${num(score)}`,
      };
    }
    case 'value_effort': {
      const formula = 'value ÷ effort';
      const gap = needs('Value ÷ effort', { value: inputs.value, effort }, true);
      if (gap.missing.length) return { score: null, formula, ...gap };
      const score = round(inputs.value! / effort!);
      return {
        score,
        formula,
        missing: [],
        text: `Value ÷ effort = ${num(inputs.value!)} ÷ ${num(effort!)} = ${num(score)}`,
      };
    }
    case 'weighted':
      return explainWeighted(criteria, subject);
    default: {
      const never: never = kind;
      throw new Error(`unknown scoring model ${String(never)}`);
    }
  }
}

function explainWeighted(criteria: Criterion[], subject: ScoreSubject): Explanation {
  const formula = 'Σ(weight × rating) ÷ Σ|weight|, ratings 0–10';
  const totalWeight = criteria.reduce((s, c) => s + Math.abs(c.weight), 0);
  if (criteria.length === 0 || totalWeight === 0)
    return {
      score: null,
      formula,
      missing: ['criteria'],
      text: 'The scorecard has no weighted criteria yet',
    };
  const ratings = criteria.map((c) => ({ c, rating: criterionRating(c, subject) }));
  const missing = ratings.filter((r) => r.rating === null).map((r) => r.c.label);
  if (missing.length)
    return { score: null, formula, missing, text: `Weighted score needs ${missing.join(', ')}` };
  const sum = ratings.reduce((s, r) => s + r.c.weight * r.rating!, 0);
  const score = round(sum / totalWeight);
  const parts = ratings
    .map((r, i) => {
      const term = `${num(Math.abs(r.c.weight))} × ${num(r.rating!)}`;
      if (i === 0) return r.c.weight < 0 ? `−${term}` : term;
      return `${r.c.weight < 0 ? '−' : '+'} ${term}`;
    })
    .join(' ');
  const numerator = ratings.length > 1 ? `(${parts})` : parts;
  return {
    score,
    formula,
    missing: [],
    text: `Weighted = ${numerator} ÷ ${num(totalWeight)} = ${num(score)}`,
  };
}
