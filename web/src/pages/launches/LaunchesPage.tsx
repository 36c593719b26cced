import { Anchor, Badge, Button, Group, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { api, unwrap } from '../../api/client';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, Loading, PageHeader } from '../../components/States';
import { nameOf, useProducts } from '../../app/lookups';
import { LAUNCH_STATUS, type LaunchStatus } from './labels';
import { NewLaunchForm } from './NewLaunchForm';
import { FormModal } from '../../components/FormModal';

const statusOptions = (Object.keys(LAUNCH_STATUS) as LaunchStatus[]).map((s) => ({
  value: s,
  label: LAUNCH_STATUS[s].label,
}));

export default function LaunchesPage() {
  const ws = useWorkspace();
  const [creating, createModal] = useDisclosure(false);
  const [status, setStatus] = useState<string | null>(null);
  const products = useProducts();
  const launches = useInfiniteQuery({
    queryKey: ['launches', ws.id, { status }],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/workspaces/{workspaceId}/launches', {
          params: {
            path: { workspaceId: ws.id },
            query: { limit: 100, cursor: pageParam, status: status ?? undefined },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

  return (
    <Stack>
      <PageHeader
        title="Launches"
        subtitle="Go-to-market plans: a tier, a date and a checklist per role, generated from the tier's template."
        actions={
          <GuardedButton artefact="launch" action="create" onClick={createModal.open}>
            New launch
          </GuardedButton>
        }
      />
      <Select
        label="Status"
        placeholder="All statuses"
        data={statusOptions}
        value={status}
        onChange={setStatus}
        clearable
        maw={240}
      />
      <Loading query={launches}>
        {(data) => {
          const items = data.pages.flatMap((p) => p.items);
          if (items.length === 0)
            return (
              <Empty
                title={status ? 'No launch with this status' : 'No launches yet'}
                action={
                  <GuardedButton artefact="launch" action="create" onClick={createModal.open}>
                    New launch
                  </GuardedButton>
                }
              >
                Plan a launch for a release with customer-visible features; its tasks are generated from the
                tier's template.
              </Empty>
            );
          return (
            <>
              <Table aria-label="Launches" striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Launch</Table.Th>
                    <Table.Th>Product</Table.Th>
                    <Table.Th>Tier</Table.Th>
                    <Table.Th>Launch date</Table.Th>
                    <Table.Th>Status</Table.Th>
                    <Table.Th w={180}>Readiness</Table.Th>
                    <Table.Th ta="right">Overdue</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((l) => (
                    <Table.Tr key={l.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/w/${ws.id}/launches/${l.id}`} fw={600}>
                          {l.name}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{nameOf(products.data, l.productId)}</Table.Td>
                      <Table.Td>
                        <Badge variant="outline" color={l.tier === 1 ? 'grape' : 'gray'}>
                          Tier {l.tier}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{dayjs(l.launchDate).format('D MMM YYYY')}</Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={LAUNCH_STATUS[l.status].color}>
                          {LAUNCH_STATUS[l.status].label}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Progress
                            value={l.readiness.percent}
                            style={{ flex: 1 }}
                            color={l.readiness.percent === 100 ? 'teal' : 'indigo'}
                            aria-label={`Readiness of ${l.name}`}
                          />
                          <Text size="sm" w={40} ta="right">
                            {l.readiness.percent}%
                          </Text>
                        </Group>
                      </Table.Td>
                      <Table.Td ta="right">
                        {l.readiness.overdue.length > 0 ? (
                          <Text c="red" fw={600} size="sm">
                            {l.readiness.overdue.length} overdue
                          </Text>
                        ) : (
                          <Text c="dimmed" size="sm">
                            0
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
              {launches.hasNextPage && (
                <Button variant="default" onClick={() => launches.fetchNextPage()}>
                  Load more launches
                </Button>
              )}
            </>
          );
        }}
      </Loading>
      <FormModal opened={creating} onClose={createModal.close} title="New launch" size="lg">
        <NewLaunchForm onDone={createModal.close} />
      </FormModal>
    </Stack>
  );
}
