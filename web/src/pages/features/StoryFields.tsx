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
import { FEATURE_STATUS_LABEL } from '../../app/labels';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import {
  collect,
  memberOptions,
  nameOf,
  optionsOf,
  useMembers,
  usePersonas,
  useProducts,
} from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { releasePickerOptions } from './releaseOptions';
import { ReadOnlyField } from '../../components/ReadOnly';
import { charLimit, LIMITS } from '../../components/CharCount';

type Props = { form: UseFormReturnType<FeatureValues>; feature: Feature; disabled: boolean };

/** The user story and its planning fields. */
export function StoryFields({ form, feature, disabled }: Props) {
  const ws = useWorkspace();
  const products = useProducts();
  // Which releases the feature may go in is the server's rule; it is asked for the status about to be saved.
  const featureStatus = form.values.status;
  const releases = useQuery({
    queryKey: ['releases', ws.id, { forFeature: feature.id, featureStatus }],
    queryFn: () =>
      collect((cursor) =>
        unwrap(
          api.GET('/api/v1/workspaces/{workspaceId}/releases', {
            params: {
              path: { workspaceId: ws.id },
              query: { forFeature: feature.id, featureStatus, sort: 'targetDate', limit: 200, cursor },
            },
          }),
        ),
      ),
    placeholderData: keepPreviousData,
  });
  const personas = usePersonas();
  const members = useMembers();
  // Status moves follow the workflow: only the moves the server allows from the saved status.
  const statusOptions = [feature.status, ...feature.allowedTransitions].map((s) => ({
    value: s,
    label: s === feature.status ? `${FEATURE_STATUS_LABEL[s]} (current)` : FEATURE_STATUS_LABEL[s],
  }));
  const releaseOptions = releasePickerOptions(
    releases.data?.items ?? [],
    products.data?.items ?? [],
    feature.productId,
  );
  const criteria = form.values.acceptanceCriteria;
  if (disabled)
    return (
      <StoryReadOnly
        feature={feature}
        release={releaseOptions.flatMap((g) => g.items).find((r) => r.value === feature.releaseId)?.label}
        persona={nameOf(personas.data, feature.personaId, '')}
        owner={memberOptions(members.data).find((m) => m.value === feature.ownerId)?.label}
      />
    );
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

/** The story and its planning for a role that may read but not change them: text, not disabled inputs. */
function StoryReadOnly(props: { feature: Feature; release?: string; persona: string; owner?: string }) {
  const f = props.feature;
  return (
    <>
      <Paper withBorder p="md" radius="md" component="section" aria-label="User story">
        <Text fw={700} component="h2" size="md" m={0} mb="xs">
          User story
        </Text>
        <Stack gap="sm">
          <ReadOnlyField label="Title" value={f.title} />
          <ReadOnlyField label="As a" value={f.asA} />
          <ReadOnlyField label="I want" value={f.iWant} multiline />
          <ReadOnlyField label="So that" value={f.soThat} multiline />
          <ReadOnlyField label="Description" value={f.description} multiline />
          <ReadOnlyField
            label="Acceptance criteria"
            empty="None yet"
            value={
              f.acceptanceCriteria.length > 0 ? (
                <Text component="ul" size="sm" m={0} pl="md">
                  {f.acceptanceCriteria.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </Text>
              ) : null
            }
          />
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label="Planning">
        <Text fw={700} component="h2" size="md" m={0} mb="xs">
          Planning
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <ReadOnlyField label="Status" value={FEATURE_STATUS_LABEL[f.status]} />
          <ReadOnlyField label="Release" value={props.release} empty="Unscheduled" />
          <ReadOnlyField
            label="Effort"
            value={f.effort === null ? null : String(f.effort)}
            empty="Not estimated"
          />
          <ReadOnlyField label="Persona" value={props.persona} empty="None" />
          <ReadOnlyField label="Owner" value={props.owner} empty="Nobody" />
        </SimpleGrid>
      </Paper>
    </>
  );
}
