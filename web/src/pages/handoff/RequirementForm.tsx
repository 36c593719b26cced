import { Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { ErrorNote } from '../../components/States';
import { usePersonas } from '../campaigns/data';
import { type Priority, PRIORITIES, PRIORITY } from '../../app/labels';
import type { RequirementCreate } from './data';
import { useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

type Values = {
  title: string;
  problem: string;
  personaId: string | null;
  desiredOutcome: string;
  successMetric: string;
  priority: Priority;
  dueDate: string | null;
};

/** Product marketing files a go-to-market problem for marketing: the problem, not the solution. */
export function RequirementForm({ onDone }: { onDone: () => void }) {
  const ws = useWorkspace();
  const personas = usePersonas();
  const form = useForm<Values>({
    initialValues: {
      title: '',
      problem: '',
      personaId: null,
      desiredOutcome: '',
      successMetric: '',
      priority: 'medium',
      dueDate: null,
    },
    validate: {
      title: (v) => (v.trim() ? null : 'Give the requirement a title'),
      problem: (v) => (v.trim() ? null : 'Describe the problem to solve'),
    },
  });
  useUnsavedChanges(form.isDirty());
  const create = useMutation({
    mutationFn: (body: RequirementCreate) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/requirements', {
          params: { path: { workspaceId: ws.id } },
          body,
        }),
      ),
    meta: { inline: true, success: 'Requirement filed for marketing' },
    onSuccess: onDone,
  });
  return (
    <form
      onSubmit={form.onSubmit((v) =>
        create.mutate({
          title: v.title.trim(),
          problem: v.problem.trim(),
          personaId: v.personaId,
          desiredOutcome: v.desiredOutcome.trim(),
          successMetric: v.successMetric.trim(),
          priority: v.priority,
          dueDate: v.dueDate,
        }),
      )}
    >
      <Stack>
        <TextInput
          label="Title"
          placeholder="e.g. CIOs must see how our architecture fits their strategy"
          required
          data-autofocus
          {...form.getInputProps('title')}
          {...charLimit(form.values.title, LIMITS.name)}
        />
        <Textarea
          label="Problem"
          required
          autosize
          minRows={3}
          {...form.getInputProps('problem')}
          {...charLimit(
            form.values.problem,
            LIMITS.longText,
            'The problem marketing should solve, not the solution',
          )}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Audience (persona)"
            clearable
            searchable
            data={(personas.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            {...form.getInputProps('personaId')}
          />
          <Select
            label="Priority"
            allowDeselect={false}
            data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY[p].label }))}
            {...form.getInputProps('priority')}
          />
          <TextInput label="Desired outcome" {...form.getInputProps('desiredOutcome')} />
          <TextInput
            label="Success metric"
            placeholder="e.g. 25 qualified meetings"
            {...form.getInputProps('successMetric')}
          />
          <DateInput
            label="Due date"
            clearable
            clearButtonProps={{ 'aria-label': 'Clear due date' }}
            valueFormat="D MMM YYYY"
            {...form.getInputProps('dueDate')}
          />
        </SimpleGrid>
        <ErrorNote form={form} error={create.error} title="Could not file the requirement" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <GuardedButton artefact="requirement" action="create" type="submit" loading={create.isPending}>
            File requirement
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}
