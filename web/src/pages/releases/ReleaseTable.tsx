import { Anchor, Badge, Group, Progress, Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { nameOf, type Release, useProducts } from '../../app/lookups';
import { useWorkspace } from '../../app/workspace';
import { capacityLine } from '../roadmap/capacity';
import { RELEASE_STATUS_COLOR, RELEASE_STATUS_LABEL } from './values';

/** Releases in a table: product, target date, status, and their load against capacity. */
export function ReleaseTable(props: { releases: Release[]; label: string; hideProduct?: boolean }) {
  const ws = useWorkspace();
  const products = useProducts();
  return (
    <Table aria-label={props.label} highlightOnHover verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Release</Table.Th>
          {!props.hideProduct && <Table.Th>Product</Table.Th>}
          <Table.Th>Target date</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th ta="right">Features</Table.Th>
          <Table.Th w="32%">Load</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.releases.map((r) => {
          const load = capacityLine({ ...r, utilisation: null });
          return (
            <Table.Tr key={r.id}>
              <Table.Td>
                <Anchor component={Link} to={`/w/${ws.id}/releases/${r.id}`} fw={600}>
                  {r.name}
                </Anchor>
              </Table.Td>
              {!props.hideProduct && (
                <Table.Td>
                  {r.productId ? nameOf(products.data, r.productId, '…') : 'Across products'}
                </Table.Td>
              )}
              <Table.Td>
                {r.targetDate ? dayjs(r.targetDate).format('D MMM YYYY') : <Text c="dimmed">Not dated</Text>}
              </Table.Td>
              <Table.Td>
                <Badge color={RELEASE_STATUS_COLOR[r.status]} variant="light">
                  {RELEASE_STATUS_LABEL[r.status]}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{r.featureCount}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {r.capacity ? (
                    <Progress
                      value={load.percent}
                      color={load.over ? 'red' : 'blue'}
                      w={80}
                      aria-label={`Load of ${r.name}`}
                    />
                  ) : null}
                  <Text size="sm" c={load.over ? 'red.8' : undefined}>
                    {load.text}
                  </Text>
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
