/**
 * Explains a feature's score in plain arithmetic ("RICE = 2,000 × 2 × 80% ÷ 3 = 1,066.7"). The maths is the
 * server's own module (src/modules/scoring/model.ts), so the explanation cannot drift from the ranking.
 */
import {
  computeScore,
  type Criterion,
  type CriterionSource,
  criterionRating,
  type Demand,
  RICE_IMPACTS as IMPACTS,
  type ScoreInputs,
  type ScoreSubject,
} from '../../../../src/modules/scoring/model.ts';
import type { ScoringKind } from '../../../../src/core/enums.ts';
import { formatNumber } from '../../app/format';

export { criterionRating };
export type { Criterion, CriterionSource, Demand, ScoreInputs, ScoreSubject, ScoringKind };

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

const IMPACT_LABEL: Record<(typeof IMPACTS)[number], string> = {
  0.25: 'Minimal',
  0.5: 'Low',
  1: 'Medium',
  2: 'High',
  3: 'Massive',
};
export const RICE_IMPACTS = IMPACTS.map((value) => ({ value, label: `${IMPACT_LABEL[value]} (${value})` }));

const num = formatNumber;

/** What a model needs that the feature lacks, in words. */
function needs(label: string, missing: string[], effort: number | null) {
  const zeroEffort = effort === 0 && missing.length === 1 && missing[0] === 'effort';
  return zeroEffort ? `${label} needs an effort above 0` : `${label} needs ${missing.join(', ')}`;
}

export function explainScore(kind: ScoringKind, criteria: Criterion[], subject: ScoreSubject): Explanation {
  const result = computeScore({ kind, criteria }, subject);
  const { score, formula, missing } = result;
  const v = (name: string) => num(result.terms.find((t) => t.name === name)!.value!);
  switch (kind) {
    case 'rice':
      return score === null
        ? { score, formula, missing, text: needs('RICE', missing, subject.effort) }
        : {
            score,
            formula,
            missing,
            text: `RICE = ${v('reach')} × ${v('impact')} × ${v('confidence')}% ÷ ${v('effort')} = ${num(score)}`,
          };
    case 'ice':
      return score === null
        ? { score, formula, missing, text: needs('ICE', missing, subject.effort) }
        : {
            score,
            formula,
            missing,
            text: `ICE = ${v('impact')} × ${v('confidence')} × ${v('ease')} = ${num(score)}`,
          };
    case 'value_effort':
      return score === null
        ? { score, formula, missing, text: needs('Value ÷ effort', missing, subject.effort) }
        : {
            score,
            formula,
            missing,
            text: `Value ÷ effort = ${v('value')} ÷ ${v('effort')} = ${num(score)}`,
          };
    case 'weighted':
      return explainWeighted(criteria, subject, result);
    default: {
      const never: never = kind;
      throw new Error(`unknown scoring model ${String(never)}`);
    }
  }
}

function explainWeighted(
  criteria: Criterion[],
  subject: ScoreSubject,
  { score, formula, missing }: ReturnType<typeof computeScore>,
): Explanation {
  if (missing.includes('criteria'))
    return { score: null, formula, missing, text: 'The scorecard has no weighted criteria yet' };
  const label = (key: string) => criteria.find((c) => c.key === key)?.label ?? key;
  if (score === null) {
    const labels = missing.map(label);
    return { score, formula, missing: labels, text: `Weighted score needs ${labels.join(', ')}` };
  }
  const totalWeight = criteria.reduce((s, c) => s + Math.abs(c.weight), 0);
  const parts = criteria
    .map((c, i) => {
      const term = `${num(Math.abs(c.weight))} × ${num(criterionRating(c, subject)!)}`;
      if (i === 0) return c.weight < 0 ? `−${term}` : term;
      return `${c.weight < 0 ? '−' : '+'} ${term}`;
    })
    .join(' ');
  const numerator = criteria.length > 1 ? `(${parts})` : parts;
  return {
    score,
    formula,
    missing,
    text: `Weighted = ${numerator} ÷ ${num(totalWeight)} = ${num(score)}`,
  };
}
