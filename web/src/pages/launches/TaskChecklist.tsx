import {
  ActionIcon,
  Badge,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, Loading } from '../../components/States';
import { useMembers } from '../../app/lookups';
import { AddTaskForm } from './AddTaskForm';
import { type Launch, loadTasks, type Task } from './data';
import { groupByRole, isOverdue, ownRoleFirst, taskAccess, todayIso } from './tasks';
import { ReadOnlyText } from '../../components/ReadOnly';
import { FormModal } from '../../components/FormModal';

type TaskPatch = { status?: Task['status']; assigneeId?: string | null };

/** The launch's tasks grouped by owner role: tick them off, assign them, see what is overdue. */
export function TaskChecklist({ launch }: { launch: Launch }) {
  const ws = useWorkspace();
  const [adding, addModal] = useDisclosure(false);
  const tasks = useQuery({
    queryKey: ['launch-tasks', ws.id, launch.id],
    queryFn: () => loadTasks(ws.id, launch.id),
  });
  const today = todayIso();
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          The people in each role tick off and take their own tasks; product marketing owns the plan.
        </Text>
        <GuardedButton artefact="launch" action="update" variant="light" onClick={addModal.open}>
          Add task
        </GuardedButton>
      </Group>
      <Loading query={tasks}>
        {(data) =>
          data.items.length === 0 ? (
            <Empty
              title="No tasks"
              action={
                <GuardedButton artefact="launch" action="update" onClick={addModal.open}>
                  Add task
                </GuardedButton>
              }
            >
              Add the work each role must finish before the launch date.
            </Empty>
          ) : (
            ownRoleFirst(groupByRole(data.items, today), ws.role).map((g) => (
              <Paper key={g.role} withBorder p="md">
                <Group justify="space-between" mb="xs">
                  <Title order={2} size="h4">
                    {roleLabel(g.role)}
                  </Title>
                  <Group gap="xs">
                    {g.overdue > 0 && <Badge color="red">{g.overdue} overdue</Badge>}
                    <Text size="sm" c="dimmed">
                      {g.done}/{g.total} done
                    </Text>
                  </Group>
                </Group>
                <Table aria-label={`${roleLabel(g.role)} tasks`} verticalSpacing="xs">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Task</Table.Th>
                      <Table.Th w={170}>Due</Table.Th>
                      <Table.Th w={220}>Assignee</Table.Th>
                      <Table.Th w={60}>
                        <Text size="sm" fw={700} component="span">
                          Remove
                        </Text>
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {g.tasks.map((t) => (
                      <TaskRow key={t.id} launchId={launch.id} task={t} overdue={isOverdue(t, today)} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Paper>
            ))
          )
        }
      </Loading>
      <FormModal opened={adding} onClose={addModal.close} title="Add a task">
        <AddTaskForm launchId={launch.id} onDone={addModal.close} />
      </FormModal>
    </Stack>
  );
}

function TaskRow({ launchId, task: t, overdue }: { launchId: string; task: Task; overdue: boolean }) {
  const ws = useWorkspace();
  const ownsLaunch = useCan('launch', 'update').allowed;
  const access = taskAccess(ws.role, ownsLaunch, t.ownerRole);
  const members = useMembers();
  const params = { path: { workspaceId: ws.id, id: launchId, taskId: t.id } };
  const update = useMutation({
    mutationFn: ({ version, ...patch }: TaskPatch & { version: number }) =>
      unwrap(
        api.PATCH('/api/v1/workspaces/{workspaceId}/launches/{id}/tasks/{taskId}', {
          params,
          body: { ...patch, version },
        }),
      ),
    meta: { conflict: { workspaceId: ws.id, entityType: 'launch_task', entityId: t.id } },
  });
  const remove = useMutation({
    mutationFn: () =>
      unwrap(api.DELETE('/api/v1/workspaces/{workspaceId}/launches/{id}/tasks/{taskId}', { params })),
    meta: { success: 'Task removed' },
  });
  const why =
    access === 'none'
      ? `Only ${roleLabel(t.ownerRole).toLowerCase()}s and product marketing change this task`
      : undefined;
  const assigneeOptions = (members.data?.items ?? []).map((m) => ({
    value: m.userId,
    label: `${m.name} (${roleLabel(m.role)})`,
  }));

  return (
    <Table.Tr bg={overdue ? 'red.0' : undefined}>
      <Table.Td>
        <Tooltip label={why} disabled={!why} withArrow>
          <Checkbox
            label={t.title}
            description={t.description || undefined}
            checked={t.status === 'done'}
            disabled={access === 'none' || update.isPending}
            onChange={(e) =>
              update.mutate({ status: e.currentTarget.checked ? 'done' : 'open', version: t.version })
            }
            styles={{ label: t.status === 'skipped' ? { textDecoration: 'line-through' } : undefined }}
          />
        </Tooltip>
        {t.status === 'skipped' && (
          <Badge size="xs" color="gray" ml={32}>
            Skipped
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={6}>
          <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
            {dayjs(t.dueDate).format('D MMM YYYY')}
          </Text>
          {overdue && (
            <Badge color="red" size="sm">
              Overdue
            </Badge>
          )}
        </Group>
        {t.completedAt && (
          <Text size="xs" c="dimmed">
            Done {dayjs(t.completedAt).format('D MMM')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {access === 'none' ? (
          <ReadOnlyText
            value={assigneeOptions.find((o) => o.value === t.assigneeId)?.label}
            empty="Unassigned"
            title={why}
          />
        ) : (
          // The column header names the field; each row's input is named for its task, not labelled again.
          <Select
            aria-label={`Assignee of ${t.title}`}
            size="xs"
            placeholder="Unassigned"
            data={assigneeOptions}
            value={t.assigneeId}
            clearable
            searchable
            disabled={update.isPending}
            onChange={(v) => update.mutate({ assigneeId: v, version: t.version })}
          />
        )}
      </Table.Td>
      <Table.Td>
        {access === 'all' && (
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove task ${t.title}`}
            loading={remove.isPending}
            onClick={() => remove.mutate()}
          >
            ×
          </ActionIcon>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
