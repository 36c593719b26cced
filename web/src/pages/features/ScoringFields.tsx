import { Alert, NumberInput, Paper, Select, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Feature } from './data';
import { formatNumber } from '../../app/format';
import { criterionRating, explainScore, KIND_LABEL, RICE_IMPACTS } from './explain';
import type { ScoringModel } from './FeatureDetail';
import { ReadOnlyField } from '../../components/ReadOnly';
import { type FeatureValues, liveEffort, liveInputs } from './form';

type Props = {
  form: UseFormReturnType<FeatureValues>;
  feature: Feature;
  model: ScoringModel;
  disabled: boolean;
};

/** A number as it reads, or null when not set. */
const shown = (v: number | '', suffix = '') => (v === '' ? null : `${formatNumber(v)}${suffix}`);

const SOURCE_LABEL = {
  feedback_count: 'feedback items',
  customer_count: 'customers',
  customer_revenue: 'customer revenue',
} as const;

/** The inputs the product's scoring model reads, and the score worked out in plain arithmetic. */
export function ScoringFields({ form, feature, model, disabled }: Props) {
  const subject = {
    inputs: liveInputs(form.values),
    effort: liveEffort(form.values),
    demand: feature.demand,
  };
  const live = explainScore(model.kind, model.criteria, subject);
  const changed = live.score !== feature.score;
  const scale = (label: string, key: 'impact' | 'confidence' | 'ease' | 'value') =>
    disabled ? (
      <ReadOnlyField label={label} value={shown(form.values[key], ' / 10')} empty="Not set" />
    ) : (
      <NumberInput
        label={label}
        description="1–10"
        min={1}
        max={10}
        disabled={disabled}
        {...form.getInputProps(key)}
      />
    );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Score">
      <Text fw={700} component="h2" size="md" m={0}>
        Score
      </Text>
      <Text size="sm" c="dimmed" mb="sm">
        {KIND_LABEL[model.kind]}
        {model.isDefault && ' (this product has no model of its own)'} · {live.formula}
      </Text>
      <Stack gap="sm">
        {model.kind === 'rice' && disabled && (
          <>
            <ReadOnlyField label="Reach" value={shown(form.values.reach)} empty="Not set" />
            <ReadOnlyField
              label="Impact"
              value={RICE_IMPACTS.find((i) => i.value === form.values.impact)?.label}
              empty="Not set"
            />
            <ReadOnlyField label="Confidence" value={shown(form.values.confidence, '%')} empty="Not set" />
          </>
        )}
        {model.kind === 'rice' && !disabled && (
          <>
            <NumberInput
              label="Reach"
              description="People or events per period"
              min={0}
              thousandSeparator=","
              disabled={disabled}
              {...form.getInputProps('reach')}
            />
            <Select
              label="Impact"
              placeholder="Not set"
              clearable
              data={RICE_IMPACTS.map((i) => ({ value: String(i.value), label: i.label }))}
              disabled={disabled}
              value={form.values.impact === '' ? null : String(form.values.impact)}
              onChange={(v) => form.setFieldValue('impact', v === null ? '' : Number(v))}
            />
            <NumberInput
              label="Confidence"
              suffix="%"
              min={0}
              max={100}
              disabled={disabled}
              {...form.getInputProps('confidence')}
            />
            <Text size="xs" c="dimmed">
              Effort comes from Planning.
            </Text>
          </>
        )}
        {model.kind === 'ice' && (
          <>
            {scale('Impact', 'impact')}
            {scale('Confidence', 'confidence')}
            {scale('Ease', 'ease')}
          </>
        )}
        {model.kind === 'value_effort' && (
          <>
            {scale('Value', 'value')}
            <Text size="xs" c="dimmed">
              Effort comes from Planning.
            </Text>
          </>
        )}
        {model.kind === 'weighted' &&
          model.criteria.map((c) =>
            c.source === 'manual' && disabled ? (
              <ReadOnlyField
                key={c.key}
                label={`${c.label} (weight ${formatNumber(c.weight)})`}
                value={shown(form.values.ratings[c.key] ?? '', ' / 10')}
                empty="Not rated"
              />
            ) : c.source === 'manual' ? (
              <NumberInput
                key={c.key}
                label={`${c.label} (weight ${formatNumber(c.weight)})`}
                description="Rating 0–10"
                min={0}
                max={10}
                disabled={disabled}
                value={form.values.ratings[c.key] ?? ''}
                onChange={(v) =>
                  form.setFieldValue('ratings', {
                    ...form.values.ratings,
                    [c.key]: typeof v === 'number' ? v : '',
                  })
                }
              />
            ) : (
              <div key={c.key}>
                <Text size="sm" fw={500}>
                  {c.label} (weight {formatNumber(c.weight)})
                </Text>
                <Text size="sm" c="dimmed">
                  {formatNumber(criterionRating(c, subject) ?? 0)} / 10 from {SOURCE_LABEL[c.source]}
                  {c.saturation ? ` (10 at ${formatNumber(c.saturation)})` : ''}
                </Text>
              </div>
            ),
          )}
        <Alert
          // A live explanation, not a warning: polite status, not an assertive alert.
          role="status"
          color={live.score === null ? 'yellow' : 'indigo'}
          variant="light"
          title={scoreTitle(feature, live.score, changed)}
        >
          <Text size="sm" ff="monospace" aria-label="Score explanation">
            {live.text}
          </Text>
          {feature.rank !== null && !changed && (
            <Text size="sm" mt={4}>
              Ranked #{feature.rank} among the product’s open features.
            </Text>
          )}
        </Alert>
      </Stack>
    </Paper>
  );
}

function scoreTitle(feature: Feature, live: number | null, changed: boolean) {
  if (changed)
    return `Score after saving: ${live === null ? 'none' : formatNumber(live)} (now ${feature.score === null ? 'none' : formatNumber(feature.score)})`;
  return feature.score === null ? 'Not scored yet' : `Score ${formatNumber(feature.score)}`;
}
