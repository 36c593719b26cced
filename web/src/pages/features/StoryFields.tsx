import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { Feature } from './data';
import type { FeatureValues } from './form';
import { FEATURE_STATUS_LABEL } from './labels';
import { memberOptions, optionsOf, useMembers, usePersonas, useReleases } from '../../app/lookups';
import dayjs from 'dayjs';
import { charLimit, LIMITS } from '../../components/CharCount';

type Props = { form: UseFormReturnType<FeatureValues>; feature: Feature; disabled: boolean };

/** The user story and its planning fields. */
export function StoryFields({ form, feature, disabled }: Props) {
  const releases = useReleases();
  const personas = usePersonas();
  const members = useMembers();
  // Status moves follow the workflow: only the moves the server allows from the saved status.
  const statusOptions = [feature.status, ...feature.allowedTransitions].map((s) => ({
    value: s,
    label: s === feature.status ? `${FEATURE_STATUS_LABEL[s]} (current)` : FEATURE_STATUS_LABEL[s],
  }));
  const releaseOptions = (releases.data?.items ?? [])
    .filter((r) => r.productId === null || r.productId === feature.productId || r.id === feature.releaseId)
    .filter((r) => r.status !== 'cancelled' || r.id === feature.releaseId)
    .map((r) => ({
      value: r.id,
      label: r.targetDate ? `${r.name} · ${dayjs(r.targetDate).format('D MMM YYYY')}` : r.name,
    }));
  const criteria = form.values.acceptanceCriteria;
  return (
    <>
      <Paper withBorder p="md" radius="md" component="section" aria-label="User story">
        <Text fw={700} component="h2" size="md" m={0} mb="xs">
          User story
        </Text>
        <Stack gap="sm">
          <TextInput
            label="Title"
            required
            disabled={disabled}
            {...form.getInputProps('title')}
            {...charLimit(form.values.title, LIMITS.name)}
          />
          <TextInput label="As a" disabled={disabled} {...form.getInputProps('asA')} />
          <Textarea
            label="I want"
            autosize
            minRows={2}
            disabled={disabled}
            {...form.getInputProps('iWant')}
          />
          <Textarea
            label="So that"
            autosize
            minRows={2}
            disabled={disabled}
            {...form.getInputProps('soThat')}
          />
          <Textarea
            label="Description"
            autosize
            minRows={3}
            disabled={disabled}
            {...form.getInputProps('description')}
            {...charLimit(form.values.description, LIMITS.longText)}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="criteria-label">
              Acceptance criteria
            </Text>
            <Stack gap={6} role="group" aria-labelledby="criteria-label">
              {criteria.length === 0 && (
                <Text size="sm" c="dimmed">
                  None yet. Say how you will know the story is done.
                </Text>
              )}
              {criteria.map((_, i) => (
                <Group key={i} gap="xs" wrap="nowrap" align="flex-start">
                  <TextInput
                    aria-label={`Criterion ${i + 1}`}
                    style={{ flex: 1 }}
                    disabled={disabled}
                    {...form.getInputProps(`acceptanceCriteria.${i}`)}
                  />
                  {!disabled && (
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      size="lg"
                      aria-label={`Remove criterion ${i + 1}`}
                      onClick={() => form.removeListItem('acceptanceCriteria', i)}
                    >
                      ×
                    </ActionIcon>
                  )}
                </Group>
              ))}
              {!disabled && (
                <Button
                  variant="subtle"
                  size="xs"
                  style={{ alignSelf: 'flex-start' }}
                  onClick={() => form.insertListItem('acceptanceCriteria', '')}
                >
                  Add criterion
                </Button>
              )}
            </Stack>
          </div>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Planning">
        <Text fw={700} component="h2" size="md" m={0} mb="xs">
          Planning
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label="Status"
            description={feature.allowedTransitions.length ? undefined : 'Shipped is final'}
            data={statusOptions}
            allowDeselect={false}
            disabled={disabled || feature.allowedTransitions.length === 0}
            {...form.getInputProps('status')}
          />
          <Select
            label="Release"
            placeholder="Unscheduled"
            clearable
            searchable
            data={releaseOptions}
            disabled={disabled}
            {...form.getInputProps('releaseId')}
          />
          <NumberInput
            label="Effort"
            description="Person-weeks (or your team's unit)"
            min={0}
            decimalScale={1}
            disabled={disabled}
            {...form.getInputProps('effort')}
          />
          <Select
            label="Persona"
            placeholder="None"
            clearable
            searchable
            data={optionsOf(personas.data)}
            disabled={disabled}
            {...form.getInputProps('personaId')}
          />
          <Select
            label="Owner"
            placeholder="Nobody"
            clearable
            searchable
            data={memberOptions(members.data)}
            disabled={disabled}
            {...form.getInputProps('ownerId')}
          />
        </SimpleGrid>
      </Paper>
    </>
  );
}
