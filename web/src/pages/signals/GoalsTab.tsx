import { Anchor, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormModal } from '../../components/FormModal';
import { GuardedButton } from '../../components/Guarded';
import { Empty, ErrorNote, Spinner } from '../../components/States';
import { GoalForm } from './GoalForm';
import { type Goal, useGoals } from './queries';

/** "plan = pro, seats = 5" */
export const filterText = (filter: Goal['filter']) =>
  Object.entries(filter)
    .map(([k, v]) => `${k} = ${String(v)}`)
    .join(', ');

/** Conversion goals: an event, an optional property filter, and where its revenue is. */
export function GoalsTab() {
  const list = useGoals();
  const [open, setOpen] = useState<Goal | 'new' | null>(null);
  const rows = list.data?.items ?? [];
  const newButton = (
    <GuardedButton artefact="goal" action="create" onClick={() => setOpen('new')}>
      New goal
    </GuardedButton>
  );
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          A conversion is an event, optionally with property values, such as a sign-up or a purchase with its
          revenue.
        </Text>
        {rows.length > 0 && newButton}
      </Group>
      {list.isPending ? (
        <Spinner label="Loading goals" />
      ) : list.isError ? (
        <ErrorNote error={list.error} />
      ) : rows.length === 0 ? (
        <Empty title="No conversion goals yet" action={newButton}>
          Name the events that count as conversions (signed_up, purchase) so results can show them per
          campaign, program and partner.
        </Empty>
      ) : (
        <Table aria-label="Conversion goals" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Goal</Table.Th>
              <Table.Th>Event</Table.Th>
              <Table.Th>Only when</Table.Th>
              <Table.Th>Revenue</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor component="button" type="button" fw={600} onClick={() => setOpen(g)}>
                    {g.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Code>{g.event}</Code>
                </Table.Td>
                <Table.Td>{filterText(g.filter) || <Text c="dimmed">—</Text>}</Table.Td>
                <Table.Td>
                  {g.revenueProperty ? (
                    <>
                      <Code>{g.revenueProperty}</Code> in {g.currency}
                    </>
                  ) : (
                    <Text c="dimmed">—</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <FormModal
        opened={open !== null}
        onClose={() => setOpen(null)}
        title={open === 'new' ? 'New conversion goal' : open ? open.name : ''}
        size="lg"
      >
        {open !== null && <GoalForm goal={open === 'new' ? null : open} onDone={() => setOpen(null)} />}
      </FormModal>
    </Stack>
  );
}
