import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { ErrorNote } from '../../components/States';
import { useMembers } from '../../app/lookups';
import { TASK_ROLES, type TaskRole } from './tasks';
import { useUnsavedChanges } from '../../components/FormModal';
import { charLimit, LIMITS } from '../../components/CharCount';

/** Adds one task to a launch: what, which role owns it, when it is due, who does it. */
export function AddTaskForm({ launchId, onDone }: { launchId: string; onDone: () => void }) {
  const ws = useWorkspace();
  const members = useMembers();
  const form = useForm({
    initialValues: {
      title: '',
      description: '',
      ownerRole: 'product_marketer' as TaskRole,
      dueDate: '',
      assigneeId: null as string | null,
    },
  });
  useUnsavedChanges(form.isDirty());
  const add = useMutation({
    mutationFn: (v: typeof form.values) =>
      unwrap(
        api.POST('/api/v1/workspaces/{workspaceId}/launches/{id}/tasks', {
          params: { path: { workspaceId: ws.id, id: launchId } },
          body: {
            title: v.title,
            description: v.description || undefined,
            ownerRole: v.ownerRole,
            dueDate: v.dueDate || undefined,
            assigneeId: v.assigneeId,
          },
        }),
      ),
    meta: { inline: true, success: 'Task added' },
    onSuccess: onDone,
  });
  const role = form.values.ownerRole;
  const assignees = (members.data?.items ?? [])
    .filter((m) => m.role === role || m.role === 'admin')
    .map((m) => ({ value: m.userId, label: m.name }));

  return (
    <form onSubmit={form.onSubmit((v) => add.mutate(v))}>
      <Stack>
        <TextInput
          label="Task"
          required
          {...form.getInputProps('title')}
          {...charLimit(form.values.title, LIMITS.name)}
        />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <Select
          label="Owner role"
          data={TASK_ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
          allowDeselect={false}
          {...form.getInputProps('ownerRole')}
        />
        <TextInput
          label="Due date"
          description="Leave empty to make it due on the launch date"
          type="date"
          {...form.getInputProps('dueDate')}
        />
        <Select
          label="Assignee"
          placeholder="Unassigned"
          data={assignees}
          clearable
          searchable
          {...form.getInputProps('assigneeId')}
        />
        <ErrorNote form={form} error={add.error} title="Could not add the task" />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={add.isPending}>
            Add task
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
