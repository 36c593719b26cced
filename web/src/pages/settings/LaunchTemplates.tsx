import {
  ActionIcon,
  Badge,
  Button,
  Group,
  NumberInput,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api, unwrap } from '../../api/client';
import { roleLabel } from '../../app/roles';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { Loading } from '../../components/States';
import { plural } from '../../app/plural';

type Template = Awaited<ReturnType<typeof loadTemplates>>['items'][number];
type Task = Template['tasks'][number];

const loadTemplates = (workspaceId: string) =>
  unwrap(api.GET('/api/v1/workspaces/{workspaceId}/launch-templates', { params: { path: { workspaceId } } }));

const TIER_LABEL = { 1: 'Tier 1: major', 2: 'Tier 2: notable', 3: 'Tier 3: minor' } as const;
const TASK_ROLES = ['product_manager', 'product_marketer', 'marketer', 'sales'].map((value) => ({
  value,
  label: roleLabel(value),
}));

function TemplateEditor({ template }: { template: Template }) {
  const ws = useWorkspace();
  const can = useCan('launch', 'update');
  const [tasks, setTasks] = useState<Task[]>(template.tasks);
  useEffect(() => setTasks(template.tasks), [template]);
  const save = useMutation({
    mutationFn: (body: { tasks: Task[] }) =>
      unwrap(
        api.PUT('/api/v1/workspaces/{workspaceId}/launch-templates/{tier}', {
          params: { path: { workspaceId: ws.id, tier: String(template.tier) as never } },
          body,
        }),
      ),
    meta: { success: 'Template saved: new launches of this tier use it' },
  });
  const set = (i: number, patch: Partial<Task>) =>
    setTasks((ts) => ts.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  return (
    <Stack>
      <Group>
        {template.isDefault ? (
          <Badge variant="light">Built-in template</Badge>
        ) : (
          <Badge color="teal">Customised</Badge>
        )}
        <Text size="sm" c="dimmed">
          {plural(tasks.length, 'task')}. Days are counted from the launch date (negative: before).
        </Text>
      </Group>
      <Table withTableBorder aria-label={`${TIER_LABEL[template.tier]} tasks`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Task</Table.Th>
            <Table.Th>Owner</Table.Th>
            <Table.Th>Day</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.map((t, i) => (
            <Table.Tr key={i}>
              <Table.Td>
                <TextInput
                  aria-label="Task title"
                  value={t.title}
                  disabled={!can.allowed}
                  onChange={(e) => set(i, { title: e.currentTarget.value })}
                />
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label="Task owner"
                  data={TASK_ROLES}
                  value={t.ownerRole}
                  allowDeselect={false}
                  disabled={!can.allowed}
                  onChange={(v) => v && set(i, { ownerRole: v as Task['ownerRole'] })}
                  w={190}
                />
              </Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label="Days from launch"
                  value={t.offsetDays}
                  disabled={!can.allowed}
                  onChange={(v) => set(i, { offsetDays: Number(v) || 0 })}
                  w={90}
                />
              </Table.Td>
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove ${t.title || 'task'}`}
                  disabled={!can.allowed}
                  onClick={() => setTasks((ts) => ts.filter((_, j) => j !== i))}
                >
                  ✕
                </ActionIcon>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group>
        <Button
          variant="default"
          disabled={!can.allowed}
          onClick={() =>
            setTasks((ts) => [
              ...ts,
              { title: '', ownerRole: 'product_marketer', offsetDays: -7, description: '' },
            ])
          }
        >
          Add task
        </Button>
        <GuardedButton
          artefact="launch"
          action="update"
          loading={save.isPending}
          onClick={() => save.mutate({ tasks })}
        >
          Save template
        </GuardedButton>
      </Group>
    </Stack>
  );
}

export function LaunchTemplates() {
  const ws = useWorkspace();
  const templates = useQuery({ queryKey: ['launch-templates', ws.id], queryFn: () => loadTemplates(ws.id) });
  return (
    <Stack>
      <ReadOnlyNote artefact="launch" />
      <Loading query={templates}>
        {(data) => (
          <Tabs defaultValue="1" variant="pills">
            <Tabs.List mb="sm">
              {data.items.map((t) => (
                <Tabs.Tab key={t.tier} value={String(t.tier)}>
                  {TIER_LABEL[t.tier]}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {data.items.map((t) => (
              <Tabs.Panel key={t.tier} value={String(t.tier)}>
                <TemplateEditor template={t} />
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Loading>
    </Stack>
  );
}
