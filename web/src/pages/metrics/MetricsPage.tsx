import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { METRIC_KIND_INFO } from '../../../../src/modules/metrics/kinds.ts';
import { roleLabel } from '../../app/roles';
import { useWorkspace } from '../../app/workspace';
import { GuardedButton } from '../../components/Guarded';
import { Empty, Loading, PageHeader } from '../../components/States';
import { mayEdit, METRIC_ROLES, UNIT_LABEL } from './labels';
import { MetricForm } from './MetricForm';
import { type Metric, type MetricRole, useMetrics } from './queries';

/** Every function's metrics, grouped by the role that answers for each; owners define and edit their own. */
export default function MetricsPage() {
  const ws = useWorkspace();
  const metrics = useMetrics();
  const [params, setParams] = useSearchParams();
  const fresh = params.get('new');
  const [editing, setEditing] = useState<Metric | null>(null);
  const creating = fresh !== null;
  const defaultRole = (
    METRIC_ROLES.includes(fresh as MetricRole)
      ? fresh
      : METRIC_ROLES.includes(ws.role as MetricRole)
        ? ws.role
        : 'product_manager'
  ) as MetricRole;
  const close = () => {
    setEditing(null);
    if (creating) setParams((p) => (p.delete('new'), p), { replace: true });
  };
  return (
    <>
      <PageHeader
        title="Metrics"
        subtitle="What each function answers for, with targets per period and status against them"
        actions={
          <GuardedButton artefact="metric" action="create" onClick={() => setParams({ new: defaultRole })}>
            Define metric
          </GuardedButton>
        }
      />
      <Loading query={metrics}>
        {(d) => (
          <Stack>
            {METRIC_ROLES.map((role) => {
              const mine = d.items.filter((m) => m.ownerRole === role);
              return (
                <Card key={role} withBorder component="section" aria-labelledby={`metrics-${role}`}>
                  <Title order={2} size="h4" id={`metrics-${role}`} mb="xs">
                    {roleLabel(role)}
                  </Title>
                  {mine.length === 0 ? (
                    <Empty
                      title="No metrics yet"
                      action={
                        mayEdit(ws.role, role) ? (
                          <Button size="xs" variant="light" onClick={() => setParams({ new: role })}>
                            Define a metric
                          </Button>
                        ) : undefined
                      }
                    />
                  ) : (
                    <Table>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th>Metric</Table.Th>
                          <Table.Th>Measures</Table.Th>
                          <Table.Th>Unit</Table.Th>
                          <Table.Th>Target period</Table.Th>
                          <Table.Th>
                            <VisuallyHidden>Actions</VisuallyHidden>
                          </Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {mine.map((m) => (
                          <Table.Tr key={m.id}>
                            <Table.Td>
                              <Anchor component={Link} to={`/w/${ws.id}/metrics/${m.id}`}>
                                {m.name}
                              </Anchor>
                            </Table.Td>
                            <Table.Td>
                              <Group gap={4}>
                                <Text size="sm">{METRIC_KIND_INFO[m.kind].label}</Text>
                                {Object.keys(m.filters).length > 0 && (
                                  <Badge size="xs" variant="light">
                                    filtered
                                  </Badge>
                                )}
                              </Group>
                            </Table.Td>
                            <Table.Td>
                              {UNIT_LABEL[m.unit]},{' '}
                              {m.direction === 'up' ? 'more is better' : 'less is better'}
                            </Table.Td>
                            <Table.Td>{m.period}</Table.Td>
                            <Table.Td>
                              <Button
                                size="xs"
                                variant="subtle"
                                onClick={() => setEditing(m)}
                                aria-label={`${mayEdit(ws.role, m.ownerRole) ? 'Edit' : 'View'} ${m.name}`}
                              >
                                {mayEdit(ws.role, m.ownerRole) ? 'Edit' : 'View'}
                              </Button>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  )}
                </Card>
              );
            })}
          </Stack>
        )}
      </Loading>
      <Modal
        opened={creating || editing !== null}
        onClose={close}
        title={editing ? editing.name : 'Define a metric'}
        size="lg"
      >
        <MetricForm key={editing?.id ?? 'new'} metric={editing} defaultRole={defaultRole} onDone={close} />
      </Modal>
    </>
  );
}
