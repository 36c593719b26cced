import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Table, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type paths, unwrap } from '../../api/client';
import { useCan, useWorkspace } from '../../app/workspace';
import { GuardedButton, ReadOnlyNote } from '../../components/Guarded';
import { Empty, ErrorNote, Loading } from '../../components/States';
import { changedFields } from '../campaigns/campaign';
import { collect, nameOf, type Program, usePrograms } from '../campaigns/data';
import { formatMoney } from '../../app/format';
import { FormModal, useUnsavedChanges } from '../../components/FormModal';
import { amountRule, MONEY_INPUT } from '../../components/form-rules';

const loadLines = (workspaceId: string, year: number) =>
  collect((cursor) =>
    unwrap(
      api.GET('/api/v1/workspaces/{workspaceId}/budgets', {
        params: { path: { workspaceId }, query: { year, limit: 200, cursor } },
      }),
    ),
  );
type Line = Awaited<ReturnType<typeof loadLines>>['items'][number];
type Create = NonNullable<
  paths['/api/v1/workspaces/{workspaceId}/budgets']['post']['requestBody']
>['content']['application/json'];
type Patch = Omit<
  NonNullable<
    paths['/api/v1/workspaces/{workspaceId}/budgets/{id}']['patch']['requestBody']
  >['content']['application/json'],
  'version'
>;

const UNALLOCATED = 'none';
type Values = { year: number; quarter: string; programId: string; planned: number; notes: string };

function LineForm(props: { line: Line | null; year: number; programs: Program[]; onDone: () => void }) {
  const ws = useWorkspace();
  const can = useCan('budget', props.line ? 'update' : 'create');
  const initial: Values = {
    year: props.line?.year ?? props.year,
    quarter: String(props.line?.quarter ?? 1),
    programId: props.line?.programId ?? UNALLOCATED,
    planned: props.line?.planned ?? 0,
    notes: props.line?.notes ?? '',
  };
  const form = useForm<Values>({ initialValues: initial, validate: { planned: amountRule } });
  useUnsavedChanges(form.isDirty());
  const toBody = (v: Values) => ({
    year: Number(v.year),
    quarter: Number(v.quarter),
    programId: v.programId === UNALLOCATED ? null : v.programId,
    planned: Number(v.planned) || 0,
    notes: v.notes.trim(),
  });
  const id = props.line?.id ?? '';
  const save = useMutation({
    mutationFn: ({ version, ...body }: (Create | Patch) & { version?: number }) =>
      version === undefined
        ? unwrap(
            api.POST('/api/v1/workspaces/{workspaceId}/budgets', {
              params: { path: { workspaceId: ws.id } },
              body: body as Create,
            }),
          )
        : unwrap(
            api.PATCH('/api/v1/workspaces/{workspaceId}/budgets/{id}', {
              params: { path: { workspaceId: ws.id, id } },
              body: { ...body, version },
            }),
          ),
    meta: {
      inline: true,
      success: props.line ? 'Budget line saved' : 'Budget line added',
      ...(props.line ? { conflict: { workspaceId: ws.id, entityType: 'budget', entityId: id } } : {}),
    },
    onSuccess: props.onDone,
  });
  const submit = (v: Values) => {
    if (!props.line) return save.mutate(toBody(v));
    const patch = changedFields(toBody(initial), toBody(v));
    if (Object.keys(patch).length === 0) return props.onDone();
    save.mutate({ ...patch, version: props.line.version });
  };
  return (
    <form onSubmit={form.onSubmit(submit)}>
      <Stack>
        <ReadOnlyNote artefact="budget" />
        <SimpleGrid cols={2}>
          <NumberInput
            label="Year"
            min={2000}
            max={2100}
            required
            disabled={!can.allowed}
            {...form.getInputProps('year')}
          />
          <Select
            label="Quarter"
            allowDeselect={false}
            disabled={!can.allowed}
            data={['1', '2', '3', '4'].map((q) => ({ value: q, label: `Q${q}` }))}
            {...form.getInputProps('quarter')}
          />
        </SimpleGrid>
        <Select
          label="Program"
          description="Or the quarter's unallocated pool"
          allowDeselect={false}
          searchable
          disabled={!can.allowed}
          data={[
            { value: UNALLOCATED, label: 'Unallocated pool' },
            ...props.programs
              .filter((p) => p.status !== 'cancelled' || p.id === props.line?.programId)
              .map((p) => ({ value: p.id, label: p.name })),
          ]}
          {...form.getInputProps('programId')}
        />
        <NumberInput
          label="Planned amount"
          min={0}
          {...MONEY_INPUT}
          required
          disabled={!can.allowed}
          {...form.getInputProps('planned')}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          disabled={!can.allowed}
          {...form.getInputProps('notes')}
        />
        <ErrorNote form={form} error={save.error} title="Could not save the budget line" />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onDone}>
            Cancel
          </Button>
          <GuardedButton
            artefact="budget"
            action={props.line ? 'update' : 'create'}
            type="submit"
            loading={save.isPending}
          >
            {props.line ? 'Save line' : 'Add line'}
          </GuardedButton>
        </Group>
      </Stack>
    </form>
  );
}

/** The year's budget lines, one per program (or the unallocated pool) and quarter. */
export function BudgetLines({ year }: { year: number }) {
  const ws = useWorkspace();
  const programs = usePrograms();
  const lines = useQuery({ queryKey: ['budgets', ws.id, year], queryFn: () => loadLines(ws.id, year) });
  const [editing, setEditing] = useState<Line | 'new' | null>(null);
  const remove = useMutation({
    mutationFn: (line: Line) =>
      unwrap(
        api.DELETE('/api/v1/workspaces/{workspaceId}/budgets/{id}', {
          params: { path: { workspaceId: ws.id, id: line.id } },
          headers: { 'if-match': String(line.version) },
        }),
      ),
    meta: { success: 'Budget line deleted' },
  });
  const addButton = (
    <GuardedButton artefact="budget" action="create" onClick={() => setEditing('new')}>
      New budget line
    </GuardedButton>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Plan money per quarter, for a program or as an unallocated pool.
        </Text>
        {addButton}
      </Group>
      <Loading query={lines} label="Loading budget lines">
        {(data) =>
          data.items.length === 0 ? (
            <Empty title={`No budget planned for ${year}`} action={addButton}>
              Add a line per program and quarter; the roll-up compares it with what campaigns spend.
            </Empty>
          ) : (
            <Table withTableBorder striped aria-label={`Budget lines for ${year}`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Quarter</Table.Th>
                  <Table.Th>Program</Table.Th>
                  <Table.Th ta="right">Planned</Table.Th>
                  <Table.Th>Notes</Table.Th>
                  <Table.Th>Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((l) => {
                  const label = `Q${l.quarter} ${nameOf(programs.data, l.programId, 'unallocated pool')}`;
                  return (
                    <Table.Tr key={l.id}>
                      <Table.Td>
                        Q{l.quarter} {l.year}
                      </Table.Td>
                      <Table.Td>
                        {l.programId ? (
                          nameOf(programs.data, l.programId, 'Program')
                        ) : (
                          <i>Unallocated pool</i>
                        )}
                      </Table.Td>
                      <Table.Td ta="right">{formatMoney(l.planned)}</Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2}>
                          {l.notes}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} wrap="nowrap">
                          <GuardedButton
                            artefact="budget"
                            action="update"
                            size="xs"
                            variant="light"
                            aria-label={`Edit ${label}`}
                            onClick={() => setEditing(l)}
                          >
                            Edit
                          </GuardedButton>
                          <GuardedButton
                            artefact="budget"
                            action="delete"
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Delete ${label}`}
                            loading={remove.isPending && remove.variables?.id === l.id}
                            onClick={() => {
                              if (window.confirm(`Delete the ${label} budget line?`)) remove.mutate(l);
                            }}
                          >
                            Delete
                          </GuardedButton>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </Loading>
      <FormModal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New budget line' : 'Edit budget line'}
      >
        {editing !== null && (
          <LineForm
            key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
            line={editing === 'new' ? null : editing}
            year={year}
            programs={programs.data?.items ?? []}
            onDone={() => setEditing(null)}
          />
        )}
      </FormModal>
    </Stack>
  );
}
