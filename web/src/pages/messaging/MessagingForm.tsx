import { Badge, Button, Group, List, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { changedFields } from '../personas/lists';
import type { Body } from '../../app/lookups';
import { ApprovalActions, ReviewComment } from '../positioning/ApprovalActions';
import { STATUS } from '../positioning/approval';
import { cleanPillars, COPY_LIMITS, type CopyValues, overLimits } from './copy';
import { Count, COUNT_BELOW } from './Count';
import { type Messaging, stepMessaging } from './data';
import { PillarsEditor } from './PillarsEditor';
import { useUnsavedChanges } from '../../components/FormModal';

type Patch = Omit<Body<'/api/v1/workspaces/{workspaceId}/messaging/{id}', 'patch'>, 'version'>;

const valuesOf = (m: Messaging): CopyValues => ({
  headline: m.headline,
  valueProposition: m.valueProposition,
  pillars: m.pillars,
  boilerplateShort: m.boilerplateShort,
  boilerplateMedium: m.boilerplateMedium,
  boilerplateLong: m.boilerplateLong,
  elevatorPitch: m.elevatorPitch,
});
const toBody = (v: CopyValues) => ({ ...v, pillars: cleanPillars(v.pillars) });

const TEXTS = [
  ['boilerplateShort', 'Short boilerplate', 2],
  ['boilerplateMedium', 'Medium boilerplate', 3],
  ['boilerplateLong', 'Long boilerplate', 5],
  ['elevatorPitch', 'Elevator pitch', 3],
] as const;

/** The draft (editable) or version in review (read-only, to approve or send back) of one messaging. */
export function MessagingForm({ messaging: m }: { messaging: Messaging }) {
  const ws = useWorkspace();
  const ro = m.status !== 'draft' || !m.allowedActions.includes('update');
  const initial = valuesOf(m);
  const form = useForm<CopyValues>({ initialValues: initial });
  useUnsavedChanges(form.isDirty());
  const save = useMutation({
    mutationFn: ({ version, ...patch }: Patch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/messaging/{id}', {
          params: { path: { workspaceId: ws.id, id: m.id } },
          body: { ...patch, version },
        }),
      ),
    meta: {
      inline: true,
      success: 'Draft saved',
      conflict: { workspaceId: ws.id, entityType: 'messaging', entityId: m.id },
    },
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/messaging/{id}', {
          params: { path: { workspaceId: ws.id, id: m.id } },
        }),
      ),
    meta: { success: 'Draft deleted' },
  });
  const over = overLimits(form.values);
  const submit = (v: CopyValues) =>
    save.mutate({ ...changedFields(toBody(initial), toBody(v)), version: m.version });

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Group gap="xs">
          <Title order={3} size="h5">
            Revision {m.revision}
          </Title>
          <Badge color={STATUS[m.status].color}>{STATUS[m.status].label}</Badge>
        </Group>
        <Group gap="xs">
          <ApprovalActions artefact="messaging" entity={m} run={(vars) => stepMessaging(ws.id, m.id, vars)} />
          {m.status === 'draft' && (
            <GuardedButton
              artefact="messaging"
              action="delete"
              variant="subtle"
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate()}
            >
              Delete draft
            </GuardedButton>
          )}
        </Group>
      </Group>
      <form onSubmit={form.onSubmit(submit)}>
        <Stack>
          <ReviewComment comment={m.reviewComment} status={m.status} />
          {m.approvalMissing.length > 0 && (
            <Paper bg="yellow.0" p="sm">
              <Text size="sm" fw={600}>
                Before it can be approved:
              </Text>
              <List size="sm">
                {m.approvalMissing.map((x) => (
                  <List.Item key={x}>{x}</List.Item>
                ))}
              </List>
            </Paper>
          )}
          <TextInput
            label="Headline"
            readOnly={ro}
            inputWrapperOrder={COUNT_BELOW}
            description={<Count text={form.values.headline} limit={COPY_LIMITS.headline} />}
            {...form.getInputProps('headline')}
          />
          <Textarea
            label="Value proposition"
            autosize
            minRows={2}
            readOnly={ro}
            inputWrapperOrder={COUNT_BELOW}
            description={<Count text={form.values.valueProposition} limit={COPY_LIMITS.valueProposition} />}
            {...form.getInputProps('valueProposition')}
          />
          <PillarsEditor form={form} readOnly={ro} />
          {TEXTS.map(([key, label, rows]) => (
            <Textarea
              key={key}
              label={label}
              autosize
              minRows={rows}
              readOnly={ro}
              inputWrapperOrder={COUNT_BELOW}
              description={<Count text={form.values[key]} limit={COPY_LIMITS[key]} />}
              {...form.getInputProps(key)}
            />
          ))}
          {over.length > 0 && (
            <Text size="sm" c="red" role="alert">
              Some copy is over its limit; shorten it before saving.
            </Text>
          )}
          <ErrorNote form={form} error={save.error} title="Could not save the draft" />
          {m.status === 'draft' && (
            <Group justify="flex-end">
              <Button variant="default" onClick={form.reset} disabled={ro || !form.isDirty()}>
                Discard changes
              </Button>
              <GuardedButton
                artefact="messaging"
                action="update"
                type="submit"
                loading={save.isPending}
                disabled={!form.isDirty() || over.length > 0}
              >
                Save draft
              </GuardedButton>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
