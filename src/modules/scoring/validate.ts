import { type FieldError, invalid } from '../../core/errors.ts';
import { RICE_IMPACTS, type ScoreInputs, type ScoringModel } from './model.ts';

/**
 * Checks a feature's score inputs against its product's model, beyond the generic ranges the request
 * schema already enforces: RICE impact on its scale and confidence in percent, ICE's 1–10 scales, and
 * weighted ratings only for the model's manual criteria.
 */
export function assertInputsFit(model: ScoringModel, inputs: ScoreInputs, path = 'scoreInputs'): void {
  const errors: FieldError[] = [];
  const range = (key: keyof ScoreInputs, min: number, max: number) => {
    const v = inputs[key];
    if (typeof v === 'number' && (v < min || v > max)) {
      errors.push({
        path: `${path}.${key}`,
        message: `${model.kind.toUpperCase()} ${key} must be between ${min} and ${max}`,
      });
    }
  };
  switch (model.kind) {
    case 'rice':
      if (inputs.impact !== undefined && !(RICE_IMPACTS as readonly number[]).includes(inputs.impact)) {
        errors.push({
          path: `${path}.impact`,
          message: `RICE impact must be one of ${RICE_IMPACTS.join(', ')}`,
        });
      }
      range('confidence', 0, 100);
      break;
    case 'ice':
      range('impact', 1, 10);
      range('confidence', 1, 10);
      range('ease', 1, 10);
      break;
    case 'value_effort':
      range('value', 1, 10);
      break;
    case 'weighted': {
      const manual = new Set(model.criteria.filter((c) => c.source === 'manual').map((c) => c.key));
      for (const key of Object.keys(inputs.ratings ?? {})) {
        if (!manual.has(key)) {
          errors.push({
            path: `${path}.ratings.${key}`,
            message: `No manual criterion "${key}" in this product's scorecard (manual criteria: ${[...manual].join(', ') || 'none'})`,
          });
        }
      }
      break;
    }
    default: {
      const never: never = model.kind;
      throw new Error(`unknown model ${String(never)}`);
    }
  }
  if (errors.length > 0) throw invalid('Score inputs do not fit the product’s scoring model', errors);
}
