import { ActionIcon, Button, Group, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { COPY_LIMITS, type CopyValues, PILLARS } from './copy';
import { Count, COUNT_BELOW } from './Count';

/** 3–5 pillars, each a title, a description and proof points, with add and remove. */
export function PillarsEditor({
  form,
  readOnly,
}: {
  form: UseFormReturnType<CopyValues>;
  /** A version in review: shown, not changed. */
  readOnly: boolean;
}) {
  const pillars = form.values.pillars;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          Pillars
        </Text>
        <Text
          size="xs"
          c={pillars.length < PILLARS.min || pillars.length > PILLARS.max ? 'orange.8' : 'dimmed'}
        >
          {pillars.length} of {PILLARS.min}–{PILLARS.max}; approval needs each with a proof point
        </Text>
      </Group>
      {pillars.map((pillar, i) => (
        <Paper key={i} withBorder p="sm">
          <Stack gap="xs">
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label={`Pillar ${i + 1} title`}
                style={{ flex: 1 }}
                readOnly={readOnly}
                inputWrapperOrder={COUNT_BELOW}
                description={<Count text={pillar.title} limit={COPY_LIMITS.pillarTitle} />}
                {...form.getInputProps(`pillars.${i}.title`)}
              />
              {!readOnly && (
                <Button variant="subtle" color="red" onClick={() => form.removeListItem('pillars', i)}>
                  Remove pillar {i + 1}
                </Button>
              )}
            </Group>
            <Textarea
              label={`Pillar ${i + 1} description`}
              autosize
              minRows={1}
              readOnly={readOnly}
              inputWrapperOrder={COUNT_BELOW}
              description={<Count text={pillar.description} limit={COPY_LIMITS.pillarDescription} />}
              {...form.getInputProps(`pillars.${i}.description`)}
            />
            {pillar.proofPoints.map((pp, j) => (
              <Group key={j} align="flex-end" wrap="nowrap" gap="xs">
                <TextInput
                  label={`Pillar ${i + 1} proof point ${j + 1}`}
                  style={{ flex: 1 }}
                  readOnly={readOnly}
                  inputWrapperOrder={COUNT_BELOW}
                  description={<Count text={pp} limit={COPY_LIMITS.proofPoint} />}
                  {...form.getInputProps(`pillars.${i}.proofPoints.${j}`)}
                />
                {!readOnly && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={`Remove proof point ${j + 1} of pillar ${i + 1}`}
                    onClick={() => form.removeListItem(`pillars.${i}.proofPoints`, j)}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Group hidden={readOnly}>
              <Button
                size="xs"
                variant="light"
                disabled={pillar.proofPoints.length >= COPY_LIMITS.proofPoints}
                onClick={() => form.insertListItem(`pillars.${i}.proofPoints`, '')}
              >
                Add proof point to pillar {i + 1}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <Group hidden={readOnly}>
        <Button
          variant="light"
          size="xs"
          disabled={pillars.length >= PILLARS.max}
          onClick={() => form.insertListItem('pillars', { title: '', description: '', proofPoints: [''] })}
        >
          Add pillar
        </Button>
      </Group>
    </Stack>
  );
}
