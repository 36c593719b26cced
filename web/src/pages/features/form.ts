import type { ScoreInputs, ScoringKind } from './explain';
import type { FeatureStatus } from '../../app/labels';

/** A number field as Mantine gives it back: a number, or '' when cleared. */
export type NumberField = number | '';

/** The editable fields of a feature as the detail form holds them. */
export type FeatureValues = {
  title: string;
  asA: string;
  iWant: string;
  soThat: string;
  description: string;
  acceptanceCriteria: string[];
  status: FeatureStatus;
  releaseId: string | null;
  effort: NumberField;
  personaId: string | null;
  ownerId: string | null;
  reach: NumberField;
  impact: NumberField;
  confidence: NumberField;
  ease: NumberField;
  value: NumberField;
  ratings: Record<string, NumberField>;
};

type FeatureLike = Omit<FeatureValues, keyof ScoreInputs | 'effort' | 'ratings' | 'ease'> & {
  effort: number | null;
  scoreInputs: ScoreInputs;
};

const field = (n: number | null | undefined): NumberField => (n === null || n === undefined ? '' : n);
const value = (n: NumberField): number | undefined => (n === '' ? undefined : n);

export function valuesOf(f: FeatureLike): FeatureValues {
  const ratings: Record<string, NumberField> = {};
  for (const [k, v] of Object.entries(f.scoreInputs.ratings ?? {})) ratings[k] = v;
  return {
    title: f.title,
    asA: f.asA,
    iWant: f.iWant,
    soThat: f.soThat,
    description: f.description,
    acceptanceCriteria: f.acceptanceCriteria,
    status: f.status,
    releaseId: f.releaseId,
    effort: field(f.effort),
    personaId: f.personaId,
    ownerId: f.ownerId,
    reach: field(f.scoreInputs.reach),
    impact: field(f.scoreInputs.impact),
    confidence: field(f.scoreInputs.confidence),
    ease: field(f.scoreInputs.ease),
    value: field(f.scoreInputs.value),
    ratings,
  };
}

/** The inputs a model reads, from the form; the other models' inputs are kept as they were. */
export function scoreInputsOf(kind: ScoringKind, v: FeatureValues, before: ScoreInputs): ScoreInputs {
  const keep: ScoreInputs = { ...before };
  const set = (key: 'reach' | 'impact' | 'confidence' | 'ease' | 'value', n: NumberField) => {
    if (n === '') delete keep[key];
    else keep[key] = n;
  };
  switch (kind) {
    case 'rice':
      set('reach', v.reach);
      set('impact', v.impact);
      set('confidence', v.confidence);
      break;
    case 'ice':
      set('impact', v.impact);
      set('confidence', v.confidence);
      set('ease', v.ease);
      break;
    case 'value_effort':
      set('value', v.value);
      break;
    case 'weighted': {
      const ratings: Record<string, number> = {};
      for (const [k, n] of Object.entries(v.ratings)) if (n !== '') ratings[k] = n;
      keep.ratings = ratings;
      break;
    }
    default: {
      const never: never = kind;
      throw new Error(`unknown scoring model ${String(never)}`);
    }
  }
  return keep;
}

export type FeaturePatch = {
  title?: string;
  asA?: string;
  iWant?: string;
  soThat?: string;
  description?: string;
  acceptanceCriteria?: string[];
  status?: FeatureStatus;
  releaseId?: string | null;
  effort?: number | null;
  personaId?: string | null;
  ownerId?: string | null;
  scoreInputs?: ScoreInputs;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what changed, so a save never rewrites a field someone else just edited, and status moves only when asked. */
export function toPatch(kind: ScoringKind, before: FeatureLike, v: FeatureValues): FeaturePatch {
  const patch: FeaturePatch = {};
  const text = ['title', 'asA', 'iWant', 'soThat', 'description'] as const;
  for (const k of text) if (v[k].trim() !== before[k]) patch[k] = v[k].trim();
  const criteria = v.acceptanceCriteria.map((c) => c.trim()).filter(Boolean);
  if (!same(criteria, before.acceptanceCriteria)) patch.acceptanceCriteria = criteria;
  if (v.status !== before.status) patch.status = v.status;
  if (v.releaseId !== before.releaseId) patch.releaseId = v.releaseId;
  if (v.personaId !== before.personaId) patch.personaId = v.personaId;
  if (v.ownerId !== before.ownerId) patch.ownerId = v.ownerId;
  const effort = value(v.effort) ?? null;
  if (effort !== before.effort) patch.effort = effort;
  const inputs = scoreInputsOf(kind, v, before.scoreInputs);
  if (!same(sorted(inputs), sorted(before.scoreInputs))) patch.scoreInputs = inputs;
  return patch;
}

const sorted = (o: ScoreInputs) =>
  Object.fromEntries(
    Object.entries(o)
      .filter(([k, x]) => x !== undefined && !(k === 'ratings' && Object.keys(x as object).length === 0))
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** The inputs as the explanation reads them, from the form's current values. */
export function liveInputs(v: FeatureValues): ScoreInputs {
  const ratings: Record<string, number> = {};
  for (const [k, n] of Object.entries(v.ratings)) if (n !== '') ratings[k] = n;
  return {
    reach: value(v.reach),
    impact: value(v.impact),
    confidence: value(v.confidence),
    ease: value(v.ease),
    value: value(v.value),
    ratings,
  };
}

export const liveEffort = (v: FeatureValues) => value(v.effort) ?? null;
